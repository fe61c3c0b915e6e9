import { css } from 'lit';

export const reviewFormStyles = css`
  :host {
    max-inline-size: 60rem;
  }
  .form {
    display: grid;
    gap: calc(var(--_ev-space) * 2);
    padding: calc(var(--_ev-space) * 2);
    background: var(--_ev-surface);
    border: 1px solid var(--_ev-border);
    border-radius: var(--_ev-radius);
  }
  .title {
    font-size: 1.4em;
    font-weight: 700;
  }
  .section {
    display: grid;
    gap: calc(var(--_ev-space) * 2);
  }
  .section-title {
    font-size: 1.15em;
    font-weight: 650;
    padding-block-end: calc(var(--_ev-space) * 0.5);
    border-block-end: 1px solid var(--_ev-border);
  }
  .question {
    display: grid;
    gap: calc(var(--_ev-space) * 0.5);
  }
  .prompt {
    font-weight: 600;
  }
  .hint,
  .muted,
  .counter {
    margin: 0;
    color: var(--_ev-muted);
    font-size: 0.875em;
  }
  .required {
    color: var(--_ev-danger);
  }
  textarea,
  input {
    font: inherit;
    color: var(--_ev-text);
    background: var(--_ev-surface);
    border: 1px solid var(--_ev-border);
    border-radius: var(--_ev-radius);
    padding: calc(var(--_ev-space) * 0.75);
  }
  textarea {
    inline-size: 100%;
    resize: vertical;
  }
  textarea[readonly] {
    background: var(--_ev-surface-raised);
  }
  [aria-invalid='true'] {
    border-color: var(--_ev-danger);
    border-width: 2px;
  }
  .counter[data-over='true'] {
    color: var(--_ev-danger);
    font-weight: 600;
  }
  .field-error {
    margin: 0;
    color: var(--_ev-danger);
    font-weight: 600;
  }
  .field-error::before {
    content: '⚠ ';
  }
  .goals {
    display: grid;
    gap: var(--_ev-space);
    margin: 0;
    padding: var(--_ev-space) calc(var(--_ev-space) * 1.5);
    border: 1px solid var(--_ev-border);
    border-radius: var(--_ev-radius);
  }
  .goal-list {
    display: grid;
    gap: var(--_ev-space);
    margin: 0;
    padding-inline-start: 1.5em;
  }
  .goal {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_ev-space);
  }
  .goal label {
    display: grid;
    gap: 0.15em;
    font-size: 0.875em;
  }
  .goal-title {
    flex: 1 1 16rem;
  }
  .goals > .ev-button {
    justify-self: start;
  }
  .banner,
  .notice,
  .summary {
    margin: 0;
    padding: var(--_ev-space) calc(var(--_ev-space) * 1.5);
    border: 1px solid var(--_ev-border);
    border-inline-start-width: 4px;
    border-radius: var(--_ev-radius);
    background: var(--_ev-surface-raised);
  }
  .banner {
    border-inline-start-color: var(--_ev-success);
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_ev-space);
    border-inline-start-color: var(--_ev-accent);
  }
  .summary {
    border-inline-start-color: var(--_ev-danger);
  }
  .summary-title {
    margin: 0;
    font-weight: 700;
  }
  .summary ul {
    margin-block: calc(var(--_ev-space) * 0.5) 0;
    padding-inline-start: 1.25em;
  }
  a {
    color: var(--_ev-accent);
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: var(--_ev-space);
  }
  .save-status {
    margin-inline-end: auto;
    color: var(--_ev-muted);
    display: flex;
    align-items: center;
    gap: var(--_ev-space);
  }
  .ev-button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .ev-button.link {
    min-block-size: auto;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_ev-accent);
    text-decoration: underline;
  }
`;
