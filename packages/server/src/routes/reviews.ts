/** Reviews: the status machine draft -> submitted -> acknowledged -> signed, with evidence at each step. */
import type { Answer, ProficiencyScale, Question, ReviewTemplate } from '@evident/contract';
import type { ReviewTable, Tx } from '../db/schema.js';
import { prepared } from '../db/prepared.js';
import type { Ctx, HandlerGroup } from '../http/types.js';
import { pageWindow, toPage } from '../http/paging.js';
import { conflict, forbidden, stale, unprocessable, type FieldError } from '../problem.js';
import { loadPerson, loadReviewRow, missingIds, reviewWith, toReview } from '../domain/rows.js';
import { recordAssessment } from '../domain/assessments.js';
import { appendEvidence } from '../evidence/chain.js';

async function visibleReview(ctx: Ctx, id: string): Promise<ReviewTable> {
  const row = await loadReviewRow(ctx.db, ctx.tenantId, id);
  const scope = await ctx.scope();
  if (!scope.has(row.subjectId) && !scope.has(row.reviewerId)) throw forbidden('You may not see this review');
  return row;
}

/** The template's questions, and for each competency question the levels of its framework's scale. */
type Rules = { questions: Map<string, Question>; levels: Map<string, Set<number>> };
function rules(ctx: Ctx, r: ReviewTable): Promise<Rules> {
  // Templates never change and scales only with framework writes: cache per catalog generation.
  return ctx.memo ? ctx.memo(`rules:${r.templateId}`, () => loadRules(ctx, r.templateId), 'catalog') : loadRules(ctx, r.templateId);
}
async function loadRules(ctx: Ctx, templateId: string): Promise<Rules> {
  const tpl = await ctx.db.selectFrom('template').select('sections').where('id', '=', templateId).executeTakeFirstOrThrow();
  const sections = JSON.parse(tpl.sections) as ReviewTemplate['sections'];
  const questions = new Map(sections.flatMap((s) => s.questions.map((q) => [q.id, q] as const)));
  const compIds = [...questions.values()].flatMap((q) => (q.kind === 'competency' ? [q.competencyId] : []));
  const scales = compIds.length
    ? await ctx.db.selectFrom('competency').innerJoin('framework', 'framework.id', 'competency.frameworkId').select(['competency.id', 'framework.scale']).where('competency.id', 'in', compIds).execute()
    : [];
  const byComp = new Map(scales.map((s) => [s.id, new Set((JSON.parse(s.scale) as ProficiencyScale).levels.map((l) => l.level))]));
  const levels = new Map<string, Set<number>>();
  for (const q of questions.values()) if (q.kind === 'competency') levels.set(q.id, byComp.get(q.competencyId) ?? new Set());
  return { questions, levels };
}

function answerErrors(answers: Answer[], q: Map<string, Question>, levelsByQuestion: Map<string, Set<number>>): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  answers.forEach((a, i) => {
    const question = q.get(a.questionId);
    if (!question) errors.push({ path: `answers.${i}.questionId`, message: 'is not a question of this review template' });
    else if (seen.has(a.questionId)) errors.push({ path: `answers.${i}.questionId`, message: 'is answered twice' });
    seen.add(a.questionId);
    if (a.level != null) {
      if (question && question.kind !== 'competency') errors.push({ path: `answers.${i}.level`, message: 'only competency questions take a level' });
      else if (!(levelsByQuestion.get(a.questionId) ?? new Set()).has(a.level)) errors.push({ path: `answers.${i}.level`, message: `must be a level of the competency's scale (${[...(levelsByQuestion.get(a.questionId) ?? [])].join(', ')})` });
    }
    if (question?.kind === 'text' && question.maxLength && (a.text?.length ?? 0) > question.maxLength) {
      errors.push({ path: `answers.${i}.text`, message: `must be at most ${question.maxLength} characters` });
    }
  });
  return errors;
}

const isAnswered = (q: Question, a: Answer | undefined) =>
  !!a && (q.kind === 'competency' ? a.level != null : q.kind === 'text' ? !!a.text?.trim() : !!a.goals?.length);

const saveDraft = prepared((db: Tx, answers: string, version: number, updatedAt: string, id: string, expected: number) =>
  db.updateTable('review').set({ answers, version, updatedAt }).where('id', '=', id).where('version', '=', expected));

