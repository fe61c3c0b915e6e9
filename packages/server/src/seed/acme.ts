/**
 * The demo tenant "Acme": NICE security roles and the FT engineering framework, ~80 people,
 * two past review cycles and a current one, plans, a calibration and a management review.
 */
import type { ReviewTemplate } from '@evident/contract';
import type { PersonTable, Tx } from '../db/schema.js';
import { handlers } from '../handlers.js';
import { applyImport } from '../import/plan.js';
import { parseNice } from '../import/nice.js';
import { parseFt } from '../import/ft.js';
import { computeGaps } from '../domain/gaps.js';
import { issueStaticToken } from '../auth/static-tokens.js';
import { counterIds, makeCtx, systemActor } from './context.js';
import { prng } from './random.js';
import { addPerson, answersFor, ctxFor, requiredLevels, runReview, setDay, tick, type Seeder } from './org.js';

const SECURITY_TEAMS = [
  { team: 'Security Operations', manager: 'OG-WRL-014', members: ['PD-WRL-001', 'PD-WRL-003', 'PD-WRL-006', 'PD-WRL-007', 'PD-WRL-002', 'PD-WRL-001', 'PD-WRL-003', 'PD-WRL-005'] },
  { team: 'Governance, Risk & Compliance', manager: 'OG-WRL-002', members: ['OG-WRL-012', 'OG-WRL-013', 'OG-WRL-008', 'OG-WRL-006', 'OG-WRL-012', 'OG-WRL-011', 'OG-WRL-013', 'OG-WRL-010'] },
  { team: 'Security Engineering', manager: 'DD-WRL-001', members: ['DD-WRL-003', 'DD-WRL-005', 'DD-WRL-004', 'DD-WRL-007', 'DD-WRL-003', 'DD-WRL-002', 'DD-WRL-008', 'DD-WRL-005'] },
  { team: 'IT Operations', manager: 'IO-WRL-004', members: ['IO-WRL-005', 'IO-WRL-004', 'IO-WRL-002', 'IO-WRL-007', 'IO-WRL-006', 'IO-WRL-005', 'IO-WRL-001', 'IO-WRL-003'] },
];
const ENGINEERING_TEAMS = ['Platform', 'Payments', 'Mobile', 'Data'].map((team, i) => ({
  team, manager: i === 0 ? 'principal-pm' : 'senior-2-pm', members: ['junior', 'engineer', 'engineer', 'senior-1', 'senior-1', 'senior-2-ic', 'principal-ic', 'engineer'],
}));

const ACTIONS = ['Complete the internal course and apply it on a live system', 'Shadow a senior colleague for two on-call rotations', 'Run a tabletop exercise and write up the findings', 'Pair on a design review and present the outcome', 'Earn a recognised certification in this area'];

export const ACME_TOKENS = { employee: 'demo-employee', manager: 'demo-manager', lead: 'demo-lead', auditor: 'demo-auditor' } as const;

