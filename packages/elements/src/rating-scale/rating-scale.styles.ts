import { css } from 'lit';

export const ratingScaleStyles = css`
  .label {
    font-weight: 600;
    margin-block-end: calc(var(--_ev-space) * 0.5);
  }
  .group {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 9rem), 1fr));
    gap: var(--_ev-space);
  }
  .option {
    --_swatch: var(--_ev-accent);
    display: grid;
    grid-template-columns: auto 1fr;
    align-content: start;
    gap: calc(var(--_ev-space) * 0.5) var(--_ev-space);
    padding: var(--_ev-space);
    border: 1px solid var(--_ev-border);
    border-block-start: 4px solid var(--_swatch);
    border-radius: var(--_ev-radius);
    background: var(--_ev-surface);
    cursor: pointer;
  }
  .option[data-level='0'] { --_swatch: var(--_ev-level-0); }
  .option[data-level='1'] { --_swatch: var(--_ev-level-1); }
  .option[data-level='2'] { --_swatch: var(--_ev-level-2); }
  .option[data-level='3'] { --_swatch: var(--_ev-level-3); }
  .option[data-level='4'] { --_swatch: var(--_ev-level-4); }
  .option[data-level='5'] { --_swatch: var(--_ev-level-5); }
  .option[aria-checked='true'] {
    border-color: var(--_ev-accent);
    box-shadow: inset 0 0 0 1px var(--_ev-accent);
    background: var(--_ev-surface-raised);
  }
  .indicator {
    inline-size: 1.1em;
    block-size: 1.1em;
    margin-block-start: 0.2em;
    border: 2px solid var(--_ev-border);
    border-radius: 50%;
  }
  .option[aria-checked='true'] .indicator {
    border-color: var(--_ev-accent);
    background: radial-gradient(var(--_ev-accent) 45%, transparent 50%);
  }
  .level-label {
    font-weight: 600;
  }
  .number {
    font-variant-numeric: tabular-nums;
  }
  .descriptor {
    grid-column: 1 / -1;
    color: var(--_ev-muted);
    font-size: 0.875em;
  }
  :host([readonly]) .option {
    cursor: default;
  }
  :host(:disabled) .option {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .message {
    margin-block-start: calc(var(--_ev-space) * 0.5);
    color: var(--_ev-danger);
    font-weight: 600;
  }
  .message::before {
    content: '⚠ ';
  }
`;
