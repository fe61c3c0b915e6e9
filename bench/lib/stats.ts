/** Small statistics for benchmark samples. */
export const median = (xs: number[]): number => percentile(xs, 50);

export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo);
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times, and returns the samples. */
export async function sample(fn: () => number | Promise<number>, { warmup = 2, runs = 7 } = {}): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) out.push(await fn());
  return out;
}

export const round = (n: number, digits = 2): number => Number(n.toFixed(digits));
