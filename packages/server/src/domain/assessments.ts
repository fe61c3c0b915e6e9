/** Recording an assessed level: the history row, the current level, and its evidence, together. */
import type { Assessment } from '@evident/contract';
import type { Ctx } from '../http/types.js';
import { appendEvidence } from '../evidence/chain.js';

export async function recordAssessment(
  ctx: Ctx,
  a: { personId: string; competencyId: string; level: number; assessorId: string; reviewId: string | null; source: Assessment['source']; tags?: string[] },
): Promise<Assessment> {
  const row = { id: ctx.newId('as'), tenantId: ctx.tenantId, personId: a.personId, competencyId: a.competencyId, level: a.level, assessedAt: ctx.now, assessorId: a.assessorId, reviewId: a.reviewId, source: a.source };
  await ctx.db.insertInto('assessment').values(row).execute();
  await ctx.db.insertInto('currentLevel')
    .values({ tenantId: ctx.tenantId, personId: a.personId, competencyId: a.competencyId, level: a.level, assessedAt: ctx.now, assessmentId: row.id })
    .onConflict((oc) => oc.columns(['personId', 'competencyId']).doUpdateSet({ level: a.level, assessedAt: ctx.now, assessmentId: row.id }))
    .execute();
  const comp = await ctx.db.selectFrom('competency').select(['frameworkId', 'name']).where('id', '=', a.competencyId).executeTakeFirstOrThrow();
  const vec = await ctx.db.selectFrom('levelVector').select('levels').where('frameworkId', '=', comp.frameworkId).where('personId', '=', a.personId).executeTakeFirst();
  const levels = { ...(vec ? (JSON.parse(vec.levels) as Record<string, number>) : {}), [a.competencyId]: a.level };
  await ctx.db.insertInto('levelVector').values({ tenantId: ctx.tenantId, frameworkId: comp.frameworkId, personId: a.personId, levels: JSON.stringify(levels) })
    .onConflict((oc) => oc.columns(['frameworkId', 'personId']).doUpdateSet({ levels: JSON.stringify(levels) })).execute();
  await appendEvidence(ctx.db, {
    id: ctx.newId('ev'), tenantId: ctx.tenantId, type: 'assessment.recorded', subjectId: a.personId, actorId: ctx.actor.id, at: ctx.now,
    // The summary keeps the competency's name as it was when assessed: what an auditor reads later.
    payload: { assessmentId: row.id, competencyId: a.competencyId, level: a.level, source: a.source, reviewId: a.reviewId, summary: `${comp.name}: level ${a.level}` },
    ...(a.tags ? { tags: a.tags } : {}),
  });
  const { tenantId: _t, ...out } = row;
  return out;
}
