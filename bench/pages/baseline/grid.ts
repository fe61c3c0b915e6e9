/**
 * The hand-written vanilla-DOM baseline for the matrix: a grid that draws only the rows that fit
 * in the viewport (the same visible window the element draws), with the same cell text and
 * accessible labels. It has none of the element's features; it is what "as fast as it gets" means.
 */
import type { Matrix } from '@evident/contract';

const ROW_HEIGHT = 36;

export function renderBaselineGrid(host: HTMLElement, data: Matrix, height = 800): HTMLElement {
  const grid = document.createElement('div');
  grid.setAttribute('role', 'grid');
  grid.setAttribute('aria-rowcount', String(data.rows.length + 1));
  grid.style.cssText = `height:${height}px;overflow:auto;position:relative;font:14px sans-serif`;
  const spacer = document.createElement('div');
  spacer.style.height = `${(data.rows.length + 1) * ROW_HEIGHT}px`;
  grid.append(spacer);

  const header = document.createElement('div');
  header.setAttribute('role', 'row');
  header.style.cssText = 'position:sticky;top:0;display:flex;background:#fff';
  for (const c of data.competencies) {
    const th = document.createElement('div');
    th.setAttribute('role', 'columnheader');
    th.textContent = c.name;
    th.style.cssText = 'flex:0 0 96px;overflow:hidden;white-space:nowrap';
    header.append(th);
  }
  grid.prepend(header);

  const visible = Math.ceil(height / ROW_HEIGHT) + 2;
  const body = document.createDocumentFragment();
  for (let r = 0; r < Math.min(visible, data.rows.length); r++) {
    const row = data.rows[r]!;
    const tr = document.createElement('div');
    tr.setAttribute('role', 'row');
    tr.setAttribute('aria-rowindex', String(r + 2));
    tr.style.cssText = `position:absolute;top:${(r + 1) * ROW_HEIGHT}px;display:flex;height:${ROW_HEIGHT}px`;
    const name = document.createElement('div');
    name.setAttribute('role', 'rowheader');
    name.textContent = row.person.name;
    name.style.cssText = 'flex:0 0 160px';
    tr.append(name);
    row.assessed.forEach((assessed, c) => {
      const required = row.required[c];
      const td = document.createElement('div');
      td.setAttribute('role', 'gridcell');
      const gap = required != null && (assessed ?? 0) < required;
      td.textContent = `${assessed ?? '–'}/${required ?? '–'}${gap ? ' ▼' : ''}`;
      td.setAttribute('aria-label', `${data.competencies[c]!.name}: assessed ${assessed ?? 'none'}, required ${required ?? 'none'}`);
      td.style.cssText = `flex:0 0 96px;${gap ? 'outline:1px dashed red' : ''}`;
      tr.append(td);
    });
    body.append(tr);
  }
  grid.append(body);
  host.append(grid);
  return grid;
}
