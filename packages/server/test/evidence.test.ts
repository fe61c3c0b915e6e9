/** The evidence chain: tampering with any stored byte is caught; a restart keeps data and chain. */
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import SQLite from 'better-sqlite3';
import { api, startTestServer, TOKENS, type TestServer } from './helpers.js';

let server: TestServer;
before(async () => { server = await startTestServer(); });
after(async () => { await server?.stop(); });

const lead = () => api(server, TOKENS['people-lead']);

/** Changes one character of one column of one stored event, straight in SQLite; returns an undo. */
function tamper(file: string, seq: number, column: string): () => void {
  const db = new SQLite(file);
  const row = db.prepare(`select id, "${column}" as v from evidence where tenantId = 'acme' and seq = ?`).get(seq) as { id: string; v: string };
  const i = Math.floor(row.v.length / 2);
  const ch = row.v[i] === '1' ? '2' : '1';
  db.prepare(`update evidence set "${column}" = ? where id = ?`).run(row.v.slice(0, i) + ch + row.v.slice(i + 1), row.id);
  db.close();
  return () => {
    const d = new SQLite(file);
    d.prepare(`update evidence set "${column}" = ? where id = ?`).run(row.v, row.id);
    d.close();
  };
}

it('the seeded chain verifies', async () => {
  const v = await lead().get('/v1/evidence/verify');
  assert.equal(v.status, 200);
  assert.equal(v.body.valid, true);
  assert.ok(v.body.checked > 1000);
  assert.equal(v.body.firstBroken, null);
  const head = await lead().get('/v1/evidence?limit=1');
  assert.equal(v.body.headHash, head.body.items[0].hash);
});

it('changing one byte of any stored event is caught and named', async () => {
  const total = (await lead().get('/v1/evidence/verify')).body.checked as number;
  for (const [seq, column] of [[1, 'payload'], [Math.floor(total / 2), 'at'], [total - 3, 'actorId'], [42, 'hash'], [total, 'payload'], [7, 'clauses']] as const) {
    const undo = tamper(server.dbFile, seq, column);
    try {
      const v = await api(server, TOKENS.auditor).get('/v1/evidence/verify');
      assert.equal(v.body.valid, false, `tampered ${column} of #${seq}`);
      assert.equal(v.body.firstBroken.seq, seq);
      assert.equal(v.body.firstBroken.reason, 'hash-mismatch');
      const report = await lead().get('/v1/reports/management-review');
      assert.equal(report.body.chain.valid, false, 'the management review report shows the broken chain');
    } finally {
      undo();
    }
  }
  assert.equal((await lead().get('/v1/evidence/verify')).body.valid, true);
});

it('a restart keeps the data and the chain, and new events link to the old head', async () => {
  const before = await lead().get('/v1/evidence/verify');
  const people = await lead().get('/v1/people?limit=500');
  await server.stop(true);
  server = await startTestServer({ dir: server.dir });
  assert.equal(server.seeded, false, 'the second start does not seed again');
  const afterRestart = await lead().get('/v1/evidence/verify');
  assert.deepEqual(afterRestart.body, before.body);
  assert.deepEqual((await lead().get('/v1/people?limit=500')).body, people.body);
  // A new event continues the same chain.
  const me = await api(server, TOKENS.employee).get('/v1/me');
  const plan = await api(server, TOKENS.employee).send('POST', '/v1/plans', { personId: me.body.person.id, title: 'After restart' });
  const item = await api(server, TOKENS.employee).send('POST', `/v1/plans/${plan.body.id}/items`, { action: 'Read the ISMS policy', dueOn: '2027-01-31' }, { 'if-match': plan.headers.get('etag')! });
  assert.equal(item.status, 201);
  const head = await lead().get('/v1/evidence?limit=1');
  assert.equal(head.body.items[0].type, 'plan.item.created');
  assert.equal(head.body.items[0].prevHash, before.body.headHash);
  assert.equal((await lead().get('/v1/evidence/verify')).body.valid, true);
});
