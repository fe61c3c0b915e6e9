/**
 * A large tenant for load tests: 1,000 people x 60 competencies, every pair assessed, each
 * assessment with its evidence event. Framework, template, cycle and reviews go through the
 * handlers; the bulk rows are written directly (in one transaction) so seeding takes seconds.
 */
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { Db, PersonTable } from '../src/db/schema.js';
import { handlers } from '../src/handlers.js';
import { issueStaticToken } from '../src/auth/static-tokens.js';
import { counterIds, makeCtx, systemActor } from '../src/seed/context.js';
import { prng } from '../src/seed/random.js';

export const BENCH_TOKEN = 'bench-lead';

export interface LargeTenant { frameworkId: string; cycleId: string; competencyIds: string[]; reviewIds: string[]; people: number; competencies: number; events: number }

export async function seedLarge(db: Db, o: { people?: number; competencies?: number; reviews?: number } = {}): Promise<LargeTenant> {
  const P = o.people ?? 1000;
  const C = o.competencies ?? 60;
  const R = o.reviews ?? 64;
  const rng = prng(1000);
  const newId = counterIds('b');
  const clock = { now: '2026-01-05T09:00:00.000Z' };
  return db.transaction().execute(async (trx) => {
    const tenantId = 'bench';
    await trx.insertInto('tenant').values({ id: tenantId, name: 'Bench Corp' }).execute();
    const sys = makeCtx(trx, tenantId, systemActor(tenantId), 'people-lead', clock, newId);
    const scale = { name: 'Proficiency', levels: [0, 1, 2, 3, 4].map((level) => ({ level, label: `L${level}`, descriptor: `Level ${level}` })) };
    const fw = await handlers.createFramework(sys, { params: {}, query: {}, body: { key: 'large', name: 'Large framework', scale } });
    const comps: string[] = [];
    for (let i = 0; i < C; i++) {
      comps.push((await handlers.createCompetency(sys, { params: { frameworkId: fw.id }, query: {}, body: { key: `c${i}`, area: `Area ${i % 6}`, name: `Competency ${i}`, tags: ['7.2'] } })).id);
    }
    const roles = Array.from({ length: 10 }, (_, i) => ({ id: `role_b${i}`, tenantId, title: `Role ${i}`, family: 'Bench', level: (i % 8) + 1, securityRelevant: i % 2 }));
    await trx.insertInto('role').values(roles).execute();
    for (const r of roles) {
      await handlers.setRoleExpectations(sys, { params: { roleId: r.id }, query: {}, body: { frameworkId: fw.id, expectations: comps.map((competencyId) => ({ competencyId, requiredLevel: rng.int(1, 4) })) } });
    }
    const current = await handlers.getFramework(sys, { params: { frameworkId: fw.id }, query: {}, body: {} });
    await handlers.publishFramework({ ...sys, ifMatch: current.revision }, { params: { frameworkId: fw.id }, query: {}, body: {} });

    const people: PersonTable[] = [];
    for (let i = 0; i < P; i++) {
      const managerId = i < 20 ? null : `p_b${String(i % 20).padStart(4, '0')}`;
      people.push({ id: `p_b${String(i).padStart(4, '0')}`, tenantId, name: `Person ${i}`, email: `person${i}@bench.example`, roleId: roles[i % roles.length]!.id, managerId, team: `Team ${i % 20}` });
    }
    for (let i = 0; i < people.length; i += 500) await trx.insertInto('person').values(people.slice(i, i + 500)).execute();
    const lead = people[0]!;
    await issueStaticToken(trx, BENCH_TOKEN, { tenantId, personId: lead.id, access: 'people-lead' });

    // Every person assessed on every competency, each with a hash-chained evidence event.
    const head = await trx.selectFrom('evidence').select(['seq', 'hash']).where('tenantId', '=', tenantId).orderBy('seq', 'desc').limit(1).executeTakeFirst();
    let seq = head?.seq ?? 0;
    let prevHash: string | null = head?.hash ?? null;
    const batch = { a: [] as object[], l: [] as object[], e: [] as object[] };
    const flush = async () => {
      if (batch.a.length) await trx.insertInto('assessment').values(batch.a as never).execute();
      if (batch.l.length) await trx.insertInto('currentLevel').values(batch.l as never).execute();
      if (batch.e.length) await trx.insertInto('evidence').values(batch.e as never).execute();
      batch.a = []; batch.l = []; batch.e = [];
    };
    const vectors: { tenantId: string; frameworkId: string; personId: string; levels: string }[] = [];
    for (const p of people) {
      const vector: Record<string, number> = {};
      for (const c of comps) {
        const id = newId('as');
        const level = rng.int(0, 4);
        batch.a.push({ id, tenantId, personId: p.id, competencyId: c, level, assessedAt: clock.now, assessorId: lead.id, reviewId: null, source: 'import' });
        batch.l.push({ tenantId, personId: p.id, competencyId: c, level, assessedAt: clock.now, assessmentId: id });
        vector[c] = level;
        const payload = { assessmentId: id, competencyId: c, level, source: 'import', reviewId: null };
        const event = { id: newId('ev'), seq: ++seq, type: 'assessment.recorded', subjectId: p.id, actorId: lead.id, at: clock.now, clauses: ['7.2'], payload, prevHash };
        const hash = createHash('sha256').update(canonicalize(event)!).digest('hex');
        batch.e.push({ ...event, tenantId, clauses: JSON.stringify(event.clauses), payload: canonicalize(payload)!, hash });
        prevHash = hash;
        if (batch.a.length >= 800) await flush();
      }
      vectors.push({ tenantId, frameworkId: fw.id, personId: p.id, levels: JSON.stringify(vector) });
    }
    await flush();
    for (let i = 0; i < vectors.length; i += 500) await trx.insertInto('levelVector').values(vectors.slice(i, i + 500)).execute();

    // Draft reviews for the save benchmark: one per connection, written by the lead.
    const leadCtx = makeCtx(trx, tenantId, lead, 'people-lead', clock, newId);
    const template = await handlers.createTemplate(leadCtx, { params: {}, query: {}, body: { name: 'Bench review', sections: [
      { id: 's', title: 'Competencies', questions: comps.slice(0, 10).map((competencyId, i) => ({ id: `q${i}`, kind: 'competency' as const, prompt: `Q${i}`, required: false, competencyId })) },
      { id: 't', title: 'Text', questions: [{ id: 'summary', kind: 'text' as const, prompt: 'Summary', required: true }] },
    ] } });
    const cycle = await handlers.createCycle(leadCtx, { params: {}, query: {}, body: { name: 'Bench cycle', kind: 'review', frameworkId: fw.id, templateId: template.id, opensOn: '2026-01-01', closesOn: '2099-12-31' } });
    const reviewIds: string[] = [];
    for (let i = 0; i < R; i++) {
      // Anyone but the lead (people[0]), the 21st person onwards when there are that many.
      const subject = people[1 + ((19 + i) % (people.length - 1))]!;
      reviewIds.push((await handlers.createReview(leadCtx, { params: {}, query: {}, body: { cycleId: cycle.id, subjectId: subject.id, reviewerId: lead.id, kind: 'manager' } })).id);
    }
    return { frameworkId: fw.id, cycleId: cycle.id, competencyIds: comps, reviewIds, people: P, competencies: C, events: seq };
  });
}
