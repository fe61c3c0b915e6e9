import { css } from 'lit';
import { tokens } from './tokens.js';

/** Base rules every element shares: host typography, focus ring, status and error boxes, buttons. */
export const sharedStyles = [
  tokens,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      font-family: var(--_ev-font-family);
      font-size: var(--_ev-font-size);
      line-height: 1.5;
      color: var(--_ev-text);
    }
    :host([hidden]) {
      display: none !important;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    :focus-visible {
      outline: 2px solid var(--_ev-focus-ring);
      outline-offset: 2px;
    }
    .visually-hidden {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .ev-status {
      padding: var(--_ev-space);
      color: var(--_ev-muted);
    }
    .ev-error {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_ev-space);
      padding: var(--_ev-space) calc(var(--_ev-space) * 1.5);
      border: 1px solid var(--_ev-danger);
      border-inline-start-width: 4px;
      border-radius: var(--_ev-radius);
      background: var(--_ev-surface);
      color: var(--_ev-text);
    }
    .ev-button {
      font: inherit;
      min-block-size: 2.25em;
      padding-block: calc(var(--_ev-space) * 0.5);
      padding-inline: calc(var(--_ev-space) * 1.5);
      border: 1px solid var(--_ev-border);
      border-radius: var(--_ev-radius);
      background: var(--_ev-surface);
      color: var(--_ev-text);
      cursor: pointer;
    }
    .ev-button[data-variant='primary'] {
      background: var(--_ev-accent);
      border-color: var(--_ev-accent);
      color: var(--_ev-on-accent);
    }
    .ev-button:disabled {
      cursor: not-allowed;
      opacity: 0.6;
    }
  `,
];
