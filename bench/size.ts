/** `pnpm size`: every bundle of size-budgets.json against its gzip budget; over budget exits 1. */
import { readFileSync } from 'node:fs';
import { measure, type BundleSpec } from './lib/measure.js';
import { textTable, type Row } from './lib/table.js';

export const kB = (n: number): string => `${(n / 1000).toFixed(2)} kB`;

export async function measureBudgets(): Promise<{ rows: Row[]; over: number }> {
  const { bundles } = JSON.parse(readFileSync(new URL('../size-budgets.json', import.meta.url), 'utf8')) as { bundles: BundleSpec[] };
  const rows: Row[] = [];
  let over = 0;
  for (const bundle of bundles) {
    const size = await measure(bundle);
    const ok = size.gzip <= bundle.gzip;
    if (!ok) over++;
    rows.push({
      bundle: bundle.name,
      minified: kB(size.minified),
      gzip: kB(size.gzip),
      brotli: kB(size.brotli),
      'budget (gzip)': kB(bundle.gzip),
      verdict: ok ? `ok (${bundle.gzip - size.gzip} B spare)` : `OVER by ${size.gzip - bundle.gzip} B`,
    });
  }
  return { rows, over };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.chdir(new URL('..', import.meta.url).pathname);
  const { rows, over } = await measureBudgets();
  console.log(textTable(rows));
  process.exit(over ? 1 : 0);
}
