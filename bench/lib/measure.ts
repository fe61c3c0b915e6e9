/**
 * Measures what a browser downloads for one entry: bundled by esbuild (tree-shaken, ESM),
 * minified by terser, then gzip -9 and brotli q11.
 */
import { build } from 'esbuild';
import { minify } from 'terser';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface BundleSpec {
  name: string;
  entry: string;
  /** Packages left out of the bundle (e.g. `lit`, `@evident/sdk`), as a page that shares them would. */
  external?: string[];
  /** gzip budget in bytes. */
  gzip: number;
}

export interface Size {
  minified: number;
  gzip: number;
  brotli: number;
}

export async function measure({ entry, external = [] }: Pick<BundleSpec, 'entry' | 'external'>): Promise<Size> {
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
  });
  const { code = '' } = await minify(result.outputFiles[0]!.text, { module: true, compress: { passes: 3 }, mangle: true });
  const bytes = Buffer.from(code);
  return {
    minified: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}
