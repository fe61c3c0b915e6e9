/** What callers send to create or change calibrations: request bodies the server validates. */
import * as z from 'zod/mini';
import { Id, Level, Timestamp, text } from '../primitives.js';

export const CalibrationInput = z.object({ cycleId: Id, heldAt: Timestamp, participantIds: z.array(Id).check(z.minLength(1), z.maxLength(100)) });
export const AdjustmentInput = z.object({ personId: Id, competencyId: Id, toLevel: Level, rationale: text(2000, 1) });
