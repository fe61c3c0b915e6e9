import * as z from 'zod/mini';
import { DateOnly, Id, Level, LongText, Timestamp, Title, text } from '../primitives.js';

export const CycleKind = z.enum(['check-in', 'review', 'calibration', 'management-review']);

/** A review cycle: quarterly check-ins, semi-annual reviews, annual calibration (ISO 27001 9.1, 9.3). */
export const ReviewCycle = z.object({
  id: Id,
  name: Title,
  kind: CycleKind,
  frameworkId: Id,
  templateId: Id,
  opensOn: DateOnly,
  closesOn: DateOnly,
  status: z.enum(['planned', 'open', 'closed']),
});
export type ReviewCycle = z.infer<typeof ReviewCycle>;

const question = { id: Id, prompt: text(500, 1), required: z.boolean() };
export const Question = z.union([
  z.object({ ...question, kind: z.enum(['competency']), competencyId: Id }),
  z.object({ ...question, kind: z.enum(['text']), maxLength: z.optional(z.int().check(z.minimum(1), z.maximum(10_000))) }),
  z.object({ ...question, kind: z.enum(['goal']) }),
]);
export type Question = z.infer<typeof Question>;

export const TemplateSection = z.object({ id: Id, title: Title, questions: z.array(Question).check(z.minLength(1), z.maxLength(100)) });

/** The questions of a review, in sections: competency ratings, free text, goals. */
export const ReviewTemplate = z.object({
  id: Id,
  name: Title,
  sections: z.array(TemplateSection).check(z.minLength(1), z.maxLength(30)),
});
export type ReviewTemplate = z.infer<typeof ReviewTemplate>;
export const Goal = z.object({ title: Title, dueOn: z.optional(DateOnly) });

/** One answer: a level (competency questions), text, or goals, keyed by its question. */
export const Answer = z.object({
  questionId: Id,
  level: z.optional(z.nullable(Level)),
  text: z.optional(LongText),
  goals: z.optional(z.array(Goal).check(z.maxLength(20))),
});
export type Answer = z.infer<typeof Answer>;

export const ReviewStatus = z.enum(['draft', 'submitted', 'acknowledged', 'signed']);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

/**
 * One review of one subject by one reviewer (ISO 27001 7.2 b, d).
 * `version` guards concurrent saves (its ETag).
 */
export const Review = z.object({
  id: Id,
  cycleId: Id,
  templateId: Id,
  subjectId: Id,
  reviewerId: Id,
  kind: z.enum(['self', 'manager', 'peer']),
  status: ReviewStatus,
  answers: z.array(Answer),
  version: z.int().check(z.minimum(1)),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  submittedAt: z.nullable(Timestamp),
  acknowledgedAt: z.nullable(Timestamp),
  signedAt: z.nullable(Timestamp),
});
export type Review = z.infer<typeof Review>;

/** The level of one competency of one person at one time, and where it came from (ISO 27001 7.2 b). */
export const Assessment = z.object({
  id: Id,
  personId: Id,
  competencyId: Id,
  level: Level,
  assessedAt: Timestamp,
  assessorId: Id,
  reviewId: z.nullable(Id),
  source: z.enum(['review', 'calibration', 'import']),
});
export type Assessment = z.infer<typeof Assessment>;

/** Required level minus assessed level, for one person and competency (ISO 27001 7.2 c). */
export const Gap = z.object({
  personId: Id,
  competencyId: Id,
  requiredLevel: Level,
  assessedLevel: z.nullable(Level),
  gap: z.int(),
  status: z.enum(['open', 'closed']),
});
export type Gap = z.infer<typeof Gap>;
