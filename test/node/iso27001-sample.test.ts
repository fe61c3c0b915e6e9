/**
 * docs/iso27001.md's auditor sample against the real reference server and its seeded demo
 * organisation: the chain verifies, each clause the guide maps has a population to sample,
 * and the auditor can read everything but change nothing.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiError, createClient, type Client } from '@evident/sdk';
import { startServer, silentLogger, type RunningServer } from '@evident/server';
import { populationFor } from '../../docs/samples/iso27001/auditor-sample.js';

const root = new URL('../../', import.meta.url).pathname;
let dir: string;
let server: RunningServer;
let auditor: Client;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'evident-iso-'));
  server = await startServer({ dbFile: join(dir, 'evident.sqlite'), port: 0, seedData: join(root, 'data'), log: silentLogger });
  auditor = createClient({ baseUrl: server.url, token: 'demo-auditor', retry: 0 });
});
after(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('each clause the guide maps has evidence of the types it names', async () => {
  const types = async (clause: string) => new Set((await populationFor(auditor, clause)).map((e) => e.type));
  const c72 = await types('7.2');
  for (const type of ['framework.published', 'review.submitted', 'review.signed', 'assessment.recorded', 'plan.item.created'] as const) assert.ok(c72.has(type), `7.2 lacks ${type}`);
  assert.ok((await types('9.1')).has('review.submitted'));
  const c93 = await types('9.3');
  assert.ok(c93.has('management-review.held') && c93.has('calibration.held'), [...c93].join(', '));
  assert.ok((await types('A.6.3')).has('plan.item.completed'), 'A.6.3: completed training in development plans');
});

test('the auditor reads every team and the management-review report, and can change nothing', async () => {
  const matrix = await auditor.getMatrix({ query: {} });
  assert.ok(new Set(matrix.rows.map((r) => r.person.team)).size > 1, 'the auditor sees every team');
  const report = await auditor.getManagementReviewReport({ query: {} });
  assert.equal(report.chain.valid, true);
  const reviews = await auditor.listReviews({ query: { limit: 1 } });
  const write = await auditor.saveReviewDraft({ params: { reviewId: reviews.items[0]!.id }, body: { answers: [] }, ifMatch: '"1"' }).catch((e: unknown) => e);
  assert.ok(write instanceof ApiError && write.status === 403, `an auditor's write must be refused, got ${String(write)}`);
});