/** Moves a review one step, guarded by its current status so concurrent steps cannot both win. */
async function step(ctx: Ctx, r: ReviewTable, from: string, changes: Partial<ReviewTable>): Promise<ReviewTable> {
  const next = { ...r, ...changes, version: r.version + 1, updatedAt: ctx.now };
  const res = await ctx.db.updateTable('review').set({ ...changes, version: next.version, updatedAt: ctx.now })
    .where('id', '=', r.id).where('status', '=', from).where('version', '=', r.version).executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw conflict('The review changed meanwhile; reload it');
  return next;
}

export const reviews: HandlerGroup<'listReviews' | 'getReview' | 'createReview' | 'saveReviewDraft' | 'submitReview' | 'acknowledgeReview' | 'signReview'> = {
  async listReviews(ctx, { query }) {
    const w = pageWindow(query);
    const scope = await ctx.scope();
    let q = ctx.db.selectFrom('review').selectAll().where('tenantId', '=', ctx.tenantId);
    if (!scope.all) {
      const ids = [...scope.ids];
      q = q.where((eb) => eb.or([eb('subjectId', 'in', ids), eb('reviewerId', 'in', ids)]));
    }
    if (query.cycleId) q = q.where('cycleId', '=', query.cycleId);
    if (query.subjectId) q = q.where('subjectId', '=', query.subjectId);
    if (query.reviewerId) q = q.where('reviewerId', '=', query.reviewerId);
    if (query.status) q = q.where('status', '=', query.status);
    const rows = await q.orderBy('createdAt', 'desc').orderBy('id').limit(w.limit + 1).offset(w.offset).execute();
    return toPage(rows.map(toReview), w);
  },

  async getReview(ctx, { params }) {
    return toReview(await visibleReview(ctx, params.reviewId));
  },

  async createReview(ctx, { body }) {
    const errors: FieldError[] = [];
    const cycle = await ctx.db.selectFrom('cycle').selectAll().where('tenantId', '=', ctx.tenantId).where('id', '=', body.cycleId).executeTakeFirst();
    if (!cycle) errors.push({ path: 'cycleId', message: 'no such cycle' });
    const missing = new Set(await missingIds(ctx.db, 'person', ctx.tenantId, [body.subjectId, body.reviewerId]));
    if (missing.has(body.subjectId)) errors.push({ path: 'subjectId', message: 'no such person' });
    if (missing.has(body.reviewerId)) errors.push({ path: 'reviewerId', message: 'no such person' });
    if (body.kind === 'self' && body.subjectId !== body.reviewerId) errors.push({ path: 'reviewerId', message: 'a self review is written by its subject' });
    if (body.kind !== 'self' && body.subjectId === body.reviewerId) errors.push({ path: 'reviewerId', message: `a ${body.kind} review is written by someone else` });
    if (errors.length || !cycle) throw unprocessable('The review cannot be opened', errors);
    const scope = await ctx.scope();
    if (!scope.has(body.subjectId)) throw forbidden('You may only open reviews for people you manage');
    if (ctx.now.slice(0, 10) > cycle.closesOn) throw conflict(`Cycle ${cycle.id} closed on ${cycle.closesOn}`);
    const dup = await ctx.db.selectFrom('review').select('id').where('cycleId', '=', cycle.id).where('subjectId', '=', body.subjectId)
      .where('reviewerId', '=', body.reviewerId).where('kind', '=', body.kind).executeTakeFirst();
    if (dup) throw conflict(`This review exists already: ${dup.id}`);
    const row: ReviewTable = {
      id: ctx.newId('rev'), tenantId: ctx.tenantId, cycleId: cycle.id, templateId: cycle.templateId, subjectId: body.subjectId, reviewerId: body.reviewerId,
      kind: body.kind, status: 'draft', answers: '[]', version: 1, createdAt: ctx.now, updatedAt: ctx.now, submittedAt: null, acknowledgedAt: null, signedAt: null,
    };
    await ctx.db.insertInto('review').values(row).execute();
    return toReview(row);
  },

  async saveReviewDraft(ctx, { params, body }) {
    const r = await visibleReview(ctx, params.reviewId);
    if (r.reviewerId !== ctx.actor.id && ctx.access !== 'people-lead') throw forbidden('Only the reviewer may edit the answers');
    if (ctx.ifMatch !== r.version) throw stale(toReview(r));
    if (r.status !== 'draft') throw conflict(`The review is ${r.status}; only a draft can be edited`);
    const { questions, levels } = await rules(ctx, r);
    const errors = answerErrors(body.answers, questions, levels);
    if (errors.length) throw unprocessable('Some answers do not fit the template', errors);
    const answers = JSON.stringify(body.answers);
    // Conditional write: of two saves with one ETag exactly one matches the version.
    const res = await saveDraft(ctx.db, answers, r.version + 1, ctx.now, r.id, r.version);
    if (Number(res.numAffectedRows) !== 1) throw stale(toReview(await loadReviewRow(ctx.db, ctx.tenantId, r.id)));
    return reviewWith({ ...r, answers, version: r.version + 1, updatedAt: ctx.now }, body.answers);
  },

  async submitReview(ctx, { params }) {
    const r = await visibleReview(ctx, params.reviewId);
    if (r.reviewerId !== ctx.actor.id && ctx.access !== 'people-lead') throw forbidden('Only the reviewer may submit the review');
    if (r.status !== 'draft') throw conflict(`The review is ${r.status} already`);
    const { questions, levels } = await rules(ctx, r);
    const answers = JSON.parse(r.answers) as Answer[];
    const byId = new Map(answers.map((a) => [a.questionId, a]));
    const errors = answerErrors(answers, questions, levels);
    for (const q of questions.values()) if (q.required && !isAnswered(q, byId.get(q.id))) errors.push({ path: `answers.${q.id}`, message: `"${q.prompt}" needs an answer` });
    if (errors.length) throw unprocessable('The review is not complete', errors);
    const next = await step(ctx, r, 'draft', { status: 'submitted', submittedAt: ctx.now });
    await appendEvidence(ctx.db, {
      id: ctx.newId('ev'), tenantId: ctx.tenantId, type: 'review.submitted', subjectId: r.subjectId, actorId: ctx.actor.id, at: ctx.now,
      payload: { reviewId: r.id, cycleId: r.cycleId, kind: r.kind, reviewerId: r.reviewerId, answered: answers.length },
    });
    // Only a manager's review sets assessed levels; self and peer views stay inside the review.
    if (r.kind === 'manager') {
      const rated: { competencyId: string; level: number }[] = [];
      for (const q of questions.values()) {
        const level = byId.get(q.id)?.level;
        if (q.kind === 'competency' && level != null) rated.push({ competencyId: q.competencyId, level });
      }
      const comps = rated.length ? await ctx.db.selectFrom('competency').select(['id', 'tags']).where('tenantId', '=', ctx.tenantId).where('id', 'in', rated.map((x) => x.competencyId)).execute() : [];
      const tags = new Map(comps.map((c) => [c.id, JSON.parse(c.tags) as string[]]));
      for (const { competencyId, level } of rated) {
        const t = tags.get(competencyId);
        if (t) await recordAssessment(ctx, { personId: r.subjectId, competencyId, level, assessorId: r.reviewerId, reviewId: r.id, source: 'review', tags: t });
      }
    }
    return toReview(next);
  },

  async acknowledgeReview(ctx, { params, body }) {
    const r = await visibleReview(ctx, params.reviewId);
    if (r.subjectId !== ctx.actor.id && ctx.access !== 'people-lead') throw forbidden('Only the subject acknowledges a review');
    if (r.status !== 'submitted') throw conflict(`A ${r.status} review cannot be acknowledged; it must be submitted`);
    const next = await step(ctx, r, 'submitted', { status: 'acknowledged', acknowledgedAt: ctx.now });
    await appendEvidence(ctx.db, {
      id: ctx.newId('ev'), tenantId: ctx.tenantId, type: 'review.acknowledged', subjectId: r.subjectId, actorId: ctx.actor.id, at: ctx.now,
      payload: { reviewId: r.id, cycleId: r.cycleId, ...(body.comment ? { comment: body.comment } : {}) },
    });
    return toReview(next);
  },

  async signReview(ctx, { params, body }) {
    const r = await visibleReview(ctx, params.reviewId);
    const subject = await loadPerson(ctx.db, ctx.tenantId, r.subjectId);
    const maySign = ctx.access === 'people-lead' || r.reviewerId === ctx.actor.id || (subject.id !== ctx.actor.id && (await ctx.scope()).has(subject.id));
    if (!maySign) throw forbidden("Only the reviewer or the subject's management signs a review");
    if (r.status !== 'acknowledged') throw conflict(`A ${r.status} review cannot be signed; it must be acknowledged`);
    const next = await step(ctx, r, 'acknowledged', { status: 'signed', signedAt: ctx.now });
    await appendEvidence(ctx.db, {
      id: ctx.newId('ev'), tenantId: ctx.tenantId, type: 'review.signed', subjectId: r.subjectId, actorId: ctx.actor.id, at: ctx.now,
      payload: { reviewId: r.id, cycleId: r.cycleId, ...(body.comment ? { comment: body.comment } : {}) },
    });
    return toReview(next);
  },
};
