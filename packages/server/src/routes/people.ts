/** Who am I, people, roles and the levels roles require. */
import type { Scope } from '../http/types.js';
import type { Ctx, HandlerGroup } from '../http/types.js';
import { pageWindow, toPage } from '../http/paging.js';
import { forbidden, notFound, unprocessable } from '../problem.js';
import { loadFramework, loadPerson, toPerson, toRole } from '../domain/rows.js';
import type { FieldError } from '../problem.js';

/** People one may see: one's scope, plus one's own manager (a review names them). */
async function peopleScope(ctx: Ctx): Promise<Scope> {
  const scope = await ctx.scope();
  if (scope.all) return scope;
  const ids = new Set(scope.ids);
  if (ctx.actor.managerId) ids.add(ctx.actor.managerId);
  return { all: false, ids, has: (id) => ids.has(id) };
}

async function loadRole(ctx: Ctx, id: string) {
  const row = await ctx.db.selectFrom('role').selectAll().where('tenantId', '=', ctx.tenantId).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound(`Role ${id}`);
  return row;
}

export const people: HandlerGroup<'getViewer' | 'listPeople' | 'getPerson' | 'listRoles' | 'getRole' | 'listRoleExpectations' | 'setRoleExpectations'> = {
  async getViewer(ctx) {
    return { person: toPerson(ctx.actor), access: ctx.access };
  },

  async listPeople(ctx, { query }) {
    const w = pageWindow(query);
    const scope = await peopleScope(ctx);
    let q = ctx.db.selectFrom('person').selectAll().where('tenantId', '=', ctx.tenantId);
    if (!scope.all) q = q.where('id', 'in', [...scope.ids]);
    if (query.team) q = q.where('team', '=', query.team);
    if (query.roleId) q = q.where('roleId', '=', query.roleId);
    if (query.managerId) q = q.where('managerId', '=', query.managerId);
    if (query.q) {
      const like = `%${query.q.toLowerCase()}%`;
      q = q.where((eb) => eb.or([eb(eb.fn('lower', ['name']), 'like', eb.val(like)), eb(eb.fn('lower', ['email']), 'like', eb.val(like))]));
    }
    const rows = await q.orderBy('name').orderBy('id').limit(w.limit + 1).offset(w.offset).execute();
    return toPage(rows.map(toPerson), w);
  },

  async getPerson(ctx, { params }) {
    const row = await loadPerson(ctx.db, ctx.tenantId, params.personId);
    if (!(await peopleScope(ctx)).has(row.id)) throw forbidden('You may not see this person');
    return toPerson(row);
  },

  async listRoles(ctx, { query }) {
    const w = pageWindow(query);
    const rows = await ctx.db.selectFrom('role').selectAll().where('tenantId', '=', ctx.tenantId).orderBy('family').orderBy('level').orderBy('id').limit(w.limit + 1).offset(w.offset).execute();
    return toPage(rows.map(toRole), w);
  },

  async getRole(ctx, { params }) {
    return toRole(await loadRole(ctx, params.roleId));
  },

  async listRoleExpectations(ctx, { params, query }) {
    await loadRole(ctx, params.roleId);
    let q = ctx.db.selectFrom('expectation').innerJoin('competency', 'competency.id', 'expectation.competencyId')
      .select(['expectation.roleId', 'expectation.frameworkId', 'expectation.competencyId', 'expectation.requiredLevel'])
      .where('expectation.tenantId', '=', ctx.tenantId).where('expectation.roleId', '=', params.roleId);
    if (query.frameworkId) q = q.where('expectation.frameworkId', '=', query.frameworkId);
    return { items: await q.orderBy('expectation.frameworkId').orderBy('competency.position').execute() };
  },

  async setRoleExpectations(ctx, { params, body }) {
    await loadRole(ctx, params.roleId);
    const fw = await ctx.db.selectFrom('framework').selectAll().where('tenantId', '=', ctx.tenantId).where('id', '=', body.frameworkId).executeTakeFirst();
    if (!fw) throw unprocessable('The framework does not exist', [{ path: 'frameworkId', message: 'no such framework' }]);
    const framework = await loadFramework(ctx.db, ctx.tenantId, fw.id);
    const levels = (JSON.parse(framework.scale) as { levels: { level: number }[] }).levels.map((l) => l.level);
    const comps = new Set((await ctx.db.selectFrom('competency').select('id').where('frameworkId', '=', fw.id).execute()).map((c) => c.id));
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    body.expectations.forEach((e, i) => {
      if (!comps.has(e.competencyId)) errors.push({ path: `expectations.${i}.competencyId`, message: 'is not a competency of this framework' });
      else if (seen.has(e.competencyId)) errors.push({ path: `expectations.${i}.competencyId`, message: 'appears twice' });
      if (!levels.includes(e.requiredLevel)) errors.push({ path: `expectations.${i}.requiredLevel`, message: `must be a level of the framework's scale (${levels[0]}–${levels.at(-1)})` });
      seen.add(e.competencyId);
    });
    if (errors.length) throw unprocessable('Some expectations do not fit the framework', errors);
    await ctx.db.deleteFrom('expectation').where('roleId', '=', params.roleId).where('frameworkId', '=', fw.id).execute();
    const rows = body.expectations.map((e) => ({ tenantId: ctx.tenantId, roleId: params.roleId, frameworkId: fw.id, competencyId: e.competencyId, requiredLevel: e.requiredLevel }));
    for (let i = 0; i < rows.length; i += 100) await ctx.db.insertInto('expectation').values(rows.slice(i, i + 100)).execute();
    return { items: rows.map(({ tenantId: _t, ...r }) => r) };
  },
};
