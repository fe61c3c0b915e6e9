/**
 * The route table: every operation of the Evident API, in one place.
 */
import * as z from 'zod/mini';
import { DateOnly, Id, IsoTag, page, pageQuery } from './primitives.js';
import { Person, Role, Viewer } from './domain/people.js';
import {
  Competency,
  CompetencyFramework,
  CompetencyInput,
  CompetencyPatch,
  FrameworkDraft,
  FrameworkPatch,
  FrameworkStatus,
  RoleExpectation,
  RoleExpectationsInput,
} from './domain/frameworks.js';
import {
  Assessment,
  Gap,
  Review,
  ReviewCycle,
  ReviewCycleInput,
  ReviewDraft,
  ReviewInput,
  ReviewStatus,
  ReviewStep,
  ReviewTemplate,
  ReviewTemplateInput,
} from './domain/reviews.js';
import { DevelopmentPlan, PlanInput, PlanItemInput, PlanItemPatch } from './domain/plans.js';
import { AdjustmentInput, Calibration, CalibrationInput } from './domain/calibrations.js';
import { ChainVerification, Evidence, EvidenceType } from './domain/evidence.js';
import { ManagementReview, ManagementReviewInput, ManagementReviewReport, Matrix } from './domain/reports.js';
import { csv, route } from './route.js';

const ALL = ['employee', 'manager', 'people-lead', 'auditor'] as const;
const LEADS = ['manager', 'people-lead', 'auditor'] as const;
const WRITERS = ['employee', 'manager', 'people-lead'] as const;
const MANAGERS = ['manager', 'people-lead'] as const;
const PEOPLE_LEAD = ['people-lead'] as const;

const p = <K extends string>(...names: K[]) =>
  z.object(Object.fromEntries(names.map((n) => [n, Id])) as Record<K, typeof Id>);

const period = { from: z.optional(DateOnly), to: z.optional(DateOnly) };

