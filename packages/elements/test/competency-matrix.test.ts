import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { Matrix } from '@evident/contract';
import { createClient } from '@evident/sdk';
import { sendKeys } from '@web/test-runner-commands';
import { CompetencyMatrix } from '../src/competency-matrix/competency-matrix.js';
import { makeMatrix } from './fixtures/matrix-data.js';
import { smallMatrix } from './fixtures/small-matrix.js';
import { fakeApi, json, problem } from './support/fake-api.js';
import { deepActiveElement, frames, press } from './helpers/keys.js';

// Registered directly: this file tests the element, not defineElements().
customElements.define(CompetencyMatrix.defaultTag, class extends CompetencyMatrix {});

async function matrix(data: Matrix | undefined, attrs: Partial<CompetencyMatrix> = {}): Promise<CompetencyMatrix> {
  const el = await fixture<CompetencyMatrix>(html`<competency-matrix .data=${data}></competency-matrix>`);
  Object.assign(el, attrs);
  await el.updateComplete;
  await frames(2);
  await el.updateComplete;
  return el;
}
const $ = (el: CompetencyMatrix, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: CompetencyMatrix, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const cell = (el: CompetencyMatrix, row: number, col: number) => $(el, `[data-row="${row}"][data-col="${col}"]`)!;
const focused = () => {
  const a = deepActiveElement();
  return [Number(a?.getAttribute('data-row')), Number(a?.getAttribute('data-col'))];
};
const labelOf = (c: HTMLElement) => c.getAttribute('aria-label');
const names = (el: CompetencyMatrix) => $$(el, '.person-name').map((n) => n.textContent);
async function choose(el: CompetencyMatrix, index: number, value: string) {
  const select = $$(el, 'select')[index]! as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('<competency-matrix>', () => {
  it('renders people x competencies grouped by area, with grid rows and columns counted', async () => {
    const el = await matrix(smallMatrix);
    const grid = $(el, '[role=grid]')!;
    expect(grid.getAttribute('aria-rowcount')).to.equal('5'); // area row + name row + 3 people
    expect(grid.getAttribute('aria-colcount')).to.equal('4');
    expect($$(el, '[part=group-header]').map((g) => [g.textContent!.trim(), g.getAttribute('aria-colindex'), g.getAttribute('aria-colspan')])).to.deep.equal([
      ['Implementation and Operation', '2', '2'],
      ['Technical', '4', '1'],
    ]);
    expect($$(el, '.name').map((n) => n.textContent!.trim())).to.deep.equal(['Access Controls', 'Cyber Resiliency', 'Code Review']);
    expect(names(el)).to.deep.equal(['Ada Lovelace', 'Grace Hopper', 'Zoë Müller']);
    expect($$(el, '[role=row]').map((r) => r.getAttribute('aria-rowindex'))).to.deep.equal(['1', '2', '3', '4', '5']);
    expect($(el, '[part=summary]')!.textContent).to.contain('3 of 3 people');
  });

  it('shows gaps by text, shape and an accessible label, not colour alone', async () => {
    const el = await matrix(smallMatrix);
    const grace = cell(el, 2, 1); // Grace, Access Controls: 2 of 3
    expect(labelOf(grace)).to.equal('Access Controls: assessed 2, required 3, gap 1');
    expect(grace.getAttribute('part')).to.equal('cell gap');
    expect(getComputedStyle(grace, '::before').content + grace.textContent).to.equal('"2/3"▼1');
    expect(grace.querySelector('.gap-mark')!.textContent).to.equal('▼1');
    expect(getComputedStyle(grace).borderTopStyle).to.equal('dashed');
    expect(labelOf(cell(el, 3, 1))).to.equal('Access Controls: not assessed, required 2, gap 2');
    expect(labelOf(cell(el, 1, 2))).to.equal('Cyber Resiliency: assessed 2, not required');
    expect(labelOf(cell(el, 1, 1))).to.equal('Access Controls: assessed 3, required 3');
    expect(cell(el, 1, 1).getAttribute('part')).to.equal('cell');
  });

  it('shows what new data says: levels, gap order and renamed people (nothing cached goes stale)', async () => {
    const el = await matrix(smallMatrix, { sort: 'gap' });
    expect(names(el)).to.deep.equal(['Zoë Müller', 'Grace Hopper', 'Ada Lovelace']);
    // A new assessment arrives: Grace now meets Access Controls, Ada falls short on Cyber Resiliency.
    const next: Matrix = structuredClone(smallMatrix);
    next.rows[1]!.assessed[0] = 3;
    next.rows[2]!.required[2] = 4;
    el.data = next;
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Zoë Müller', 'Ada Lovelace', 'Grace Hopper']);
    const grace = cell(el, 3, 1);
    expect(labelOf(grace)).to.equal('Access Controls: assessed 3, required 3');
    expect(grace.getAttribute('part')).to.equal('cell');
    expect(getComputedStyle(grace, '::before').content + grace.textContent).to.equal('"3/3"');
    expect(labelOf(cell(el, 2, 2))).to.equal('Cyber Resiliency: assessed 2, required 4, gap 2');
    // Same people, one renamed: the name order is worked out again, not reused.
    el.sort = 'name';
    const renamed: Matrix = structuredClone(next);
    renamed.rows[2]!.person.name = 'Zara Ng';
    el.data = renamed;
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Grace Hopper', 'Zara Ng', 'Zoë Müller']);
    expect(el.toCSV().split('\r\n')[2]).to.match(/^Zara Ng,Platform,role.engineer,3,3,2,4,4,3$/);
  });

  it('fires competency-select with person, competency and both levels on Enter, Space and click', async () => {
    const el = await matrix(smallMatrix);
    await el.focusCell(2, 1);
    setTimeout(() => void press('Enter'));
    const { detail } = await oneEvent(el, 'competency-select');
    expect(detail).to.deep.equal({
      person: { id: 'p.grace', name: 'Grace Hopper', team: 'Security Operations', roleId: 'role.analyst' },
      competency: { id: 'cmp.access', area: 'Implementation and Operation', name: 'Access Controls' },
      assessed: 2,
      required: 3,
    });
    setTimeout(() => void press(' '));
    expect((await oneEvent(el, 'competency-select')).detail.competency.id).to.equal('cmp.access');
    setTimeout(() => cell(el, 3, 3).click());
    const clicked = await oneEvent(el, 'competency-select');
    expect([clicked.detail.person.id, clicked.detail.competency.id, clicked.detail.assessed, clicked.detail.required]).to.deep.equal(['p.zoe', 'cmp.review', 2, 4]);
    expect(clicked.bubbles && clicked.composed).to.equal(true);
  });

  it('follows the grid keyboard pattern with one tab stop', async () => {
    const el = await matrix(smallMatrix);
    await el.focusCell(0, 0);
    expect(focused()).to.deep.equal([0, 0]);
    await press('ArrowDown');
    await press('ArrowRight');
    expect(focused()).to.deep.equal([1, 1]);
    expect($$(el, '[tabindex="0"]')).to.have.length(1);
    await press('End');
    expect(focused()).to.deep.equal([1, 3]);
    await press('Home');
    expect(focused()).to.deep.equal([1, 0]);
    await press('End', { ctrlKey: true });
    expect(focused()).to.deep.equal([3, 3]);
    await press('Home', { ctrlKey: true });
    expect(focused()).to.deep.equal([0, 0]);
    await press('PageDown');
    expect(focused()).to.deep.equal([3, 0]);
    await press('PageUp');
    expect(focused()).to.deep.equal([0, 0]);
  });

  it('works with the real keyboard: Tab reaches the one tab stop, arrows and Space act', async () => {
    const el = await matrix(smallMatrix);
    $(el, '[part=download]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.deep.equal([0, 0]);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused()).to.deep.equal([1, 1]);
    const selected = oneEvent(el, 'competency-select');
    await sendKeys({ press: 'Space' });
    expect((await selected).detail.person.id).to.equal('p.ada');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.closest?.('[role=grid]')).to.equal(null);
  });

  it('filters by team, role and area from its controls and properties, and sorts by gap', async () => {
    const el = await matrix(smallMatrix);
    await choose(el, 0, 'Platform');
    expect(el.team).to.equal('Platform');
    expect(names(el)).to.deep.equal(['Ada Lovelace', 'Zoë Müller']);
    expect($(el, '[part=summary]')!.textContent).to.contain('2 of 3 people');
    await choose(el, 0, '');
    el.roleId = 'role.analyst';
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Grace Hopper']);
    el.roleId = undefined;
    await choose(el, 2, 'Technical');
    expect($$(el, '.name').map((n) => n.textContent!.trim())).to.deep.equal(['Code Review']);
    expect($(el, '[role=grid]')!.getAttribute('aria-colcount')).to.equal('2');
    await choose(el, 3, 'gap');
    expect(el.sort).to.equal('gap');
    expect(names(el)).to.deep.equal(['Zoë Müller', 'Ada Lovelace', 'Grace Hopper']);
    el.team = 'Nobody';
    await el.updateComplete;
    expect($(el, '[part=status]')!.textContent).to.equal('No people match these filters.');
  });

  it('shows role names when given, in rows, the role filter and the CSV', async () => {
    const el = await matrix(smallMatrix, { roles: { 'role.engineer': 'Security engineer' } });
    expect($$(el, '.meta')[0]!.textContent).to.equal('Platform · Security engineer');
    expect([...($$(el, 'select')[1] as HTMLSelectElement).options].map((o) => o.textContent)).to.deep.equal(['All roles', 'role.analyst', 'Security engineer']);
    expect(el.toCSV().split('\r\n')[1]).to.match(/^Ada Lovelace,Platform,Security engineer,/);
    expect($(el, '[role=grid]')!.getAttribute('aria-describedby')).to.equal('legend');
  });

  it('says so when the matrix has nobody in it', async () => {
    const el = await matrix({ ...smallMatrix, rows: [] });
    expect($(el, '[part=status]')!.textContent).to.equal('No people in this matrix yet.');
    expect($(el, '[role=grid]')).to.equal(null);
  });

  it('turns grouping off: framework column order, one header row', async () => {
    const el = await matrix(smallMatrix);
    const box = $(el, 'input[type=checkbox]') as HTMLInputElement;
    box.click();
    await el.updateComplete;
    expect(el.groupBy).to.equal('none');
    expect($$(el, '[part=group-header]')).to.have.length(0);
    expect($$(el, '.name').map((n) => n.textContent!.trim())).to.deep.equal(['Access Controls', 'Code Review', 'Cyber Resiliency']);
    expect($(el, '[role=grid]')!.getAttribute('aria-rowcount')).to.equal('4');
    expect($$(el, '.person')[0]!.getAttribute('aria-rowindex')).to.equal('2');
  });

  it('exports exactly what is shown as formula-safe CSV', async () => {
    const hostile: Matrix = structuredClone(smallMatrix);
    hostile.rows[0]!.person.name = '=HYPERLINK("http://evil.example","x")';
    hostile.rows[1]!.person.team = '@SUM(1+1)';
    const el = await matrix(hostile, { area: 'Technical', sort: 'gap' });
    expect(el.toCSV()).to.equal(
      [
        'Person,Team,Role,Code Review (assessed),Code Review (required)',
        `"'=HYPERLINK(""http://evil.example"",""x"")",Platform,role.engineer,2,4`,
        'Ada Lovelace,Platform,role.engineer,4,3',
        `Grace Hopper,'@SUM(1+1),role.analyst,3,2`,
        '',
      ].join('\r\n'),
    );
  });

  it('downloads the CSV through a Blob link', async () => {
    const el = await matrix(smallMatrix);
    let link: HTMLAnchorElement | undefined;
    // Catch the Blob link's click and cancel the real download.
    el.shadowRoot!.addEventListener('click', (e) => {
      if (e.target instanceof HTMLAnchorElement) {
        link = e.target;
        e.preventDefault();
      }
    });
    $(el, '[part=download]')!.click();
    expect(link!.href).to.match(/^blob:/);
    expect(link!.download).to.equal('Security-engineering.csv');
    const bytes = new Uint8Array(await (await fetch(link!.href)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]); // BOM, so Excel reads UTF-8
    expect(new TextDecoder().decode(bytes.slice(3))).to.equal(el.toCSV());
  });

  it('shows hostile strings as text', async () => {
    const hostile: Matrix = structuredClone(smallMatrix);
    hostile.rows[0]!.person.name = '<img src=x onerror="window.__pwned=1">';
    hostile.competencies[0]!.name = '<script>window.__pwned=1</script>';
    const el = await matrix(hostile);
    expect($$(el, 'img, script')).to.have.length(0);
    expect(names(el)).to.include('<img src=x onerror="window.__pwned=1">');
    expect($$(el, '.name')[0]!.textContent!.trim()).to.equal('<script>window.__pwned=1</script>');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('virtualises 1,000 people x 60 competencies and keeps row indexes right', async () => {
    const el = await matrix(makeMatrix({ people: 1000, competencies: 60 }));
    const grid = $(el, '[role=grid]')!;
    expect(grid.getAttribute('aria-rowcount')).to.equal('1002');
    expect(grid.getAttribute('aria-colcount')).to.equal('61');
    const rows = $$(el, '.person');
    expect(rows.length).to.be.greaterThan(5).and.lessThan(100);
    expect(rows.map((r) => r.getAttribute('aria-rowindex')).slice(0, 3)).to.deep.equal(['3', '4', '5']);
    // Columns are windowed too: each row renders the columns in view (plus a few), not all 60.
    const cells = $$(el, '[role=gridcell]');
    expect(cells.length).to.be.greaterThan(rows.length * 3).and.at.most(rows.length * 30);
    for (const row of rows) {
      const indexes = [...row.querySelectorAll('[role=gridcell]')].map((c) => Number(c.getAttribute('aria-colindex')));
      expect(indexes[0]).to.equal(2);
      expect(indexes).to.deep.equal(indexes.map((_, k) => k + 2)); // contiguous from the first competency
    }
    expect($$(el, '[role=columnheader].name').length).to.be.at.most(30);

    grid.scrollLeft = 3000;
    await waitUntil(() => $$(el, '[role=gridcell]').some((c) => Number(c.getAttribute('aria-colindex')) > 30), 'columns follow the scroll');
    const shown = $$(el, '.person')[0]!.querySelectorAll('[role=gridcell]');
    expect(shown.length).to.be.at.most(30);
    const first = shown[0] as HTMLElement;
    // The first rendered cell sits where its column belongs: offset by the columns not rendered before it.
    const header = $(el, `.name[aria-colindex="${first.getAttribute('aria-colindex')}"]`)!;
    expect(first.getBoundingClientRect().left).to.be.closeTo(header.getBoundingClientRect().left, 3);
    grid.scrollLeft = 0;

    grid.scrollTop = 20_000;
    await waitUntil(() => $$(el, '.person').some((r) => Number(r.getAttribute('aria-rowindex')) > 300), 'rows follow the scroll');
    expect($$(el, '.person').length).to.be.lessThan(100);
  });

  it('draws only the rows in view when the page makes the host display: block', async () => {
    // A page's own rule beats the element's :host display; the grid must still scroll, not grow.
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><style>competency-matrix { display: block; block-size: 400px; }</style><competency-matrix .data=${makeMatrix({ people: 1000, competencies: 10 })}></competency-matrix></div>`,
    );
    const el = wrapper.querySelector('competency-matrix')!;
    await el.updateComplete;
    await frames(2);
    await el.updateComplete;
    const grid = $(el, '[role=grid]')!;
    expect(grid.getBoundingClientRect().bottom).to.be.at.most(el.getBoundingClientRect().bottom + 1);
    expect($$(el, '.person').length).to.be.greaterThan(3).and.lessThan(30);
    grid.scrollTop = 20_000;
    await waitUntil(() => $$(el, '.person').some((r) => Number(r.getAttribute('aria-rowindex')) > 300), 'rows follow the scroll');
    expect($$(el, '.person').length).to.be.lessThan(30);
  });

  it('reads layout once per frame at most, never while rendering or updating', async () => {
    const el = await matrix(makeMatrix({ people: 1000, competencies: 20 }));
    // Any layout read during an update would force a synchronous layout of what was just rendered.
    const reads: string[] = [];
    const spies = (['offsetHeight', 'clientHeight', 'offsetWidth', 'clientWidth'] as const).map((name) => {
      const proto = Object.getOwnPropertyDescriptor(HTMLElement.prototype, name) ?? Object.getOwnPropertyDescriptor(Element.prototype, name)!;
      const owner = Object.getOwnPropertyDescriptor(HTMLElement.prototype, name) ? HTMLElement.prototype : Element.prototype;
      Object.defineProperty(owner, name, { ...proto, get() { reads.push(name); return proto.get!.call(this); } });
      return () => Object.defineProperty(owner, name, proto);
    });
    try {
      const next = structuredClone(el.data!);
      next.rows[0]!.assessed[0] = ((next.rows[0]!.assessed[0] ?? 0) + 1) % 5;
      el.data = next;
      await el.updateComplete;
      el.team = el.data.rows[0]!.person.team;
      await el.updateComplete;
    } finally {
      spies.forEach((restore) => restore());
    }
    expect(reads).to.deep.equal([]);
  });

  it('moves focus into rows that were not rendered yet, scrolling them in', async () => {
    const el = await matrix(makeMatrix({ people: 1000, competencies: 60 }));
    await el.focusCell(1, 1);
    await press('End', { ctrlKey: true });
    expect(focused()).to.deep.equal([1000, 60]);
    const active = deepActiveElement()!;
    expect(active.closest('[role=row]')!.getAttribute('aria-rowindex')).to.equal('1002');
    const box = $(el, '[role=grid]')!.getBoundingClientRect();
    const rect = active.getBoundingClientRect();
    expect(rect.bottom).to.be.at.most(box.bottom + 1);
    expect(rect.top).to.be.at.least($(el, '.head')!.getBoundingClientRect().bottom - 1);
    expect(rect.right).to.be.at.most(box.right + 1);
    await press('Home');
    await press('ArrowRight');
    // Back at the first competency: scrolled clear of the sticky name column.
    const first = deepActiveElement()!.getBoundingClientRect();
    expect(first.left).to.be.at.least(cell(el, 1000, 0).getBoundingClientRect().right - 1);
    await press('End');
    await press('PageUp');
    const [row] = focused();
    expect(row).to.be.lessThan(1000).and.greaterThan(985);
    await press('Home', { ctrlKey: true });
    expect(focused()).to.deep.equal([0, 0]); // the sticky header row: always in view
  });

  it('moves focus into columns that were not rendered yet, scrolling them in', async () => {
    const el = await matrix(makeMatrix({ people: 50, competencies: 60 }));
    const grid = $(el, '[role=grid]')!;
    expect($(el, '[data-row="1"][data-col="60"]')).to.equal(null); // not rendered before the move
    await el.focusCell(1, 1);
    await press('End');
    expect(focused()).to.deep.equal([1, 60]);
    const active = deepActiveElement()!;
    expect(active.getAttribute('aria-colindex')).to.equal('61');
    const box = grid.getBoundingClientRect();
    expect(active.getBoundingClientRect().right).to.be.at.most(box.right + 1);
    expect(active.getBoundingClientRect().left).to.be.at.least(cell(el, 1, 0).getBoundingClientRect().right - 1);
    await press('ArrowDown');
    expect(focused()).to.deep.equal([2, 60]);
    expect(deepActiveElement()!.getAttribute('aria-colindex')).to.equal('61');
    await press('ArrowUp');
    await press('ArrowUp');
    expect(focused()).to.deep.equal([0, 60]); // the column header of the last column
    expect(deepActiveElement()!.getAttribute('aria-colindex')).to.equal('61');
    await press('ArrowDown');
    await press('Home');
    expect(focused()).to.deep.equal([1, 0]);
    await press('ArrowRight');
    expect(focused()).to.deep.equal([1, 1]);
    expect(deepActiveElement()!.getAttribute('aria-colindex')).to.equal('2');
    expect(grid.scrollLeft).to.equal(0);
  });

  it('moves focus into columns not rendered yet right to left too', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl"><competency-matrix .data=${makeMatrix({ people: 50, competencies: 60 })}></competency-matrix></div>`);
    const el = wrapper.querySelector('competency-matrix')!;
    await el.updateComplete;
    await frames(2);
    await el.focusCell(1, 1);
    await press('End');
    expect(focused()).to.deep.equal([1, 60]);
    expect(deepActiveElement()!.getAttribute('aria-colindex')).to.equal('61');
    const grid = $(el, '[role=grid]')!;
    expect(grid.scrollLeft).to.be.lessThan(0);
    const box = grid.getBoundingClientRect();
    const rect = deepActiveElement()!.getBoundingClientRect();
    expect(rect.left).to.be.at.least(box.left - 1);
    expect(rect.right).to.be.at.most(cell(el, 1, 0).getBoundingClientRect().left + 1);
  });

  it('keeps the focused row rendered (and the tab stop) when scrolled far away', async () => {
    const el = await matrix(makeMatrix({ people: 1000, competencies: 10 }));
    await el.focusCell(2, 3);
    const grid = $(el, '[role=grid]')!;
    grid.scrollTop = 30_000;
    await waitUntil(() => $$(el, '.person').some((r) => Number(r.getAttribute('aria-rowindex')) > 500));
    expect(focused()).to.deep.equal([2, 3]);
    expect($$(el, '[tabindex="0"]')).to.have.length(1);
  });

  it('keeps the focused cell rendered (and the tab stop) when scrolled far sideways', async () => {
    const el = await matrix(makeMatrix({ people: 50, competencies: 60 }));
    await el.focusCell(2, 3);
    const grid = $(el, '[role=grid]')!;
    grid.scrollLeft = 5000;
    await waitUntil(() => $$(el, '[role=gridcell]').some((c) => Number(c.getAttribute('aria-colindex')) > 50));
    expect(focused()).to.deep.equal([2, 3]);
    expect($$(el, '[tabindex="0"]')).to.have.length(1);
  });

  it('swaps arrow directions and mirrors the layout right to left', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl"><competency-matrix .data=${smallMatrix}></competency-matrix></div>`);
    const el = wrapper.querySelector('competency-matrix')!;
    await el.updateComplete;
    await el.focusCell(1, 1);
    await press('ArrowLeft');
    expect(focused()).to.deep.equal([1, 2]);
    await press('ArrowRight');
    expect(focused()).to.deep.equal([1, 1]);
    expect(cell(el, 1, 0).getBoundingClientRect().left).to.be.greaterThan(cell(el, 1, 1).getBoundingClientRect().left);
  });

  it('keeps the name column and the header row in place while the grid scrolls', async () => {
    const el = await matrix(makeMatrix({ people: 200, competencies: 60 }));
    const grid = $(el, '[role=grid]')!;
    grid.scrollLeft = 2000;
    grid.scrollTop = 1500;
    await waitUntil(() => $$(el, '.person').some((r) => Number(r.getAttribute('aria-rowindex')) > 30));
    const box = grid.getBoundingClientRect();
    const visibleRow = $$(el, '.person').find((r) => r.getBoundingClientRect().top > box.top + 100)!;
    expect(visibleRow.querySelector('[role=rowheader]')!.getBoundingClientRect().left).to.be.closeTo(box.left + 1, 2);
    expect($(el, '.head')!.getBoundingClientRect().top).to.be.closeTo(box.top + 1, 2);
  });

  it('loads through an <evident-provider> ancestor', async () => {
    const { EvidentProvider } = await import('../src/provider/evident-provider.js');
    if (!customElements.get('evident-provider')) customElements.define('evident-provider', class extends EvidentProvider {});
    const api = fakeApi({ 'GET /v1/matrix': () => json(smallMatrix) });
    const client = createClient({ baseUrl: 'https://api.example', fetch: api.fetch });
    const host = await fixture<HTMLElement>(html`<evident-provider .client=${client}><div><competency-matrix framework-id="fw.sec"></competency-matrix></div></evident-provider>`);
    const el = host.querySelector('competency-matrix')!;
    await waitUntil(() => $(el, '[role=grid]'), 'loads through the provider');
    expect(names(el)).to.deep.equal(['Ada Lovelace', 'Grace Hopper', 'Zoë Müller']);
  });

  it('is compact on request: shorter rows', async () => {
    const el = await matrix(smallMatrix);
    const comfortable = $$(el, '.person')[0]!.offsetHeight;
    el.density = 'compact';
    await el.updateComplete;
    await frames(2);
    expect($$(el, '.person')[0]!.offsetHeight).to.be.lessThan(comfortable);
    expect($$(el, '.person')[1]!.offsetTop).to.equal($$(el, '.person')[0]!.offsetHeight);
  });

  it('is compact inside a compact <evident-provider> too', async () => {
    const { EvidentProvider } = await import('../src/provider/evident-provider.js');
    if (!customElements.get('evident-provider')) customElements.define('evident-provider', class extends EvidentProvider {});
    const plain = await matrix(smallMatrix);
    const comfortable = $$(plain, '.person')[0]!.offsetHeight;
    const host = await fixture<HTMLElement>(html`<evident-provider density="compact"><competency-matrix .data=${smallMatrix}></competency-matrix></evident-provider>`);
    const el = host.querySelector('competency-matrix')!;
    await el.updateComplete;
    await frames(2);
    expect($$(el, '.person')[0]!.offsetHeight).to.be.lessThan(comfortable);
  });

  it('passes axe in light and dark', async () => {
    const el = await matrix(smallMatrix, { theme: 'light' });
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('speaks German and formats numbers for lang="de"', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de"><competency-matrix .data=${makeMatrix({ people: 1200, competencies: 3 })}></competency-matrix></div>`);
    const el = wrapper.querySelector('competency-matrix')!;
    await waitUntil(() => $(el, '[part=download]')?.textContent === 'CSV herunterladen', 'German strings load');
    expect($(el, '[part=summary]')!.textContent).to.contain('1.200 von 1.200 Personen');
    expect(labelOf(cell(el, 1, 1))).to.match(/: (bewertet|nicht bewertet)/);
    // Back to English: one UI language is active per copy of the library, and later tests read English.
    wrapper.lang = 'en';
    await waitUntil(() => $(el, '[part=download]')?.textContent === 'Download CSV', 'English strings again');
  });

  describe('connected', () => {
    const body = makeMatrix({ people: 5, competencies: 4 });

    it('loads through the SDK with its query, showing loading first', async () => {
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const api = fakeApi({ 'GET /v1/matrix': async () => (await gate, json(body)) });
      const client = createClient({ baseUrl: 'https://api.example', fetch: api.fetch });
      const el = await fixture<CompetencyMatrix>(html`<competency-matrix framework-id="fw.security-engineering" .team=${body.rows[0]!.person.team} .client=${client}></competency-matrix>`);
      await el.updateComplete;
      expect($(el, '[part=status]')!.textContent).to.contain('Loading');
      release();
      await waitUntil(() => $(el, '[role=grid]'), 'matrix renders');
      expect(api.requests.map((r) => r.path)).to.include('/v1/matrix');
      expect(el.matrix).to.deep.equal(body);
      expect(names(el)).to.include(body.rows[0]!.person.name);
    });

    it('shows role titles from GET /v1/roles in rows, the role filter and the CSV; names given in .roles win', async () => {
      const roles = [
        { id: 'role.engineer', title: 'Engineer', family: 'Engineering', level: 1, securityRelevant: true },
        { id: 'role.senior-engineer', title: 'Senior engineer', family: 'Engineering', level: 2, securityRelevant: true },
        { id: 'role.security-analyst', title: 'Security analyst', family: 'Security', level: 2, securityRelevant: true },
        { id: 'role.staff-engineer', title: 'Staff engineer', family: 'Engineering', level: 3, securityRelevant: true },
        { id: 'role.engineering-manager', title: 'Engineering manager', family: 'Engineering', level: 3, securityRelevant: true },
        { id: 'role.principal-engineer', title: 'Principal engineer', family: 'Engineering', level: 4, securityRelevant: true },
      ];
      const api = fakeApi({ 'GET /v1/matrix': () => json(body), 'GET /v1/roles': () => json({ items: roles, nextCursor: null }) });
      const client = createClient({ baseUrl: 'https://api.example', fetch: api.fetch });
      const el = await fixture<CompetencyMatrix>(html`<competency-matrix .client=${client}></competency-matrix>`);
      const titleOf = (id: string) => roles.find((r) => r.id === id)!.title;
      const metas = () => $$(el, '.meta').map((m) => m.textContent);
      const expected = () => el.view!.rows.slice(0, metas().length).map(({ row }) => `${row.person.team} · ${titleOf(row.person.roleId)}`);
      await waitUntil(() => metas().length > 0 && metas().join() === expected().join(), 'rows show role titles');
      const first = el.view!.rows[0]!.row.person;
      const title = titleOf(first.roleId);
      const options = [...($$(el, 'select')[1] as HTMLSelectElement).options].map((o) => o.textContent!.trim());
      expect(options).to.include(title).and.not.include(first.roleId);
      expect(el.toCSV()).to.contain(`,${first.team},${title},`).and.not.contain(`,${first.roleId},`);
      el.roles = { [first.roleId]: 'Our own title' };
      await el.updateComplete;
      expect($(el, '.meta')!.textContent).to.equal(`${first.team} · Our own title`);
    });

    it('sends the filters as query parameters', async () => {
      const seen: URL[] = [];
      const api = fakeApi({ 'GET /v1/matrix': (request) => (seen.push(new URL(request.url)), json(body)) });
      const client = createClient({ baseUrl: 'https://api.example', fetch: api.fetch });
      await fixture(html`<competency-matrix framework-id="fw.1" role-id="role.engineer" manager-id="p.9" .client=${client}></competency-matrix>`);
      await waitUntil(() => seen.length > 0);
      expect(Object.fromEntries(seen[0]!.searchParams)).to.deep.equal({ frameworkId: 'fw.1', roleId: 'role.engineer', managerId: 'p.9' });
    });

    it('shows an error with a retry, then the matrix', async () => {
      let calls = 0;
      const api = fakeApi({ 'GET /v1/matrix': () => (++calls === 1 ? problem(403, 'Forbidden') : json(body)) });
      const client = createClient({ baseUrl: 'https://api.example', fetch: api.fetch });
      const el = await fixture<CompetencyMatrix>(html`<competency-matrix .client=${client}></competency-matrix>`);
      await waitUntil(() => $(el, '[part=error]'), 'error shows');
      expect($(el, '[part=error]')!.getAttribute('role')).to.equal('alert');
      $(el, '[part=retry]')!.click();
      await waitUntil(() => $(el, '[role=grid]'), 'retry loads');
      expect(calls).to.equal(2);
    });

    it('offers to drop a server-side filter that left nobody', async () => {
      const api = fakeApi({ 'GET /v1/matrix': (request) => json(new URL(request.url).searchParams.has('team') ? { ...body, rows: [] } : body) });
      const client = createClient({ baseUrl: 'https://api.example', fetch: api.fetch });
      const el = await fixture<CompetencyMatrix>(html`<competency-matrix team="Nobody" .client=${client}></competency-matrix>`);
      await waitUntil(() => $(el, '[part=status] button'), 'clear button');
      $(el, '[part=status] button')!.click();
      await waitUntil(() => $(el, '[role=grid]'), 'everyone loads');
      expect(el.team).to.equal(undefined);
    });

    it('shows an empty state', async () => {
      const api = fakeApi({ 'GET /v1/matrix': () => json({ ...body, rows: [] }) });
      const client = createClient({ baseUrl: 'https://api.example', fetch: api.fetch });
      const el = await fixture<CompetencyMatrix>(html`<competency-matrix .client=${client}></competency-matrix>`);
      await waitUntil(() => $(el, '[part=status]')?.textContent === 'No people in this matrix yet.');
    });
  });
});
