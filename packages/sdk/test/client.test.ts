import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { ApiError, ConflictError, ContractError, createClient, type Client } from '../src/index.js';
import { startApiFixture, type ApiFixture } from './fixtures/api-server.js';

let api: ApiFixture;
let client: Client;
const unauthorized: ApiError[] = [];

before(async () => {
  api = await startApiFixture();
});
after(() => api.close());
beforeEach(() => {
  api.requests.length = 0;
  api.failNext(0);
  api.breakContract(false);
  api.delay(0);
  // Fast backoff keeps retried tests quick; the behaviour is the same.
  client = createClient({ baseUrl: api.baseUrl, token: 't0ken', retry: 2, onUnauthorized: (e) => unauthorized.push(e) });
});

describe('createClient against a real HTTP server', () => {
  it('reads a review, typed and validated, and keeps its ETag', async () => {
    const review = await client.getReview({ params: { reviewId: 'rev-1' } });
    assert.equal(review.subjectId, 'p-ada');
    assert.equal(review.answers[0]?.level, 2);
    assert.equal(client.etags.get('review', 'rev-1'), `"${review.version}"`);
    assert.equal(api.requests[0]?.headers.authorization, 'Bearer t0ken');
  });

  it('raises a ContractError naming the path when a response breaks the contract', async () => {
    api.breakContract(true);
    await assert.rejects(client.getReview({ params: { reviewId: 'rev-1' } }), (e: unknown) => {
      assert.ok(e instanceof ContractError);
      assert.equal(e.route, 'getReview');
      assert.equal(e.path, 'answers.0.level');
      assert.match(e.message, /answers\.0\.level/);
      return true;
    });
  });

  it('turns problem+json into a typed ApiError with field errors', async () => {
    await assert.rejects(client.getReview({ params: { reviewId: 'rev-missing' } }), (e: unknown) => {
      assert.ok(e instanceof ApiError);
      assert.equal(e.status, 404);
      assert.equal(e.detail, 'No review rev-missing');
      return true;
    });
    await assert.rejects(
      // Deliberately wrong at run time, as a JavaScript caller might send it.
      client.saveReviewDraft({ params: { reviewId: 'rev-1' }, body: {} as never, ifMatch: '"1"' }),
      (e: unknown) => e instanceof ApiError && e.status === 400 && e.fieldErrors[0]?.path === 'answers',
    );
  });

  it('sends the kept ETag as If-Match and turns a stale one into a ConflictError with the current version', async () => {
    const first = await client.getReview({ params: { reviewId: 'rev-1' } });
    const other = createClient({ baseUrl: api.baseUrl, token: 't0ken' });
    await other.getReview({ params: { reviewId: 'rev-1' } });
    const saved = await other.saveReviewDraft({ params: { reviewId: 'rev-1' }, body: { answers: [{ questionId: 'q-access-controls', level: 3 }] } });
    assert.equal(saved.version, first.version + 1);

    await assert.rejects(
      client.saveReviewDraft({ params: { reviewId: 'rev-1' }, body: { answers: [{ questionId: 'q-access-controls', level: 1 }] } }),
      (e: unknown) => {
        assert.ok(e instanceof ConflictError);
        assert.equal(e.status, 412);
        assert.deepEqual((e.current as typeof saved).answers, saved.answers);
        assert.equal(e.etag, `"${saved.version}"`);
        return true;
      },
    );
    const sent = api.requests.filter((r) => r.method === 'PUT').map((r) => r.headers['if-match']);
    assert.deepEqual(sent, [`"${first.version}"`, `"${first.version}"`]);
  });

  it('retries a POST after a 503 with the same Idempotency-Key, applying it once', async () => {
    api.failNext(1);
    const submitted = await client.submitReview({ params: { reviewId: 'rev-1' } });
    assert.equal(submitted.status, 'submitted');
    const posts = api.requests.filter((r) => r.method === 'POST');
    assert.equal(posts.length, 2);
    const [a, b] = posts.map((r) => r.headers['idempotency-key']);
    assert.ok(typeof a === 'string' && a.length >= 16);
    assert.equal(a, b);
  });

  it('does not retry a write that is not safe to repeat', async () => {
    await assert.rejects(client.updatePlanItem({ params: { planId: 'plan-1', itemId: 'item-1' }, body: { status: 'done' }, ifMatch: '"1"' }), ApiError);
    assert.equal(api.requests.filter((r) => r.method === 'PATCH').length, 1);
  });

  it('aborts a call when its AbortSignal fires', async () => {
    api.delay(2_000);
    const controller = new AbortController();
    const pending = client.getReview({ params: { reviewId: 'rev-1' }, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await assert.rejects(pending, (e: unknown) => (e as Error).name === 'AbortError');
  });

  it('walks cursor pages as an async iterator of pages and of items', async () => {
    const pages = [];
    for await (const page of client.listEvidence.pages({ query: { limit: 3 } })) pages.push(page.items.length);
    assert.deepEqual(pages, [3, 3, 1]);
    const seqs = [];
    for await (const event of client.listEvidence.items({ query: { limit: 3 } })) seqs.push(event.seq);
    assert.deepEqual(seqs, [7, 6, 5, 4, 3, 2, 1]);
    assert.match(api.requests.at(-1)?.path ?? '', /cursor=6/);
  });

  it('returns CSV exports as text', async () => {
    const text = await client.exportEvidenceCsv({ query: { from: '2026-01-01' } });
    assert.match(text, /^id,seq,type\n/);
    assert.match(api.requests[0]?.path ?? '', /from=2026-01-01/);
  });

  it('asks getToken before every call and reports a 401 to onUnauthorized', async () => {
    let calls = 0;
    const seen: ApiError[] = [];
    const c = createClient({ baseUrl: api.baseUrl, getToken: async () => (++calls === 1 ? 't0ken' : 'expired'), onUnauthorized: (e) => seen.push(e) });
    await c.getReview({ params: { reviewId: 'rev-1' } });
    await assert.rejects(c.getReview({ params: { reviewId: 'rev-1' } }), (e: unknown) => e instanceof ApiError && e.status === 401);
    assert.equal(calls, 2);
    assert.equal(seen.length, 1);
    assert.equal(unauthorized.length, 0);
  });

  it('fails a call that takes longer than its timeout', async () => {
    api.delay(1_000);
    await assert.rejects(client.getReview({ params: { reviewId: 'rev-1' }, timeout: 100 }), (e: unknown) => (e as Error).name === 'TimeoutError');
  });
});
