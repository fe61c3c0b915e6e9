import * as z from 'zod/mini';
import { Id, Level, Timestamp, text } from '../primitives.js';

export const Adjustment = z.object({
  id: Id,
  personId: Id,
  competencyId: Id,
  fromLevel: z.nullable(Level),
  toLevel: Level,
  rationale: text(2000, 1),
  adjustedBy: Id,
  at: Timestamp,
});
export type Adjustment = z.infer<typeof Adjustment>;

/** A calibration session of a cycle (ISO 27001 9.3): who took part, the spread of ratings, what changed and why. */
export const Calibration = z.object({
  id: Id,
  cycleId: Id,
  heldAt: Timestamp,
  facilitatorId: Id,
  participantIds: z.array(Id),
  distribution: z.array(z.object({ level: Level, count: z.int().check(z.minimum(0)) })),
  adjustments: z.array(Adjustment),
});
export type Calibration = z.infer<typeof Calibration>;

