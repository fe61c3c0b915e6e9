/**
 * Measures what a browser downloads for one entry: bundled by esbuild (tree-shaken, ESM),
 * minified by terser, then gzip -9 and brotli q11.
 */
import { build } from 'esbuild';
import { minify } from 'terser';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export async function measure({ entry, external = [] }) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    minify: true,
    external,
    conditions: ['browser', 'production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  const bundled = result.outputFiles[0].text;
  const { code } = await minify(bundled, { module: true, compress: { passes: 3 }, mangle: true });
  const bytes = Buffer.from(code);
  return {
    minified: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}
