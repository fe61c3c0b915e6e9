/** People x competencies: required and assessed levels in one compact read. */
import type { Matrix, ProficiencyScale, Routes } from '@evident/contract';
import type { Ctx, HandlerGroup, Input } from '../http/types.js';
import { notFound } from '../problem.js';

export const matrix: HandlerGroup<'getMatrix'> = {
  async getMatrix(ctx, input) {
    // The heaviest read (1,000 x 60 in one answer); it changes only when levels or frameworks do.
    return ctx.memo ? ctx.memo(`matrix:${JSON.stringify(input.query)}`, () => buildMatrix(ctx, input.query), 'levels') : buildMatrix(ctx, input.query);
  },
};

async function buildMatrix(ctx: Ctx, query: Input<Routes['getMatrix']>['query']): Promise<Matrix> {
  let fwq = ctx.db.selectFrom('framework').selectAll().where('tenantId', '=', ctx.tenantId);
  fwq = query.frameworkId ? fwq.where('id', '=', query.frameworkId) : fwq.where('status', '=', 'published').orderBy('createdAt').orderBy('id');
  const fw = await fwq.limit(1).executeTakeFirst();
  if (!fw) throw notFound(query.frameworkId ? `Framework ${query.frameworkId}` : 'A published framework');
  const scope = await ctx.scope();
  let pq = ctx.db.selectFrom('person').select(['id', 'name', 'team', 'roleId']).where('tenantId', '=', ctx.tenantId);
  if (!scope.all) pq = pq.where('id', 'in', [...scope.ids]);
  if (query.team) pq = pq.where('team', '=', query.team);
  if (query.roleId) pq = pq.where('roleId', '=', query.roleId);
  if (query.managerId) pq = pq.where('managerId', '=', query.managerId);
  const [people, comps, exps, levels] = await Promise.all([
    pq.orderBy('team').orderBy('name').orderBy('id').execute(),
    ctx.db.selectFrom('competency').select(['id', 'area', 'name']).where('frameworkId', '=', fw.id).orderBy('position').execute(),
    ctx.db.selectFrom('expectation').select(['roleId', 'competencyId', 'requiredLevel']).where('frameworkId', '=', fw.id).execute(),
    ctx.db.selectFrom('levelVector').select(['personId', 'levels']).where('frameworkId', '=', fw.id).execute(),
  ]);
  const col = new Map(comps.map((c, i) => [c.id, i]));
  const required = new Map<string, (number | null)[]>();
  for (const e of exps) {
    const row = required.get(e.roleId) ?? required.set(e.roleId, comps.map(() => null)).get(e.roleId)!;
    row[col.get(e.competencyId)!] = e.requiredLevel;
  }
  const assessed = new Map<string, (number | null)[]>();
  for (const v of levels) {
    const byCompetency = JSON.parse(v.levels) as Record<string, number>;
    assessed.set(v.personId, comps.map((c) => byCompetency[c.id] ?? null));
  }
  const none = comps.map(() => null);
  const scale = JSON.parse(fw.scale) as ProficiencyScale;
  return {
    framework: { id: fw.id, name: fw.name, version: fw.version, scale },
    competencies: comps,
    rows: people.map((p) => ({ person: p, assessed: assessed.get(p.id) ?? none, required: required.get(p.roleId) ?? none })),
  };
}
