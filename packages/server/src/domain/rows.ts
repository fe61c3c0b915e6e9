/** Row <-> contract mappers and tenant-scoped loaders (another tenant's id is simply not found). */
import type {
  Assessment, Calibration, Competency, CompetencyFramework, DevelopmentPlan, ManagementReview, Person, ProficiencyScale,
  Review, ReviewCycle, ReviewTemplate, Role,
} from '@evident/contract';
import type { AdjustmentTable, AssessmentTable, CalibrationTable, CompetencyTable, CycleTable, FrameworkTable, ManagementReviewTable, PersonTable, PlanItemTable, PlanTable, ReviewTable, RoleTable, TemplateTable, Tx } from '../db/schema.js';
import { notFound } from '../problem.js';
import { prepared } from '../db/prepared.js';

const json = <T>(s: string): T => JSON.parse(s) as T;

export const toPerson = (r: PersonTable): Person => ({ id: r.id, name: r.name, email: r.email, roleId: r.roleId, managerId: r.managerId, team: r.team });
export const toRole = (r: RoleTable): Role => ({ id: r.id, title: r.title, family: r.family, level: r.level, securityRelevant: !!r.securityRelevant });
export const toFramework = (r: FrameworkTable): CompetencyFramework => ({
  id: r.id, key: r.key, name: r.name, description: r.description, version: r.version, revision: r.revision,
  status: r.status as CompetencyFramework['status'], scale: json<ProficiencyScale>(r.scale), roleFamilies: json<string[]>(r.roleFamilies),
  createdAt: r.createdAt, publishedAt: r.publishedAt, retiredAt: r.retiredAt,
});
export const toCompetency = (r: CompetencyTable): Competency => ({
  id: r.id, frameworkId: r.frameworkId, key: r.key, area: r.area, name: r.name, description: r.description,
  descriptors: json<Competency['descriptors']>(r.descriptors), tags: json<string[]>(r.tags),
});
/** A cycle's status follows the calendar, so it never goes stale in storage. */
export const cycleStatus = (opensOn: string, closesOn: string, now: string): ReviewCycle['status'] => {
  const today = now.slice(0, 10);
  return today < opensOn ? 'planned' : today > closesOn ? 'closed' : 'open';
};
export const toCycle = (r: CycleTable, now: string): ReviewCycle => ({
  id: r.id, name: r.name, kind: r.kind as ReviewCycle['kind'], frameworkId: r.frameworkId, templateId: r.templateId,
  opensOn: r.opensOn, closesOn: r.closesOn, status: cycleStatus(r.opensOn, r.closesOn, now),
});
export const toTemplate = (r: TemplateTable): ReviewTemplate => ({ id: r.id, name: r.name, sections: json<ReviewTemplate['sections']>(r.sections) });
export const toReview = (r: ReviewTable): Review => reviewWith(r, json<Review['answers']>(r.answers));
/** A review whose answers the caller holds parsed already (a save has just validated them). */
export const reviewWith = (r: ReviewTable, answers: Review['answers']): Review => ({
  id: r.id, cycleId: r.cycleId, templateId: r.templateId, subjectId: r.subjectId, reviewerId: r.reviewerId,
  kind: r.kind as Review['kind'], status: r.status as Review['status'], answers, version: r.version,
  createdAt: r.createdAt, updatedAt: r.updatedAt, submittedAt: r.submittedAt, acknowledgedAt: r.acknowledgedAt, signedAt: r.signedAt,
});
export const toAssessment = (r: AssessmentTable): Assessment => ({
  id: r.id, personId: r.personId, competencyId: r.competencyId, level: r.level, assessedAt: r.assessedAt,
  assessorId: r.assessorId, reviewId: r.reviewId, source: r.source as Assessment['source'],
});
export const toPlan = (r: PlanTable, items: PlanItemTable[]): DevelopmentPlan => ({
  id: r.id, personId: r.personId, title: r.title, status: r.status as DevelopmentPlan['status'], version: r.version,
  createdAt: r.createdAt, updatedAt: r.updatedAt,
  items: items.map((i) => ({
    id: i.id, competencyId: i.competencyId, action: i.action, dueOn: i.dueOn, status: i.status as DevelopmentPlan['items'][number]['status'],
    evidenceLinks: json<string[]>(i.evidenceLinks), completedAt: i.completedAt,
  })),
});
export const toCalibration = (r: CalibrationTable, adj: AdjustmentTable[]): Calibration => ({
  id: r.id, cycleId: r.cycleId, heldAt: r.heldAt, facilitatorId: r.facilitatorId, participantIds: json<string[]>(r.participantIds),
  distribution: json<Calibration['distribution']>(r.distribution),
  adjustments: adj.map((a) => ({ id: a.id, personId: a.personId, competencyId: a.competencyId, fromLevel: a.fromLevel, toLevel: a.toLevel, rationale: a.rationale, adjustedBy: a.adjustedBy, at: a.at })),
});
export const toManagementReview = (r: ManagementReviewTable): ManagementReview => ({
  id: r.id, heldAt: r.heldAt, chairId: r.chairId, attendeeIds: json<string[]>(r.attendeeIds), from: r.fromDate, to: r.toDate, decisions: json<string[]>(r.decisions),
});

export async function loadPerson(db: Tx, tenantId: string, id: string): Promise<PersonTable> {
  const row = await db.selectFrom('person').selectAll().where('tenantId', '=', tenantId).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound(`Person ${id}`);
  return row;
}
export async function loadFramework(db: Tx, tenantId: string, id: string): Promise<FrameworkTable> {
  const row = await db.selectFrom('framework').selectAll().where('tenantId', '=', tenantId).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound(`Framework ${id}`);
  return row;
}
// Every review route starts here, a draft save several times a second per person: compiled once.
const reviewRow = prepared((db: Tx, tenantId: string, id: string) => db.selectFrom('review').selectAll().where('tenantId', '=', tenantId).where('id', '=', id));
export async function loadReviewRow(db: Tx, tenantId: string, id: string): Promise<ReviewTable> {
  const row = (await reviewRow(db, tenantId, id)).rows[0];
  if (!row) throw notFound(`Review ${id}`);
  return row;
}
export async function loadPlan(db: Tx, tenantId: string, id: string): Promise<DevelopmentPlan> {
  const row = await db.selectFrom('plan').selectAll().where('tenantId', '=', tenantId).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound(`Plan ${id}`);
  const items = await db.selectFrom('planItem').selectAll().where('planId', '=', id).orderBy('position').execute();
  return toPlan(row, items);
}
export async function loadCalibration(db: Tx, tenantId: string, id: string): Promise<Calibration> {
  const row = await db.selectFrom('calibration').selectAll().where('tenantId', '=', tenantId).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound(`Calibration ${id}`);
  const adj = await db.selectFrom('adjustment').selectAll().where('calibrationId', '=', id).orderBy('at').orderBy('id').execute();
  return toCalibration(row, adj);
}

/** Ids among `ids` that do not exist in the tenant's `table` (for 422 on dangling references). */
export async function missingIds(db: Tx, table: 'person' | 'competency' | 'cycle' | 'template' | 'framework' | 'role', tenantId: string, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const found = await db.selectFrom(table).select('id').where('tenantId', '=', tenantId).where('id', 'in', unique).execute();
  const have = new Set(found.map((r) => r.id));
  return unique.filter((id) => !have.has(id));
}
