/**
 * The pieces of `<competency-matrix>` that show one thing each: the toolbar (filters, sort,
 * grouping, CSV, legend, count) and a cell. Pure template functions; the element passes in state.
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { LocaleController } from '../localize/locale-controller.js';
import type { MatrixSort, MatrixView } from './matrix-model.js';

export interface ToolbarState {
  team: string | undefined;
  roleId: string | undefined;
  area: string | undefined;
  sort: MatrixSort;
  groupBy: 'area' | 'none';
  roleName(id: string): string;
  locale: LocaleController;
  /** Applies a change the person made to the element's properties. */
  set(changes: Partial<Pick<ToolbarState, 'team' | 'roleId' | 'area' | 'sort' | 'groupBy'>>): void;
  download(): void;
}

const selectFilter = (label: string, value: string | undefined, all: string, options: string[], set: (v: string | undefined) => void, name = (o: string) => o) =>
  html`<label class="filter"
    >${label}
    <select part="filter" @change=${(e: Event) => set((e.target as HTMLSelectElement).value || undefined)}>
      <option value="" ?selected=${!value}>${all}</option>
      ${options.map((o) => html`<option .value=${o} ?selected=${o === value}>${name(o)}</option>`)}
    </select></label
  >`;

export function renderToolbar(view: MatrixView, total: number, s: ToolbarState): TemplateResult {
  return html`<div class="toolbar" part="toolbar">
    ${selectFilter(msg('Team', { id: 'matrix-team' }), s.team, msg('All teams', { id: 'matrix-all-teams' }), view.teams, (team) => s.set({ team }))}
    ${selectFilter(msg('Role', { id: 'matrix-role' }), s.roleId, msg('All roles', { id: 'matrix-all-roles' }), view.roles, (roleId) => s.set({ roleId }), s.roleName)}
    ${selectFilter(msg('Area', { id: 'matrix-area' }), s.area, msg('All areas', { id: 'matrix-all-areas' }), view.areas, (area) => s.set({ area }))}
    <label class="filter"
      >${msg('Sort by', { id: 'matrix-sort' })}
      <select part="filter" @change=${(e: Event) => s.set({ sort: (e.target as HTMLSelectElement).value as MatrixSort })}>
        <option value="name" ?selected=${s.sort === 'name'}>${msg('Name', { id: 'matrix-sort-name' })}</option>
        <option value="gap" ?selected=${s.sort === 'gap'}>${msg('Largest gap', { id: 'matrix-sort-gap' })}</option>
      </select></label
    >
    <label class="filter check"
      ><input type="checkbox" .checked=${s.groupBy === 'area'} @change=${(e: Event) => s.set({ groupBy: (e.target as HTMLInputElement).checked ? 'area' : 'none' })} />
      ${msg('Group by area', { id: 'matrix-group' })}</label
    >
    <button class="ev-button" part="download" type="button" @click=${s.download}>${msg('Download CSV', { id: 'matrix-download' })}</button>
    <span class="legend" part="legend" id="legend">${msg('Cells: assessed / required level; ▼ marks a gap.', { id: 'matrix-legend' })}</span>
    <span class="summary" part="summary" role="status"
      >${msg(str`${s.locale.formatNumber(view.rows.length)} of ${s.locale.formatNumber(total)} people`, { id: 'matrix-count' })}</span
    >
  </div>`;
}

/** Levels and gaps are small whole numbers: each is formatted once per language, not once per cell. */
const numbers = new Map<string, string>();
function formatLevel(value: number, locale: LocaleController): string {
  const key = `${locale.lang}|${value}`;
  let text = numbers.get(key);
  if (text === undefined) {
    text = locale.formatNumber(value);
    if (numbers.size < 1000) numbers.set(key, text);
  }
  return text;
}

export interface CellPosition {
  row: number;
  col: number;
  tabIndex: 0 | -1;
  locale: LocaleController;
}

/** The sentence a screen reader reads for a cell, e.g. "Access Controls: assessed 2, required 3, gap 1". */
export function cellLabel(name: string, assessed: number | null, required: number | null, gap: number, locale: LocaleController): string {
  const n = (v: number | null) => (v === null ? '–' : formatLevel(v, locale));
  const a = n(assessed);
  const q = n(required);
  const g = formatLevel(gap, locale);
  if (required === null) {
    return assessed === null ? msg(str`${name}: not assessed, not required`, { id: 'matrix-cell-none' }) : msg(str`${name}: assessed ${a}, not required`, { id: 'matrix-cell-unrequired' });
  }
  if (assessed === null) return msg(str`${name}: not assessed, required ${q}, gap ${g}`, { id: 'matrix-cell-unassessed' });
  return gap ? msg(str`${name}: assessed ${a}, required ${q}, gap ${g}`, { id: 'matrix-cell-gap' }) : msg(str`${name}: assessed ${a}, required ${q}`, { id: 'matrix-cell-met' });
}

/**
 * A cell: "2/3" (assessed / required), a "▼1" mark and dashed border on a gap, a level bar in the
 * level's colour. Its accessible name is the `aria-label` sentence (it begins with the competency,
 * which the visible text does not show). The visible "2/3" is generated content from `data-levels`:
 * no node of its own, and not text that axe would want the label to repeat word for word. One element
 * a cell (two on a gap), no hidden text to lay out and shape: cell count drives first-render cost.
 * Two static templates instead of a bound `part`.
 */
export function renderCell(name: string, assessed: number | null, required: number | null, gap: number, p: CellPosition): TemplateResult {
  const text = `${assessed === null ? '–' : formatLevel(assessed, p.locale)}/${required === null ? '–' : formatLevel(required, p.locale)}`;
  const label = cellLabel(name, assessed, required, gap, p.locale);
  const cls = `cell l${assessed ?? 'none'}${required === null ? ' optional' : ''}`;
  return gap
    ? html`<div class=${cls} part="cell gap" role="gridcell" aria-label=${label} aria-colindex=${p.col + 1} data-row=${p.row} data-col=${p.col} data-gap tabindex=${p.tabIndex} data-levels=${text}><span class="gap-mark" part="gap-mark" aria-hidden="true">▼${formatLevel(gap, p.locale)}</span></div>`
    : html`<div class=${cls} part="cell" role="gridcell" aria-label=${label} aria-colindex=${p.col + 1} data-row=${p.row} data-col=${p.col} tabindex=${p.tabIndex} data-levels=${text}></div>`;
}
