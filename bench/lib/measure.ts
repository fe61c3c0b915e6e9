/**
 * Measures what a browser downloads for one entry: bundled by esbuild (tree-shaken, ESM),
 * minified by terser, then gzip -9 and brotli q11.
 */
import { build, type Plugin } from 'esbuild';
import { dirname, resolve } from 'node:path';
import { minify } from 'terser';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface BundleSpec {
  name: string;
  entry: string;
  /** Packages left out of the bundle (e.g. `lit`, `@evident/sdk`), as a page that shares them would. */
  external?: string[];
  /**
   * Counts only the code in the entry's own folder: library files outside it under this folder
   * (the shared foundation, other elements) are left external, as a page loading several
   * elements shares them. This is "an element's own code".
   */
  ownCodeWithin?: string;
  /** gzip budget in bytes. */
  gzip: number;
}

export interface Size {
  minified: number;
  gzip: number;
  brotli: number;
}

/** A dynamic import is a chunk of its own, loaded only when needed (German strings, the merge panel). */
const lazyChunksApart: Plugin = {
  name: 'lazy-chunks-apart',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
  },
};

/** Leaves out library files outside the entry's own folder. */
function ownCodeOnly(entry: string, library: string): Plugin {
  const own = dirname(resolve(entry));
  const lib = resolve(library);
  return {
    name: 'own-code-only',
    setup(b) {
      b.onResolve({ filter: /^\./ }, (args) => {
        const path = resolve(args.resolveDir, args.path);
        return path.startsWith(lib) && !path.startsWith(own) ? { path: args.path, external: true } : undefined;
      });
    },
  };
}

export async function measure({ entry, external = [], ownCodeWithin }: Pick<BundleSpec, 'entry' | 'external' | 'ownCodeWithin'>): Promise<Size> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    minify: true,
    // `lit` external must also cover `lit/decorators.js`, `@lit/context` etc.
    external: external.flatMap((e) => [e, `${e}/*`]),
    conditions: ['browser', 'production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
    plugins: [lazyChunksApart, ...(ownCodeWithin ? [ownCodeOnly(entry, ownCodeWithin)] : [])],
  });
  const { code = '' } = await minify(result.outputFiles[0]!.text, { module: true, compress: { passes: 3 }, mangle: true });
  const bytes = Buffer.from(code);
  return {
    minified: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}
