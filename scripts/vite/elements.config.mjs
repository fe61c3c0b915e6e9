/**
 * `pnpm build:elements`: the script-tag bundle, packages/elements/dist/evident.js. One ES module
 * with Lit, the SDK and the contract inside and the German strings inlined, that registers every
 * element on load, so a page needs nothing but `<script type="module" src=".../evident.js">`.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));

export default defineConfig({
  root,
  logLevel: 'warn',
  build: {
    outDir: `${root}packages/elements/dist`,
    emptyOutDir: true,
    sourcemap: true,
    minify: true,
    target: 'es2022',
    // An app build of one entry, not lib mode: lib mode keeps the whitespace of an ES bundle.
    rolldownOptions: {
      input: `${root}packages/elements/src/auto-define.ts`,
      output: { entryFileNames: 'evident.js', codeSplitting: false },
    },
  },
});
