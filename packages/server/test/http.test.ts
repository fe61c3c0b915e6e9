/** The HTTP surface: problem+json for every failure, ETags, If-Match, CORS, headers, the demo page. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { api, call, isProblem, startTestServer, TOKENS, type TestServer } from './helpers.js';

let server: TestServer;
before(async () => { server = await startTestServer(); });
after(async () => { await server?.stop(); });

const lead = () => api(server, TOKENS['people-lead']);

async function draftReviewOf(token: string) {
  const me = await api(server, token).get('/v1/me');
  const list = await api(server, token).get(`/v1/reviews?reviewerId=${me.body.person.id}&status=draft`);
  const review = list.body.items[0];
  assert.ok(review, 'seed has a draft review for this reviewer');
  return review;
}

describe('errors are problem+json', () => {
  it('answers an unknown route with 404', async () => {
    const r = await lead().get('/v1/nope');
    assert.equal(r.status, 404);
    assert.ok(isProblem(r));
  });

  it('asks for a token with 401 and WWW-Authenticate', async () => {
    const r = await api(server).get('/v1/me');
    assert.equal(r.status, 401);
    assert.ok(isProblem(r));
    assert.match(r.headers.get('www-authenticate') ?? '', /Bearer/);
    assert.equal((await api(server, 'not-a-token').get('/v1/me')).status, 401);
  });

  it('refuses malformed JSON with 400', async () => {
    const r = await call(server.url, 'POST', '/v1/cycles', { token: TOKENS['people-lead'], raw: '{"name": ', headers: { 'content-type': 'application/json' } });
    assert.equal(r.status, 400);
    assert.ok(isProblem(r));
    assert.match(r.body.detail, /JSON/);
  });

  it('refuses a body over 1 MB with 413', async () => {
    const r = await call(server.url, 'POST', '/v1/cycles', { token: TOKENS['people-lead'], raw: JSON.stringify({ name: 'x'.repeat(1_100_000) }), headers: { 'content-type': 'application/json' } });
    assert.equal(r.status, 413);
    assert.ok(isProblem(r));
  });

  it('refuses a streamed body without Content-Length once it passes 1 MB', async () => {
    const chunk = new TextEncoder().encode(`{"name":"${'x'.repeat(64 * 1024)}`);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({ pull(ctl) { if (sent++ < 40) ctl.enqueue(chunk); else ctl.close(); } });
    const res = await fetch(`${server.url}/v1/cycles`, { method: 'POST', body, duplex: 'half', headers: { authorization: `Bearer ${TOKENS['people-lead']}`, 'content-type': 'application/json' } } as RequestInit);
    assert.equal(res.status, 413);
    assert.equal((await res.json()).status, 413);
    assert.equal((await lead().get('/v1/me')).status, 200, 'the server still answers');
  });

  it('refuses a body that is not JSON with 415', async () => {
    const r = await call(server.url, 'POST', '/v1/cycles', { token: TOKENS['people-lead'], raw: 'name=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    assert.equal(r.status, 415);
    assert.ok(isProblem(r));
  });

  it('names each bad field in a 400', async () => {
    const r = await lead().send('POST', '/v1/cycles', { name: '', kind: 'yearly', frameworkId: 'fw 1', opensOn: '2026-13-01' });
    assert.equal(r.status, 400);
    assert.ok(isProblem(r));
    const paths = r.body.errors.map((e: { path: string }) => e.path).sort();
    assert.deepEqual(paths, ['closesOn', 'frameworkId', 'kind', 'name', 'templateId']);
    for (const e of r.body.errors) assert.ok(e.message.length > 3, `readable message for ${e.path}: ${e.message}`);
  });

  it('validates the query string and path ids too', async () => {
    const q = await lead().get('/v1/people?limit=0');
    assert.equal(q.status, 400);
    assert.equal(q.body.errors[0].path, 'query.limit');
    const p = await lead().get(`/v1/people/${encodeURIComponent('a b')}`);
    assert.equal(p.status, 400);
    assert.equal(p.body.errors[0].path, 'params.personId');
    assert.equal((await lead().get('/v1/people?cursor=%%%')).status, 400);
  });
});

describe('reviews: ETags, If-Match and the status machine', () => {
  it('gives an ETag, needs If-Match (428), and refuses a stale one with 412 and the current review', async () => {
    const review = await draftReviewOf(TOKENS.manager);
    const m = api(server, TOKENS.manager);
    const got = await m.get(`/v1/reviews/${review.id}`);
    assert.equal(got.headers.get('etag'), `"${got.body.version}"`);
    const body = { answers: [{ questionId: 'summary', text: 'Good half.' }] };
    const missing = await m.send('PUT', `/v1/reviews/${review.id}/draft`, body);
    assert.equal(missing.status, 428);
    assert.ok(isProblem(missing));
    const ok = await m.send('PUT', `/v1/reviews/${review.id}/draft`, body, { 'if-match': got.headers.get('etag')! });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.version, got.body.version + 1);
    assert.equal(ok.headers.get('etag'), `"${ok.body.version}"`);
    assert.deepEqual((await m.get(`/v1/reviews/${review.id}`)).body, ok.body, 'a save answers with the review as stored');
    const stale = await m.send('PUT', `/v1/reviews/${review.id}/draft`, { answers: [] }, { 'if-match': got.headers.get('etag')! });
    assert.equal(stale.status, 412);
    assert.ok(isProblem(stale));
    assert.equal(stale.body.current.version, ok.body.version);
    assert.deepEqual(stale.body.current.answers, body.answers);
    assert.equal(stale.headers.get('etag'), `"${ok.body.version}"`);
  });

  it('refuses an incomplete submit with 422, then walks draft -> submitted -> acknowledged -> signed; a signed review is immutable', async () => {
    const lead = api(server, TOKENS['people-lead']);
    const review = await draftReviewOf(TOKENS.manager);
    const m = api(server, TOKENS.manager);
    const cur = await m.get(`/v1/reviews/${review.id}`);
    await m.send('PUT', `/v1/reviews/${review.id}/draft`, { answers: [] }, { 'if-match': cur.headers.get('etag')! });
    const incomplete = await m.send('POST', `/v1/reviews/${review.id}/submit`);
    assert.equal(incomplete.status, 422);
    assert.ok(incomplete.body.errors.some((e: { message: string }) => /summary/i.test(e.message)));
    const again = await m.get(`/v1/reviews/${review.id}`);
    await m.send('PUT', `/v1/reviews/${review.id}/draft`, { answers: [{ questionId: 'summary', text: 'Done.' }] }, { 'if-match': again.headers.get('etag')! });
    const submitted = await m.send('POST', `/v1/reviews/${review.id}/submit`);
    assert.equal(submitted.status, 200);
    assert.equal(submitted.body.status, 'submitted');
    const early = await m.send('POST', `/v1/reviews/${review.id}/sign`, {});
    assert.equal(early.status, 409, 'cannot sign before the subject acknowledges');
    const subjectToken = await server.mint(review.subjectId, 'employee');
    const ack = await api(server, subjectToken).send('POST', `/v1/reviews/${review.id}/acknowledge`, { comment: 'Agreed' });
    assert.equal(ack.status, 200);
    const signed = await m.send('POST', `/v1/reviews/${review.id}/sign`, {});
    assert.equal(signed.status, 200);
    assert.equal(signed.body.status, 'signed');
    const edit = await lead.send('PUT', `/v1/reviews/${review.id}/draft`, { answers: [] }, { 'if-match': signed.headers.get('etag')! });
    assert.equal(edit.status, 409);
    const events = await lead.get(`/v1/evidence?subjectId=${review.subjectId}&limit=20`);
    const types = events.body.items.filter((e: { payload: { reviewId?: string } }) => e.payload.reviewId === review.id).map((e: { type: string }) => e.type);
    assert.deepEqual(types, ['review.signed', 'review.acknowledged', 'review.submitted']);
  });
});

describe('the matrix', () => {
  it('shows a new assessed level right after the write that made it', async () => {
    const l = lead();
    const before = (await l.get('/v1/matrix')).body;
    const row = before.rows.find((r: { required: (number | null)[] }) => r.required.some((x) => x !== null));
    const j = row.required.findIndex((x: number | null) => x !== null);
    const target = row.assessed[j] === 4 ? 1 : 4;
    const cal = (await l.get('/v1/calibrations')).body.items[0];
    const adj = await l.send('POST', `/v1/calibrations/${cal.id}/adjustments`, { personId: row.person.id, competencyId: before.competencies[j].id, toLevel: target, rationale: 'Re-rated after the incident review' });
    assert.equal(adj.status, 201);
    const after = (await l.get('/v1/matrix')).body;
    assert.equal(after.rows.find((r: { person: { id: string } }) => r.person.id === row.person.id).assessed[j], target);
  });
});

describe('headers', () => {
  it('allows the configured origin and no other', async () => {
    const pre = await fetch(`${server.url}/v1/me`, { method: 'OPTIONS', headers: { origin: 'https://intranet.example', 'access-control-request-method': 'PUT', 'access-control-request-headers': 'authorization,if-match' } });
    assert.equal(pre.status, 204);
    assert.equal(pre.headers.get('access-control-allow-origin'), 'https://intranet.example');
    assert.match(pre.headers.get('access-control-allow-headers') ?? '', /if-match/i);
    assert.match(pre.headers.get('access-control-allow-methods') ?? '', /\bPUT\b/);
    assert.equal(pre.headers.get('access-control-max-age'), '600');
    assert.match(pre.headers.get('vary') ?? '', /origin/i);
    assert.equal(pre.headers.get('x-content-type-options'), 'nosniff', 'a preflight carries the security headers too');
    const get = await fetch(`${server.url}/v1/me`, { headers: { origin: 'https://intranet.example', authorization: 'Bearer demo-lead' } });
    assert.equal(get.headers.get('access-control-allow-origin'), 'https://intranet.example');
    assert.match(get.headers.get('access-control-expose-headers') ?? '', /ETag/i);
    assert.match(get.headers.get('vary') ?? '', /origin/i);
    assert.equal((await get.json()).access, 'people-lead', 'the body arrives whole');
    const refused = await fetch(`${server.url}/v1/me`, { headers: { origin: 'https://intranet.example' } });
    assert.equal(refused.status, 401);
    assert.equal(refused.headers.get('access-control-allow-origin'), 'https://intranet.example', 'errors are readable cross-origin');
    const other = await fetch(`${server.url}/v1/me`, { headers: { origin: 'https://evil.example', authorization: 'Bearer demo-lead' } });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
  });

  it('sends security headers and a request id, echoing a sane incoming one', async () => {
    const r = await lead().get('/v1/me', { 'x-request-id': 'trace-123' });
    assert.equal(r.headers.get('x-request-id'), 'trace-123');
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
    assert.match(r.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    const fresh = await lead().get('/v1/me', { 'x-request-id': '<script>' });
    assert.match(fresh.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
    // Errors, the demo page and the OpenAPI document carry them too.
    for (const r of [await fetch(`${server.url}/v1/me`), await fetch(`${server.url}/v1/no-such-route`, { headers: { authorization: 'Bearer demo-lead' } }), await fetch(`${server.url}/`), await fetch(`${server.url}/openapi.json`)]) {
      await r.arrayBuffer();
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff', r.url);
      assert.match(r.headers.get('content-security-policy') ?? '', /frame-ancestors 'self'/, r.url);
      assert.match(r.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/, r.url);
    }
  });

  it('serves the demo page at / and the OpenAPI document without a token', async () => {
    const r = await fetch(`${server.url}/`);
    assert.equal(r.status, 200);
    assert.match(await r.text(), /demo-employee/);
    const doc = await fetch(`${server.url}/openapi.json`);
    assert.equal(doc.status, 200);
    assert.equal(((await doc.json()) as { openapi: string }).openapi, '3.1.0');
  });
});

describe('exports', () => {
  it('exports evidence of a period as CSV and JSON with the same rows', async () => {
    const auditor = api(server, TOKENS.auditor);
    const json = await auditor.get('/v1/exports/evidence.json?from=2026-06-01&to=2026-06-30');
    const csv = await auditor.get('/v1/exports/evidence.csv?from=2026-06-01&to=2026-06-30');
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
    const lines = csv.text.trim().split('\r\n');
    assert.equal(lines[0], 'seq,id,type,at,actorId,subjectId,clauses,payload,prevHash,hash');
    assert.ok(json.body.length > 0);
    assert.equal(lines.length - 1, json.body.length);
    for (const e of json.body) assert.ok(e.at >= '2026-06-01' && e.at < '2026-07-01');
    const assessments = await auditor.get('/v1/exports/assessments.csv');
    assert.match(assessments.text.split('\r\n')[0]!, /^id,personId,competencyId,level,assessedAt/);
  });
});
