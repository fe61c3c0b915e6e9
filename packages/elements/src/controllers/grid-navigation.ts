import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a grid host tells the navigation controller. Rows and columns are 0-based logical indexes. */
export interface GridNavigationOptions {
  rowCount(): number;
  colCount(): number;
  /** Rows that PageUp / PageDown move by (e.g. the rows that fit in the viewport). */
  pageSize(): number;
  /**
   * Brings the cell into the DOM and into view, then focuses it. Virtualised hosts render the row
   * first (it may not exist yet), so this may be async.
   */
  focusCell(row: number, col: number): void | Promise<void>;
  /** Enter, Space or a click on a cell. */
  activate?(row: number, col: number, event: Event): void;
  /** True when laid out right to left: ArrowLeft / ArrowRight swap. */
  isRtl?(): boolean;
}

type Host = ReactiveControllerHost & HTMLElement & { renderRoot?: HTMLElement | DocumentFragment };

/** Cells carry their logical position so the controller can find them in any (shadow) DOM. */
export const ROW_ATTR = 'data-row';
export const COL_ATTR = 'data-col';

/** The cell an event came from: the nearest element on its composed path with both position attributes. */
function cellOf(event: Event): { row: number; col: number } | undefined {
  for (const node of event.composedPath()) {
    if (node instanceof HTMLElement && node.hasAttribute(ROW_ATTR) && node.hasAttribute(COL_ATTR)) {
      return { row: Number(node.getAttribute(ROW_ATTR)), col: Number(node.getAttribute(COL_ATTR)) };
    }
  }
  return undefined;
}

/**
 * The WAI-ARIA grid keyboard pattern as a reactive controller: one roving tab stop (the active cell),
 * arrows, Home / End, Ctrl+Home / Ctrl+End, PageUp / PageDown, Enter / Space to activate; right-to-left
 * aware. The host renders `tabindex=${nav.tabIndexFor(r, c)}` and `data-row` / `data-col` on each cell;
 * keys that start outside a cell (a filter's `<select>`) are left alone.
 */
export class GridNavigationController implements ReactiveController {
  /** Row of the active cell: the only one in the tab order. */
  row = 0;
  /** Column of the active cell. */
  col = 0;
  readonly #host: Host;
  readonly #options: GridNavigationOptions;

  constructor(host: Host, options: GridNavigationOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  // Listens on the shadow root: a focus move between two cells of one shadow tree never reaches the host.
  hostConnected(): void {
    const root = this.#host.renderRoot ?? this.#host;
    root.addEventListener('keydown', this.#onKeydown as EventListener);
    root.addEventListener('focusin', this.#onFocusin as EventListener);
    root.addEventListener('click', this.#onClick as EventListener);
  }

  hostDisconnected(): void {
    const root = this.#host.renderRoot ?? this.#host;
    root.removeEventListener('keydown', this.#onKeydown as EventListener);
    root.removeEventListener('focusin', this.#onFocusin as EventListener);
    root.removeEventListener('click', this.#onClick as EventListener);
  }

  /** Keeps the active cell inside the grid when rows or columns disappear (a filter, new data). */
  hostUpdate(): void {
    this.row = clamp(this.row, this.#options.rowCount());
    this.col = clamp(this.col, this.#options.colCount());
  }

  /** `0` for the active cell, `-1` for every other: the roving tabindex. */
  tabIndexFor(row: number, col: number): 0 | -1 {
    return row === this.row && col === this.col ? 0 : -1;
  }

  /** Makes a cell active (clamped) and moves focus to it. */
  async moveTo(row: number, col: number): Promise<void> {
    this.row = clamp(row, this.#options.rowCount());
    this.col = clamp(col, this.#options.colCount());
    this.#host.requestUpdate();
    await this.#options.focusCell(this.row, this.col);
  }

  /** Focuses the active cell, e.g. when the grid itself receives focus. */
  focusActive(): Promise<void> {
    return this.moveTo(this.row, this.col);
  }

  #onFocusin = (event: FocusEvent): void => {
    const cell = cellOf(event);
    if (!cell || (cell.row === this.row && cell.col === this.col)) return;
    this.row = cell.row;
    this.col = cell.col;
    this.#host.requestUpdate();
  };

  #onClick = (event: MouseEvent): void => {
    const cell = cellOf(event);
    if (!cell) return;
    this.row = cell.row;
    this.col = cell.col;
    this.#host.requestUpdate();
    this.#options.activate?.(cell.row, cell.col, event);
  };

  #onKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.metaKey || event.defaultPrevented || !cellOf(event)) return;
    const target = this.#target(event);
    if (target === 'activate') {
      event.preventDefault();
      this.#options.activate?.(this.row, this.col, event);
    } else if (target) {
      event.preventDefault();
      void this.moveTo(target[0], target[1]);
    }
  };

  /** Where a key leads from the active cell, `'activate'`, or nothing for keys the grid ignores. */
  #target(event: KeyboardEvent): [number, number] | 'activate' | undefined {
    const { row, col } = this;
    const lastRow = this.#options.rowCount() - 1;
    const lastCol = this.#options.colCount() - 1;
    const forward = this.#options.isRtl?.() ? -1 : 1;
    const ctrl = event.ctrlKey;
    const page = Math.max(1, this.#options.pageSize());
    switch (event.key) {
      case 'ArrowRight': return [row, col + forward];
      case 'ArrowLeft': return [row, col - forward];
      case 'ArrowDown': return [row + 1, col];
      case 'ArrowUp': return [row - 1, col];
      case 'Home': return ctrl ? [0, 0] : [row, 0];
      case 'End': return ctrl ? [lastRow, lastCol] : [row, lastCol];
      case 'PageDown': return [row + page, col];
      case 'PageUp': return [row - page, col];
      case 'Enter':
      case ' ': return 'activate';
      default: return undefined;
    }
  }
}

function clamp(value: number, count: number): number {
  return Math.max(0, Math.min(value, count - 1));
}
