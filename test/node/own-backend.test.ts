/**
 * docs/api-contract.md's sample backend, driven by the real SDK: if the sample breaks a rule of the
 * contract (ETag / If-Match, problem+json, Idempotency-Key, cursor paging), the SDK notices.
 */
import { after, before, test } from 'node:test';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import type { Review } from '@evident/contract';
import { ApiError, ConflictError, createClient, type Client } from '@evident/sdk';
import { startOwnBackend } from '../../docs/samples/api-contract/own-backend.js';

const review = (id: string): Review => ({
  id, cycleId: 'cy-1', templateId: 'tpl-1', subjectId: 'p-1', reviewerId: 'p-2', kind: 'manager', status: 'draft',
  answers: [], version: 1, createdAt: '2026-05-01T09:00:00Z', updatedAt: '2026-05-01T09:00:00Z',
  submittedAt: null, acknowledgedAt: null, signedAt: null,
});

let backend: Awaited<ReturnType<typeof startOwnBackend>>;
let client: Client;

before(async () => {
  backend = await startOwnBackend(['rev-1', 'rev-2', 'rev-3', 'rev-4', 'rev-5'].map(review));
  client = createClient({ baseUrl: backend.url, retry: 0 });
});
after(() => backend.close());

test('cursor paging: every review comes back exactly once across pages', async () => {
  const ids: string[] = [];
  for await (const r of client.listReviews.items({ query: { limit: 2 } })) ids.push(r.id);
  assert.deepEqual(ids, ['rev-1', 'rev-2', 'rev-3', 'rev-4', 'rev-5']);
});

test('a save with the ETag that was read succeeds; a stale one is a ConflictError with the current version', async () => {
  await client.getReview({ params: { reviewId: 'rev-1' } });
  const saved = await client.saveReviewDraft({ params: { reviewId: 'rev-1' }, body: { answers: [{ questionId: 'q-1', level: 2 }] } });
  assert.equal(saved.version, 2);
  const stale = await client.saveReviewDraft({ params: { reviewId: 'rev-1' }, body: { answers: [] }, ifMatch: '"1"' }).catch((e: unknown) => e);
  assert.ok(stale instanceof ConflictError);
  assert.equal((stale.current as Review).version, 2);
});

test('an invalid body is a 400 problem naming the field', async () => {
  await client.getReview({ params: { reviewId: 'rev-2' } });
  const error = await client.saveReviewDraft({ params: { reviewId: 'rev-2' }, body: { answers: [{ questionId: 'no spaces allowed', level: 99 }] } }).catch((e: unknown) => e);
  assert.ok(error instanceof ApiError);
  assert.equal(error.status, 400);
  assert.ok(error.fieldErrors.some((f) => f.path.startsWith('answers.0')), JSON.stringify(error.fieldErrors));
});

test('a retried submit with the same Idempotency-Key returns the first result instead of a 409', async () => {
  const first = await client.submitReview({ params: { reviewId: 'rev-3' }, idempotencyKey: 'submit-rev-3' });
  const again = await client.submitReview({ params: { reviewId: 'rev-3' }, idempotencyKey: 'submit-rev-3' });
  assert.deepEqual(again, first);
  const other = await client.submitReview({ params: { reviewId: 'rev-3' } }).catch((e: unknown) => e);
  assert.ok(other instanceof ApiError && other.status === 409);
});

test('an unknown review is a 404 problem', async () => {
  const error = await client.getReview({ params: { reviewId: 'rev-404' } }).catch((e: unknown) => e);
  assert.ok(error instanceof ApiError && error.status === 404);
});

test('the docs’ validation sample refuses a bad draft with field paths, and its 412 sample is a valid problem', async () => {
  const { parseDraft } = await import('../../docs/samples/api-contract/validate-body.js');
  const bad = parseDraft({ answers: [{ questionId: 'q-1', level: 42 }] });
  assert.equal(bad.ok, false);
  assert.ok(!bad.ok && bad.problem.errors.some((e) => e.path === 'answers.0.level'), JSON.stringify(bad));
  assert.equal(parseDraft({ answers: [{ questionId: 'q-1', level: 2 }] }).ok, true);
  const { Problem } = await import('@evident/contract');
  const sample = JSON.parse(readFileSync(new URL('../../docs/samples/api-contract/problem-412.json', import.meta.url), 'utf8')) as unknown;
  assert.ok(Problem.safeParse(sample).success);
});
