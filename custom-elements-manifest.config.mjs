/** `pnpm analyze`: custom-elements.json for Storybook's docs and controls (generated, not checked in). */
import { defaultTagPlugin } from './scripts/cem/default-tag-plugin.mjs';

export default {
  globs: ['packages/elements/src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/locales/**'],
  outdir: 'packages/elements',
  litelement: true,
  // packages/elements/package.json names the manifest itself; the root package is not published.
  packagejson: false,
  plugins: [defaultTagPlugin()],
};
