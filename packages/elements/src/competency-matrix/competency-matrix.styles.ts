import { css } from 'lit';

/**
 * Layout of the matrix. Every row is a CSS grid with the same fixed tracks, so the absolutely
 * positioned (virtualised) rows, the sticky header and the sticky name column line up without
 * measuring. Logical properties only, so right-to-left needs nothing extra.
 *
 * What keeps a render cheap (notes here, not in the CSS, which ships verbatim):
 * - Hundreds of cells share a few computed styles, which Chromium caches only for styles that
 *   inherit nothing explicitly and whose parents have the same custom properties. So border-box is
 *   set here, not inherited through the shared `box-sizing: inherit`; rows are placed by an
 *   `inset-block-start` length set on each, not a custom property of their own; and `--_c0` is set
 *   once on the grid (a row widened to its active cell alone sets its own).
 * - Cells are not contained: containment made each its own paint chunk, which cost more to
 *   composite than the layout it saved (rows stay fixed-size layout boundaries).
 * - A gap's dashed corners are no rounder than the dashes are wide: dashes round a larger curve
 *   took most of the grid's raster time, and raster competes with the main thread for the CPU.
 */
export const matrixStyles = css`
  :host {
    block-size: 32rem;
    background: var(--_ev-surface);
    --_col: var(--ev-matrix-column-size, 7em);
    --_name: var(--ev-matrix-name-size, 14em);
    /* From the spacing token, so density="compact" here or on any ancestor (a provider) tightens rows. */
    --_row: var(--ev-matrix-row-size, calc(2em + 2 * var(--_ev-space)));
  }
  /* Not through "inherit": see above. */
  .frame,
  .frame * {
    box-sizing: border-box;
  }
  .filter.check {
    flex-direction: row;
    align-items: center;
    gap: calc(var(--_ev-space) / 2);
    min-block-size: 2.25em;
  }
  .legend {
    color: var(--_ev-muted);
    font-size: 0.875em;
    align-self: center;
  }
  .summary {
    margin-inline-start: auto;
    /* Number-first text keeps its own reading order inside a right-to-left page. */
    unicode-bidi: plaintext;
    color: var(--_ev-muted);
    font-size: 0.875em;
  }
  .grid {
    scroll-padding-inline-start: var(--_name);
  }
  .probe {
    position: absolute;
    block-size: var(--_row);
    inline-size: var(--_col);
    visibility: hidden;
  }
  /* Fixed-basis flex rows: the same tracks as a grid, at a fraction of the layout cost per row. */
  .row {
    display: flex;
    inline-size: calc(var(--_name) + var(--_cols) * var(--_col));
  }
  .row > * {
    flex: 0 0 var(--_col);
  }
  .row > .corner,
  .row > .rowheader {
    flex-basis: var(--_name);
  }
  .head {
    position: sticky;
    inset-block-start: 0;
    z-index: 2;
    background: var(--_ev-surface-raised);
    border-block-end: 2px solid var(--_ev-border);
    inline-size: max-content;
  }
  .group,
  .name,
  .corner {
    padding: calc(var(--_ev-space) / 2);
    font-weight: 600;
    background: var(--_ev-surface-raised);
  }
  .group {
    /* Groups are contiguous and in column order, so each follows the last. */
    flex-basis: calc(var(--_span) * var(--_col));
    border-inline-start: 1px solid var(--_ev-border);
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .group span {
    position: sticky;
    inset-inline-start: calc(var(--_name) + var(--_ev-space));
  }
  /* The smaller text is on the span: an em in --_col must mean the same width here as in the cells. */
  .name {
    block-size: 3.65625em;
    overflow: hidden;
    /* Whole words per line; only a word wider than the column breaks. The title has the full name. */
    overflow-wrap: break-word;
    hyphens: auto;
    border-inline-start: 1px solid color-mix(in srgb, var(--_ev-border) 40%, transparent);
  }
  .name > span {
    display: block;
    font-size: 0.8125em;
    line-height: 1.25;
  }
  .corner,
  .rowheader {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    border-inline-end: 2px solid var(--_ev-border);
  }
  .corner {
    display: flex;
    align-items: end;
  }
  .body {
    position: relative;
    inline-size: calc(var(--_name) + var(--_cols) * var(--_col));
  }
  /*
   * Each row is a fixed-size layout boundary: inserting a row never re-lays out the others.
   * Only the columns in view sideways (plus a few) are rendered, so 60 competencies cost about what
   * the visible ten do; the first one rendered is pushed to its place by --_c0 (below).
   */
  .person {
    contain: strict;
    position: absolute;
    inset-inline-start: 0;
    block-size: var(--_row);
    border-block-end: 1px solid color-mix(in srgb, var(--_ev-border) 40%, transparent);
  }
  .rowheader {
    display: flex;
    flex-direction: column;
    justify-content: center;
    padding-inline: var(--_ev-space);
    background: var(--_ev-surface);
    overflow: hidden;
    white-space: nowrap;
    line-height: 1.2;
  }
  .person-name,
  .meta {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .meta {
    font-size: 0.8125em;
    color: var(--_ev-muted);
  }
  .row > .cell {
    flex-basis: calc(var(--_col) - 4px);
  }
  /* Columns are virtualised: the first one rendered starts after the --_c0 columns before it. */
  .corner + .name {
    margin-inline-start: calc(var(--_c0, 0) * var(--_col));
  }
  .rowheader + .cell {
    margin-inline-start: calc(var(--_c0, 0) * var(--_col) + 2px);
  }
  .cell {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 0.25em;
    margin: 2px;
    border: 1px solid transparent;
    border-inline-start: 4px solid transparent;
    border-radius: var(--_ev-radius);
    font-variant-numeric: tabular-nums;
    cursor: pointer;
  }
  .cell::before {
    content: attr(data-levels);
  }
  .cell.optional {
    color: var(--_ev-muted);
  }
  .cell[data-gap] {
    border: 2px dashed var(--_ev-danger);
    border-inline-start: 4px solid var(--_ev-danger);
    border-radius: min(var(--_ev-radius), 2px);
    background: color-mix(in srgb, var(--_ev-danger) 8%, var(--_ev-surface));
    font-weight: 600;
  }
  /* The level's colour straight onto the border (after the gap rule): no custom property per cell to inherit. */
  .cell.l0 { border-inline-start-color: var(--_ev-level-0); }
  .cell.l1 { border-inline-start-color: var(--_ev-level-1); }
  .cell.l2 { border-inline-start-color: var(--_ev-level-2); }
  .cell.l3 { border-inline-start-color: var(--_ev-level-3); }
  .cell.l4 { border-inline-start-color: var(--_ev-level-4); }
  .cell.l5 { border-inline-start-color: var(--_ev-level-5); }
  .gap-mark {
    color: var(--_ev-danger);
    font-size: 0.8125em;
  }
  [role='gridcell']:focus-visible,
  [role='rowheader']:focus-visible,
  [role='columnheader']:focus-visible {
    outline: 2px solid var(--_ev-focus-ring);
    outline-offset: -2px;
  }
`;
