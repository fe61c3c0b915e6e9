/**
 * Kysely table types. Columns are camelCase so rows map to the contract without a plugin;
 * JSON columns hold text (portable to PostgreSQL `text`/`jsonb` later).
 */
import type { Kysely, Transaction } from 'kysely';

export interface TenantTable { id: string; name: string }
export interface TokenTable { tokenHash: string; tenantId: string; personId: string; access: string; label: string }
export interface PersonTable { id: string; tenantId: string; name: string; email: string; roleId: string; managerId: string | null; team: string }
export interface RoleTable { id: string; tenantId: string; title: string; family: string; level: number; securityRelevant: number }
export interface FrameworkTable {
  id: string; tenantId: string; key: string; name: string; description: string; version: number; revision: number;
  status: string; scale: string; roleFamilies: string; createdAt: string; publishedAt: string | null; retiredAt: string | null;
}
export interface CompetencyTable {
  id: string; tenantId: string; frameworkId: string; key: string; area: string; name: string; description: string;
  descriptors: string; tags: string; position: number;
}
export interface ExpectationTable { tenantId: string; roleId: string; frameworkId: string; competencyId: string; requiredLevel: number }
export interface CycleTable { id: string; tenantId: string; name: string; kind: string; frameworkId: string; templateId: string; opensOn: string; closesOn: string }
export interface TemplateTable { id: string; tenantId: string; name: string; sections: string }
export interface ReviewTable {
  id: string; tenantId: string; cycleId: string; templateId: string; subjectId: string; reviewerId: string; kind: string;
  status: string; answers: string; version: number; createdAt: string; updatedAt: string;
  submittedAt: string | null; acknowledgedAt: string | null; signedAt: string | null;
}
export interface AssessmentTable {
  id: string; tenantId: string; personId: string; competencyId: string; level: number; assessedAt: string;
  assessorId: string; reviewId: string | null; source: string;
}
/** Latest assessed level per person and competency, kept in step with `assessment` so the matrix is one read. */
export interface CurrentLevelTable { tenantId: string; personId: string; competencyId: string; level: number; assessedAt: string; assessmentId: string }
/** A person's current levels in one framework, `{ competencyId: level }` as JSON: one row per matrix row. */
export interface LevelVectorTable { tenantId: string; frameworkId: string; personId: string; levels: string }
export interface PlanTable { id: string; tenantId: string; personId: string; title: string; status: string; version: number; createdAt: string; updatedAt: string }
export interface PlanItemTable {
  id: string; tenantId: string; planId: string; competencyId: string | null; action: string; dueOn: string; status: string;
  evidenceLinks: string; completedAt: string | null; position: number;
}
export interface CalibrationTable { id: string; tenantId: string; cycleId: string; heldAt: string; facilitatorId: string; participantIds: string; distribution: string }
export interface AdjustmentTable {
  id: string; tenantId: string; calibrationId: string; personId: string; competencyId: string; fromLevel: number | null;
  toLevel: number; rationale: string; adjustedBy: string; at: string;
}
export interface EvidenceTable {
  id: string; tenantId: string; seq: number; type: string; subjectId: string | null; actorId: string; at: string;
  clauses: string; payload: string; prevHash: string | null; hash: string;
}
export interface ManagementReviewTable { id: string; tenantId: string; heldAt: string; chairId: string; attendeeIds: string; fromDate: string; toDate: string; decisions: string }
export interface IdempotencyTable { tenantId: string; route: string; key: string; fingerprint: string; status: number; body: string; etag: string | null; createdAt: string }

export interface Database {
  tenant: TenantTable;
  token: TokenTable;
  person: PersonTable;
  role: RoleTable;
  framework: FrameworkTable;
  competency: CompetencyTable;
  expectation: ExpectationTable;
  cycle: CycleTable;
  template: TemplateTable;
  review: ReviewTable;
  assessment: AssessmentTable;
  currentLevel: CurrentLevelTable;
  levelVector: LevelVectorTable;
  plan: PlanTable;
  planItem: PlanItemTable;
  calibration: CalibrationTable;
  adjustment: AdjustmentTable;
  evidence: EvidenceTable;
  managementReview: ManagementReviewTable;
  idempotency: IdempotencyTable;
}

export type Db = Kysely<Database>;
/** A database handle or an open transaction: domain code takes either. */
export type Tx = Kysely<Database> | Transaction<Database>;
