import { css } from 'lit';

/**
 * Every article has a fixed height (plus a day heading when it opens a day), so the virtual window
 * is exact: text is clipped to one line per row instead of growing the article.
 */
export const timelineStyles = css`
  :host {
    block-size: 32rem;
    background: var(--_ev-surface);
    /* From the spacing token, so density="compact" here or on any ancestor (a provider) tightens the feed. */
    --_article: var(--ev-timeline-article-size, calc(4.5em + 4 * var(--_ev-space)));
    --_day: var(--ev-timeline-day-size, calc(1.5em + 1.5 * var(--_ev-space)));
  }
  .badge {
    margin-inline-start: auto;
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.25em 0.75em;
    border: 2px solid var(--_ev-border);
    border-radius: 999px;
    font-weight: 600;
  }
  .badge[data-state='verified'] {
    border-color: var(--_ev-success);
    color: var(--_ev-success);
  }
  .badge[data-state='broken'] {
    border-color: var(--_ev-danger);
    border-style: dashed;
    color: var(--_ev-danger);
  }
  .badge[data-state='unknown'] {
    color: var(--_ev-muted);
  }
  .probe-article,
  .probe-day {
    position: absolute;
    inline-size: 1px;
    visibility: hidden;
    block-size: var(--_article);
  }
  .probe-day {
    block-size: var(--_day);
  }
  .feed {
    position: relative;
    block-size: var(--_total);
  }
  .day {
    box-sizing: border-box;
    block-size: var(--_day);
    margin: 0;
    padding-inline: var(--_ev-space);
    display: flex;
    align-items: center;
    font-size: 0.9375em;
    font-weight: 600;
    background: var(--_ev-surface-raised);
    border-block-end: 1px solid var(--_ev-border);
  }
  .day.sticky {
    position: sticky;
    inset-block-start: 0;
    z-index: 2;
    margin-block-end: calc(-1 * var(--_day));
  }
  .item {
    position: absolute;
    inset-block-start: var(--_y);
    inset-inline: 0;
    display: flex;
    flex-direction: column;
    outline-offset: -2px;
    cursor: pointer;
  }
  .item:focus-visible {
    outline: 2px solid var(--_ev-focus-ring);
  }
  .card {
    box-sizing: border-box;
    block-size: var(--_article);
    padding: calc(var(--_ev-space) / 2) var(--_ev-space);
    display: flex;
    flex-direction: column;
    justify-content: space-evenly;
    border-block-end: 1px solid color-mix(in srgb, var(--_ev-border) 40%, transparent);
    border-inline-start: 4px solid var(--_ev-accent);
    overflow: hidden;
  }
  .line {
    display: flex;
    align-items: center;
    gap: var(--_ev-space);
    white-space: nowrap;
    overflow: hidden;
    min-block-size: 0;
  }
  .type {
    font-weight: 600;
  }
  time,
  .actor,
  .seq {
    color: var(--_ev-muted);
    font-size: 0.875em;
  }
  .seq {
    margin-inline-start: auto;
  }
  .detail {
    font-size: 0.875em;
  }
  .subject {
    flex: none;
    font-weight: 600;
  }
  .summary,
  .detail a,
  .unsafe-link {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  a {
    color: var(--_ev-accent);
  }
  .clauses {
    display: flex;
    gap: 0.25em;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .clauses li {
    padding-inline: 0.5em;
    border: 1px solid var(--_ev-border);
    border-radius: var(--_ev-radius);
    font-size: 0.8125em;
  }
  code {
    font-size: 0.8125em;
    color: var(--_ev-muted);
  }
  .copy {
    font: inherit;
    font-size: 0.8125em;
    padding-inline: 0.5em;
    border: 1px solid var(--_ev-border);
    border-radius: var(--_ev-radius);
    background: var(--_ev-surface);
    color: var(--_ev-text);
    cursor: pointer;
  }
`;
