/**
 * The wire half of the route table: method, path, response schema and concurrency flags of
 * every operation. The SDK imports only this; request schemas live in requests.ts.
 */
import { page } from './primitives.js';
import { Person, Role, Viewer } from './domain/people.js';
import { Competency, CompetencyFramework, RoleExpectation } from './domain/frameworks.js';
import { Assessment, Gap, Review, ReviewCycle, ReviewTemplate } from './domain/reviews.js';
import { DevelopmentPlan } from './domain/plans.js';
import { Calibration } from './domain/calibrations.js';
import { ChainVerification, Evidence } from './domain/evidence.js';
import { ManagementReview, ManagementReviewReport, Matrix } from './domain/reports.js';
import * as z from 'zod/mini';
import { csv, endpoint } from './route.js';

const Expectations = z.object({ items: z.array(RoleExpectation) });

export const endpoints = {
  // ── who am I ────────────────────────────────────────────────────────────
  getViewer: endpoint({ method: 'GET', path: '/v1/me', response: Viewer }),
  // ── people and roles ────────────────────────────────────────────────────
  listPeople: endpoint({ method: 'GET', path: '/v1/people', response: page(Person), paged: true }),
  getPerson: endpoint({ method: 'GET', path: '/v1/people/:personId', response: Person }),
  listRoles: endpoint({ method: 'GET', path: '/v1/roles', response: page(Role), paged: true }),
  getRole: endpoint({ method: 'GET', path: '/v1/roles/:roleId', response: Role }),
  listRoleExpectations: endpoint({ method: 'GET', path: '/v1/roles/:roleId/expectations', response: Expectations }),
  setRoleExpectations: endpoint({ method: 'PUT', path: '/v1/roles/:roleId/expectations', response: Expectations }),
  // ── frameworks and competencies ─────────────────────────────────────────
  listFrameworks: endpoint({ method: 'GET', path: '/v1/frameworks', response: page(CompetencyFramework), paged: true }),
  getFramework: endpoint({ method: 'GET', path: '/v1/frameworks/:frameworkId', response: CompetencyFramework, etag: 'framework' }),
  createFramework: endpoint({ method: 'POST', path: '/v1/frameworks', response: CompetencyFramework, status: 201, etag: 'framework', idempotent: true }),
  updateFramework: endpoint({ method: 'PATCH', path: '/v1/frameworks/:frameworkId', response: CompetencyFramework, etag: 'framework', ifMatch: { resource: 'framework', param: 'frameworkId' } }),
  createFrameworkVersion: endpoint({ method: 'POST', path: '/v1/frameworks/:frameworkId/versions', response: CompetencyFramework, status: 201, etag: 'framework', idempotent: true }),
  publishFramework: endpoint({ method: 'POST', path: '/v1/frameworks/:frameworkId/publish', response: CompetencyFramework, etag: 'framework', ifMatch: { resource: 'framework', param: 'frameworkId' } }),
  retireFramework: endpoint({ method: 'POST', path: '/v1/frameworks/:frameworkId/retire', response: CompetencyFramework, etag: 'framework', ifMatch: { resource: 'framework', param: 'frameworkId' } }),
  listCompetencies: endpoint({ method: 'GET', path: '/v1/frameworks/:frameworkId/competencies', response: page(Competency), paged: true }),
  createCompetency: endpoint({ method: 'POST', path: '/v1/frameworks/:frameworkId/competencies', response: Competency, status: 201, idempotent: true }),
  getCompetency: endpoint({ method: 'GET', path: '/v1/competencies/:competencyId', response: Competency }),
  updateCompetency: endpoint({ method: 'PATCH', path: '/v1/competencies/:competencyId', response: Competency }),
  // ── the matrix ──────────────────────────────────────────────────────────
  getMatrix: endpoint({ method: 'GET', path: '/v1/matrix', response: Matrix }),
  // ── cycles and templates ────────────────────────────────────────────────
  listCycles: endpoint({ method: 'GET', path: '/v1/cycles', response: page(ReviewCycle), paged: true }),
  getCycle: endpoint({ method: 'GET', path: '/v1/cycles/:cycleId', response: ReviewCycle }),
  createCycle: endpoint({ method: 'POST', path: '/v1/cycles', response: ReviewCycle, status: 201, idempotent: true }),
  listTemplates: endpoint({ method: 'GET', path: '/v1/templates', response: page(ReviewTemplate), paged: true }),
  getTemplate: endpoint({ method: 'GET', path: '/v1/templates/:templateId', response: ReviewTemplate }),
  createTemplate: endpoint({ method: 'POST', path: '/v1/templates', response: ReviewTemplate, status: 201, idempotent: true }),
  // ── reviews ─────────────────────────────────────────────────────────────
  listReviews: endpoint({ method: 'GET', path: '/v1/reviews', response: page(Review), paged: true }),
  getReview: endpoint({ method: 'GET', path: '/v1/reviews/:reviewId', response: Review, etag: 'review' }),
  createReview: endpoint({ method: 'POST', path: '/v1/reviews', response: Review, status: 201, etag: 'review', idempotent: true }),
  saveReviewDraft: endpoint({ method: 'PUT', path: '/v1/reviews/:reviewId/draft', response: Review, etag: 'review', ifMatch: { resource: 'review', param: 'reviewId' } }),
  submitReview: endpoint({ method: 'POST', path: '/v1/reviews/:reviewId/submit', response: Review, etag: 'review', idempotent: true }),
  acknowledgeReview: endpoint({ method: 'POST', path: '/v1/reviews/:reviewId/acknowledge', response: Review, etag: 'review', idempotent: true }),
  signReview: endpoint({ method: 'POST', path: '/v1/reviews/:reviewId/sign', response: Review, etag: 'review', idempotent: true }),
  // ── assessments and gaps ────────────────────────────────────────────────
  listAssessments: endpoint({ method: 'GET', path: '/v1/assessments', response: page(Assessment), paged: true }),
  listGaps: endpoint({ method: 'GET', path: '/v1/gaps', response: page(Gap), paged: true }),
  // ── development plans ───────────────────────────────────────────────────
  listPlans: endpoint({ method: 'GET', path: '/v1/plans', response: page(DevelopmentPlan), paged: true }),
  getPlan: endpoint({ method: 'GET', path: '/v1/plans/:planId', response: DevelopmentPlan, etag: 'plan' }),
  createPlan: endpoint({ method: 'POST', path: '/v1/plans', response: DevelopmentPlan, status: 201, etag: 'plan', idempotent: true }),
  addPlanItem: endpoint({ method: 'POST', path: '/v1/plans/:planId/items', response: DevelopmentPlan, status: 201, etag: 'plan', ifMatch: { resource: 'plan', param: 'planId' }, idempotent: true }),
  updatePlanItem: endpoint({ method: 'PATCH', path: '/v1/plans/:planId/items/:itemId', response: DevelopmentPlan, etag: 'plan', ifMatch: { resource: 'plan', param: 'planId' } }),
  // ── calibration ─────────────────────────────────────────────────────────
  listCalibrations: endpoint({ method: 'GET', path: '/v1/calibrations', response: page(Calibration), paged: true }),
  getCalibration: endpoint({ method: 'GET', path: '/v1/calibrations/:calibrationId', response: Calibration }),
  createCalibration: endpoint({ method: 'POST', path: '/v1/calibrations', response: Calibration, status: 201, idempotent: true }),
  addCalibrationAdjustment: endpoint({ method: 'POST', path: '/v1/calibrations/:calibrationId/adjustments', response: Calibration, status: 201, idempotent: true }),
  // ── evidence ────────────────────────────────────────────────────────────
  listEvidence: endpoint({ method: 'GET', path: '/v1/evidence', response: page(Evidence), paged: true }),
  verifyEvidence: endpoint({ method: 'GET', path: '/v1/evidence/verify', response: ChainVerification }),
  getEvidence: endpoint({ method: 'GET', path: '/v1/evidence/:evidenceId', response: Evidence }),
  // ── management review ───────────────────────────────────────────────────
  getManagementReviewReport: endpoint({ method: 'GET', path: '/v1/reports/management-review', response: ManagementReviewReport }),
  listManagementReviews: endpoint({ method: 'GET', path: '/v1/management-reviews', response: page(ManagementReview), paged: true }),
  recordManagementReview: endpoint({ method: 'POST', path: '/v1/management-reviews', response: ManagementReview, status: 201, idempotent: true }),
  // ── exports: the populations auditors sample from ───────────────────────
  exportEvidenceJson: endpoint({ method: 'GET', path: '/v1/exports/evidence.json', response: z.array(Evidence) }),
  exportEvidenceCsv: endpoint({ method: 'GET', path: '/v1/exports/evidence.csv', response: csv }),
  exportAssessmentsJson: endpoint({ method: 'GET', path: '/v1/exports/assessments.json', response: z.array(Assessment) }),
  exportAssessmentsCsv: endpoint({ method: 'GET', path: '/v1/exports/assessments.csv', response: csv }),
} as const;

export type Endpoints = typeof endpoints;
export type RouteName = keyof Endpoints;
