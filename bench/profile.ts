/**
 * Profiles one render of each element in Chromium and prints the functions with the most self
 * time. `BENCH_NO_MINIFY=1 pnpm exec tsx bench/profile.ts [people] [events]` keeps names readable.
 */
import { buildPages, startBrowser } from './lib/browser.js';
await buildPages(['matrix', 'timeline']);
const b = await startBrowser();
for (const [page, fn, args] of [['timeline', 'renderTimeline', [Number(process.argv[3] ?? 5000)]], ['matrix', 'renderMatrix', [Number(process.argv[2] ?? 300), 60]]] as const) {
  const p = await b.open(page);
  const cdp = await p.context().newCDPSession(p);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  const ms = await p.evaluate(([f, a]) => (window as unknown as { bench: Record<string, (...x: unknown[]) => Promise<number>> }).bench[f]!(...a), [fn, args] as const);
  const { profile } = await cdp.send('Profiler.stop') as unknown as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples: number[]; timeDeltas: number[] } };
  const self = new Map<string, number>();
  const dt = profile.timeDeltas as number[];
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id: number, i: number) => { const n = byId.get(id)!; const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000); });
  console.log(page, Math.round(ms), 'ms');
  console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `  ${v.toFixed(0)}ms ${k}`).join('\n'));
}
await b.close();
