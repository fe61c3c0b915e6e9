/**
 * Every route's happy path through the SDK: the SDK-against-server contract test. The SDK parses
 * each response with the contract's schema, so a server answer that breaks the contract fails here.
 */
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, ConflictError, ApiError, type Client } from '@evident/sdk';
import type { RouteName } from '@evident/contract';
import { startTestServer, TOKENS, type TestServer } from './helpers.js';

let server: TestServer;
let lead: Client, manager: Client, employee: Client, auditor: Client;
before(async () => {
  server = await startTestServer();
  const client = (token: string) => createClient({ baseUrl: server.url, token, retry: 0 });
  lead = client(TOKENS['people-lead']);
  manager = client(TOKENS.manager);
  employee = client(TOKENS.employee);
  auditor = client(TOKENS.auditor);
});
after(async () => { await server?.stop(); });

it('every route answers its happy path through the SDK', async () => {
  const called = new Set<RouteName>();
  const hit = <T>(name: RouteName, p: Promise<T>) => { called.add(name); return p; };

  // Who am I, people and roles.
  const me = await hit('getViewer', employee.getViewer());
  assert.equal(me.access, 'employee');
  const boss = await hit('getViewer', manager.getViewer());
  const people = await hit('listPeople', lead.listPeople({ query: { limit: 100 } }));
  assert.ok(people.items.length >= 70, 'about 80 people are seeded');
  assert.equal((await hit('getPerson', employee.getPerson({ params: { personId: me.person.id } }))).name, me.person.name);
  const roles = await hit('listRoles', lead.listRoles({ query: { limit: 100 } }));
  assert.ok(roles.items.filter((r) => r.securityRelevant).length === 41, 'the 41 NICE work roles');
  const role = await hit('getRole', lead.getRole({ params: { roleId: me.person.roleId } }));
  const expectations = await hit('listRoleExpectations', lead.listRoleExpectations({ params: { roleId: role.id } }));
  assert.ok(expectations.items.length > 0);

  // Frameworks: the published ones, and a new one through its whole life.
  const published = await hit('listFrameworks', lead.listFrameworks({ query: { status: 'published' } }));
  assert.deepEqual(published.items.map((f) => f.key).sort(), ['engineering-progression', 'nice-framework']);
  const nice = await hit('getFramework', lead.getFramework({ params: { frameworkId: published.items.find((f) => f.key === 'nice-framework')!.id } }));
  const niceComps = await hit('listCompetencies', lead.listCompetencies({ params: { frameworkId: nice.id }, query: { tag: '7.2' } }));
  assert.equal(niceComps.items.length, 11);
  await hit('getCompetency', lead.getCompetency({ params: { competencyId: niceComps.items[0]!.id } }));
  const draft = await hit('createFramework', lead.createFramework({ body: { key: 'privacy', name: 'Privacy', scale: nice.scale } }));
  assert.equal(draft.status, 'draft');
  const comp = await hit('createCompetency', lead.createCompetency({ params: { frameworkId: draft.id }, body: { key: 'dpia', area: 'Privacy', name: 'DPIA', tags: ['7.2', 'A.5.34'], descriptors: [{ level: 2, text: 'Runs a DPIA' }] } }));
  await hit('updateCompetency', lead.updateCompetency({ params: { competencyId: comp.id }, body: { description: 'Data protection impact assessments' } }));
  await lead.getFramework({ params: { frameworkId: draft.id } }); // refresh the ETag after the competency edits
  const renamed = await hit('updateFramework', lead.updateFramework({ params: { frameworkId: draft.id }, body: { name: 'Privacy engineering' } }));
  assert.equal(renamed.name, 'Privacy engineering');
  const set = await hit('setRoleExpectations', lead.setRoleExpectations({ params: { roleId: role.id }, body: { frameworkId: draft.id, expectations: [{ competencyId: comp.id, requiredLevel: 2 }] } }));
  assert.equal(set.items.length, 1);
  const live = await hit('publishFramework', lead.publishFramework({ params: { frameworkId: draft.id } }));
  assert.equal(live.status, 'published');
  const v2 = await hit('createFrameworkVersion', lead.createFrameworkVersion({ params: { frameworkId: live.id } }));
  assert.equal(v2.version, 2);
  const retired = await hit('retireFramework', lead.retireFramework({ params: { frameworkId: live.id } }));
  assert.equal(retired.status, 'retired');

  // The matrix.
  const matrix = await hit('getMatrix', manager.getMatrix({ query: { frameworkId: nice.id } }));
  assert.ok(matrix.rows.length >= 8);
  assert.equal(matrix.rows[0]!.assessed.length, matrix.competencies.length);

  // Cycles and templates.
  const cycles = await hit('listCycles', lead.listCycles());
  await hit('getCycle', lead.getCycle({ params: { cycleId: cycles.items[0]!.id } }));
  const templates = await hit('listTemplates', lead.listTemplates());
  const seeded = await hit('getTemplate', lead.getTemplate({ params: { templateId: templates.items[0]!.id } }));
  const template = await hit('createTemplate', lead.createTemplate({ body: { name: 'Check-in', sections: [{ id: 'main', title: 'Main', questions: [
    { id: 'access', kind: 'competency', prompt: 'Access controls', required: true, competencyId: niceComps.items[0]!.id },
    { id: 'note', kind: 'text', prompt: 'Notes', required: false },
  ] }] } }));
  assert.notEqual(template.id, seeded.id);
  const today = new Date().toISOString().slice(0, 10);
  const cycle = await hit('createCycle', lead.createCycle({ body: { name: 'Ad-hoc check-in', kind: 'check-in', frameworkId: nice.id, templateId: template.id, opensOn: today, closesOn: '2099-12-31' } }));
  assert.equal(cycle.status, 'open');

  // A review through its whole life, each step by the person who takes it.
  const review = await hit('createReview', manager.createReview({ body: { cycleId: cycle.id, subjectId: me.person.id, reviewerId: boss.person.id, kind: 'manager' } }));
  await hit('getReview', employee.getReview({ params: { reviewId: review.id } }));
  const saved = await hit('saveReviewDraft', manager.saveReviewDraft({ params: { reviewId: review.id }, body: { answers: [{ questionId: 'access', level: 3 }, { questionId: 'note', text: 'Solid.' }] } }));
  assert.equal(saved.version, 2);
  const submitted = await hit('submitReview', manager.submitReview({ params: { reviewId: review.id } }));
  assert.equal(submitted.status, 'submitted');
  await hit('acknowledgeReview', employee.acknowledgeReview({ params: { reviewId: review.id }, body: { comment: 'Thanks' } }));
  const signed = await hit('signReview', manager.signReview({ params: { reviewId: review.id }, body: {} }));
  assert.equal(signed.status, 'signed');
  const mine = await hit('listReviews', employee.listReviews({ query: { cycleId: cycle.id } }));
  assert.deepEqual(mine.items.map((r) => r.id), [review.id]);
  const assessed = await hit('listAssessments', employee.listAssessments({ query: { competencyId: niceComps.items[0]!.id } }));
  assert.equal(assessed.items[0]!.level, 3);
  assert.equal(assessed.items[0]!.reviewId, review.id);
  const gaps = await hit('listGaps', employee.listGaps());
  assert.ok(gaps.items.every((g) => g.personId === me.person.id));

  // A development plan, by the employee.
  const plan = await hit('createPlan', employee.createPlan({ body: { personId: me.person.id, title: 'Grow into incident lead' } }));
  const withItem = await hit('addPlanItem', employee.addPlanItem({ params: { planId: plan.id }, body: { competencyId: niceComps.items[0]!.id, action: 'Run a tabletop exercise', dueOn: '2027-03-31' } }));
  const done = await hit('updatePlanItem', employee.updatePlanItem({ params: { planId: plan.id, itemId: withItem.items[0]!.id }, body: { status: 'done', evidenceLinks: ['https://wiki.acme.example/tabletop'] } }));
  assert.equal(done.items[0]!.status, 'done');
  assert.equal(done.status, 'completed');
  assert.equal((await hit('getPlan', employee.getPlan({ params: { planId: plan.id } }))).version, done.version);
  assert.ok((await hit('listPlans', employee.listPlans())).items.some((p) => p.id === plan.id));

  // Calibration.
  const cal = await hit('createCalibration', lead.createCalibration({ body: { cycleId: cycle.id, heldAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'), participantIds: [boss.person.id] } }));
  assert.deepEqual(cal.distribution, [{ level: 3, count: 1 }]);
  const adjusted = await hit('addCalibrationAdjustment', lead.addCalibrationAdjustment({ params: { calibrationId: cal.id }, body: { personId: me.person.id, competencyId: niceComps.items[0]!.id, toLevel: 2, rationale: 'Calibrated against peers' } }));
  assert.equal(adjusted.adjustments[0]!.fromLevel, 3);
  await hit('getCalibration', auditor.getCalibration({ params: { calibrationId: cal.id } }));
  await hit('listCalibrations', auditor.listCalibrations({ query: { cycleId: cycle.id } }));

  // Evidence.
  const latest = await hit('listEvidence', auditor.listEvidence({ query: { limit: 5 } }));
  assert.equal(latest.items[0]!.type, 'calibration.adjusted');
  await hit('getEvidence', auditor.getEvidence({ params: { evidenceId: latest.items[0]!.id } }));
  const chain = await hit('verifyEvidence', auditor.verifyEvidence());
  assert.equal(chain.valid, true);
  let all = 0;
  for await (const _ of auditor.listEvidence.items({ query: { limit: 500 } })) all++;
  assert.equal(all, chain.checked, 'paging through every event finds each once');

  // Management review.
  const report = await hit('getManagementReviewReport', auditor.getManagementReviewReport({ query: { from: '2025-07-01', to: '2026-06-30' } }));
  assert.ok(report.coverage.required > 0 && report.trend.length === 4);
  const held = await hit('recordManagementReview', lead.recordManagementReview({ body: { heldAt: '2026-12-01T10:00:00Z', attendeeIds: [boss.person.id], from: '2026-07-01', to: '2026-11-30', decisions: ['Keep the cadence'] } }));
  assert.ok((await hit('listManagementReviews', auditor.listManagementReviews())).items.some((m) => m.id === held.id));

  // Exports.
  const ev = await hit('exportEvidenceJson', auditor.exportEvidenceJson({ query: { from: '2026-06-01', to: '2026-06-30' } }));
  const csv = await hit('exportEvidenceCsv', auditor.exportEvidenceCsv({ query: { from: '2026-06-01', to: '2026-06-30' } }));
  assert.equal(csv.trim().split('\r\n').length, ev.length + 1);
  const as = await hit('exportAssessmentsJson', auditor.exportAssessmentsJson({ query: { from: '2025-01-01' } }));
  const asCsv = await hit('exportAssessmentsCsv', auditor.exportAssessmentsCsv({ query: { from: '2025-01-01' } }));
  assert.equal(asCsv.trim().split('\r\n').length, as.length + 1);

  const { routes } = await import('@evident/contract');
  assert.deepEqual(Object.keys(routes).filter((r) => !called.has(r as RouteName)), [], 'every route was called');
});

it('surfaces a stale save as ConflictError with the current review, and field errors as ApiError', async () => {
  const me = await manager.getViewer();
  const drafts = await manager.listReviews({ query: { reviewerId: me.person.id, status: 'draft' } });
  const id = drafts.items[0]!.id;
  const mine = await manager.getReview({ params: { reviewId: id } });
  const other = createClient({ baseUrl: server.url, token: TOKENS.manager, retry: 0 });
  await other.getReview({ params: { reviewId: id } });
  await other.saveReviewDraft({ params: { reviewId: id }, body: { answers: [{ questionId: 'summary', text: 'theirs' }] } });
  await assert.rejects(manager.saveReviewDraft({ params: { reviewId: id }, body: { answers: [] } }), (e: unknown) => {
    assert.ok(e instanceof ConflictError);
    assert.equal((e.current as { version: number }).version, mine.version + 1);
    assert.equal(e.etag, `"${mine.version + 1}"`);
    return true;
  });
  await assert.rejects(lead.createCycle({ body: { name: 'x', kind: 'review', frameworkId: 'nope', templateId: 'nope', opensOn: '2027-01-01', closesOn: '2027-02-01' } }), (e: unknown) => {
    assert.ok(e instanceof ApiError);
    assert.equal(e.status, 422);
    assert.deepEqual(e.fieldErrors.map((f) => f.path).sort(), ['frameworkId', 'templateId']);
    return true;
  });
});
