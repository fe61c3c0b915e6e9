import { expect } from '@open-wc/testing';
import { templates } from '../src/localize/locales/de.js';

/** The `msg()` ids a source file uses, read through the test server. */
async function idsIn(path: string): Promise<string[]> {
  const source = await (await fetch(`/packages/elements/src/${path}`)).text();
  return [...source.matchAll(/\bid:\s*["']([\w-]+)["']/g)].map((m) => m[1]!);
}

const files = [
  'base/load-controller.ts',
  'base/describe-error.ts',
  'rating-scale/rating-scale.ts',
  'review-form/review-form.ts',
  'review-form/question-fields.ts',
  'review-form/conflict-view.ts',
  'review-form/answer-text.ts',
];

describe('German strings of the foundation, <rating-scale> and <review-form>', () => {
  it('has a German text for every msg() id', async () => {
    const ids = (await Promise.all(files.map(idsIn))).flat();
    expect(ids.length).to.be.greaterThan(50);
    expect(ids.filter((id) => !(id in templates))).to.deep.equal([]);
  });

});
