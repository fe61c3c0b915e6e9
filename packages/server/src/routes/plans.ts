/** Development plans that close gaps (ISO 27001 7.2 c); items carry their own evidence. */
import type { DevelopmentPlan } from '@evident/contract';
import type { Ctx, HandlerGroup } from '../http/types.js';
import { pageWindow, toPage } from '../http/paging.js';
import { conflict, forbidden, notFound, stale, unprocessable } from '../problem.js';
import { loadPlan, missingIds, toPlan } from '../domain/rows.js';
import { appendEvidence } from '../evidence/chain.js';

async function visiblePlan(ctx: Ctx, id: string): Promise<DevelopmentPlan> {
  const plan = await loadPlan(ctx.db, ctx.tenantId, id);
  if (!(await ctx.scope()).has(plan.personId)) throw forbidden('You may not see this plan');
  return plan;
}

/** Checks If-Match and bumps the plan's version only if it still is the one the caller read. */
async function bump(ctx: Ctx, plan: DevelopmentPlan, status: DevelopmentPlan['status']): Promise<void> {
  const res = await ctx.db.updateTable('plan').set({ version: plan.version + 1, updatedAt: ctx.now, status })
    .where('id', '=', plan.id).where('version', '=', plan.version).executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw stale(await loadPlan(ctx.db, ctx.tenantId, plan.id));
}

export const plans: HandlerGroup<'listPlans' | 'getPlan' | 'createPlan' | 'addPlanItem' | 'updatePlanItem'> = {
  async listPlans(ctx, { query }) {
    const w = pageWindow(query);
    const scope = await ctx.scope();
    let q = ctx.db.selectFrom('plan').selectAll().where('tenantId', '=', ctx.tenantId);
    if (!scope.all) q = q.where('personId', 'in', [...scope.ids]);
    if (query.personId) q = q.where('personId', '=', query.personId);
    const rows = await q.orderBy('createdAt', 'desc').orderBy('id').limit(w.limit + 1).offset(w.offset).execute();
    const ids = rows.map((r) => r.id);
    const items = ids.length ? await ctx.db.selectFrom('planItem').selectAll().where('planId', 'in', ids).orderBy('position').execute() : [];
    return toPage(rows.map((r) => toPlan(r, items.filter((i) => i.planId === r.id))), w);
  },

  async getPlan(ctx, { params }) {
    return visiblePlan(ctx, params.planId);
  },

  async createPlan(ctx, { body }) {
    if ((await missingIds(ctx.db, 'person', ctx.tenantId, [body.personId])).length) throw unprocessable('No such person', [{ path: 'personId', message: 'no such person' }]);
    if (!(await ctx.scope()).has(body.personId)) throw forbidden('You may only plan for yourself or people you manage');
    const row = { id: ctx.newId('plan'), tenantId: ctx.tenantId, personId: body.personId, title: body.title, status: 'active', version: 1, createdAt: ctx.now, updatedAt: ctx.now };
    await ctx.db.insertInto('plan').values(row).execute();
    return toPlan(row, []);
  },

  async addPlanItem(ctx, { params, body }) {
    const plan = await visiblePlan(ctx, params.planId);
    if (ctx.ifMatch !== plan.version) throw stale(plan);
    if (plan.status === 'archived') throw conflict('The plan is archived');
    if (body.competencyId && (await missingIds(ctx.db, 'competency', ctx.tenantId, [body.competencyId])).length) {
      throw unprocessable('No such competency', [{ path: 'competencyId', message: 'no such competency' }]);
    }
    const item = {
      id: ctx.newId('item'), tenantId: ctx.tenantId, planId: plan.id, competencyId: body.competencyId ?? null, action: body.action, dueOn: body.dueOn,
      status: 'planned', evidenceLinks: JSON.stringify(body.evidenceLinks ?? []), completedAt: null, position: plan.items.length,
    };
    await bump(ctx, plan, 'active');
    await ctx.db.insertInto('planItem').values(item).execute();
    await appendEvidence(ctx.db, {
      id: ctx.newId('ev'), tenantId: ctx.tenantId, type: 'plan.item.created', subjectId: plan.personId, actorId: ctx.actor.id, at: ctx.now,
      payload: { planId: plan.id, itemId: item.id, competencyId: item.competencyId, action: item.action, dueOn: item.dueOn },
    });
    return loadPlan(ctx.db, ctx.tenantId, plan.id);
  },

  async updatePlanItem(ctx, { params, body }) {
    const plan = await visiblePlan(ctx, params.planId);
    const item = plan.items.find((i) => i.id === params.itemId);
    if (!item) throw notFound(`Item ${params.itemId} of plan ${plan.id}`);
    if (ctx.ifMatch !== plan.version) throw stale(plan);
    if (item.status === 'done' || item.status === 'dropped') throw conflict(`The item is ${item.status}; add a new one instead`);
    const completing = body.status === 'done';
    const changes = {
      ...(body.action !== undefined ? { action: body.action } : {}),
      ...(body.dueOn !== undefined ? { dueOn: body.dueOn } : {}),
      ...(body.status !== undefined ? { status: body.status } : {}),
      ...(body.evidenceLinks !== undefined ? { evidenceLinks: JSON.stringify(body.evidenceLinks) } : {}),
      ...(completing ? { completedAt: ctx.now } : {}),
    };
    const open = plan.items.filter((i) => i.id !== item.id && i.status !== 'done' && i.status !== 'dropped').length;
    const finished = body.status === 'done' || body.status === 'dropped';
    await bump(ctx, plan, open === 0 && finished ? 'completed' : 'active');
    if (Object.keys(changes).length) await ctx.db.updateTable('planItem').set(changes).where('id', '=', item.id).execute();
    if (completing) {
      await appendEvidence(ctx.db, {
        id: ctx.newId('ev'), tenantId: ctx.tenantId, type: 'plan.item.completed', subjectId: plan.personId, actorId: ctx.actor.id, at: ctx.now,
        payload: { planId: plan.id, itemId: item.id, competencyId: item.competencyId, action: body.action ?? item.action, evidenceLinks: body.evidenceLinks ?? item.evidenceLinks },
      });
    }
    return loadPlan(ctx.db, ctx.tenantId, plan.id);
  },
};
