import * as z from 'zod/mini';
import { DateOnly, Id, Level, Timestamp, text } from '../primitives.js';
import { ProficiencyScale } from './frameworks.js';

/**
 * People x competencies for a team, role or framework, in a compact layout:
 * `rows[i].assessed[j]` and `rows[i].required[j]` belong to `competencies[j]`.
 */
export const Matrix = z.object({
  framework: z.object({ id: Id, name: z.string(), version: z.int(), scale: ProficiencyScale }),
  competencies: z.array(z.object({ id: Id, area: z.string(), name: z.string() })),
  rows: z.array(
    z.object({
      person: z.object({ id: Id, name: z.string(), team: z.string(), roleId: Id }),
      assessed: z.array(z.nullable(Level)),
      required: z.array(z.nullable(Level)),
    }),
  ),
});
export type Matrix = z.infer<typeof Matrix>;

const Ratio = z.number().check(z.minimum(0), z.maximum(1));
const Count = z.int().check(z.minimum(0));

/** Derived figures a management review looks at (ISO 27001 9.3). */
export const ManagementReviewReport = z.object({
  from: DateOnly,
  to: DateOnly,
  generatedAt: Timestamp,
  coverage: z.object({ required: Count, met: Count, ratio: Ratio }),
  gaps: z.object({ open: Count, closed: Count, closedInPeriod: Count }),
  reviews: z.object({ due: Count, submitted: Count, signed: Count, overdue: Count }),
  plans: z.object({ items: Count, done: Count, overdue: Count }),
  byTeam: z.array(z.object({ team: z.string(), people: Count, coverage: Ratio, openGaps: Count })),
  trend: z.array(z.object({ quarter: z.string(), coverage: Ratio, openGaps: Count })),
  chain: z.object({ valid: z.boolean(), events: Count }),
});
export type ManagementReviewReport = z.infer<typeof ManagementReviewReport>;

/** A management review that was held, recorded as evidence. */
export const ManagementReview = z.object({
  id: Id,
  heldAt: Timestamp,
  chairId: Id,
  attendeeIds: z.array(Id),
  from: DateOnly,
  to: DateOnly,
  decisions: z.array(text(2000, 1)),
});
export type ManagementReview = z.infer<typeof ManagementReview>;
