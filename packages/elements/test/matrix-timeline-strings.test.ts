import { expect } from '@open-wc/testing';
import { templates } from '../src/localize/locales/de.js';
import { matrixTemplates } from '../src/competency-matrix/strings-de.js';
import { timelineTemplates } from '../src/evidence-timeline/strings-de.js';

/** The `msg()` ids a source file uses, read through the test server (the transformed module keeps them). */
async function idsIn(path: string): Promise<string[]> {
  const source = await (await fetch(path)).text();
  return [...source.matchAll(/\bid:\s*["']([\w-]+)["']/g)].map((m) => m[1]!);
}

describe('German strings of the matrix and the timeline', () => {
  const files = {
    matrix: ['/packages/elements/src/competency-matrix/competency-matrix.ts', '/packages/elements/src/competency-matrix/matrix-parts.ts'],
    timeline: ['/packages/elements/src/evidence-timeline/evidence-timeline.ts', '/packages/elements/src/evidence-timeline/timeline-article.ts', '/packages/elements/src/evidence-timeline/type-labels.ts'],
  };

  it('has a German text for every msg() id the elements use', async () => {
    for (const [name, table] of [['matrix', matrixTemplates], ['timeline', timelineTemplates]] as const) {
      const ids = (await Promise.all(files[name].map(idsIn))).flat();
      expect(ids.length, name).to.be.greaterThan(10);
      expect(ids.filter((id) => !(id in table)), `${name}: ids without German`).to.deep.equal([]);
    }
  });

  it('is part of the German locale module the elements load', () => {
    const missing = [...Object.keys(matrixTemplates), ...Object.keys(timelineTemplates)].filter((id) => !(id in templates));
    expect(missing, 'spread matrixTemplates and timelineTemplates into localize/locales/de.ts').to.deep.equal([]);
  });
});
