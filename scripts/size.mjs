#!/usr/bin/env node
/** `pnpm size`: every bundle of size-budgets.json against its gzip budget; over budget exits 1. */
import { readFileSync } from 'node:fs';
import { measure } from './lib/measure.mjs';

process.chdir(new URL('..', import.meta.url).pathname);
const { bundles } = JSON.parse(readFileSync('size-budgets.json', 'utf8'));
const kB = (n) => `${(n / 1000).toFixed(2)} kB`;

let over = 0;
const rows = [];
for (const bundle of bundles) {
  const size = await measure(bundle);
  const ok = size.gzip <= bundle.gzip;
  if (!ok) over++;
  rows.push([bundle.name, kB(size.minified), kB(size.gzip), kB(size.brotli), kB(bundle.gzip), ok ? 'ok' : `OVER by ${size.gzip - bundle.gzip} B`]);
}
const head = ['bundle', 'minified', 'gzip', 'brotli', 'budget (gzip)', ''];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
for (const row of [head, ...rows]) console.log(row.map((c, i) => c.padEnd(widths[i])).join('  '));
process.exit(over ? 1 : 0);
