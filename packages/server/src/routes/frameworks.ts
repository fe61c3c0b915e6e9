/** Competency frameworks: drafts, versions, publishing, competencies. */
import type { CompetencyFramework, ProficiencyScale } from '@evident/contract';
import type { FrameworkTable } from '../db/schema.js';
import type { Ctx, HandlerGroup } from '../http/types.js';
import { pageWindow, toPage } from '../http/paging.js';
import { conflict, notFound, stale, unprocessable, type FieldError } from '../problem.js';
import { loadFramework, toCompetency, toFramework } from '../domain/rows.js';
import { appendEvidence } from '../evidence/chain.js';

/** Checks If-Match, then applies `changes` only if nobody changed the framework meanwhile. */
async function updateGuarded(ctx: Ctx, fw: FrameworkTable, changes: Partial<FrameworkTable>): Promise<CompetencyFramework> {
  const expected = ctx.ifMatch ?? fw.revision;
  if (expected !== fw.revision) throw stale(toFramework(fw));
  const res = await ctx.db.updateTable('framework').set({ ...changes, revision: fw.revision + 1 })
    .where('id', '=', fw.id).where('revision', '=', expected).executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw stale(toFramework(await loadFramework(ctx.db, ctx.tenantId, fw.id)));
  return toFramework({ ...fw, ...changes, revision: fw.revision + 1 });
}

function descriptorErrors(scale: ProficiencyScale, descriptors: { level: number }[] | undefined, path = 'descriptors'): FieldError[] {
  const levels = new Set(scale.levels.map((l) => l.level));
  return (descriptors ?? []).flatMap((d, i) => (levels.has(d.level) ? [] : [{ path: `${path}.${i}.level`, message: 'is not a level of the framework scale' }]));
}

async function draftOf(ctx: Ctx, id: string): Promise<FrameworkTable> {
  const fw = await loadFramework(ctx.db, ctx.tenantId, id);
  if (fw.status !== 'draft') throw conflict(`Framework ${fw.id} is ${fw.status}; only a draft can change (start a new version)`);
  return fw;
}

