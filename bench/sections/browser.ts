/**
 * Browser timings in headless Chromium: median of 7 runs after 2 warm-ups, from the start of an
 * operation to the next paint, each beside a hand-written vanilla-DOM baseline drawing the same
 * visible window in the same page, so results read as ratios. Also heap figures.
 */
import type { Page } from 'playwright-core';
import { buildPages, startBrowser } from '../lib/browser.js';
import { median, round } from '../lib/stats.js';
import type { Row } from '../lib/table.js';

const RUNS = 7;
const WARMUP = 2;

/** Calls `window.bench[fn](...args)` in the page WARMUP + RUNS times; returns the median ms. */
async function timed(page: Page, fn: string, ...args: unknown[]): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const run = page.evaluate(([f, a]) => (window as unknown as { bench: Record<string, (...x: unknown[]) => Promise<number>> }).bench[f as string]!(...(a as unknown[])), [fn, args] as const);
    const ms = await withTimeout(run, `${fn}(${args.join(', ')})`);
    if (i >= WARMUP) samples.push(ms);
  }
  return round(median(samples));
}

/** A benchmark that hangs is a failure to report, not a run that never ends. */
function withTimeout<T>(promise: Promise<T>, what: string, ms = 60_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} took over ${ms / 1000} s`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function browserTimings(): Promise<{ rows: Row[]; raw: unknown }> {
  await buildPages(['matrix', 'timeline']);
  const browser = await startBrowser();
  const rows: Row[] = [];
  const raw: Record<string, unknown> = {};
  try {
    const matrix = await browser.open('matrix');
    const sizes: [number, number][] = [[50, 20], [200, 40], [1000, 60]];
    const first: Record<string, number> = {};
    for (const [people, comps] of sizes) {
      const el = await timed(matrix, 'renderMatrix', people, comps);
      const base = await timed(matrix, 'renderBaseline', people, comps);
      first[`${people}x${comps}`] = el;
      rows.push({ benchmark: `matrix first render ${people} x ${comps}`, 'element ms': el, 'baseline ms': base, 'element / baseline': round(el / base), 'vs 50 x 20': round(el / first['50x20']!) });
    }
    const update = await timed(matrix, 'updateCell', 1000, 60);
    const filter = await timed(matrix, 'filter', 1000, 60);
    rows.push({ benchmark: 'matrix one cell update (1,000 x 60)', 'element ms': update, 'baseline ms': '', 'element / baseline': '', 'vs 50 x 20': '' });
    rows.push({ benchmark: 'matrix one filter (1,000 x 60)', 'element ms': filter, 'baseline ms': '', 'element / baseline': '', 'vs 50 x 20': '' });
    const memory = (await matrix.evaluate(() => (window as unknown as { bench: { memory(p: number, c: number): Promise<{ heapMB: number; growthMB: number }> } }).bench.memory(1000, 60)));
    rows.push({ benchmark: 'matrix JS heap after 1,000 x 60 (MB)', 'element ms': memory.heapMB, 'baseline ms': '', 'element / baseline': '', 'vs 50 x 20': '' });
    rows.push({ benchmark: 'matrix heap growth over 10 create/destroy (MB)', 'element ms': memory.growthMB, 'baseline ms': '', 'element / baseline': '', 'vs 50 x 20': '' });
    raw.matrix = { first, update, filter, memory };

    const timeline = await browser.open('timeline');
    const tfirst: Record<string, number> = {};
    for (const n of [100, 10_000, 100_000]) {
      const el = await timed(timeline, 'renderTimeline', n);
      const base = await timed(timeline, 'renderBaseline', n);
      tfirst[n] = el;
      rows.push({ benchmark: `timeline first render ${n.toLocaleString('en')} events`, 'element ms': el, 'baseline ms': base, 'element / baseline': round(el / base), 'vs 50 x 20': round(el / tfirst[100]!) });
    }
    const scroll = await timeline.evaluate(() => (window as unknown as { bench: { scrollToEnd(n: number): Promise<{ ms: number; frames: number; longFrames: number }> } }).bench.scrollToEnd(100_000));
    rows.push({ benchmark: `timeline scroll to end of 100,000 (${scroll.frames} frames, ${scroll.longFrames} over 50 ms)`, 'element ms': round(scroll.ms), 'baseline ms': '', 'element / baseline': '', 'vs 50 x 20': '' });
    raw.timeline = { first: tfirst, scroll };
  } finally {
    await browser.close();
  }
  return { rows, raw };
}
