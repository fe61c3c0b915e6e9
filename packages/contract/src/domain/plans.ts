import * as z from 'zod/mini';
import { DateOnly, HttpUrl, Id, Timestamp, Title, text } from '../primitives.js';

export const PlanItemStatus = z.enum(['planned', 'in-progress', 'done', 'dropped']);

export const PlanItem = z.object({
  id: Id,
  competencyId: z.nullable(Id),
  action: text(2000, 1),
  dueOn: DateOnly,
  status: PlanItemStatus,
  evidenceLinks: z.array(HttpUrl).check(z.maxLength(20)),
  completedAt: z.nullable(Timestamp),
});
export type PlanItem = z.infer<typeof PlanItem>;

/** A documented development plan that closes gaps (ISO 27001 7.2 c). `version` is its ETag. */
export const DevelopmentPlan = z.object({
  id: Id,
  personId: Id,
  title: Title,
  status: z.enum(['active', 'completed', 'archived']),
  items: z.array(PlanItem),
  version: z.int().check(z.minimum(1)),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type DevelopmentPlan = z.infer<typeof DevelopmentPlan>;

