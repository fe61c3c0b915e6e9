/**
 * The per-tenant hash chain of evidence. Appends run inside the caller's transaction so the
 * event commits or rolls back with the change it records.
 */
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { ChainVerification, Evidence, EvidenceType } from '@evident/contract';
import type { EvidenceTable, Tx } from '../db/schema.js';

/** ISO 27001 clauses each event type evidences. */
const CLAUSES: Record<EvidenceType, string[]> = {
  'framework.published': ['7.2'],
  'framework.retired': ['7.2'],
  'review.submitted': ['7.2', '9.1'],
  'review.acknowledged': ['7.2'],
  'review.signed': ['7.2', '9.1'],
  'assessment.recorded': ['7.2'],
  'plan.item.created': ['7.2'],
  'plan.item.completed': ['7.2', 'A.6.3'],
  'calibration.held': ['9.3'],
  'calibration.adjusted': ['7.2', '9.3'],
  'management-review.held': ['9.3'],
  correction: ['7.2'],
};

export type Unsigned = Omit<Evidence, 'hash'>;

export function hashEvent(event: Unsigned): string {
  return createHash('sha256').update(canonicalize(event) ?? '').digest('hex');
}

export function rowToEvidence(r: EvidenceTable): Evidence {
  return {
    id: r.id, seq: r.seq, type: r.type as EvidenceType, subjectId: r.subjectId, actorId: r.actorId, at: r.at,
    clauses: JSON.parse(r.clauses) as string[], payload: JSON.parse(r.payload) as Record<string, unknown>,
    prevHash: r.prevHash, hash: r.hash,
  };
}

export interface AppendInput {
  id: string;
  tenantId: string;
  type: EvidenceType;
  subjectId: string | null;
  actorId: string;
  at: string;
  payload: Record<string, unknown>;
  /** Extra tags (a competency's controls) beyond the type's own clauses. */
  tags?: string[];
}

export async function appendEvidence(db: Tx, e: AppendInput): Promise<Evidence> {
  const head = await db.selectFrom('evidence').select(['seq', 'hash']).where('tenantId', '=', e.tenantId).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const clauses = [...new Set([...CLAUSES[e.type], ...(e.tags ?? [])])];
  const unsigned: Unsigned = {
    id: e.id, seq: (head?.seq ?? 0) + 1, type: e.type, subjectId: e.subjectId, actorId: e.actorId, at: e.at,
    clauses, payload: e.payload, prevHash: head?.hash ?? null,
  };
  // Store the payload exactly as hashed (canonical), so verification needs no re-ordering.
  const event: Evidence = { ...unsigned, hash: hashEvent(unsigned) };
  await db.insertInto('evidence').values({
    ...event, tenantId: e.tenantId, clauses: JSON.stringify(clauses), payload: canonicalize(e.payload) ?? '{}',
  }).execute();
  return event;
}

/** Recomputes every link of a tenant's chain, in pages, and names the first broken one. */
export async function verifyChain(db: Tx, tenantId: string): Promise<ChainVerification> {
  let prev: string | null = null;
  let expectedSeq = 1;
  let checked = 0;
  const PAGE = 2000;
  for (;;) {
    const rows = await db.selectFrom('evidence').selectAll().where('tenantId', '=', tenantId).where('seq', '>=', expectedSeq).orderBy('seq').limit(PAGE).execute();
    for (const r of rows) {
      const broken = (reason: 'hash-mismatch' | 'prev-hash-mismatch' | 'sequence-gap'): ChainVerification =>
        ({ valid: false, checked, headHash: prev, firstBroken: { seq: r.seq, id: r.id, reason } });
      if (r.seq !== expectedSeq) return broken('sequence-gap');
      if (r.prevHash !== prev) return broken('prev-hash-mismatch');
      let recomputed: string;
      try {
        const { hash: _stored, ...unsigned } = rowToEvidence(r);
        recomputed = hashEvent(unsigned);
      } catch {
        return broken('hash-mismatch'); // stored JSON no longer parses: it was altered
      }
      if (recomputed !== r.hash) return broken('hash-mismatch');
      prev = r.hash;
      expectedSeq++;
      checked++;
    }
    if (rows.length < PAGE) break;
  }
  return { valid: true, checked, headHash: prev, firstBroken: null };
}
