/** Exports: the populations auditors sample from, as JSON and as CSV. */
import type { HandlerGroup } from '../http/types.js';
import { rowToEvidence } from '../evidence/chain.js';
import { toAssessment } from '../domain/rows.js';
import { nextDay } from '../domain/dates.js';
import { evidenceQuery } from './evidence.js';
import type { Ctx } from '../http/types.js';

/** One CSV cell: quoted when needed, and never a formula when opened in a spreadsheet. */
const cell = (v: unknown): string => {
  let s = v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const toCsv = (header: string[], rows: Record<string, unknown>[]) =>
  [header.join(','), ...rows.map((r) => header.map((h) => cell(r[h])).join(','))].join('\r\n') + '\r\n';

async function evidenceRows(ctx: Ctx, q: { from?: string | undefined; to?: string | undefined }) {
  return (await (await evidenceQuery(ctx, q)).orderBy('seq').execute()).map(rowToEvidence);
}
async function assessmentRows(ctx: Ctx, q: { from?: string | undefined; to?: string | undefined }) {
  let sq = ctx.db.selectFrom('assessment').selectAll().where('tenantId', '=', ctx.tenantId);
  if (q.from) sq = sq.where('assessedAt', '>=', q.from);
  if (q.to) sq = sq.where('assessedAt', '<', nextDay(q.to));
  return (await sq.orderBy('assessedAt').orderBy('id').execute()).map(toAssessment);
}

export const exportsGroup: HandlerGroup<'exportEvidenceJson' | 'exportEvidenceCsv' | 'exportAssessmentsJson' | 'exportAssessmentsCsv'> = {
  async exportEvidenceJson(ctx, { query }) {
    return evidenceRows(ctx, query);
  },
  async exportEvidenceCsv(ctx, { query }) {
    const rows = await evidenceRows(ctx, query);
    return toCsv(['seq', 'id', 'type', 'at', 'actorId', 'subjectId', 'clauses', 'payload', 'prevHash', 'hash'], rows.map((e) => ({ ...e, clauses: e.clauses.join(' ') })));
  },
  async exportAssessmentsJson(ctx, { query }) {
    return assessmentRows(ctx, query);
  },
  async exportAssessmentsCsv(ctx, { query }) {
    return toCsv(['id', 'personId', 'competencyId', 'level', 'assessedAt', 'assessorId', 'reviewId', 'source'], await assessmentRows(ctx, query));
  },
};
