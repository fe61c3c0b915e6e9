import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
import { msg, str } from '@lit/localize';
import type { Matrix } from '@evident/contract';
import type { Client } from '@evident/sdk';
import { ResizeWatch } from '../controllers/resize-watch.js';
import { toolbarStyles } from '../styles/toolbar.js';
import { ConnectedElement } from '../base/connected-element.js';
import { LoadController } from '../base/load-controller.js';
import { GridNavigationController } from '../controllers/grid-navigation.js';
import { VirtualWindow } from '../controllers/virtual-window.js';
import { cssProps } from '../controllers/css-props.js';
import { downloadText, toCsv } from '../controllers/csv.js';
import { buildMatrixView, gapOf, matrixRecords, type MatrixColumn, type MatrixCompetency, type MatrixPerson, type MatrixSort, type MatrixView, type MatrixViewRow } from './matrix-model.js';
import { matrixStyles } from './competency-matrix.styles.js';
import { renderCell, renderToolbar } from './matrix-parts.js';

/** `detail` of `competency-select`. */
export interface CompetencySelectDetail {
  person: MatrixPerson;
  competency: MatrixCompetency;
  assessed: number | null;
  required: number | null;
}

type LoadArgs = readonly [Client, string | undefined, string | undefined, string | undefined, string | undefined];

const OVERSCAN = 3;
const collators = new Map<string, Intl.Collator>();
/** Columns rendered beyond each side of the horizontal viewport. */
const COL_OVERSCAN = 2;

/** Everything a row shows of its person, by value. */
const rowKey = ({ person, assessed, required }: MatrixViewRow['row']): string =>
  `${person.id}\u0001${person.name}\u0001${person.team}\u0001${person.roleId}\u0001${assessed.join()}\u0001${required.join()}`;

/**
 * People x competencies: each cell shows the assessed level against the required one, and a gap
 * by a dashed border and a "▼n" mark as well as colour. Sticky header row and name column, column
 * groups by competency area, sort by name or gap, filters by team, role and area, CSV of what is
 * shown. WAI-ARIA grid (roving tabindex; arrows, Home / End, Ctrl+Home / Ctrl+End, PageUp / PageDown;
 * Enter / Space select). Rows are virtualised, so 1,000 people x 60 competencies stay smooth, while
 * `aria-rowcount` / `aria-rowindex` count every row (header rows first, then people). Columns are
 * virtualised too (only those in the horizontal viewport, plus a few), while `aria-colcount` /
 * `aria-colindex` count every column.
 *
 * Controlled: set `.data` (a `Matrix`). Connected: set `framework-id`, `team`, `role-id` or
 * `manager-id` inside an `<evident-provider>` (or with `.client`).
 *
 * @summary People x competencies, assessed against required levels, with gaps.
 * @fires competency-select - `{ person, competency, assessed, required }` when a cell is chosen by Enter, Space or click.
 * @csspart toolbar - The row of filters and the download button.
 * @csspart filter - Each filter's `<select>` (team, role, area, sort).
 * @csspart download - The "Download CSV" button.
 * @csspart summary - The "n of m people" line.
 * @csspart legend - The line explaining "2/3" and "▼".
 * @csspart grid - The scrolling grid.
 * @csspart header - The sticky header row group.
 * @csspart group-header - A competency area header spanning its columns.
 * @csspart column-header - A competency name header (also the "Person" header).
 * @csspart row - A person's row.
 * @csspart row-header - The sticky cell with the person's name, team and role.
 * @csspart cell - A competency cell.
 * @csspart gap - A cell whose assessed level is below the required one (with `cell`).
 * @csspart gap-mark - The "▼n" mark inside a gap cell.
 * @csspart status - Loading and empty messages.
 * @csspart error - The error box; `retry` is its button.
 * @csspart retry - The retry button of the error box.
 * @cssprop --ev-matrix-column-size - Width of a competency column (default 7em).
 * @cssprop --ev-matrix-name-size - Width of the sticky name column (default 14em).
 * @cssprop --ev-matrix-row-size - Height of a person's row (default 2em plus twice --ev-space; smaller when compact).
 * @cssprop --ev-danger - Colour of gaps.
 * @cssprop --ev-level-0 - Colour of the level bar of level 0 (likewise --ev-level-1 … --ev-level-5).
 */
export class CompetencyMatrix extends ConnectedElement {
  static override defaultTag = 'competency-matrix';
  static override styles = [ConnectedElement.styles, toolbarStyles, matrixStyles];

  /** Controlled mode: the matrix to show. While set, nothing is loaded. */
  @property({ attribute: false }) data?: Matrix;

