/**
 * Sizes: every budgeted bundle (size-budgets.json, may fail the run), and for each one that
 * leaves packages external, the same entry with everything bundled, for the record.
 */
import { readFileSync } from 'node:fs';
import { measure, type BundleSpec } from '../lib/measure.js';
import type { Row } from '../lib/table.js';

const kB = (n: number): string => (n / 1000).toFixed(2);

export interface SizeResult {
  rows: Row[];
  over: string[];
  raw: Record<string, { minified: number; gzip: number; brotli: number; budget?: number }>;
}

export async function sizes(): Promise<SizeResult> {
  const { bundles } = JSON.parse(readFileSync(new URL('../../size-budgets.json', import.meta.url), 'utf8')) as { bundles: BundleSpec[] };
  const result: SizeResult = { rows: [], over: [], raw: {} };
  for (const bundle of bundles) {
    const size = await measure(bundle);
    result.raw[bundle.name] = { ...size, budget: bundle.gzip };
    if (size.gzip > bundle.gzip) result.over.push(`${bundle.name}: ${size.gzip} B gzip > ${bundle.gzip} B`);
    result.rows.push({ bundle: bundle.name, 'min kB': kB(size.minified), 'gzip kB': kB(size.gzip), 'brotli kB': kB(size.brotli), 'budget kB': kB(bundle.gzip), ok: size.gzip <= bundle.gzip ? 'yes' : 'OVER' });
    // The same entry with nothing external, unless a budget already measures exactly that.
    const measuredWhole = bundles.some((b) => b.entry === bundle.entry && !b.external?.length);
    if (bundle.external?.length && !measuredWhole) {
      const whole = await measure({ entry: bundle.entry, external: [] });
      const name = `${bundle.name}, all bundled`;
      result.raw[name] = whole;
      result.rows.push({ bundle: name, 'min kB': kB(whole.minified), 'gzip kB': kB(whole.gzip), 'brotli kB': kB(whole.brotli), 'budget kB': '', ok: '' });
    }
  }
  return result;
}
