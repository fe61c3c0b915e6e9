/** Generated bodies for every route with one: hostile ones get 4xx problem+json, valid ones are accepted. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { fillPath, routes, type RouteDef, type RouteName } from '@evident/contract';
import { api, call, isProblem, startTestServer, TOKENS, type TestServer } from './helpers.js';
import { hostileBodies, validBodies } from './arbitraries.js';

let server: TestServer;
let ids: Record<string, string>;
before(async () => {
  server = await startTestServer();
  const lead = api(server, TOKENS['people-lead']);
  const fw = (await lead.get('/v1/frameworks?status=published')).body.items[0];
  const draft = (await lead.send('POST', '/v1/frameworks', { key: 'fuzz', name: 'Fuzz', scale: fw.scale })).body;
  const review = (await lead.get('/v1/reviews?status=draft&limit=1')).body.items[0];
  const me = (await lead.get('/v1/me')).body.person;
  const plan = (await lead.send('POST', '/v1/plans', { personId: me.id, title: 'Fuzz plan' })).body;
  const withItem = (await lead.send('POST', `/v1/plans/${plan.id}/items`, { action: 'x', dueOn: '2027-01-01' }, { 'if-match': '"1"' })).body;
  ids = {
    roleId: me.roleId, frameworkId: draft.id, competencyId: (await lead.get(`/v1/frameworks/${fw.id}/competencies?limit=1`)).body.items[0].id,
    reviewId: review.id, planId: plan.id, itemId: withItem.items[0].id, calibrationId: (await lead.get('/v1/calibrations')).body.items[0].id,
  };
});
after(async () => { await server?.stop(); });

const bodyOf = (name: RouteName) => (routes[name] as RouteDef).body!;
const withBody = (Object.keys(routes) as RouteName[]).filter((n) => (routes[n] as RouteDef).body);

async function post(name: RouteName, raw: string) {
  const route = routes[name];
  return call(server.url, route.method, fillPath(route.path, ids), {
    token: TOKENS['people-lead'], raw, headers: { 'content-type': 'application/json', 'if-match': '"1"', 'idempotency-key': `fz-${Math.random()}` },
  });
}

describe('hostile bodies: 4xx problem+json, never 5xx', () => {
  for (const name of withBody) {
    it(name, async () => {
      await fc.assert(fc.asyncProperty(hostileBodies(bodyOf(name)), async ({ raw, kind }) => {
        const r = await post(name, raw);
        assert.ok(r.status < 500, `${kind}: ${r.status} ${r.text.slice(0, 300)}`);
        if (r.status >= 400) assert.ok(isProblem(r), `${kind}: problem+json`);
        let parsed: unknown;
        try { parsed = JSON.parse(raw); } catch { parsed = undefined; }
        if (!z.safeParse(bodyOf(name), parsed).success) {
          // The contract refuses it, so the server must: 400 with the fields named.
          assert.equal(r.status, 400, `${kind} must be refused: ${r.status} ${r.text.slice(0, 200)}`);
          assert.ok(Array.isArray(r.body.errors) && r.body.errors.length > 0, `${kind}: field errors`);
        }
      }), { numRuns: 30 });
      assert.equal(({} as Record<string, unknown>).polluted, undefined, 'no prototype pollution');
    });
  }
});

describe('valid generated bodies are accepted (2xx or a domain answer, never 400 or 5xx)', () => {
  for (const name of withBody) {
    it(name, async () => {
      await fc.assert(fc.asyncProperty(validBodies(bodyOf(name)), async (body) => {
        const r = await post(name, JSON.stringify(body));
        assert.ok(r.status !== 400 && r.status < 500, `${r.status} ${r.text.slice(0, 300)} for ${JSON.stringify(body).slice(0, 300)}`);
      }), { numRuns: 20 });
    });
  }
  it('left the evidence chain intact', async () => {
    assert.equal((await api(server, TOKENS.auditor).get('/v1/evidence/verify')).body.valid, true);
  });
});
