/** The management review report (ISO 27001 9.3): coverage, gaps, reviews, plans, trend and chain. */
import type { ManagementReviewReport } from '@evident/contract';
import type { Tx } from '../db/schema.js';
import { computeGaps } from './gaps.js';
import { addDays, nextDay } from './dates.js';
import { verifyChain } from '../evidence/chain.js';

const ratio = (met: number, of: number) => (of ? Math.round((met / of) * 1000) / 1000 : 1);

export async function buildReport(db: Tx, tenantId: string, now: string, from: string, to: string): Promise<ManagementReviewReport> {
  const today = now.slice(0, 10);
  const people = await db.selectFrom('person').select(['id', 'roleId', 'team']).where('tenantId', '=', tenantId).execute();
  const gaps = await computeGaps(db, tenantId, people);
  const met = gaps.filter((g) => g.status === 'closed').length;
  const end = nextDay(to);

  // History of levels, for gaps closed in the period and the quarterly trend.
  const history = await db.selectFrom('assessment').select(['personId', 'competencyId', 'level', 'assessedAt']).where('tenantId', '=', tenantId).orderBy('assessedAt').execute();
  const byPair = new Map<string, { level: number; at: string }[]>();
  for (const h of history) {
    const k = `${h.personId}|${h.competencyId}`;
    byPair.set(k, [...(byPair.get(k) ?? []), { level: h.level, at: h.assessedAt }]);
  }
  const levelAt = (k: string, before: string) => {
    let level: number | null = null;
    for (const h of byPair.get(k) ?? []) if (h.at < before) level = h.level;
    return level;
  };
  let closedInPeriod = 0;
  for (const g of gaps) {
    if (g.status !== 'closed') continue;
    const k = `${g.personId}|${g.competencyId}`;
    const closedAt = (byPair.get(k) ?? []).find((h) => h.level >= g.requiredLevel)?.at;
    if (closedAt && closedAt >= from && closedAt < end) closedInPeriod++;
  }

  const trend: ManagementReviewReport['trend'] = [];
  const start = new Date(Date.UTC(Number(from.slice(0, 4)), Math.floor((Number(from.slice(5, 7)) - 1) / 3) * 3, 1));
  for (const q = start; q.toISOString().slice(0, 10) <= to && trend.length < 40; q.setUTCMonth(q.getUTCMonth() + 3)) {
    const qEnd = new Date(q); qEnd.setUTCMonth(qEnd.getUTCMonth() + 3);
    const cutoff = qEnd.toISOString().slice(0, 10);
    let ok = 0;
    for (const g of gaps) if ((levelAt(`${g.personId}|${g.competencyId}`, cutoff) ?? 0) >= g.requiredLevel) ok++;
    trend.push({ quarter: `${q.getUTCFullYear()}-Q${Math.floor(q.getUTCMonth() / 3) + 1}`, coverage: ratio(ok, gaps.length), openGaps: gaps.length - ok });
  }

  const reviews = await db.selectFrom('review').innerJoin('cycle', 'cycle.id', 'review.cycleId').select(['review.status', 'cycle.closesOn'])
    .where('review.tenantId', '=', tenantId).where('cycle.closesOn', '>=', from).where('cycle.closesOn', '<=', to).execute();
  const items = await db.selectFrom('planItem').select(['status', 'dueOn']).where('tenantId', '=', tenantId).execute();
  const teams = new Map<string, { people: number; req: number; met: number; open: number }>();
  for (const p of people) {
    const t = teams.get(p.team) ?? teams.set(p.team, { people: 0, req: 0, met: 0, open: 0 }).get(p.team)!;
    t.people++;
  }
  for (const g of gaps) {
    const t = teams.get(g.team)!;
    t.req++;
    if (g.status === 'closed') t.met++; else t.open++;
  }
  const chain = await verifyChain(db, tenantId);
  return {
    from, to, generatedAt: now,
    coverage: { required: gaps.length, met, ratio: ratio(met, gaps.length) },
    gaps: { open: gaps.length - met, closed: met, closedInPeriod },
    reviews: {
      due: reviews.length,
      submitted: reviews.filter((r) => r.status !== 'draft').length,
      signed: reviews.filter((r) => r.status === 'signed').length,
      overdue: reviews.filter((r) => r.status === 'draft' && r.closesOn < today).length,
    },
    plans: { items: items.length, done: items.filter((i) => i.status === 'done').length, overdue: items.filter((i) => (i.status === 'planned' || i.status === 'in-progress') && i.dueOn < today).length },
    byTeam: [...teams].sort(([a], [b]) => a.localeCompare(b)).map(([team, t]) => ({ team, people: t.people, coverage: ratio(t.met, t.req), openGaps: t.open })),
    trend,
    chain: { valid: chain.valid, events: chain.checked },
  };
}

export const defaultPeriod = (now: string, from?: string, to?: string) => {
  const end = to ?? now.slice(0, 10);
  return { from: from ?? addDays(end, -364), to: end };
};
