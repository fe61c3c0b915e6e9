/**
 * The request half of the route table: path parameters, query and body schemas the server
 * validates, and which roles may call each route. Every endpoint must appear here.
 */
import * as z from 'zod/mini';
import { DateOnly, Id, IsoTag } from './primitives.js';
import { pageQuery } from './inputs/query.js';
import { FrameworkStatus } from './domain/frameworks.js';
import { ReviewCycle, ReviewStatus } from './domain/reviews.js';
import { EvidenceType } from './domain/evidence.js';
import { CompetencyInput, CompetencyPatch, FrameworkDraft, FrameworkPatch, RoleExpectationsInput } from './inputs/frameworks.js';
import { ReviewCycleInput, ReviewDraft, ReviewInput, ReviewStep, ReviewTemplateInput } from './inputs/reviews.js';
import { PlanInput, PlanItemInput, PlanItemPatch } from './inputs/plans.js';
import { AdjustmentInput, CalibrationInput } from './inputs/calibrations.js';
import { ManagementReviewInput } from './inputs/reports.js';
import type { RequestDef } from './route.js';
import type { RouteName } from './endpoints.js';

const ALL = ['employee', 'manager', 'people-lead', 'auditor'] as const;
const LEADS = ['manager', 'people-lead', 'auditor'] as const;
const WRITERS = ['employee', 'manager', 'people-lead'] as const;
const MANAGERS = ['manager', 'people-lead'] as const;
const PEOPLE_LEAD = ['people-lead'] as const;
const LEAD_AND_AUDITOR = ['people-lead', 'auditor'] as const;

/** Path parameters, all ids. */
const p = <K extends string>(...names: K[]) => z.object(Object.fromEntries(names.map((n) => [n, Id])) as Record<K, typeof Id>);
const period = { from: z.optional(DateOnly), to: z.optional(DateOnly) };

const defineRequests = <const T extends Record<RouteName, RequestDef>>(t: T): T => t;