export const frameworks: HandlerGroup<'listFrameworks' | 'getFramework' | 'createFramework' | 'updateFramework' | 'createFrameworkVersion' | 'publishFramework' | 'retireFramework' | 'listCompetencies' | 'createCompetency' | 'getCompetency' | 'updateCompetency'> = {
  async listFrameworks(ctx, { query }) {
    const w = pageWindow(query);
    let q = ctx.db.selectFrom('framework').selectAll().where('tenantId', '=', ctx.tenantId);
    if (query.status) q = q.where('status', '=', query.status);
    if (query.key) q = q.where('key', '=', query.key);
    const rows = await q.orderBy('version', 'desc').orderBy('createdAt', 'desc').orderBy('id').limit(w.limit + 1).offset(w.offset).execute();
    return toPage(rows.map(toFramework), w);
  },

  async getFramework(ctx, { params }) {
    return toFramework(await loadFramework(ctx.db, ctx.tenantId, params.frameworkId));
  },

  async createFramework(ctx, { body }) {
    const exists = await ctx.db.selectFrom('framework').select('id').where('tenantId', '=', ctx.tenantId).where('key', '=', body.key).executeTakeFirst();
    if (exists) throw conflict(`A framework with key "${body.key}" exists; start a new version of it instead`);
    const row: FrameworkTable = {
      id: ctx.newId('fw'), tenantId: ctx.tenantId, key: body.key, name: body.name, description: body.description ?? '',
      version: 1, revision: 1, status: 'draft', scale: JSON.stringify(body.scale), roleFamilies: JSON.stringify(body.roleFamilies ?? []),
      createdAt: ctx.now, publishedAt: null, retiredAt: null,
    };
    await ctx.db.insertInto('framework').values(row).execute();
    return toFramework(row);
  },

  async updateFramework(ctx, { params, body }) {
    const fw = await loadFramework(ctx.db, ctx.tenantId, params.frameworkId);
    if (ctx.ifMatch !== fw.revision) throw stale(toFramework(fw));
    await draftOf(ctx, fw.id);
    const changes: Partial<FrameworkTable> = {};
    if (body.name !== undefined) changes.name = body.name;
    if (body.description !== undefined) changes.description = body.description;
    if (body.roleFamilies !== undefined) changes.roleFamilies = JSON.stringify(body.roleFamilies);
    if (body.scale !== undefined) changes.scale = JSON.stringify(body.scale);
    return updateGuarded(ctx, fw, changes);
  },

  async createFrameworkVersion(ctx, { params }) {
    const src = await loadFramework(ctx.db, ctx.tenantId, params.frameworkId);
    if (src.status !== 'published') throw conflict('Only a published framework can start a new version');
    const draft = await ctx.db.selectFrom('framework').select('id').where('tenantId', '=', ctx.tenantId).where('key', '=', src.key).where('status', '=', 'draft').executeTakeFirst();
    if (draft) throw conflict(`Framework "${src.key}" already has a draft: ${draft.id}`);
    const top = await ctx.db.selectFrom('framework').select((eb) => eb.fn.max('version').as('v')).where('tenantId', '=', ctx.tenantId).where('key', '=', src.key).executeTakeFirst();
    const row: FrameworkTable = { ...src, id: ctx.newId('fw'), version: Number(top?.v ?? src.version) + 1, revision: 1, status: 'draft', createdAt: ctx.now, publishedAt: null, retiredAt: null };
    await ctx.db.insertInto('framework').values(row).execute();
    // Copy competencies and the role expectations that point at them.
    const comps = await ctx.db.selectFrom('competency').selectAll().where('frameworkId', '=', src.id).orderBy('position').execute();
    const idMap = new Map(comps.map((c) => [c.id, ctx.newId('cmp')]));
    for (const c of comps) await ctx.db.insertInto('competency').values({ ...c, id: idMap.get(c.id)!, frameworkId: row.id }).execute();
    const exps = await ctx.db.selectFrom('expectation').selectAll().where('frameworkId', '=', src.id).execute();
    for (const e of exps) await ctx.db.insertInto('expectation').values({ ...e, frameworkId: row.id, competencyId: idMap.get(e.competencyId)! }).execute();
    return toFramework(row);
  },

  async publishFramework(ctx, { params }) {
    const fw = await loadFramework(ctx.db, ctx.tenantId, params.frameworkId);
    if (ctx.ifMatch !== fw.revision) throw stale(toFramework(fw));
    await draftOf(ctx, fw.id);
    const previous = await ctx.db.selectFrom('framework').selectAll().where('tenantId', '=', ctx.tenantId).where('key', '=', fw.key).where('status', '=', 'published').execute();
    for (const p of previous) {
      await ctx.db.updateTable('framework').set({ status: 'retired', retiredAt: ctx.now, revision: p.revision + 1 }).where('id', '=', p.id).execute();
      await appendEvidence(ctx.db, { id: ctx.newId('ev'), tenantId: ctx.tenantId, type: 'framework.retired', subjectId: null, actorId: ctx.actor.id, at: ctx.now, payload: { frameworkId: p.id, key: p.key, version: p.version, supersededBy: fw.id } });
    }
    const count = await ctx.db.selectFrom('competency').select((eb) => eb.fn.countAll<number>().as('n')).where('frameworkId', '=', fw.id).executeTakeFirst();
    const out = await updateGuarded(ctx, fw, { status: 'published', publishedAt: ctx.now });
    await appendEvidence(ctx.db, { id: ctx.newId('ev'), tenantId: ctx.tenantId, type: 'framework.published', subjectId: null, actorId: ctx.actor.id, at: ctx.now, payload: { frameworkId: fw.id, key: fw.key, name: fw.name, version: fw.version, competencies: Number(count?.n ?? 0) } });
    return out;
  },

  async retireFramework(ctx, { params }) {
    const fw = await loadFramework(ctx.db, ctx.tenantId, params.frameworkId);
    if (ctx.ifMatch !== fw.revision) throw stale(toFramework(fw));
    if (fw.status !== 'published') throw conflict(`Framework ${fw.id} is ${fw.status}; only a published one can retire`);
    const out = await updateGuarded(ctx, fw, { status: 'retired', retiredAt: ctx.now });
    await appendEvidence(ctx.db, { id: ctx.newId('ev'), tenantId: ctx.tenantId, type: 'framework.retired', subjectId: null, actorId: ctx.actor.id, at: ctx.now, payload: { frameworkId: fw.id, key: fw.key, version: fw.version } });
    return out;
  },

  async listCompetencies(ctx, { params, query }) {
    await loadFramework(ctx.db, ctx.tenantId, params.frameworkId);
    const w = pageWindow(query);
    let q = ctx.db.selectFrom('competency').selectAll().where('frameworkId', '=', params.frameworkId);
    if (query.area) q = q.where('area', '=', query.area);
    if (query.tag) q = q.where('tags', 'like', `%"${query.tag}"%`);
    const rows = await q.orderBy('position').orderBy('id').limit(w.limit + 1).offset(w.offset).execute();
    return toPage(rows.map(toCompetency), w);
  },

  async createCompetency(ctx, { params, body }) {
    const fw = await draftOf(ctx, params.frameworkId);
    const errors = descriptorErrors(JSON.parse(fw.scale) as ProficiencyScale, body.descriptors);
    if (errors.length) throw unprocessable('Descriptors must use the levels of the framework scale', errors);
    const dup = await ctx.db.selectFrom('competency').select('id').where('frameworkId', '=', fw.id).where('key', '=', body.key).executeTakeFirst();
    if (dup) throw conflict(`Competency key "${body.key}" is taken in this framework`);
    const pos = await ctx.db.selectFrom('competency').select((eb) => eb.fn.max('position').as('p')).where('frameworkId', '=', fw.id).executeTakeFirst();
    const row = {
      id: ctx.newId('cmp'), tenantId: ctx.tenantId, frameworkId: fw.id, key: body.key, area: body.area, name: body.name,
      description: body.description ?? '', descriptors: JSON.stringify(body.descriptors ?? []), tags: JSON.stringify(body.tags ?? []),
      position: Number(pos?.p ?? -1) + 1,
    };
    await ctx.db.insertInto('competency').values(row).execute();
    await ctx.db.updateTable('framework').set({ revision: fw.revision + 1 }).where('id', '=', fw.id).execute();
    return toCompetency(row);
  },

  async getCompetency(ctx, { params }) {
    const row = await ctx.db.selectFrom('competency').selectAll().where('tenantId', '=', ctx.tenantId).where('id', '=', params.competencyId).executeTakeFirst();
    if (!row) throw notFound(`Competency ${params.competencyId}`);
    return toCompetency(row);
  },

  async updateCompetency(ctx, { params, body }) {
    const row = await ctx.db.selectFrom('competency').selectAll().where('tenantId', '=', ctx.tenantId).where('id', '=', params.competencyId).executeTakeFirst();
    if (!row) throw notFound(`Competency ${params.competencyId}`);
    const fw = await draftOf(ctx, row.frameworkId);
    const errors = descriptorErrors(JSON.parse(fw.scale) as ProficiencyScale, body.descriptors);
    if (errors.length) throw unprocessable('Descriptors must use the levels of the framework scale', errors);
    const next = {
      ...row,
      ...(body.area !== undefined ? { area: body.area } : {}),
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.description !== undefined ? { description: body.description } : {}),
      ...(body.descriptors !== undefined ? { descriptors: JSON.stringify(body.descriptors) } : {}),
      ...(body.tags !== undefined ? { tags: JSON.stringify(body.tags) } : {}),
    };
    await ctx.db.updateTable('competency').set(next).where('id', '=', row.id).execute();
    await ctx.db.updateTable('framework').set({ revision: fw.revision + 1 }).where('id', '=', fw.id).execute();
    return toCompetency(next);
  },
};
