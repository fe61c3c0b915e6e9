/**
 * Gaps are derived, never stored: for each person, the levels their role requires in published
 * frameworks minus their current assessed level.
 */
import type { Gap } from '@evident/contract';
import type { Tx } from '../db/schema.js';

export interface GapRow extends Gap { team: string }

export async function computeGaps(db: Tx, tenantId: string, people: { id: string; roleId: string; team: string }[]): Promise<GapRow[]> {
  if (!people.length) return [];
  const roleIds = [...new Set(people.map((p) => p.roleId))];
  const exps = await db.selectFrom('expectation').innerJoin('framework', 'framework.id', 'expectation.frameworkId')
    .innerJoin('competency', 'competency.id', 'expectation.competencyId')
    .select(['expectation.roleId', 'expectation.competencyId', 'expectation.requiredLevel', 'competency.position'])
    .where('expectation.tenantId', '=', tenantId).where('framework.status', '=', 'published')
    .where('expectation.roleId', 'in', roleIds).where('expectation.requiredLevel', '>', 0)
    .orderBy('expectation.frameworkId').orderBy('competency.position').execute();
  const byRole = new Map<string, typeof exps>();
  for (const e of exps) byRole.set(e.roleId, [...(byRole.get(e.roleId) ?? []), e]);
  const levels = new Map<string, number>();
  const ids = people.map((p) => p.id);
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.selectFrom('currentLevel').select(['personId', 'competencyId', 'level']).where('tenantId', '=', tenantId).where('personId', 'in', ids.slice(i, i + 500)).execute();
    for (const r of rows) levels.set(`${r.personId}|${r.competencyId}`, r.level);
  }
  const out: GapRow[] = [];
  for (const p of people) {
    for (const e of byRole.get(p.roleId) ?? []) {
      const assessed = levels.get(`${p.id}|${e.competencyId}`) ?? null;
      const gap = e.requiredLevel - (assessed ?? 0);
      out.push({ personId: p.id, competencyId: e.competencyId, requiredLevel: e.requiredLevel, assessedLevel: assessed, gap, status: gap > 0 ? 'open' : 'closed', team: p.team });
    }
  }
  return out;
}
