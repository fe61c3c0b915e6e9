/**
 * Load test of the reference server: autocannon on loopback against a server process over a file
 * database seeded with 1,000 people x 60 competencies, and the reads also at 10 and 100 people. `run()` returns the figures; run directly
 * (`pnpm --filter @evident/server bench`) it prints them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { migrate, openDatabase } from '../src/db/connect.js';
import { BENCH_TOKEN, seedLarge } from './seed-large.js';

export interface LoadResult { name: string; p50: number; p95: number; p99: number; rps: number; non2xx: number; requests: number }

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const BENCH_ORIGIN = 'https://intranet.example';

/** The server in its own process, as `pnpm start` runs it, so the load generator does not share its event loop. */
async function startServerProcess(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    // With CORS on, as a server behind intranet pages on other origins runs (the requests send an Origin).
    env: { ...process.env, EVIDENT_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', EVIDENT_LOG: 'silent', EVIDENT_CORS_ORIGINS: BENCH_ORIGIN },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const url = await new Promise<string>((res, rej) => {
    let err = '';
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /server on (http:\/\/[\d.:]+)/.exec(err);
      if (m) res(m[1]!);
    });
    child.on('exit', (code) => rej(new Error(`server exited (${code}): ${err}`)));
  });
  return { url, child };
}

/** p95 is not in autocannon's histogram summary; interpolate between p90 and p97.5. */
const p95 = (h: { p90: number; p97_5: number }) => Math.round((h.p90 + (h.p97_5 - h.p90) * (5 / 7.5)) * 100) / 100;

/**
 * The matrix is memoised until the next write that changes levels; this measures the read right
 * after such a write (a calibration adjustment), so nothing is cached, one at a time.
 */
async function coldMatrix(url: string, headers: Record<string, string>, large: { frameworkId: string; cycleId: string; competencyIds: string[] }, log: (s: string) => void): Promise<LoadResult> {
  const cal = await fetch(`${url}/v1/calibrations`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ cycleId: large.cycleId, heldAt: '2026-02-01T10:00:00Z', participantIds: ['p_b0000'] }) });
  const calibrationId = ((await cal.json()) as { id: string }).id;
  const times: number[] = [];
  for (let i = 0; i < 40; i++) {
    const adj = await fetch(`${url}/v1/calibrations/${calibrationId}/adjustments`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ personId: `p_b${String(100 + i).padStart(4, '0')}`, competencyId: large.competencyIds[i % large.competencyIds.length], toLevel: i % 5, rationale: 'Bench' }) });
    await adj.arrayBuffer();
    const t = performance.now();
    const r = await fetch(`${url}/v1/matrix?frameworkId=${large.frameworkId}`, { headers });
    await r.arrayBuffer();
    if (i >= 5) times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => Math.round(times[Math.min(times.length - 1, Math.floor(p * times.length))]! * 10) / 10;
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  const res = { name: 'GET matrix right after a write (uncached, 1 client)', p50: q(0.5), p95: q(0.95), p99: q(0.99), rps: Math.round(1000 / mean), non2xx: 0, requests: times.length };
  log(`${res.name}: p50 ${res.p50} ms, p95 ${res.p95} ms, p99 ${res.p99} ms`);
  return res;
}

/** A server process over a fresh file database seeded with `people` x 60; `fn` runs the load. */
async function withSeededServer<T>(people: number, reviews: number, log: (s: string) => void, fn: (url: string, large: Awaited<ReturnType<typeof seedLarge>>) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'evident-bench-'));
  const db = openDatabase(join(dir, 'evident.sqlite'));
  await migrate(db);
  const t0 = performance.now();
  const large = await seedLarge(db, { people, reviews });
  await db.destroy();
  log(`seeded ${large.people} people x ${large.competencies} competencies, ${large.events} evidence events in ${Math.round(performance.now() - t0)} ms`);
  const { url, child } = await startServerProcess(dir);
  try {
    return await fn(url, large);
  } finally {
    child.kill('SIGTERM');
    await new Promise((res) => child.once('exit', res));
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(opts: { duration?: number; connections?: number; log?: (s: string) => void } = {}): Promise<LoadResult[]> {
  const duration = opts.duration ?? Number(process.env.BENCH_DURATION ?? 10);
  const connections = opts.connections ?? 16;
  const log = opts.log ?? ((s: string) => process.stderr.write(`${s}\n`));
  const headers = { authorization: `Bearer ${BENCH_TOKEN}`, origin: BENCH_ORIGIN };
  const results: LoadResult[] = [];
  const measure = async (name: string, o: Parameters<typeof autocannon>[0], conns = connections, seconds = duration) => {
    const r = await autocannon({ duration: seconds, connections: conns, headers, ...o });
    const res = { name, p50: r.latency.p50, p95: p95(r.latency), p99: r.latency.p99, rps: Math.round(r.requests.average), non2xx: r.non2xx + r.errors + r.timeouts, requests: r.requests.total };
    log(`${name}: p50 ${res.p50} ms, p95 ${res.p95} ms, p99 ${res.p99} ms, ${res.rps} req/s, non-2xx ${res.non2xx}`);
    results.push(res);
  };

  // Growth: the reads at 1x and 10x (10 and 100 people), shorter runs; 100x (1,000 people) below.
  for (const [label, people] of [['1x', 10], ['10x', 100]] as const) {
    await withSeededServer(people, 4, log, async (url, large) => {
      await measure(`GET matrix (${large.people} x ${large.competencies}, ${label})`, { url: `${url}/v1/matrix?frameworkId=${large.frameworkId}` }, 4, Math.max(3, duration / 2));
      await measure(`GET evidence page (50 of ${large.events}, ${label})`, { url: `${url}/v1/evidence?limit=50` }, connections, Math.max(3, duration / 2));
    });
  }

  await withSeededServer(1000, connections * 2, log, async (url, large) => {
    await measure(`GET matrix (${large.people} x ${large.competencies}, 100x)`, { url: `${url}/v1/matrix?frameworkId=${large.frameworkId}` }, 4);
    results.push(await coldMatrix(url, headers, large, log));
    await measure(`GET evidence page (50 of ${large.events}, 100x)`, { url: `${url}/v1/evidence?limit=50` });
    // Each request takes a draft nobody else is saving and sends the ETag that draft's last save
    // returned, so every save is a real 200 (autocannon resets its per-request context, so the
    // drafts and their versions live here).
    const free = [...large.reviewIds];
    const version = new Map(large.reviewIds.map((id) => [id, 1]));
    await measure('PUT review draft (If-Match)', {
      url,
      requests: [{
        method: 'PUT',
        setupRequest: (req, ctx) => {
          const id = free.shift()!;
          ctx.reviewId = id;
          const v = version.get(id)!;
          return { ...req, path: `/v1/reviews/${id}/draft`, headers: { ...headers, 'content-type': 'application/json', 'if-match': `"${v}"` }, body: JSON.stringify({ answers: [{ questionId: 'q0', level: v % 5 }, { questionId: 'q1', level: 4 - (v % 5) }, { questionId: 'summary', text: `Save ${v}` }] }) };
        },
        onResponse: (status, _body, ctx, h) => {
          const id = String(ctx.reviewId);
          const tag = h.etag ?? h.ETag;
          if (status === 200 && tag) version.set(id, Number(String(tag).replace(/"/g, '')));
          free.push(id);
        },
      }],
    });
  });
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await run();
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}
