/** The first-run seed: deterministic, and rich enough that every element has something to show. */
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, openDatabase } from '../src/db/connect.js';
import { seedIfEmpty } from '../src/seed/index.js';
import { api, SEED_DATA, startTestServer, TOKENS, type TestServer } from './helpers.js';

let server: TestServer;
before(async () => { server = await startTestServer(); });
after(async () => { await server?.stop(); });

it('seeds the same data on every machine (same ids, same evidence chain)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'evident-seed-'));
  const db = openDatabase(join(dir, 'evident.sqlite'));
  try {
    await migrate(db);
    assert.equal(await seedIfEmpty(db, SEED_DATA), true);
    assert.equal(await seedIfEmpty(db, SEED_DATA), false, 'only an empty database is seeded');
    const head = await db.selectFrom('evidence').select(['seq', 'hash']).where('tenantId', '=', 'acme').orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    const chain = (await api(server, TOKENS.auditor).get('/v1/evidence/verify')).body;
    assert.equal(head.seq, chain.checked);
    assert.equal(head.hash, chain.headHash);
  } finally {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
});

it('gives the demo tenant people, history, gaps, plans, a calibration and a management review', async () => {
  const lead = api(server, TOKENS['people-lead']);
  const people = (await lead.get('/v1/people?limit=500')).body.items;
  assert.ok(people.length >= 75 && people.length <= 90, `about 80 people (${people.length})`);
  assert.ok(new Set(people.map((p: { team: string }) => p.team)).size >= 8, 'in teams');
  const cycles = (await lead.get('/v1/cycles')).body.items;
  assert.equal(cycles.filter((c: { status: string }) => c.status === 'closed').length, 2, 'two past cycles');
  const signed = (await lead.get('/v1/reviews?status=signed&limit=500')).body.items;
  const submitted = (await lead.get('/v1/reviews?status=submitted&limit=500')).body.items;
  assert.ok(signed.length > 100 && submitted.length > 10);
  const gaps = (await lead.get('/v1/gaps?limit=500')).body.items;
  assert.ok(gaps.some((g: { status: string }) => g.status === 'open') && gaps.some((g: { status: string }) => g.status === 'closed'));
  const plans = (await lead.get('/v1/plans?limit=500')).body.items;
  assert.ok(plans.length > 10 && plans.some((p: { items: { status: string }[] }) => p.items.some((i) => i.status === 'done')));
  const cal = (await lead.get('/v1/calibrations')).body.items[0];
  assert.ok(cal.distribution.length > 2 && cal.adjustments.length === 2);
  assert.equal((await lead.get('/v1/management-reviews')).body.items.length, 1);
  const evidence = (await lead.get('/v1/exports/evidence.json')).body as { type: string; payload: Record<string, unknown> }[];
  const types = new Set(evidence.map((e) => e.type));
  // An auditor reads what was assessed, by the competency's name at the time, not only its id.
  const assessed = evidence.find((e) => e.type === 'assessment.recorded')!;
  const named = (await lead.get(`/v1/competencies/${String(assessed.payload.competencyId)}`)).body as { name: string };
  assert.equal(assessed.payload.summary, `${named.name}: level ${String(assessed.payload.level)}`);
  for (const t of ['framework.published', 'review.submitted', 'review.acknowledged', 'review.signed', 'assessment.recorded', 'plan.item.created', 'plan.item.completed', 'calibration.held', 'calibration.adjusted', 'management-review.held']) {
    assert.ok(types.has(t), `evidence of ${t}`);
  }
  // The demo employee has a review waiting for acknowledgement and a self review in draft.
  const mine = (await api(server, TOKENS.employee).get('/v1/reviews?limit=50')).body.items;
  assert.ok(mine.some((r: { status: string; kind: string }) => r.status === 'submitted' && r.kind === 'manager'));
  assert.ok(mine.some((r: { status: string; kind: string }) => r.status === 'draft' && r.kind === 'self'));
  // Competencies carry ISO tags such as 7.2 and A.6.3.
  const fw = (await lead.get('/v1/frameworks?key=nice-framework')).body.items[0];
  const tagged = (await lead.get(`/v1/frameworks/${fw.id}/competencies?tag=A.6.3`)).body.items;
  assert.equal(tagged.length, 11);
  // Globex is small and separate.
  assert.ok((await api(server, 'globex-lead').get('/v1/people')).body.items.length <= 8);
});