export const routes = {
  // ── who am I ────────────────────────────────────────────────────────────
  getViewer: route({ method: 'GET', path: '/v1/me', tag: 'people', summary: 'The person behind the token and their access', response: Viewer, access: ALL }),

  // ── people and roles ────────────────────────────────────────────────────
  listPeople: route({
    method: 'GET', path: '/v1/people', tag: 'people', summary: 'People the caller may see',
    query: z.object({ ...pageQuery, team: z.optional(z.string()), roleId: z.optional(Id), managerId: z.optional(Id), q: z.optional(z.string().check(z.maxLength(100))) }),
    response: page(Person), paged: true, access: ALL,
  }),
  getPerson: route({ method: 'GET', path: '/v1/people/:personId', tag: 'people', summary: 'One person', params: p('personId'), response: Person, access: ALL }),
  listRoles: route({ method: 'GET', path: '/v1/roles', tag: 'people', summary: 'Roles of the tenant', query: z.object(pageQuery), response: page(Role), paged: true, access: ALL }),
  getRole: route({ method: 'GET', path: '/v1/roles/:roleId', tag: 'people', summary: 'One role', params: p('roleId'), response: Role, access: ALL }),
  listRoleExpectations: route({
    method: 'GET', path: '/v1/roles/:roleId/expectations', tag: 'frameworks', summary: 'Required competency levels of a role',
    params: p('roleId'), query: z.object({ frameworkId: z.optional(Id) }), response: z.object({ items: z.array(RoleExpectation) }), access: ALL,
  }),
  setRoleExpectations: route({
    method: 'PUT', path: '/v1/roles/:roleId/expectations', tag: 'frameworks', summary: 'Replace the required levels of a role for one framework',
    params: p('roleId'), body: RoleExpectationsInput, response: z.object({ items: z.array(RoleExpectation) }), access: PEOPLE_LEAD, errors: [422],
  }),

  // ── frameworks and competencies ─────────────────────────────────────────
  listFrameworks: route({
    method: 'GET', path: '/v1/frameworks', tag: 'frameworks', summary: 'Competency frameworks, newest version first',
    query: z.object({ ...pageQuery, status: z.optional(FrameworkStatus), key: z.optional(Id) }), response: page(CompetencyFramework), paged: true, access: ALL,
  }),
  getFramework: route({ method: 'GET', path: '/v1/frameworks/:frameworkId', tag: 'frameworks', summary: 'One framework version', params: p('frameworkId'), response: CompetencyFramework, etag: 'framework', access: ALL }),
  createFramework: route({
    method: 'POST', path: '/v1/frameworks', tag: 'frameworks', summary: 'Create a draft framework', body: FrameworkDraft,
    response: CompetencyFramework, status: 201, etag: 'framework', idempotent: true, access: PEOPLE_LEAD, errors: [409],
  }),
  updateFramework: route({
    method: 'PATCH', path: '/v1/frameworks/:frameworkId', tag: 'frameworks', summary: 'Edit a draft framework', params: p('frameworkId'), body: FrameworkPatch,
    response: CompetencyFramework, etag: 'framework', ifMatch: { resource: 'framework', param: 'frameworkId' }, access: PEOPLE_LEAD, errors: [409, 412, 428],
  }),
  createFrameworkVersion: route({
    method: 'POST', path: '/v1/frameworks/:frameworkId/versions', tag: 'frameworks', summary: 'Start a new draft version from a published framework',
    params: p('frameworkId'), response: CompetencyFramework, status: 201, etag: 'framework', idempotent: true, access: PEOPLE_LEAD, errors: [409],
  }),
  publishFramework: route({
    method: 'POST', path: '/v1/frameworks/:frameworkId/publish', tag: 'frameworks', summary: 'Publish a draft; the previous published version retires',
    params: p('frameworkId'), response: CompetencyFramework, etag: 'framework', ifMatch: { resource: 'framework', param: 'frameworkId' }, access: PEOPLE_LEAD, errors: [409, 412, 428],
  }),
  retireFramework: route({
    method: 'POST', path: '/v1/frameworks/:frameworkId/retire', tag: 'frameworks', summary: 'Retire a published framework',
    params: p('frameworkId'), response: CompetencyFramework, etag: 'framework', ifMatch: { resource: 'framework', param: 'frameworkId' }, access: PEOPLE_LEAD, errors: [409, 412, 428],
  }),
  listCompetencies: route({
    method: 'GET', path: '/v1/frameworks/:frameworkId/competencies', tag: 'frameworks', summary: 'Competencies of a framework',
    params: p('frameworkId'), query: z.object({ ...pageQuery, area: z.optional(z.string()), tag: z.optional(IsoTag) }), response: page(Competency), paged: true, access: ALL,
  }),
  createCompetency: route({
    method: 'POST', path: '/v1/frameworks/:frameworkId/competencies', tag: 'frameworks', summary: 'Add a competency to a draft framework',
    params: p('frameworkId'), body: CompetencyInput, response: Competency, status: 201, idempotent: true, access: PEOPLE_LEAD, errors: [409],
  }),
  getCompetency: route({ method: 'GET', path: '/v1/competencies/:competencyId', tag: 'frameworks', summary: 'One competency', params: p('competencyId'), response: Competency, access: ALL }),
  updateCompetency: route({
    method: 'PATCH', path: '/v1/competencies/:competencyId', tag: 'frameworks', summary: 'Edit a competency of a draft framework',
    params: p('competencyId'), body: CompetencyPatch, response: Competency, access: PEOPLE_LEAD, errors: [409, 422],
  }),

  // ── the matrix ──────────────────────────────────────────────────────────
  getMatrix: route({
    method: 'GET', path: '/v1/matrix', tag: 'matrix', summary: 'People x competencies with required and assessed levels',
    query: z.object({ frameworkId: z.optional(Id), team: z.optional(z.string()), roleId: z.optional(Id), managerId: z.optional(Id) }),
    response: Matrix, access: LEADS,
  }),

  // ── cycles and templates ────────────────────────────────────────────────
  listCycles: route({
    method: 'GET', path: '/v1/cycles', tag: 'reviews', summary: 'Review cycles',
    query: z.object({ ...pageQuery, status: z.optional(ReviewCycle.shape.status) }), response: page(ReviewCycle), paged: true, access: ALL,
  }),
  getCycle: route({ method: 'GET', path: '/v1/cycles/:cycleId', tag: 'reviews', summary: 'One review cycle', params: p('cycleId'), response: ReviewCycle, access: ALL }),
  createCycle: route({ method: 'POST', path: '/v1/cycles', tag: 'reviews', summary: 'Plan a review cycle', body: ReviewCycleInput, response: ReviewCycle, status: 201, idempotent: true, access: PEOPLE_LEAD, errors: [422] }),
  listTemplates: route({ method: 'GET', path: '/v1/templates', tag: 'reviews', summary: 'Review templates', query: z.object(pageQuery), response: page(ReviewTemplate), paged: true, access: ALL }),
  getTemplate: route({ method: 'GET', path: '/v1/templates/:templateId', tag: 'reviews', summary: 'One review template', params: p('templateId'), response: ReviewTemplate, access: ALL }),
  createTemplate: route({ method: 'POST', path: '/v1/templates', tag: 'reviews', summary: 'Create a review template', body: ReviewTemplateInput, response: ReviewTemplate, status: 201, idempotent: true, access: PEOPLE_LEAD, errors: [422] }),

  // ── reviews ─────────────────────────────────────────────────────────────
  listReviews: route({
    method: 'GET', path: '/v1/reviews', tag: 'reviews', summary: 'Reviews the caller may see',
    query: z.object({ ...pageQuery, cycleId: z.optional(Id), subjectId: z.optional(Id), reviewerId: z.optional(Id), status: z.optional(ReviewStatus) }),
    response: page(Review), paged: true, access: ALL,
  }),
  getReview: route({ method: 'GET', path: '/v1/reviews/:reviewId', tag: 'reviews', summary: 'One review', params: p('reviewId'), response: Review, etag: 'review', access: ALL }),
  createReview: route({
    method: 'POST', path: '/v1/reviews', tag: 'reviews', summary: 'Open a review in a cycle', body: ReviewInput,
    response: Review, status: 201, etag: 'review', idempotent: true, access: MANAGERS, errors: [409, 422],
  }),
  saveReviewDraft: route({
    method: 'PUT', path: '/v1/reviews/:reviewId/draft', tag: 'reviews', summary: 'Save the answers of a draft review',
    params: p('reviewId'), body: ReviewDraft, response: Review, etag: 'review', ifMatch: { resource: 'review', param: 'reviewId' }, access: WRITERS, errors: [409, 412, 422, 428],
  }),
  submitReview: route({
    method: 'POST', path: '/v1/reviews/:reviewId/submit', tag: 'reviews', summary: 'Submit a complete draft; records assessments and evidence',
    params: p('reviewId'), response: Review, etag: 'review', idempotent: true, access: WRITERS, errors: [409, 422],
  }),
  acknowledgeReview: route({
    method: 'POST', path: '/v1/reviews/:reviewId/acknowledge', tag: 'reviews', summary: 'The subject acknowledges a submitted review',
    params: p('reviewId'), body: ReviewStep, response: Review, etag: 'review', idempotent: true, access: WRITERS, errors: [409],
  }),
  signReview: route({
    method: 'POST', path: '/v1/reviews/:reviewId/sign', tag: 'reviews', summary: 'Sign an acknowledged review; it becomes immutable',
    params: p('reviewId'), body: ReviewStep, response: Review, etag: 'review', idempotent: true, access: MANAGERS, errors: [409],
  }),

  // ── assessments and gaps ────────────────────────────────────────────────
  listAssessments: route({
    method: 'GET', path: '/v1/assessments', tag: 'assessments', summary: 'Assessed levels over time',
    query: z.object({ ...pageQuery, ...period, personId: z.optional(Id), competencyId: z.optional(Id) }), response: page(Assessment), paged: true, access: ALL,
  }),
  listGaps: route({
    method: 'GET', path: '/v1/gaps', tag: 'assessments', summary: 'Required minus assessed level, per person and competency',
    query: z.object({ ...pageQuery, personId: z.optional(Id), team: z.optional(z.string()), status: z.optional(z.enum(['open', 'closed'])) }),
    response: page(Gap), paged: true, access: ALL,
  }),

  // ── development plans ───────────────────────────────────────────────────
  listPlans: route({ method: 'GET', path: '/v1/plans', tag: 'plans', summary: 'Development plans', query: z.object({ ...pageQuery, personId: z.optional(Id) }), response: page(DevelopmentPlan), paged: true, access: ALL }),
  getPlan: route({ method: 'GET', path: '/v1/plans/:planId', tag: 'plans', summary: 'One development plan', params: p('planId'), response: DevelopmentPlan, etag: 'plan', access: ALL }),
  createPlan: route({ method: 'POST', path: '/v1/plans', tag: 'plans', summary: 'Start a development plan', body: PlanInput, response: DevelopmentPlan, status: 201, etag: 'plan', idempotent: true, access: WRITERS, errors: [422] }),
  addPlanItem: route({
    method: 'POST', path: '/v1/plans/:planId/items', tag: 'plans', summary: 'Add an action to a plan',
    params: p('planId'), body: PlanItemInput, response: DevelopmentPlan, status: 201, etag: 'plan', ifMatch: { resource: 'plan', param: 'planId' }, idempotent: true, access: WRITERS, errors: [409, 412, 428],
  }),
  updatePlanItem: route({
    method: 'PATCH', path: '/v1/plans/:planId/items/:itemId', tag: 'plans', summary: 'Change an action: progress, due date, evidence links',
    params: p('planId', 'itemId'), body: PlanItemPatch, response: DevelopmentPlan, etag: 'plan', ifMatch: { resource: 'plan', param: 'planId' }, access: WRITERS, errors: [409, 412, 428],
  }),

  // ── calibration ─────────────────────────────────────────────────────────
  listCalibrations: route({ method: 'GET', path: '/v1/calibrations', tag: 'calibrations', summary: 'Calibration sessions', query: z.object({ ...pageQuery, cycleId: z.optional(Id) }), response: page(Calibration), paged: true, access: LEADS }),
  getCalibration: route({ method: 'GET', path: '/v1/calibrations/:calibrationId', tag: 'calibrations', summary: 'One calibration session', params: p('calibrationId'), response: Calibration, access: LEADS }),
  createCalibration: route({ method: 'POST', path: '/v1/calibrations', tag: 'calibrations', summary: 'Record a calibration session that was held', body: CalibrationInput, response: Calibration, status: 201, idempotent: true, access: PEOPLE_LEAD, errors: [422] }),
  addCalibrationAdjustment: route({
    method: 'POST', path: '/v1/calibrations/:calibrationId/adjustments', tag: 'calibrations', summary: 'Adjust an assessed level, with the rationale',
    params: p('calibrationId'), body: AdjustmentInput, response: Calibration, status: 201, idempotent: true, access: PEOPLE_LEAD, errors: [422],
  }),

  // ── evidence ────────────────────────────────────────────────────────────
  listEvidence: route({
    method: 'GET', path: '/v1/evidence', tag: 'evidence', summary: 'Evidence events, newest first',
    query: z.object({ ...pageQuery, ...period, subjectId: z.optional(Id), team: z.optional(z.string()), type: z.optional(EvidenceType), clause: z.optional(IsoTag) }),
    response: page(Evidence), paged: true, access: ALL,
  }),
  verifyEvidence: route({ method: 'GET', path: '/v1/evidence/verify', tag: 'evidence', summary: "Recompute the tenant's hash chain and name the first broken link", response: ChainVerification, access: LEADS }),
  getEvidence: route({ method: 'GET', path: '/v1/evidence/:evidenceId', tag: 'evidence', summary: 'One evidence event', params: p('evidenceId'), response: Evidence, access: ALL }),

  // ── management review ───────────────────────────────────────────────────
  getManagementReviewReport: route({
    method: 'GET', path: '/v1/reports/management-review', tag: 'reports', summary: 'Coverage, gaps, overdue reviews and trend for a period (ISO 27001 9.3)',
    query: z.object(period), response: ManagementReviewReport, access: ['people-lead', 'auditor'],
  }),
  listManagementReviews: route({ method: 'GET', path: '/v1/management-reviews', tag: 'reports', summary: 'Management reviews held', query: z.object(pageQuery), response: page(ManagementReview), paged: true, access: ['people-lead', 'auditor'] }),
  recordManagementReview: route({
    method: 'POST', path: '/v1/management-reviews', tag: 'reports', summary: 'Record a management review that was held', body: ManagementReviewInput,
    response: ManagementReview, status: 201, idempotent: true, access: PEOPLE_LEAD, errors: [422],
  }),

  // ── exports: the populations auditors sample from ───────────────────────
  exportEvidenceJson: route({ method: 'GET', path: '/v1/exports/evidence.json', tag: 'exports', summary: 'Evidence of a period as JSON', query: z.object(period), response: z.array(Evidence), access: ['people-lead', 'auditor'] }),
  exportEvidenceCsv: route({ method: 'GET', path: '/v1/exports/evidence.csv', tag: 'exports', summary: 'Evidence of a period as CSV', query: z.object(period), response: csv, access: ['people-lead', 'auditor'] }),
  exportAssessmentsJson: route({ method: 'GET', path: '/v1/exports/assessments.json', tag: 'exports', summary: 'Assessments of a period as JSON', query: z.object(period), response: z.array(Assessment), access: ['people-lead', 'auditor'] }),
  exportAssessmentsCsv: route({ method: 'GET', path: '/v1/exports/assessments.csv', tag: 'exports', summary: 'Assessments of a period as CSV', query: z.object(period), response: csv, access: ['people-lead', 'auditor'] }),
} as const;

export type Routes = typeof routes;
export type RouteName = keyof Routes;
