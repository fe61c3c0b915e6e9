/**
 * Shared seeding steps: people in teams, templates, and running a review through its whole
 * life — all through the API handlers, so the evidence is what the API would have written.
 */
import type { Access, Answer, ReviewTemplate } from '@evident/contract';
import type { PersonTable, Tx } from '../db/schema.js';
import { handlers } from '../handlers.js';
import { addDays } from '../domain/dates.js';
import { makeCtx, type Clock } from './context.js';
import { FIRST, LAST, type Rng } from './random.js';

export interface Seeder {
  db: Tx;
  tenantId: string;
  domain: string;
  clock: Clock;
  rng: Rng;
  newId: (p: string) => string;
  people: PersonTable[];
  access: Map<string, Access>;
  usedNames: Set<string>;
}

/** Moves the simulated clock to a date (09:00 UTC) or forward by minutes. */
export const setDay = (s: Seeder, day: string) => { s.clock.now = `${day}T09:00:00.000Z`; };
export const tick = (s: Seeder, minutes = 7) => { s.clock.now = new Date(Date.parse(s.clock.now) + minutes * 60_000).toISOString(); };

export function ctxFor(s: Seeder, person: PersonTable, ifMatch: number | null = null) {
  tick(s, 3);
  return makeCtx(s.db, s.tenantId, person, s.access.get(person.id) ?? 'employee', s.clock, s.newId, ifMatch);
}

export async function addPerson(s: Seeder, p: { name?: string; roleId: string; managerId: string | null; team: string; access?: Access }): Promise<PersonTable> {
  let name = p.name;
  while (!name || s.usedNames.has(name)) name = `${s.rng.pick(FIRST)} ${s.rng.pick(LAST)}`;
  s.usedNames.add(name);
  const email = `${name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]+/g, '.')}@${s.domain}`;
  const row: PersonTable = { id: s.newId('p'), tenantId: s.tenantId, name, email, roleId: p.roleId, managerId: p.managerId, team: p.team };
  await s.db.insertInto('person').values(row).execute();
  s.people.push(row);
  s.access.set(row.id, p.access ?? 'employee');
  if (p.managerId && !p.access) {
    const m = p.managerId;
    if (s.access.get(m) === 'employee') s.access.set(m, 'manager');
  }
  return row;
}

export const SUMMARIES = [
  'Consistently reliable; owns incidents end to end and writes clear post-mortems.',
  'Strong half: delivered the roadmap items and mentored a new joiner.',
  'Solid progress. Needs more depth in threat modelling before the next level.',
  'Great collaborator; should now take the lead on cross-team work.',
  'Met expectations. Focus next on automation and documentation.',
  'Exceeded expectations on delivery; keep growing influence beyond the team.',
];
export const GOALS = ['Lead one incident retrospective', 'Complete a cloud security certification', 'Automate a manual control check', 'Present at the engineering all-hands', 'Pair with the platform team for a quarter'];

/** Answers for a template: levels near the required ones (the `drift` shifts them), and text. */
export function answersFor(s: Seeder, template: ReviewTemplate, required: Map<string, number>, drift: readonly number[], max: Map<string, number>): Answer[] {
  const out: Answer[] = [];
  for (const section of template.sections) {
    for (const q of section.questions) {
      if (q.kind === 'competency') {
        const req = required.get(q.competencyId);
        if (req === undefined) continue;
        out.push({ questionId: q.id, level: Math.max(0, Math.min(max.get(q.competencyId) ?? 4, req + s.rng.pick(drift))) });
      } else if (q.kind === 'text') {
        out.push({ questionId: q.id, text: s.rng.pick(SUMMARIES) });
      } else {
        out.push({ questionId: q.id, goals: [{ title: s.rng.pick(GOALS), dueOn: addDays(s.clock.now.slice(0, 10), 120) }] });
      }
    }
  }
  return out;
}

/** Takes one review as far as `until`, each step by the person who would do it. */
export async function runReview(
  s: Seeder,
  r: { cycleId: string; subject: PersonTable; reviewer: PersonTable; opener: PersonTable; kind: 'self' | 'manager'; answers: Answer[]; until: 'draft' | 'submitted' | 'acknowledged' | 'signed'; signer?: PersonTable },
) {
  const created = await handlers.createReview(ctxFor(s, r.opener), { params: {}, query: {}, body: { cycleId: r.cycleId, subjectId: r.subject.id, reviewerId: r.reviewer.id, kind: r.kind } });
  const p = { reviewId: created.id };
  let review = await handlers.saveReviewDraft(ctxFor(s, r.reviewer, created.version), { params: p, query: {}, body: { answers: r.answers } });
  if (r.until === 'draft') return review;
  review = await handlers.submitReview(ctxFor(s, r.reviewer), { params: p, query: {}, body: {} });
  if (r.until === 'submitted') return review;
  tick(s, 45);
  review = await handlers.acknowledgeReview(ctxFor(s, r.subject), { params: p, query: {}, body: { comment: 'Discussed in our 1:1. Thanks.' } });
  if (r.until === 'acknowledged') return review;
  return handlers.signReview(ctxFor(s, r.signer ?? r.reviewer), { params: p, query: {}, body: {} });
}

/** The levels a person's role requires, by competency, and each competency's top level. */
export async function requiredLevels(db: Tx, roleId: string): Promise<Map<string, number>> {
  const rows = await db.selectFrom('expectation').select(['competencyId', 'requiredLevel']).where('roleId', '=', roleId).execute();
  return new Map(rows.map((r) => [r.competencyId, r.requiredLevel]));
}
