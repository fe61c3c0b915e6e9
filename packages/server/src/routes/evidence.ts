/** Reading the evidence log and verifying its chain. No route changes or deletes evidence. */
import type { EvidenceType } from '@evident/contract';
import type { Ctx, HandlerGroup } from '../http/types.js';
import { seqWindow, toSeqPage } from '../http/paging.js';
import { forbidden, notFound } from '../problem.js';
import { rowToEvidence, verifyChain } from '../evidence/chain.js';
import { nextDay } from '../domain/dates.js';

/** Evidence of a period and filters, limited to what the caller may see. */
export async function evidenceQuery(ctx: Ctx, f: { from?: string | undefined; to?: string | undefined; subjectId?: string | undefined; team?: string | undefined; type?: EvidenceType | undefined; clause?: string | undefined }) {
  const scope = await ctx.scope();
  let q = ctx.db.selectFrom('evidence').selectAll().where('tenantId', '=', ctx.tenantId);
  // Events about nobody in particular (a framework published) are tenant-wide; personal ones follow the scope.
  if (!scope.all) q = q.where((eb) => eb.or([eb('subjectId', 'is', null), eb('subjectId', 'in', [...scope.ids])]));
  if (f.subjectId) q = q.where('subjectId', '=', f.subjectId);
  if (f.team) q = q.where('subjectId', 'in', (eb) => eb.selectFrom('person').select('id').where('tenantId', '=', ctx.tenantId).where('team', '=', f.team!));
  if (f.type) q = q.where('type', '=', f.type);
  if (f.clause) q = q.where('clauses', 'like', `%"${f.clause}"%`);
  if (f.from) q = q.where('at', '>=', f.from);
  if (f.to) q = q.where('at', '<', nextDay(f.to));
  return q;
}

export const evidence: HandlerGroup<'listEvidence' | 'verifyEvidence' | 'getEvidence'> = {
  async listEvidence(ctx, { query }) {
    const w = seqWindow(query);
    let q = await evidenceQuery(ctx, query);
    if (w.before !== null) q = q.where('seq', '<', w.before);
    const rows = await q.orderBy('seq', 'desc').limit(w.limit + 1).execute();
    return toSeqPage(rows.map(rowToEvidence), w.limit);
  },

  async verifyEvidence(ctx) {
    return verifyChain(ctx.db, ctx.tenantId);
  },

  async getEvidence(ctx, { params }) {
    const row = await ctx.db.selectFrom('evidence').selectAll().where('tenantId', '=', ctx.tenantId).where('id', '=', params.evidenceId).executeTakeFirst();
    if (!row) throw notFound(`Evidence ${params.evidenceId}`);
    if (row.subjectId && !(await ctx.scope()).has(row.subjectId)) throw forbidden('You may not see this evidence');
    return rowToEvidence(row);
  },
};
