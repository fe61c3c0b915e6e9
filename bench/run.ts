/**
 * `pnpm bench`: every benchmark, one table per section, and bench-results/latest.json.
 * Timings are medians reported as ratios against a baseline run in the same process; only the
 * size budgets can fail the command (exit 1), because only sizes are deterministic.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { sizes } from './sections/sizes.js';
import { textTable, markdownTable, type Row } from './lib/table.js';

process.chdir(new URL('..', import.meta.url).pathname);
const only = process.argv.slice(2);
const wanted = (name: string) => only.length === 0 || only.includes(name);

type Section = { name: string; run: () => Promise<{ rows: Row[]; raw: unknown; failures?: string[] }> };

const sections: Section[] = [
  { name: 'sizes', run: async () => { const r = await sizes(); return { rows: r.rows, raw: r.raw, failures: r.over }; } },
  { name: 'sdk', run: async () => (await import('./sections/sdk.js')).sdkValidation() },
  { name: 'browser', run: async () => (await import('./sections/browser.js')).browserTimings() },
  { name: 'server', run: async () => (await import('./sections/server.js')).serverLoad() },
];

const started = Date.now();
const results: Record<string, unknown> = {};
const failures: string[] = [];
const markdown: string[] = [];
for (const section of sections.filter((s) => wanted(s.name))) {
  const t0 = Date.now();
  console.log(`\n━━ ${section.name}`);
  try {
    const { rows, raw, failures: f = [] } = await section.run();
    console.log(textTable(rows));
    results[section.name] = raw;
    failures.push(...f);
    markdown.push(`### ${section.name}\n\n${markdownTable(rows)}\n`);
  } catch (error) {
    // A broken benchmark is reported, not hidden; it fails the run.
    failures.push(`${section.name}: ${(error as Error).stack ?? error}`);
    console.error(error);
  }
  console.log(`(${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

mkdirSync('bench-results', { recursive: true });
const report = { date: new Date().toISOString(), node: process.version, seconds: (Date.now() - started) / 1000, results, failures };
writeFileSync('bench-results/latest.json', `${JSON.stringify(report, null, 2)}\n`);
writeFileSync('bench-results/latest.md', markdown.join('\n'));
console.log(`\nwrote bench-results/latest.json and latest.md in ${report.seconds.toFixed(0)} s`);
if (failures.length) {
  console.error(`\n${failures.length} failure(s):\n${failures.join('\n')}`);
  process.exit(1);
}