export const requests = defineRequests({
  // ── who am I ────────────────────────────────────────────────────────────
  getViewer: { access: ALL },
  // ── people and roles ────────────────────────────────────────────────────
  listPeople: { query: z.object({ ...pageQuery, team: z.optional(z.string()), roleId: z.optional(Id), managerId: z.optional(Id), q: z.optional(z.string().check(z.maxLength(100))) }), access: ALL },
  getPerson: { params: p('personId'), access: ALL },
  listRoles: { query: z.object(pageQuery), access: ALL },
  getRole: { params: p('roleId'), access: ALL },
  listRoleExpectations: { params: p('roleId'), query: z.object({ frameworkId: z.optional(Id) }), access: ALL },
  setRoleExpectations: { params: p('roleId'), body: RoleExpectationsInput, access: PEOPLE_LEAD, errors: [422] },
  // ── frameworks and competencies ─────────────────────────────────────────
  listFrameworks: { query: z.object({ ...pageQuery, status: z.optional(FrameworkStatus), key: z.optional(Id) }), access: ALL },
  getFramework: { params: p('frameworkId'), access: ALL },
  createFramework: { body: FrameworkDraft, access: PEOPLE_LEAD, errors: [409] },
  updateFramework: { params: p('frameworkId'), body: FrameworkPatch, access: PEOPLE_LEAD, errors: [409, 412, 428] },
  createFrameworkVersion: { params: p('frameworkId'), access: PEOPLE_LEAD, errors: [409] },
  publishFramework: { params: p('frameworkId'), access: PEOPLE_LEAD, errors: [409, 412, 428] },
  retireFramework: { params: p('frameworkId'), access: PEOPLE_LEAD, errors: [409, 412, 428] },
  listCompetencies: { params: p('frameworkId'), query: z.object({ ...pageQuery, area: z.optional(z.string()), tag: z.optional(IsoTag) }), access: ALL },
  createCompetency: { params: p('frameworkId'), body: CompetencyInput, access: PEOPLE_LEAD, errors: [409, 422] },
  getCompetency: { params: p('competencyId'), access: ALL },
  updateCompetency: { params: p('competencyId'), body: CompetencyPatch, access: PEOPLE_LEAD, errors: [409, 422] },
  // ── the matrix ──────────────────────────────────────────────────────────
  getMatrix: { query: z.object({ frameworkId: z.optional(Id), team: z.optional(z.string()), roleId: z.optional(Id), managerId: z.optional(Id) }), access: LEADS },
  // ── cycles and templates ────────────────────────────────────────────────
  listCycles: { query: z.object({ ...pageQuery, status: z.optional(ReviewCycle.shape.status) }), access: ALL },
  getCycle: { params: p('cycleId'), access: ALL },
  createCycle: { body: ReviewCycleInput, access: PEOPLE_LEAD, errors: [422] },
  listTemplates: { query: z.object(pageQuery), access: ALL },
  getTemplate: { params: p('templateId'), access: ALL },
  createTemplate: { body: ReviewTemplateInput, access: PEOPLE_LEAD, errors: [422] },
  // ── reviews ─────────────────────────────────────────────────────────────
  listReviews: { query: z.object({ ...pageQuery, cycleId: z.optional(Id), subjectId: z.optional(Id), reviewerId: z.optional(Id), status: z.optional(ReviewStatus) }), access: ALL },
  getReview: { params: p('reviewId'), access: ALL },
  createReview: { body: ReviewInput, access: MANAGERS, errors: [409, 422] },
  saveReviewDraft: { params: p('reviewId'), body: ReviewDraft, access: WRITERS, errors: [409, 412, 422, 428] },
  submitReview: { params: p('reviewId'), access: WRITERS, errors: [409, 422] },
  acknowledgeReview: { params: p('reviewId'), body: ReviewStep, access: WRITERS, errors: [409] },
  signReview: { params: p('reviewId'), body: ReviewStep, access: MANAGERS, errors: [409] },
  // ── assessments and gaps ────────────────────────────────────────────────
  listAssessments: { query: z.object({ ...pageQuery, ...period, personId: z.optional(Id), competencyId: z.optional(Id) }), access: ALL },
  listGaps: { query: z.object({ ...pageQuery, personId: z.optional(Id), team: z.optional(z.string()), status: z.optional(z.enum(['open', 'closed'])) }), access: ALL },
  // ── development plans ───────────────────────────────────────────────────
  listPlans: { query: z.object({ ...pageQuery, personId: z.optional(Id) }), access: ALL },
  getPlan: { params: p('planId'), access: ALL },
  createPlan: { body: PlanInput, access: WRITERS, errors: [422] },
  addPlanItem: { params: p('planId'), body: PlanItemInput, access: WRITERS, errors: [409, 412, 428, 422] },
  updatePlanItem: { params: p('planId', 'itemId'), body: PlanItemPatch, access: WRITERS, errors: [409, 412, 428] },
  // ── calibration ─────────────────────────────────────────────────────────
  listCalibrations: { query: z.object({ ...pageQuery, cycleId: z.optional(Id) }), access: LEADS },
  getCalibration: { params: p('calibrationId'), access: LEADS },
  createCalibration: { body: CalibrationInput, access: PEOPLE_LEAD, errors: [422] },
  addCalibrationAdjustment: { params: p('calibrationId'), body: AdjustmentInput, access: PEOPLE_LEAD, errors: [422] },
  // ── evidence ────────────────────────────────────────────────────────────
  listEvidence: { query: z.object({ ...pageQuery, ...period, subjectId: z.optional(Id), team: z.optional(z.string()), type: z.optional(EvidenceType), clause: z.optional(IsoTag) }), access: ALL },
  verifyEvidence: { access: LEADS },
  getEvidence: { params: p('evidenceId'), access: ALL },
  // ── management review ───────────────────────────────────────────────────
  getManagementReviewReport: { query: z.object(period), access: LEAD_AND_AUDITOR },
  listManagementReviews: { query: z.object(pageQuery), access: LEAD_AND_AUDITOR },
  recordManagementReview: { body: ManagementReviewInput, access: PEOPLE_LEAD, errors: [422] },
  // ── exports: the populations auditors sample from ───────────────────────
  exportEvidenceJson: { query: z.object(period), access: LEAD_AND_AUDITOR },
  exportEvidenceCsv: { query: z.object(period), access: LEAD_AND_AUDITOR },
  exportAssessmentsJson: { query: z.object(period), access: LEAD_AND_AUDITOR },
  exportAssessmentsCsv: { query: z.object(period), access: LEAD_AND_AUDITOR },
});

export type Requests = typeof requests;
