/**
 * The `--ev-*` design tokens. A page sets them on an element or on any ancestor (they inherit
 * through shadow roots); each element resolves them into private `--_ev-*` properties whose
 * defaults sit in `@layer evident` under `:where(:host)`, so any host or ancestor rule wins.
 * `theme="light|dark"` sets the public tokens for the whole subtree; without it the defaults
 * follow `prefers-color-scheme`.
 */
import { unsafeCSS } from 'lit';

type Tokens = Record<string, string>;

const light: Tokens = {
  'color-scheme': 'light',
  surface: '#ffffff',
  'surface-raised': '#f4f6f9',
  text: '#1c1f24',
  muted: '#555d6b',
  border: '#7d8593',
  accent: '#0b57d0',
  'on-accent': '#ffffff',
  success: '#1a7f37',
  warning: '#8a5a00',
  danger: '#c5221f',
  'focus-ring': '#0b57d0',
  'level-0': '#c4c9d1',
  'level-1': '#f6d365',
  'level-2': '#a7d98c',
  'level-3': '#4fb286',
  'level-4': '#21808d',
  'level-5': '#1d4f91',
};

const dark: Tokens = {
  'color-scheme': 'dark',
  surface: '#16181d',
  'surface-raised': '#20242b',
  text: '#e8eaed',
  muted: '#aab2bf',
  border: '#7a8392',
  accent: '#8ab4f8',
  'on-accent': '#0b1a33',
  success: '#6dd58c',
  warning: '#f2c14e',
  danger: '#f28b82',
  'focus-ring': '#8ab4f8',
  'level-0': '#5f6672',
  'level-1': '#c9a227',
  'level-2': '#7cb36a',
  'level-3': '#3f9f73',
  'level-4': '#2a9d8f',
  'level-5': '#5b9bd5',
};

const shape: Tokens = {
  radius: '0.5rem',
  space: '0.5rem',
  'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  'font-size': '1rem',
};

const compact: Tokens = { space: '0.3rem', 'font-size': '0.875rem' };

/** `--_ev-x: var(--ev-x, default)` for each token: the page's value if set anywhere above, else ours. */
const resolve = (tokens: Tokens) => Object.entries(tokens).map(([k, v]) => `--_ev-${k}:var(--ev-${k},${v});`).join('');
/** `--ev-x: value`: sets the public token for this element and everything inside it. */
const assign = (tokens: Tokens) => Object.entries(tokens).map(([k, v]) => `--ev-${k}:${v};`).join('');

export const tokens = unsafeCSS(`@layer evident {
:where(:host) { ${resolve({ ...light, ...shape })} color-scheme: var(--_ev-color-scheme); }
@media (prefers-color-scheme: dark) { :where(:host) { ${resolve(dark)} } }
:where(:host([theme='light'])) { ${assign(light)} }
:where(:host([theme='dark'])) { ${assign(dark)} }
:where(:host([density='compact'])) { ${assign(compact)} }
}`);

/** Token names, for documentation and tests. */
export const tokenNames = [...new Set([...Object.keys(light), ...Object.keys(shape)])].map((k) => `--ev-${k}`);
