import { css } from 'lit';

/**
 * A toolbar of filters above a scrolling body (`.scroll-body`) that takes the rest of the host,
 * whatever `display` the page gives the host (the matrix and the timeline share it).
 */
export const toolbarStyles = css`
  .frame {
    display: flex;
    flex-direction: column;
    block-size: 100%;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_ev-space);
    padding-block-end: var(--_ev-space);
  }
  .filter {
    display: flex;
    flex-direction: column;
    font-size: 0.875em;
    color: var(--_ev-muted);
  }
  select {
    font: inherit;
    font-size: 1.0625em;
    min-block-size: 2.25em;
    color: var(--_ev-text);
    background: var(--_ev-surface);
    border: 1px solid var(--_ev-border);
    border-radius: var(--_ev-radius);
    padding-inline: calc(var(--_ev-space) / 2);
  }
  .scroll-body {
    position: relative;
    flex: 1;
    min-block-size: 8em;
    overflow: auto;
    border: 1px solid var(--_ev-border);
    border-radius: var(--_ev-radius);
    background: var(--_ev-surface);
  }
`;
