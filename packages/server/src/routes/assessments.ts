/** Assessed levels over time, and the gaps they leave against role expectations. */
import type { HandlerGroup } from '../http/types.js';
import { pageWindow, toPage } from '../http/paging.js';
import { toAssessment } from '../domain/rows.js';
import { computeGaps } from '../domain/gaps.js';
import { nextDay } from '../domain/dates.js';

export const assessments: HandlerGroup<'listAssessments' | 'listGaps'> = {
  async listAssessments(ctx, { query }) {
    const w = pageWindow(query);
    const scope = await ctx.scope();
    let q = ctx.db.selectFrom('assessment').selectAll().where('tenantId', '=', ctx.tenantId);
    if (!scope.all) q = q.where('personId', 'in', [...scope.ids]);
    if (query.personId) q = q.where('personId', '=', query.personId);
    if (query.competencyId) q = q.where('competencyId', '=', query.competencyId);
    if (query.from) q = q.where('assessedAt', '>=', query.from);
    if (query.to) q = q.where('assessedAt', '<', nextDay(query.to));
    const rows = await q.orderBy('assessedAt', 'desc').orderBy('id').limit(w.limit + 1).offset(w.offset).execute();
    return toPage(rows.map(toAssessment), w);
  },

  async listGaps(ctx, { query }) {
    const w = pageWindow(query);
    const scope = await ctx.scope();
    let q = ctx.db.selectFrom('person').select(['id', 'roleId', 'team']).where('tenantId', '=', ctx.tenantId);
    if (!scope.all) q = q.where('id', 'in', [...scope.ids]);
    if (query.personId) q = q.where('id', '=', query.personId);
    if (query.team) q = q.where('team', '=', query.team);
    const people = await q.orderBy('name').orderBy('id').execute();
    const gaps = (await computeGaps(ctx.db, ctx.tenantId, people)).filter((g) => !query.status || g.status === query.status);
    const slice = gaps.slice(w.offset, w.offset + w.limit + 1).map(({ team: _t, ...g }) => g);
    return toPage(slice, w);
  },
};
