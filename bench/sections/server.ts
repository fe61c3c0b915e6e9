/**
 * Server: autocannon on loopback against the reference server over a file database seeded with
 * 1,000 people x 60 competencies. The load itself lives with the server (packages/server/bench).
 */
import type { Row } from '../lib/table.js';

interface LoadResult {
  name: string;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  non2xx?: number;
}

export async function serverLoad(): Promise<{ rows: Row[]; raw: unknown }> {
  const { run } = (await import('../../packages/server/bench/server.bench.js')) as { run: () => Promise<LoadResult[]> };
  const results = await run();
  const rows = results.map((r) => ({ benchmark: r.name, 'p50 ms': r.p50, 'p95 ms': r.p95, 'p99 ms': r.p99, 'req/s': Math.round(r.rps), 'non-2xx': r.non2xx ?? 0 }));
  return { rows, raw: results };
}
