import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { enforceStrictCsp } from './support/strict-csp.js';
import type { CompetencyMatrix } from '../src/competency-matrix/competency-matrix.js';
import type { EvidenceTimeline } from '../src/evidence-timeline/evidence-timeline.js';

/**
 * The matrix and the timeline under `script-src 'self'; style-src 'self'; require-trusted-types-for 'script'`
 * (set before they load): virtual rows are positioned through the CSSOM, never a `style` attribute.
 */
const violations = enforceStrictCsp();

describe('matrix and timeline under a strict CSP with Trusted Types', () => {
  it('render, scroll and navigate without a violation', async () => {
    const { CompetencyMatrix } = await import('../src/competency-matrix/competency-matrix.js');
    const { EvidenceTimeline } = await import('../src/evidence-timeline/evidence-timeline.js');
    const { makeMatrix } = await import('./fixtures/matrix-data.js');
    const { makeEvidence } = await import('./fixtures/evidence-data.js');
    const { press } = await import('./helpers/keys.js');
    customElements.define('competency-matrix', class extends CompetencyMatrix {});
    customElements.define('evidence-timeline', class extends EvidenceTimeline {});

    const matrix = await fixture<CompetencyMatrix>(html`<competency-matrix .data=${makeMatrix({ people: 300, competencies: 20 })}></competency-matrix>`);
    await matrix.updateComplete;
    await matrix.focusCell(1, 1);
    await press('End', { ctrlKey: true });
    const rows = [...matrix.shadowRoot!.querySelectorAll<HTMLElement>('.person')];
    // The offsets really apply: rows sit at different heights.
    expect(new Set(rows.map((r) => r.offsetTop)).size).to.equal(rows.length);

    const timeline = await fixture<EvidenceTimeline>(html`<evidence-timeline .data=${makeEvidence(2000)}></evidence-timeline>`);
    await timeline.focusEvent(1500);
    await waitUntil(() => timeline.shadowRoot!.querySelector('article[aria-posinset="1501"]'));
    expect(getComputedStyle(timeline.shadowRoot!.querySelector('.feed')!).height).to.not.equal('auto');
    expect(violations).to.deep.equal([]);
  });
});
