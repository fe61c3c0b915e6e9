/** Management review (ISO 27001 9.3): the derived report and the reviews that were held. */
import type { HandlerGroup } from '../http/types.js';
import { pageWindow, toPage } from '../http/paging.js';
import { unprocessable, type FieldError } from '../problem.js';
import { missingIds, toManagementReview } from '../domain/rows.js';
import { buildReport, defaultPeriod } from '../domain/report.js';
import { appendEvidence } from '../evidence/chain.js';

export const reports: HandlerGroup<'getManagementReviewReport' | 'listManagementReviews' | 'recordManagementReview'> = {
  async getManagementReviewReport(ctx, { query }) {
    const { from, to } = defaultPeriod(ctx.now, query.from, query.to);
    return buildReport(ctx.db, ctx.tenantId, ctx.now, from, to);
  },

  async listManagementReviews(ctx, { query }) {
    const w = pageWindow(query);
    const rows = await ctx.db.selectFrom('managementReview').selectAll().where('tenantId', '=', ctx.tenantId).orderBy('heldAt', 'desc').orderBy('id').limit(w.limit + 1).offset(w.offset).execute();
    return toPage(rows.map(toManagementReview), w);
  },

  async recordManagementReview(ctx, { body }) {
    const errors: FieldError[] = [];
    if (body.to < body.from) errors.push({ path: 'to', message: 'must not be before from' });
    const missing = new Set(await missingIds(ctx.db, 'person', ctx.tenantId, body.attendeeIds));
    body.attendeeIds.forEach((id, i) => { if (missing.has(id)) errors.push({ path: `attendeeIds.${i}`, message: 'no such person' }); });
    if (errors.length) throw unprocessable('The management review cannot be recorded', errors);
    const row = {
      id: ctx.newId('mr'), tenantId: ctx.tenantId, heldAt: body.heldAt, chairId: ctx.actor.id, attendeeIds: JSON.stringify(body.attendeeIds),
      fromDate: body.from, toDate: body.to, decisions: JSON.stringify(body.decisions),
    };
    await ctx.db.insertInto('managementReview').values(row).execute();
    // The report as it stood is part of the evidence: an auditor sees what the meeting saw.
    const report = await buildReport(ctx.db, ctx.tenantId, ctx.now, body.from, body.to);
    await appendEvidence(ctx.db, {
      id: ctx.newId('ev'), tenantId: ctx.tenantId, type: 'management-review.held', subjectId: null, actorId: ctx.actor.id, at: ctx.now,
      payload: { managementReviewId: row.id, heldAt: body.heldAt, from: body.from, to: body.to, attendees: body.attendeeIds.length, decisions: body.decisions, coverage: report.coverage, gaps: report.gaps },
    });
    return toManagementReview(row);
  },
};
