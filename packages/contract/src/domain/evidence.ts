import * as z from 'zod/mini';
import { Id, IsoTag, Timestamp } from '../primitives.js';

export const EvidenceType = z.enum([
  'framework.published',
  'framework.retired',
  'review.submitted',
  'review.acknowledged',
  'review.signed',
  'assessment.recorded',
  'plan.item.created',
  'plan.item.completed',
  'calibration.held',
  'calibration.adjusted',
  'management-review.held',
  'correction',
]);
export type EvidenceType = z.infer<typeof EvidenceType>;

const Sha256 = z.string().check(z.regex(/^[0-9a-f]{64}$/));

/**
 * An append-only, hash-chained evidence event (ISO 27001 7.2 d, 9.1).
 * `hash` is SHA-256 over the RFC 8785 canonical JSON of the event without `hash`,
 * which includes `prevHash`; so altering any event breaks every later link.
 */
export const Evidence = z.object({
  id: Id,
  seq: z.int().check(z.minimum(1)),
  type: EvidenceType,
  subjectId: z.nullable(Id),
  actorId: Id,
  at: Timestamp,
  clauses: z.array(IsoTag),
  payload: z.looseObject({}),
  prevHash: z.nullable(Sha256),
  hash: Sha256,
});
export type Evidence = z.infer<typeof Evidence>;

export const ChainVerification = z.object({
  valid: z.boolean(),
  checked: z.int(),
  headHash: z.nullable(Sha256),
  firstBroken: z.nullable(z.object({ seq: z.int(), id: Id, reason: z.enum(['hash-mismatch', 'prev-hash-mismatch', 'sequence-gap']) })),
});
export type ChainVerification = z.infer<typeof ChainVerification>;