export async function seedAcme(db: Tx, data: { nice: string; ft: string }): Promise<void> {
  const tenantId = 'acme';
  await db.insertInto('tenant').values({ id: tenantId, name: 'Acme' }).execute();
  const s: Seeder = { db, tenantId, domain: 'acme.example', clock: { now: '' }, rng: prng(27001), newId: counterIds('acme'), people: [], access: new Map(), usedNames: new Set() };

  // 1. Frameworks and roles, by the importers, published on the first day.
  setDay(s, '2025-01-06');
  const importer = makeCtx(db, tenantId, systemActor(tenantId), 'people-lead', s.clock, s.newId);
  const nice = await applyImport(importer, parseNice(data.nice));
  tick(s, 30);
  const ft = await applyImport(importer, parseFt(data.ft));
  const role = (key: string) => nice.roleIds.get(key) ?? ft.roleIds.get(key)!;

  // 2. People: leadership, then teams with a manager each.
  const lead = await addPerson(s, { name: 'Priya Raman', roleId: role('OG-WRL-003'), managerId: null, team: 'People', access: 'people-lead' });
  const auditor = await addPerson(s, { name: 'Daniel Weiss', roleId: role('OG-WRL-016'), managerId: null, team: 'Internal Audit', access: 'auditor' });
  for (let i = 0; i < 2; i++) await addPerson(s, { roleId: role('OG-WRL-003'), managerId: lead.id, team: 'People' });
  const ciso = await addPerson(s, { name: 'Helena Novak', roleId: role('OG-WRL-007'), managerId: null, team: 'Security Leadership' });
  const cto = await addPerson(s, { name: 'Marcus Bell', roleId: role('tech-director'), managerId: null, team: 'Engineering Leadership' });
  const managers: PersonTable[] = [];
  let demoEmployee: PersonTable | undefined;
  for (const [i, t] of [...SECURITY_TEAMS, ...ENGINEERING_TEAMS].entries()) {
    const boss = i < SECURITY_TEAMS.length ? ciso : cto;
    const m = await addPerson(s, { ...(i === 0 ? { name: 'Maria Lindqvist' } : {}), roleId: role(t.manager), managerId: boss.id, team: t.team });
    managers.push(m);
    for (const [j, key] of t.members.entries()) {
      const p = await addPerson(s, { ...(i === 0 && j === 0 ? { name: 'Sam Okafor' } : {}), roleId: role(key), managerId: m.id, team: t.team });
      if (i === 0 && j === 0) demoEmployee = p;
    }
  }
  const demoManager = managers[0]!;
  await issueStaticToken(db, ACME_TOKENS.employee, { tenantId, personId: demoEmployee!.id, access: 'employee' });
  await issueStaticToken(db, ACME_TOKENS.manager, { tenantId, personId: demoManager.id, access: 'manager' });
  await issueStaticToken(db, ACME_TOKENS.lead, { tenantId, personId: lead.id, access: 'people-lead' });
  await issueStaticToken(db, ACME_TOKENS.auditor, { tenantId, personId: auditor.id, access: 'auditor' });

  // 3. One template covering both frameworks, and three cycles.
  setDay(s, '2025-06-02');
  const comps = await db.selectFrom('competency').select(['id', 'key', 'name', 'frameworkId']).where('tenantId', '=', tenantId).orderBy('position').execute();
  const q = (fwId: string) => comps.filter((c) => c.frameworkId === fwId).map((c) => ({ id: `q-${c.key.toLowerCase()}`.slice(0, 64), kind: 'competency' as const, prompt: c.name, required: false, competencyId: c.id }));
  const templateBody: Omit<ReviewTemplate, 'id'> = {
    name: 'Performance and competency review',
    sections: [
      { id: 'security', title: 'Security competencies', questions: q(nice.framework.id) },
      { id: 'engineering', title: 'Engineering competencies', questions: q(ft.framework.id) },
      { id: 'reflection', title: 'Reflection', questions: [
        { id: 'summary', kind: 'text', prompt: 'Overall summary of the period', required: true, maxLength: 4000 },
        { id: 'strengths', kind: 'text', prompt: 'Strengths to build on', required: false, maxLength: 4000 },
      ] },
      { id: 'goals', title: 'Goals', questions: [{ id: 'goals', kind: 'goal', prompt: 'Goals for the next period', required: false }] },
    ],
  };
  const template = await handlers.createTemplate(ctxFor(s, lead), { params: {}, query: {}, body: templateBody });
  const cycle = (name: string, opensOn: string, closesOn: string) =>
    handlers.createCycle(ctxFor(s, lead), { params: {}, query: {}, body: { name, kind: 'review', frameworkId: nice.framework.id, templateId: template.id, opensOn, closesOn } });
  const c1 = await cycle('2025 H2 review', '2025-10-01', '2025-12-15');
  const c2 = await cycle('2026 H1 review', '2026-04-01', '2026-06-15');
  const c3 = await cycle('2026 H2 review', '2026-10-01', '2027-01-31');

  const maxLevel = new Map(comps.map((c) => [c.id, c.frameworkId === nice.framework.id ? 4 : 5]));
  const byId = new Map(s.people.map((p) => [p.id, p]));
  const reviewed = s.people.filter((p) => p.managerId);

  // 4. Two past cycles: manager reviews through to signature, a few left part-way.
  for (const [cyc, day, drift] of [[c1, '2025-11-03', [-2, -1, -1, 0, 0, 0, 1]], [c2, '2026-05-04', [-1, 0, 0, 0, 0, 1]]] as const) {
    setDay(s, day);
    for (const [i, p] of reviewed.entries()) {
      const manager = byId.get(p.managerId!)!;
      const answers = answersFor(s, template, await requiredLevels(db, p.roleId), drift, maxLevel);
      const until = cyc === c2 && i % 10 === 3 ? 'submitted' : cyc === c2 && i % 10 === 7 ? 'acknowledged' : 'signed';
      await runReview(s, { cycleId: cyc.id, subject: p, reviewer: manager, opener: manager, kind: 'manager', answers, until });
      if (cyc === c2 && i % 3 === 0) {
        await runReview(s, { cycleId: cyc.id, subject: p, reviewer: p, opener: manager, kind: 'self', answers: answersFor(s, template, await requiredLevels(db, p.roleId), [0, 1], maxLevel), until: 'submitted' });
      }
    }
  }

  // 5. Development plans for open gaps; some items already done.
  setDay(s, '2026-06-08');
  const gaps = (await computeGaps(db, tenantId, s.people)).filter((g) => g.status === 'open');
  const gapsByPerson = new Map<string, typeof gaps>();
  for (const g of gaps) gapsByPerson.set(g.personId, [...(gapsByPerson.get(g.personId) ?? []), g]);
  let n = 0;
  for (const [personId, mine] of gapsByPerson) {
    const person = byId.get(personId)!;
    const owner = person.managerId ? byId.get(person.managerId)! : lead;
    let plan = await handlers.createPlan(ctxFor(s, owner), { params: {}, query: {}, body: { personId, title: 'Closing competency gaps, 2026' } });
    for (const [k, g] of mine.slice(0, 3).entries()) {
      const dueOn = k === 0 && n % 4 === 0 ? '2026-09-30' : k === 2 ? '2027-03-31' : '2026-12-31';
      plan = await handlers.addPlanItem(ctxFor(s, owner, plan.version), { params: { planId: plan.id }, query: {}, body: { competencyId: g.competencyId, action: s.rng.pick(ACTIONS), dueOn } });
    }
    if (n % 3 === 0 && plan.items[0]) {
      tick(s, 60 * 24 * 14);
      plan = await handlers.updatePlanItem(ctxFor(s, person, plan.version), { params: { planId: plan.id, itemId: plan.items[0].id }, query: {}, body: { status: 'done', evidenceLinks: [`https://learning.acme.example/records/${plan.items[0].id}`] } });
    } else if (n % 3 === 1 && plan.items[0]) {
      plan = await handlers.updatePlanItem(ctxFor(s, person, plan.version), { params: { planId: plan.id, itemId: plan.items[0].id }, query: {}, body: { status: 'in-progress' } });
    }
    n++;
  }

  // 6. Calibration of the H1 cycle, with two adjustments; then the management review.
  setDay(s, '2026-06-20');
  const cal = await handlers.createCalibration(ctxFor(s, lead), { params: {}, query: {}, body: { cycleId: c2.id, heldAt: s.clock.now, participantIds: [lead.id, ciso.id, cto.id, ...managers.map((m) => m.id)] } });
  for (const g of gaps.slice(0, 2)) {
    await handlers.addCalibrationAdjustment(ctxFor(s, lead), { params: { calibrationId: cal.id }, query: {}, body: { personId: g.personId, competencyId: g.competencyId, toLevel: g.requiredLevel, rationale: 'Evidence from incident work this half shows the required level; the manager rating predates it.' } });
  }
  setDay(s, '2026-06-30');
  await handlers.recordManagementReview(ctxFor(s, lead), { params: {}, query: {}, body: {
    heldAt: s.clock.now, attendeeIds: [ciso.id, cto.id, lead.id, auditor.id], from: '2025-07-01', to: '2026-06-30',
    decisions: ['Fund cloud security training for Security Operations', 'Every open gap on a security-relevant role gets a plan item within 30 days', 'Re-run this review after the H2 cycle'],
  } });

  // 7. The current cycle: the demo manager's reviews under way, the demo employee's awaiting acknowledgement.
  setDay(s, '2026-10-12');
  for (const p of reviewed.filter((x) => x.managerId === demoManager.id)) {
    const answers = answersFor(s, template, await requiredLevels(db, p.roleId), [0, 0, 1], maxLevel);
    const draft = p.id === demoEmployee!.id ? answers : answers.slice(0, Math.max(1, Math.floor(answers.length / 2)));
    await runReview(s, { cycleId: c3.id, subject: p, reviewer: demoManager, opener: demoManager, kind: 'manager', answers: draft, until: p.id === demoEmployee!.id ? 'submitted' : 'draft' });
  }
  const selfAnswers = answersFor(s, template, await requiredLevels(db, demoEmployee!.roleId), [0, 1], maxLevel).slice(0, 3);
  await runReview(s, { cycleId: c3.id, subject: demoEmployee!, reviewer: demoEmployee!, opener: demoManager, kind: 'self', answers: selfAnswers, until: 'draft' });
}
