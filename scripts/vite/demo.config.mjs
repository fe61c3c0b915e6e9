/**
 * `pnpm build:demo`: the demo intranet page's code (docs/demo/src) with the elements and the SDK,
 * as one ES module in docs/demo/dist/demo.js, which `pnpm start` serves with the page.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));

export default defineConfig({
  root,
  logLevel: 'warn',
  build: {
    outDir: `${root}docs/demo/dist`,
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    rolldownOptions: { input: `${root}docs/demo/src/main.ts`, output: { entryFileNames: 'demo.js', codeSplitting: false } },
  },
});
