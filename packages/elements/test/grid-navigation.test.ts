import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { GridNavigationController } from '../src/controllers/grid-navigation.js';
import { deepActiveElement, press } from './helpers/keys.js';

/** A plain (non-virtual) grid host: the smallest user of the controller. */
class TestGrid extends LitElement {
  static override properties = { rows: { type: Number }, cols: { type: Number } };
  rows = 5;
  cols = 4;
  activated: [number, number, string][] = [];
  nav = new GridNavigationController(this, {
    rowCount: () => this.rows,
    colCount: () => this.cols,
    pageSize: () => 2,
    focusCell: async (r, c) => {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`[data-row="${r}"][data-col="${c}"]`)?.focus();
    },
    activate: (r, c, e) => this.activated.push([r, c, e.type]),
    isRtl: () => getComputedStyle(this).direction === 'rtl',
  });
  override render() {
    return html`<input aria-label="outside" />
      <div role="grid" aria-label="test">
        ${Array.from({ length: this.rows }, (_, r) => html`<div role="row">
          ${Array.from({ length: this.cols }, (_, c) => html`<span role="gridcell" data-row=${r} data-col=${c} tabindex=${this.nav.tabIndexFor(r, c)}>${r},${c}</span>`)}
        </div>`)}
      </div>`;
  }
}
customElements.define('test-grid', TestGrid);

const at = () => {
  const el = deepActiveElement();
  return [Number(el?.getAttribute('data-row')), Number(el?.getAttribute('data-col'))];
};

describe('GridNavigationController', () => {
  let grid: TestGrid;
  beforeEach(async () => {
    grid = await fixture<TestGrid>(fixtureHtml`<test-grid></test-grid>`);
    await grid.nav.focusActive();
  });

  it('keeps exactly one cell in the tab order and moves it with focus', async () => {
    expect(grid.renderRoot.querySelectorAll('[tabindex="0"]')).to.have.length(1);
    await press('ArrowDown');
    await press('ArrowRight');
    expect(at()).to.deep.equal([1, 1]);
    const stops = grid.renderRoot.querySelectorAll('[tabindex="0"]');
    expect(stops).to.have.length(1);
    expect(stops[0]!.textContent).to.equal('1,1');
  });

  it('moves with arrows and stops at the edges', async () => {
    await press('ArrowUp');
    await press('ArrowLeft');
    expect(at()).to.deep.equal([0, 0]);
    await press('ArrowRight');
    await press('ArrowRight');
    await press('ArrowDown');
    expect(at()).to.deep.equal([1, 2]);
    await press('ArrowLeft');
    expect(at()).to.deep.equal([1, 1]);
  });

  it('Home / End move within the row; Ctrl+Home / Ctrl+End to the corners', async () => {
    await press('ArrowDown');
    await press('End');
    expect(at()).to.deep.equal([1, 3]);
    await press('Home');
    expect(at()).to.deep.equal([1, 0]);
    await press('End', { ctrlKey: true });
    expect(at()).to.deep.equal([4, 3]);
    await press('Home', { ctrlKey: true });
    expect(at()).to.deep.equal([0, 0]);
  });

  it('PageDown / PageUp move by the page size and clamp', async () => {
    await press('PageDown');
    expect(at()).to.deep.equal([2, 0]);
    await press('PageDown');
    await press('PageDown');
    expect(at()).to.deep.equal([4, 0]);
    await press('PageUp');
    expect(at()).to.deep.equal([2, 0]);
  });

  it('swaps ArrowLeft and ArrowRight right to left', async () => {
    grid.dir = 'rtl';
    await press('ArrowLeft');
    expect(at()).to.deep.equal([0, 1]);
    await press('ArrowRight');
    expect(at()).to.deep.equal([0, 0]);
  });

  it('activates on Enter, Space and click, and makes a clicked cell active', async () => {
    await press('ArrowRight');
    await press('Enter');
    await press(' ');
    const cell = grid.renderRoot.querySelector<HTMLElement>('[data-row="3"][data-col="2"]')!;
    cell.click();
    await grid.updateComplete;
    expect(grid.activated).to.deep.equal([[0, 1, 'keydown'], [0, 1, 'keydown'], [3, 2, 'click']]);
    expect(cell.tabIndex).to.equal(0);
  });

  it('follows focus that arrives another way (a click, a screen reader)', async () => {
    const cell = grid.renderRoot.querySelector<HTMLElement>('[data-row="2"][data-col="3"]')!;
    cell.focus();
    // A page without system focus (another test page has it) gets no focus events: send the browser's.
    if (!document.hasFocus()) cell.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await grid.updateComplete;
    expect([grid.nav.row, grid.nav.col]).to.deep.equal([2, 3]);
    await press('ArrowLeft');
    expect(at()).to.deep.equal([2, 2]);
  });

  it('ignores keys from outside the cells and keys with Alt', async () => {
    const input = grid.renderRoot.querySelector('input')!;
    input.focus();
    await press('ArrowDown');
    expect(deepActiveElement()).to.equal(input);
    await grid.nav.focusActive();
    deepActiveElement()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true, composed: true }));
    await grid.updateComplete;
    expect(at()).to.deep.equal([0, 0]);
  });

  it('keeps the active cell inside the grid when it shrinks', async () => {
    await press('End', { ctrlKey: true });
    grid.rows = 2;
    grid.cols = 2;
    await grid.updateComplete;
    expect([grid.nav.row, grid.nav.col]).to.deep.equal([1, 1]);
    expect(grid.renderRoot.querySelectorAll('[tabindex="0"]')).to.have.length(1);
  });
});
