/** "Globex": a second, small tenant whose only purpose in the demo is to prove isolation. */
import type { Tx } from '../db/schema.js';
import { handlers } from '../handlers.js';
import { applyImport } from '../import/plan.js';
import { parseFt } from '../import/ft.js';
import { issueStaticToken } from '../auth/static-tokens.js';
import { counterIds, makeCtx, systemActor } from './context.js';
import { prng } from './random.js';
import { addPerson, answersFor, ctxFor, requiredLevels, runReview, setDay, type Seeder } from './org.js';

export const GLOBEX_TOKENS = { lead: 'globex-lead', employee: 'globex-employee' } as const;

export async function seedGlobex(db: Tx, data: { ft: string }): Promise<void> {
  const tenantId = 'globex';
  await db.insertInto('tenant').values({ id: tenantId, name: 'Globex' }).execute();
  const s: Seeder = { db, tenantId, domain: 'globex.example', clock: { now: '' }, rng: prng(9001), newId: counterIds('glx'), people: [], access: new Map(), usedNames: new Set() };
  setDay(s, '2025-03-03');
  const ft = await applyImport(makeCtx(db, tenantId, systemActor(tenantId), 'people-lead', s.clock, s.newId), parseFt(data.ft));
  const role = (k: string) => ft.roleIds.get(k)!;
  const lead = await addPerson(s, { name: 'Hank Scorpio', roleId: role('tech-director'), managerId: null, team: 'Leadership', access: 'people-lead' });
  const manager = await addPerson(s, { roleId: role('senior-2-pm'), managerId: lead.id, team: 'Widgets' });
  const staff = [];
  for (const k of ['junior', 'engineer', 'senior-1', 'senior-2-ic']) staff.push(await addPerson(s, { roleId: role(k), managerId: manager.id, team: 'Widgets' }));
  await issueStaticToken(db, GLOBEX_TOKENS.lead, { tenantId, personId: lead.id, access: 'people-lead' });
  await issueStaticToken(db, GLOBEX_TOKENS.employee, { tenantId, personId: staff[0]!.id, access: 'employee' });

  const comps = await db.selectFrom('competency').select(['id', 'key', 'name']).where('frameworkId', '=', ft.framework.id).orderBy('position').execute();
  const template = await handlers.createTemplate(ctxFor(s, lead), { params: {}, query: {}, body: { name: 'Globex review', sections: [
    { id: 'skills', title: 'Engineering', questions: comps.map((c) => ({ id: `q-${c.key}`, kind: 'competency' as const, prompt: c.name, required: false, competencyId: c.id })) },
    { id: 'notes', title: 'Notes', questions: [{ id: 'summary', kind: 'text' as const, prompt: 'Summary', required: true }] },
  ] } });
  const cycle = await handlers.createCycle(ctxFor(s, lead), { params: {}, query: {}, body: { name: 'Globex 2025 review', kind: 'review', frameworkId: ft.framework.id, templateId: template.id, opensOn: '2025-11-01', closesOn: '2025-12-01' } });
  setDay(s, '2025-11-10');
  const max = new Map(comps.map((c) => [c.id, 5]));
  for (const p of staff) {
    await runReview(s, { cycleId: cycle.id, subject: p, reviewer: manager, opener: manager, kind: 'manager', answers: answersFor(s, template, await requiredLevels(db, p.roleId), [-1, 0], max), until: 'signed' });
  }
}
