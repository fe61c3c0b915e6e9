/** Review cycles and templates. */
import type { HandlerGroup } from '../http/types.js';
import { pageWindow, toPage } from '../http/paging.js';
import { notFound, unprocessable, type FieldError } from '../problem.js';
import { missingIds, toCycle, toTemplate } from '../domain/rows.js';

export const cycles: HandlerGroup<'listCycles' | 'getCycle' | 'createCycle' | 'listTemplates' | 'getTemplate' | 'createTemplate'> = {
  async listCycles(ctx, { query }) {
    const w = pageWindow(query);
    let q = ctx.db.selectFrom('cycle').selectAll().where('tenantId', '=', ctx.tenantId);
    const today = ctx.now.slice(0, 10);
    if (query.status === 'planned') q = q.where('opensOn', '>', today);
    if (query.status === 'closed') q = q.where('closesOn', '<', today);
    if (query.status === 'open') q = q.where('opensOn', '<=', today).where('closesOn', '>=', today);
    const rows = await q.orderBy('opensOn', 'desc').orderBy('id').limit(w.limit + 1).offset(w.offset).execute();
    return toPage(rows.map((r) => toCycle(r, ctx.now)), w);
  },

  async getCycle(ctx, { params }) {
    const row = await ctx.db.selectFrom('cycle').selectAll().where('tenantId', '=', ctx.tenantId).where('id', '=', params.cycleId).executeTakeFirst();
    if (!row) throw notFound(`Cycle ${params.cycleId}`);
    return toCycle(row, ctx.now);
  },

  async createCycle(ctx, { body }) {
    const errors: FieldError[] = [];
    if ((await missingIds(ctx.db, 'framework', ctx.tenantId, [body.frameworkId])).length) errors.push({ path: 'frameworkId', message: 'no such framework' });
    if ((await missingIds(ctx.db, 'template', ctx.tenantId, [body.templateId])).length) errors.push({ path: 'templateId', message: 'no such template' });
    if (errors.length) throw unprocessable('The cycle refers to records that do not exist', errors);
    const row = { id: ctx.newId('cyc'), tenantId: ctx.tenantId, ...body };
    await ctx.db.insertInto('cycle').values(row).execute();
    return toCycle(row, ctx.now);
  },

  async listTemplates(ctx, { query }) {
    const w = pageWindow(query);
    const rows = await ctx.db.selectFrom('template').selectAll().where('tenantId', '=', ctx.tenantId).orderBy('name').orderBy('id').limit(w.limit + 1).offset(w.offset).execute();
    return toPage(rows.map(toTemplate), w);
  },

  async getTemplate(ctx, { params }) {
    const row = await ctx.db.selectFrom('template').selectAll().where('tenantId', '=', ctx.tenantId).where('id', '=', params.templateId).executeTakeFirst();
    if (!row) throw notFound(`Template ${params.templateId}`);
    return toTemplate(row);
  },

  async createTemplate(ctx, { body }) {
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    const competencyRefs: { id: string; path: string }[] = [];
    body.sections.forEach((s, i) => s.questions.forEach((q, j) => {
      if (seen.has(q.id)) errors.push({ path: `sections.${i}.questions.${j}.id`, message: 'question ids must be unique in a template' });
      seen.add(q.id);
      if (q.kind === 'competency') competencyRefs.push({ id: q.competencyId, path: `sections.${i}.questions.${j}.competencyId` });
    }));
    const missing = new Set(await missingIds(ctx.db, 'competency', ctx.tenantId, competencyRefs.map((c) => c.id)));
    for (const c of competencyRefs) if (missing.has(c.id)) errors.push({ path: c.path, message: 'no such competency' });
    if (errors.length) throw unprocessable('The template is not consistent', errors);
    const row = { id: ctx.newId('tpl'), tenantId: ctx.tenantId, name: body.name, sections: JSON.stringify(body.sections) };
    await ctx.db.insertInto('template').values(row).execute();
    return toTemplate(row);
  },
};
