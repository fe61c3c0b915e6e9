/** Calibration sessions (ISO 27001 9.3): the spread of ratings and the adjustments made, with rationale. */
import type { ProficiencyScale } from '@evident/contract';
import type { HandlerGroup } from '../http/types.js';
import { pageWindow, toPage } from '../http/paging.js';
import { unprocessable, type FieldError } from '../problem.js';
import { loadCalibration, missingIds, toCalibration } from '../domain/rows.js';
import { recordAssessment } from '../domain/assessments.js';
import { appendEvidence } from '../evidence/chain.js';

export const calibrations: HandlerGroup<'listCalibrations' | 'getCalibration' | 'createCalibration' | 'addCalibrationAdjustment'> = {
  async listCalibrations(ctx, { query }) {
    const w = pageWindow(query);
    let q = ctx.db.selectFrom('calibration').selectAll().where('tenantId', '=', ctx.tenantId);
    if (query.cycleId) q = q.where('cycleId', '=', query.cycleId);
    const rows = await q.orderBy('heldAt', 'desc').orderBy('id').limit(w.limit + 1).offset(w.offset).execute();
    const ids = rows.map((r) => r.id);
    const adj = ids.length ? await ctx.db.selectFrom('adjustment').selectAll().where('calibrationId', 'in', ids).orderBy('at').orderBy('id').execute() : [];
    return toPage(rows.map((r) => toCalibration(r, adj.filter((a) => a.calibrationId === r.id))), w);
  },

  async getCalibration(ctx, { params }) {
    return loadCalibration(ctx.db, ctx.tenantId, params.calibrationId);
  },

  async createCalibration(ctx, { body }) {
    const errors: FieldError[] = [];
    const cycle = await ctx.db.selectFrom('cycle').selectAll().where('tenantId', '=', ctx.tenantId).where('id', '=', body.cycleId).executeTakeFirst();
    if (!cycle) errors.push({ path: 'cycleId', message: 'no such cycle' });
    const missing = new Set(await missingIds(ctx.db, 'person', ctx.tenantId, body.participantIds));
    body.participantIds.forEach((id, i) => { if (missing.has(id)) errors.push({ path: `participantIds.${i}`, message: 'no such person' }); });
    if (errors.length || !cycle) throw unprocessable('The calibration refers to records that do not exist', errors);
    // The spread of the ratings this cycle's reviews gave: what the session looked at.
    const rows = await ctx.db.selectFrom('assessment').innerJoin('review', 'review.id', 'assessment.reviewId')
      .select(['assessment.level']).where('review.cycleId', '=', cycle.id).execute();
    const counts = new Map<number, number>();
    for (const r of rows) counts.set(r.level, (counts.get(r.level) ?? 0) + 1);
    const distribution = [...counts].sort(([a], [b]) => a - b).map(([level, count]) => ({ level, count }));
    const row = { id: ctx.newId('cal'), tenantId: ctx.tenantId, cycleId: cycle.id, heldAt: body.heldAt, facilitatorId: ctx.actor.id, participantIds: JSON.stringify(body.participantIds), distribution: JSON.stringify(distribution) };
    await ctx.db.insertInto('calibration').values(row).execute();
    await appendEvidence(ctx.db, {
      id: ctx.newId('ev'), tenantId: ctx.tenantId, type: 'calibration.held', subjectId: null, actorId: ctx.actor.id, at: ctx.now,
      payload: { calibrationId: row.id, cycleId: cycle.id, heldAt: body.heldAt, participants: body.participantIds.length, distribution },
    });
    return toCalibration(row, []);
  },

  async addCalibrationAdjustment(ctx, { params, body }) {
    const cal = await loadCalibration(ctx.db, ctx.tenantId, params.calibrationId);
    const errors: FieldError[] = [];
    if ((await missingIds(ctx.db, 'person', ctx.tenantId, [body.personId])).length) errors.push({ path: 'personId', message: 'no such person' });
    const comp = await ctx.db.selectFrom('competency').innerJoin('framework', 'framework.id', 'competency.frameworkId')
      .select(['competency.id', 'competency.tags', 'framework.scale']).where('competency.tenantId', '=', ctx.tenantId).where('competency.id', '=', body.competencyId).executeTakeFirst();
    if (!comp) errors.push({ path: 'competencyId', message: 'no such competency' });
    else if (!(JSON.parse(comp.scale) as ProficiencyScale).levels.some((l) => l.level === body.toLevel)) errors.push({ path: 'toLevel', message: "is not a level of the competency's scale" });
    if (errors.length || !comp) throw unprocessable('The adjustment cannot be applied', errors);
    const current = await ctx.db.selectFrom('currentLevel').select('level').where('personId', '=', body.personId).where('competencyId', '=', body.competencyId).executeTakeFirst();
    const adj = {
      id: ctx.newId('adj'), tenantId: ctx.tenantId, calibrationId: cal.id, personId: body.personId, competencyId: body.competencyId,
      fromLevel: current?.level ?? null, toLevel: body.toLevel, rationale: body.rationale, adjustedBy: ctx.actor.id, at: ctx.now,
    };
    await ctx.db.insertInto('adjustment').values(adj).execute();
    await recordAssessment(ctx, { personId: body.personId, competencyId: body.competencyId, level: body.toLevel, assessorId: ctx.actor.id, reviewId: null, source: 'calibration', tags: JSON.parse(comp.tags) as string[] });
    await appendEvidence(ctx.db, {
      id: ctx.newId('ev'), tenantId: ctx.tenantId, type: 'calibration.adjusted', subjectId: body.personId, actorId: ctx.actor.id, at: ctx.now,
      payload: { calibrationId: cal.id, adjustmentId: adj.id, competencyId: body.competencyId, fromLevel: adj.fromLevel, toLevel: body.toLevel, rationale: body.rationale },
    });
    return loadCalibration(ctx.db, ctx.tenantId, cal.id);
  },
};
