/** Concurrent writers: one ETag wins once; one Idempotency-Key applies once. */
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { api, startTestServer, TOKENS, type TestServer } from './helpers.js';

let server: TestServer;
before(async () => { server = await startTestServer(); });
after(async () => { await server?.stop(); });

async function managerDraft() {
  const m = api(server, TOKENS.manager);
  const me = await m.get('/v1/me');
  const drafts = await m.get(`/v1/reviews?reviewerId=${me.body.person.id}&status=draft`);
  return drafts.body.items as { id: string; subjectId: string; version: number }[];
}

it('two saves with one ETag: exactly one 200 and one 412', async () => {
  const m = api(server, TOKENS.manager);
  const [review] = await managerDraft();
  for (let round = 0; round < 5; round++) {
    const cur = await m.get(`/v1/reviews/${review!.id}`);
    const etag = cur.headers.get('etag')!;
    const results = await Promise.all(['A', 'B'].map((who) =>
      m.send('PUT', `/v1/reviews/${review!.id}/draft`, { answers: [{ questionId: 'summary', text: `written by ${who}` }] }, { 'if-match': etag })));
    assert.deepEqual(results.map((r) => r.status).sort(), [200, 412]);
    const winner = results.find((r) => r.status === 200)!;
    const loser = results.find((r) => r.status === 412)!;
    assert.deepEqual(loser.body.current.answers, winner.body.answers, 'the 412 carries what the winner saved');
  }
});

it('concurrent submits with one Idempotency-Key give one result and one evidence event', async () => {
  const m = api(server, TOKENS.manager);
  const lead = api(server, TOKENS['people-lead']);
  const [, review] = await managerDraft();
  const cur = await m.get(`/v1/reviews/${review!.id}`);
  await m.send('PUT', `/v1/reviews/${review!.id}/draft`, { answers: [{ questionId: 'summary', text: 'Ready.' }] }, { 'if-match': cur.headers.get('etag')! });
  const key = 'submit-once-7f3a';
  const results = await Promise.all(Array.from({ length: 6 }, () => m.send('POST', `/v1/reviews/${review!.id}/submit`, {}, { 'idempotency-key': key })));
  assert.deepEqual(results.map((r) => r.status), [200, 200, 200, 200, 200, 200]);
  for (const r of results) assert.deepEqual(r.body, results[0]!.body);
  assert.equal(results.filter((r) => r.headers.get('idempotent-replayed') === 'true').length, 5);
  const events = await lead.get(`/v1/evidence?type=review.submitted&subjectId=${review!.subjectId}&limit=100`);
  assert.equal(events.body.items.filter((e: { payload: { reviewId: string } }) => e.payload.reviewId === review!.id).length, 1);
  // Without the key a second submit is a conflict, not a second event.
  assert.equal((await m.send('POST', `/v1/reviews/${review!.id}/submit`, {})).status, 409);
  // The same key for a different request is refused.
  const other = await m.send('POST', '/v1/plans', { personId: review!.subjectId, title: 'x' }, { 'idempotency-key': key });
  assert.equal(other.status, 201, 'keys are per route');
  const reused = await m.send('POST', '/v1/plans', { personId: review!.subjectId, title: 'y' }, { 'idempotency-key': key });
  assert.equal(reused.status, 422);
  assert.equal((await lead.get('/v1/evidence/verify')).body.valid, true);
});
