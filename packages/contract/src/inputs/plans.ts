/** What callers send to create or change plans: request bodies the server validates. */
import * as z from 'zod/mini';
import { DateOnly, HttpUrl, Id, Title, text } from '../primitives.js';
import { PlanItemStatus } from '../domain/plans.js';

export const PlanInput = z.object({ personId: Id, title: Title });
export const PlanItemInput = z.object({
  competencyId: z.optional(z.nullable(Id)),
  action: text(2000, 1),
  dueOn: DateOnly,
  evidenceLinks: z.optional(z.array(HttpUrl).check(z.maxLength(20))),
});
export const PlanItemPatch = z.partial(z.object({ action: text(2000, 1), dueOn: DateOnly, status: PlanItemStatus, evidenceLinks: z.array(HttpUrl).check(z.maxLength(20)) }));
