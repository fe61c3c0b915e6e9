/** What callers send to create or change reviews: request bodies the server validates. */
import * as z from 'zod/mini';
import { DateOnly, Id, Title, text } from '../primitives.js';
import { Answer, CycleKind, Review, ReviewTemplate } from '../domain/reviews.js';

export const ReviewCycleInput = z
  .object({ name: Title, kind: CycleKind, frameworkId: Id, templateId: Id, opensOn: DateOnly, closesOn: DateOnly })
  .check(z.refine((c) => c.closesOn >= c.opensOn, { message: 'must not be before opensOn', path: ['closesOn'] }));
export const ReviewTemplateInput = z.omit(ReviewTemplate, { id: true });
export const ReviewInput = z.object({ cycleId: Id, subjectId: Id, reviewerId: Id, kind: Review.shape.kind });
export const ReviewDraft = z.object({ answers: z.array(Answer).check(z.maxLength(500)) });
export const ReviewStep = z.object({ comment: z.optional(text(2000)) });