  /** Connected mode: the framework to show (default: the server's current one). */
  @property({ attribute: 'framework-id' }) frameworkId?: string;

  /** Connected mode: only the people who report to this manager. */
  @property({ attribute: 'manager-id' }) managerId?: string;

  /** Show only this team (a filter; in connected mode also sent to the server). */
  @property() team?: string;

  /** Show only people in this role id (a filter; in connected mode also sent to the server). */
  @property({ attribute: 'role-id' }) roleId?: string;

  /** Show only the competencies of this area. */
  @property() area?: string;

  /** Row order: `name` (alphabetical) or `gap` (largest total gap first). */
  @property() sort: MatrixSort = 'name';

  /** `area` groups the columns under competency-area headers; `none` keeps the framework's order. */
  @property({ attribute: 'group-by' }) groupBy: 'area' | 'none' = 'area';

  /**
   * Display names of roles by role id (e.g. `{ 'role.se': 'Security engineer' }`). Connected, the
   * matrix loads the tenant's roles itself (`GET /v1/roles`); names given here win.
   */
  @property({ attribute: false }) roles?: Record<string, string>;

  /** Accessible name of the grid (default "Competency matrix"). */
  @property() label?: string;

  readonly #load = new LoadController<Matrix, LoadArgs>(this, {
    args: () => (this.data || !this.activeClient ? undefined : ([this.activeClient, this.frameworkId, this.team, this.roleId, this.managerId] as const)),
    load: ([client, frameworkId, team, roleId, managerId], signal) => client.getMatrix({ query: { frameworkId, team, roleId, managerId }, signal }),
    isEmpty: (matrix) => matrix.rows.length === 0,
  });

  /** Connected: role titles for the rows and the role filter. A failure leaves the ids showing. */
  readonly #roleTitles = new LoadController<Record<string, string>, readonly [Client]>(this, {
    args: () => (this.data || !this.activeClient ? undefined : [this.activeClient]),
    load: async ([client], signal) => {
      const titles: Record<string, string> = {};
      for await (const role of client.listRoles.items({ query: { limit: 500 }, signal })) titles[role.id] = role.title;
      return titles;
    },
  });

  readonly #nav = new GridNavigationController(this, {
    rowCount: () => 1 + (this.view?.rows.length ?? 0),
    colCount: () => 1 + (this.view?.columns.length ?? 0),
    pageSize: () => Math.max(1, Math.floor((this.#height - this.#headHeight) / (this.#rowSize || 1)) - 1),
    focusCell: (row, col) => this.#focusCell(row, col),
    activate: (row, col) => this.#select(row, col),
    isRtl: () => this.locale.rtl,
  });

  readonly #window = new VirtualWindow();
  readonly #cols = new VirtualWindow();
  #view: MatrixView | undefined;
  #viewKey: unknown[] = [];
  /** What each row's guard compares of the columns, once a view. */
  #columnsKey = '';
  #top = 0;
  /**
   * Viewport, row and sticky header heights in px, read when a ResizeObserver reports (after layout,
   * so never a forced one); guesses until then. The window's height is a safe upper bound.
   */
  #height = globalThis.innerHeight || 640;
  #rowSize = 48;
  #headHeight = 0;
  /** Horizontal scroll (px from the inline start, whatever the direction), viewport width, column and name widths. */
  #left = 0;
  #width = globalThis.innerWidth || 1024;
  #colSize = 112;
  #nameSize = 224;
  /** The rows `[start, end)` of the last render: a measurement re-renders only if it needs others. */
  #rendered = { start: 0, end: 0 };
  /** The columns `[start, end)` (0-based competency indexes) of the last render. */
  #renderedCols = { start: 0, end: 0 };

  constructor() {
    super();
    // Sizes are read only after layout (in #measure), never while rendering; the watch registers itself.
    new ResizeWatch(this, ['.grid', '.probe', '.head'], () => this.#measure());
  }

  /** The matrix in effect: `.data`, else the loaded one. */
  get matrix(): Matrix | undefined {
    return this.data ?? this.#load.value;
  }

  /** The rows, columns and groups shown now (after filters, sort and grouping). */
  get view(): MatrixView | undefined {
    const matrix = this.matrix;
    if (!matrix) return undefined;
    const key = [matrix, this.team, this.roleId, this.area, this.sort, this.groupBy, this.locale.lang];
    if (!this.#view || key.some((k, i) => k !== this.#viewKey[i])) {
      const lang = this.locale.lang;
      // One collator a language for every matrix: constructing one costs more than a view of a small
      // matrix, and the view reuses its name order only with the same collator.
      if (!collators.has(lang)) collators.set(lang, new Intl.Collator(lang));
      const view = (this.#view = buildMatrixView(matrix, { team: this.team, roleId: this.roleId, area: this.area, sort: this.sort, groupByArea: this.groupBy === 'area' }, collators.get(lang)!));
      this.#columnsKey = view.columns.map((c) => `${c.index}\u0001${c.area}\u0001${c.name}`).join('\u0002');
      this.#viewKey = key;
    }
    return this.#view;
  }

  /** What is shown, as RFC 4180 CSV (formula-safe); what "Download CSV" saves. */
  toCSV(): string {
    const view = this.view;
    if (!view) return '';
    return toCsv(
      matrixRecords(view, {
        person: msg('Person', { id: 'matrix-person' }),
        team: msg('Team', { id: 'matrix-team' }),
        role: msg('Role', { id: 'matrix-role' }),
        roleName: (id) => this.#roleName(id),
        assessed: (name) => msg(str`${name} (assessed)`, { id: 'matrix-csv-assessed' }),
        required: (name) => msg(str`${name} (required)`, { id: 'matrix-csv-required' }),
      }),
    );
  }

  /** Saves `toCSV()` as a file through a Blob link. */
  download(): void {
    downloadText(this.toCSV(), `${(this.matrix?.framework.name ?? 'competency-matrix').replace(/[^\p{L}\p{N}]+/gu, '-')}.csv`, undefined, this.renderRoot);
  }

  /** Moves keyboard focus to a cell: row 0 is the header row, people start at 1; column 0 is the name. */
  focusCell(row: number, col: number): Promise<void> {
    return this.#nav.moveTo(row, col);
  }

  override render() {
    // The frame, not the host, lays out toolbar and grid: a page's `competency-matrix { display: block }`
    // must not let the grid grow to its full height (and render every row).
    return html`<div class="frame">${this.#renderContent()}</div>`;
  }

  #renderContent() {
    if (this.data) return this.#renderMatrix();
    return this.#load.render({
      ready: () => this.#renderMatrix(),
      empty: () =>
        // The toolbar needs data for its choices; when a server-side filter emptied the matrix, offer to drop it.
        this.team || this.roleId
          ? html`<p class="ev-status" part="status" role="status">
              ${msg('No people match these filters.', { id: 'matrix-no-match' })}
              <button class="ev-button" type="button" @click=${() => ((this.team = undefined), (this.roleId = undefined))}>${msg('Show everyone', { id: 'matrix-clear' })}</button>
            </p>`
          : html`<p class="ev-status" part="status" role="status">${msg('No people in this matrix yet.', { id: 'matrix-empty' })}</p>`,
    });
  }

  #measure(): void {
    const grid = this.renderRoot.querySelector<HTMLElement>('.grid');
    const probe = this.renderRoot.querySelector<HTMLElement>('.probe');
    if (!grid || !probe) return;
    const rowSize = probe.offsetHeight || this.#rowSize;
    const colSize = probe.offsetWidth || this.#colSize;
    const changed = rowSize !== this.#rowSize || colSize !== this.#colSize;
    this.#height = grid.clientHeight || this.#height;
    this.#width = grid.clientWidth || this.#width;
    this.#rowSize = rowSize;
    this.#colSize = colSize;
    this.#nameSize = this.renderRoot.querySelector<HTMLElement>('.corner')?.offsetWidth ?? this.#nameSize;
    this.#headHeight = this.renderRoot.querySelector<HTMLElement>('.head')?.offsetHeight ?? 0;
    // Rows and columns already cover the (smaller) viewport: keep them until the next scroll.
    const { start, end } = this.#range();
    const cols = this.#colRange();
    if (changed || start < this.#rendered.start || end > this.#rendered.end || cols.start < this.#renderedCols.start || cols.end > this.#renderedCols.end) this.requestUpdate();
  }

  /** The rows to render for the current scroll position and sizes. */
  #range(): { start: number; end: number } {
    return this.#window.range(Math.max(0, this.#top - this.#headHeight), this.#height, OVERSCAN);
  }

  /** The columns to render for the current horizontal scroll position and sizes. */
  #colRange(): { start: number; end: number } {
    return this.#cols.range(Math.max(0, this.#left - this.#nameSize), this.#width, COL_OVERSCAN);
  }

  #onScroll = (event: Event): void => {
    const grid = event.currentTarget as HTMLElement;
    this.#top = grid.scrollTop;
    // Right to left, Chromium counts scrollLeft from 0 down to negative values.
    this.#left = Math.abs(grid.scrollLeft);
    const { start, end } = this.#range();
    const cols = this.#colRange();
    if (start !== this.#rendered.start || end !== this.#rendered.end || cols.start !== this.#renderedCols.start || cols.end !== this.#renderedCols.end) this.requestUpdate();
  };

  #renderMatrix(): TemplateResult {
    const view = this.view!;
    const total = this.matrix!.rows.length;
    if (!total) return html`<p class="ev-status" part="status" role="status">${msg('No people in this matrix yet.', { id: 'matrix-empty' })}</p>`;
    return html`${this.#renderToolbar(view, total)}
      ${view.rows.length ? this.#renderGrid(view) : html`<p class="ev-status" part="status" role="status">${msg('No people match these filters.', { id: 'matrix-no-match' })}</p>`}`;
  }

  #renderToolbar(view: MatrixView, total: number): TemplateResult {
    return renderToolbar(view, total, {
      team: this.team,
      roleId: this.roleId,
      area: this.area,
      sort: this.sort,
      groupBy: this.groupBy,
      roleName: (id) => this.#roleName(id),
      locale: this.locale,
      set: (changes) => Object.assign(this, changes),
      download: () => this.download(),
    });
  }

  #renderGrid(view: MatrixView): TemplateResult {
    const headerRows = view.groups.length ? 2 : 1;
    this.#window.setFixed(view.rows.length, this.#rowSize);
    const { start, end } = (this.#rendered = this.#range());
    this.#cols.setFixed(view.columns.length, this.#colSize);
    this.#renderedCols = this.#colRange();
    const indexes = Array.from({ length: end - start }, (_, i) => start + i);
    // The active row stays rendered when scrolled away, so the roving tab stop (and focus) survive.
    // In order: moving a focused node in the DOM would blur it.
    const active = this.#nav.row - 1;
    if (active >= 0 && active < start) indexes.unshift(active);
    if (active >= end && active < view.rows.length) indexes.push(active);
    const columns = this.#columnsKey;
    const floor = this.matrix!.framework.scale.levels[0]?.level ?? 0;
    return html`<div
      class="grid scroll-body"
      part="grid"
      role="grid"
      aria-readonly="true"
      aria-describedby="legend"
      aria-label=${this.label ?? msg('Competency matrix', { id: 'matrix-label' })}
      aria-rowcount=${headerRows + view.rows.length}
      aria-colcount=${view.columns.length + 1}
      @scroll=${this.#onScroll}
      ${cssProps({ '--_cols': view.columns.length, '--_c0': this.#renderedCols.start })}
    >
      <div class="probe" aria-hidden="true"></div>
      <div class="head" part="header" role="rowgroup">
        ${view.groups.length
          ? html`<div class="row groups" role="row" aria-rowindex="1">
              <div class="corner" role="columnheader" aria-colindex="1"><span class="visually-hidden">${msg('Competency area', { id: 'matrix-area-header' })}</span></div>
              ${view.groups.map(
                (g) => html`<div class="group" part="group-header" role="columnheader" aria-colindex=${g.start + 2} aria-colspan=${g.span} title=${g.area} ${cssProps({ '--_start': g.start + 2, '--_span': g.span })}>
                  <span>${g.area}</span>
                </div>`,
              )}
            </div>`
          : nothing}
        <div class="row names" role="row" aria-rowindex=${headerRows} ${cssProps(this.#offsetOf(this.#columnsOf(view, 0)))}>
          <div class="corner" part="column-header" role="columnheader" aria-colindex="1" aria-sort=${this.sort === 'name' ? 'ascending' : 'none'} data-row="0" data-col="0" tabindex=${this.#nav.tabIndexFor(0, 0)}>
            ${msg('Person', { id: 'matrix-person' })}
          </div>
          ${repeat(
            this.#columnsOf(view, 0),
            (j) => j,
            (j) => {
              const c = view.columns[j]!;
              return html`<div class="name" part="column-header" role="columnheader" aria-colindex=${j + 2} data-row="0" data-col=${j + 1} tabindex=${this.#nav.tabIndexFor(0, j + 1)} title=${`${c.area}: ${c.name}`}>
              <span>${c.name}</span>
            </div>`;
            },
          )}
        </div>
      </div>
      <div class="body" role="rowgroup" ${cssProps({ 'block-size': `${this.#window.total}px` })}>
        ${repeat(
          indexes,
          (i) => view.rows[i]!.row.person.id,
          // A row re-renders only when what it shows changes (by value: a new `data` with one new level
          // re-renders one row), so scrolling renders just the rows that enter.
          (i) =>
            guard([columns, floor, headerRows, rowKey(view.rows[i]!.row), i, this.roles, this.#roleTitles.value, this.#rowSize, this.#nav.row === i + 1 ? this.#nav.col : -1, this.#renderedCols.start, this.#renderedCols.end, this.locale.lang, this.locale.version], () =>
              this.#renderRow(view, view.rows[i]!, i, headerRows),
            ),
        )}
      </div>
    </div>`;
  }

  #renderRow(view: MatrixView, { row }: MatrixViewRow, index: number, headerRows: number): TemplateResult {
    const r = index + 1;
    const meta = `${row.person.team} · ${this.#roleName(row.person.roleId)}`;
    const cols = this.#columnsOf(view, r);
    return html`<div class="row person" part="row" role="row" aria-rowindex=${headerRows + r} ${cssProps({ 'inset-block-start': `${this.#window.offsetOf(index)}px`, ...this.#offsetOf(cols) })}>
      <div class="rowheader" part="row-header" role="rowheader" aria-colindex="1" data-row=${r} data-col="0" tabindex=${this.#nav.tabIndexFor(r, 0)} title=${`${row.person.name} (${meta})`}>
        <span class="person-name">${row.person.name}</span><span class="meta">${meta}</span>
      </div>
      ${repeat(
        cols,
        (j) => j,
        (j) => {
          const c = view.columns[j]!;
          return this.#renderCell(c, row.assessed[c.index] ?? null, row.required[c.index] ?? null, r, j + 1);
        },
      )}
    </div>`;
  }

  /**
   * The competency indexes (0-based, contiguous) that row `r` renders: the columns in view, widened
   * to the active cell in the active row, so the roving tab stop (and focus) survive a scroll sideways.
   */
  #columnsOf(view: MatrixView, r: number): number[] {
    let { start, end } = this.#renderedCols;
    end = Math.min(end, view.columns.length);
    const active = this.#nav.col - 1;
    if (r === this.#nav.row && active >= 0 && active < view.columns.length) {
      start = Math.min(start, active);
      end = Math.max(end, active + 1);
    }
    return Array.from({ length: Math.max(0, end - start) }, (_, k) => start + k);
  }

  /**
   * `--_c0` (columns before the first one rendered) is set once on the grid; only a row widened to
   * its active cell sets its own. Rows without custom properties of their own let their cells share
   * one computed style per kind instead of one per row.
   */
  #offsetOf(cols: number[]): Record<string, number> {
    return cols.length && cols[0] !== this.#renderedCols.start ? { '--_c0': cols[0]! } : {};
  }

  #renderCell(column: MatrixColumn, assessed: number | null, required: number | null, row: number, col: number): TemplateResult {
    const floor = this.matrix!.framework.scale.levels[0]?.level ?? 0;
    return renderCell(column.name, assessed, required, gapOf(assessed, required, floor), { row, col, tabIndex: this.#nav.tabIndexFor(row, col), locale: this.locale });
  }

  #roleName(id: string): string {
    return this.roles?.[id] ?? this.#roleTitles.value?.[id] ?? id;
  }

  /** Scrolls a row that may not be rendered into view, waits for it to render, then focuses the cell. */
  async #focusCell(row: number, col: number): Promise<void> {
    const grid = this.renderRoot.querySelector<HTMLElement>('.grid');
    if (!grid) return;
    if (row > 0) {
      const top = this.#window.scrollTopFor(row - 1, grid.scrollTop, grid.clientHeight, this.#headHeight);
      if (top !== grid.scrollTop) {
        grid.scrollTop = top;
        this.#top = grid.scrollTop;
      }
    }
    if (col > 0) {
      // Likewise sideways: the column may not be rendered, so scroll it in first (negative right to left).
      const left = this.#cols.scrollTopFor(col - 1, this.#left, this.#width - this.#nameSize);
      if (left !== this.#left) {
        grid.scrollLeft = this.locale.rtl ? -left : left;
        this.#left = Math.abs(grid.scrollLeft);
      }
    }
    this.requestUpdate();
    await this.updateComplete;
    const cell = this.renderRoot.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`);
    cell?.focus({ preventScroll: true });
    // Horizontal only: scroll-padding keeps the cell clear of the sticky name column.
    cell?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  #select(row: number, col: number): void {
    const view = this.view;
    const entry = view?.rows[row - 1];
    const column = view?.columns[col - 1];
    if (!entry || !column) return;
    const { index, ...competency } = column;
    this.emit('competency-select', {
      person: entry.row.person,
      competency,
      assessed: entry.row.assessed[index] ?? null,
      required: entry.row.required[index] ?? null,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'competency-matrix': CompetencyMatrix;
  }
  interface HTMLElementEventMap {
    'competency-select': CustomEvent<CompetencySelectDetail>;
  }
}
