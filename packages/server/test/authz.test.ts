/**
 * The authorization matrix: every role x every route, allowed or denied as the route table says;
 * another tenant's ids answer 404; each role sees only what it should.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { routes, fillPath, type Access, type RouteDef, type RouteName } from '@evident/contract';
import { api, call, isProblem, startTestServer, TOKENS, type Res, type TestServer } from './helpers.js';

let server: TestServer;
before(async () => { server = await startTestServer(); });
after(async () => { await server?.stop(); });

type Req = { params?: Record<string, string>; query?: string; body?: unknown; ifMatch?: string };
type Fx = Awaited<ReturnType<typeof fixtures>>;

const ROLES: Access[] = ['employee', 'manager', 'people-lead', 'auditor'];

/** Ids each role can act on, read from the seeded tenant through the API. */
async function fixtures(token: string) {
  const a = api(server, token);
  const lead = api(server, TOKENS['people-lead']);
  const me = (await a.get('/v1/me')).body.person;
  const fw = (await lead.get('/v1/frameworks?status=published')).body.items[0];
  const comp = (await lead.get(`/v1/frameworks/${fw.id}/competencies?limit=1`)).body.items[0];
  const cycle = (await lead.get('/v1/cycles?limit=1')).body.items[0];
  const template = (await lead.get('/v1/templates')).body.items[0];
  const cal = (await lead.get('/v1/calibrations')).body.items[0];
  const reviews = (await a.get('/v1/reviews?limit=200')).body.items as { id: string; reviewerId: string; subjectId: string; status: string }[];
  const review = reviews.find((r) => r.reviewerId === me.id && r.status === 'draft') ?? reviews.find((r) => r.status === 'draft') ?? reviews[0]!;
  const toAck = reviews.find((r) => r.subjectId === me.id && r.status === 'submitted') ?? reviews.find((r) => r.subjectId === me.id) ?? review;
  // A plan of one's own, with an item, for the plan routes.
  const plan = (await lead.send('POST', '/v1/plans', { personId: me.id, title: `Plan of ${me.name}` })).body;
  const withItem = await lead.send('POST', `/v1/plans/${plan.id}/items`, { action: 'Read the policy', dueOn: '2027-01-01' }, { 'if-match': `"${plan.version}"` });
  const evidence = (await a.get('/v1/evidence?limit=1')).body.items[0];
  const draftFw = (await lead.send('POST', '/v1/frameworks', { key: uniq(), name: 'Fixture', scale: fw.scale })).body;
  const managerId = (await lead.get(`/v1/people?managerId=${me.id}&limit=1`)).body.items[0]?.id ?? me.id;
  return { me, fw, comp, cycle, template, cal, review, toAck, plan: withItem.body, evidence, draftFw, reportId: managerId };
}

let n = 0;
const uniq = () => `k${Date.now().toString(36)}${++n}`;

/** A well-formed request of each route for a role (a missing route fails to compile). */
const requests: { [K in RouteName]: (f: Fx) => Req } = {
  getViewer: () => ({}),
  listPeople: () => ({ query: 'limit=5' }),
  getPerson: (f) => ({ params: { personId: f.me.id } }),
  listRoles: () => ({}),
  getRole: (f) => ({ params: { roleId: f.me.roleId } }),
  listRoleExpectations: (f) => ({ params: { roleId: f.me.roleId } }),
  setRoleExpectations: (f) => ({ params: { roleId: f.me.roleId }, body: { frameworkId: f.fw.id, expectations: [{ competencyId: f.comp.id, requiredLevel: 1 }] } }),
  listFrameworks: () => ({}),
  getFramework: (f) => ({ params: { frameworkId: f.fw.id } }),
  createFramework: (f) => ({ body: { key: uniq(), name: 'New', scale: f.fw.scale } }),
  updateFramework: (f) => ({ params: { frameworkId: f.draftFw.id }, body: { name: 'Renamed' }, ifMatch: `"${f.draftFw.revision}"` }),
  createFrameworkVersion: (f) => ({ params: { frameworkId: f.fw.id } }),
  publishFramework: (f) => ({ params: { frameworkId: f.draftFw.id }, ifMatch: `"${f.draftFw.revision}"` }),
  retireFramework: (f) => ({ params: { frameworkId: f.draftFw.id }, ifMatch: `"${f.draftFw.revision}"` }),
  listCompetencies: (f) => ({ params: { frameworkId: f.fw.id } }),
  createCompetency: (f) => ({ params: { frameworkId: f.draftFw.id }, body: { key: uniq(), area: 'Area', name: 'Name' } }),
  getCompetency: (f) => ({ params: { competencyId: f.comp.id } }),
  updateCompetency: (f) => ({ params: { competencyId: f.comp.id }, body: { name: 'Renamed' } }),
  getMatrix: () => ({}),
  listCycles: () => ({}),
  getCycle: (f) => ({ params: { cycleId: f.cycle.id } }),
  createCycle: (f) => ({ body: { name: 'Q1 check-in', kind: 'check-in', frameworkId: f.fw.id, templateId: f.template.id, opensOn: '2027-01-01', closesOn: '2027-03-31' } }),
  listTemplates: () => ({}),
  getTemplate: (f) => ({ params: { templateId: f.template.id } }),
  createTemplate: () => ({ body: { name: 'Short', sections: [{ id: 's', title: 'S', questions: [{ id: 'q', kind: 'text', prompt: 'How?', required: true }] }] } }),
  listReviews: () => ({}),
  getReview: (f) => ({ params: { reviewId: f.review.id } }),
  createReview: (f) => ({ body: { cycleId: f.cycle.id, subjectId: f.reportId, reviewerId: f.me.id, kind: f.reportId === f.me.id ? 'self' : 'manager' } }),
  saveReviewDraft: (f) => ({ params: { reviewId: f.review.id }, body: { answers: [] }, ifMatch: '"1"' }),
  submitReview: (f) => ({ params: { reviewId: f.review.id } }),
  acknowledgeReview: (f) => ({ params: { reviewId: f.toAck.id }, body: {} }),
  signReview: (f) => ({ params: { reviewId: f.review.id }, body: {} }),
  listAssessments: () => ({}),
  listGaps: () => ({}),
  listPlans: () => ({}),
  getPlan: (f) => ({ params: { planId: f.plan.id } }),
  createPlan: (f) => ({ body: { personId: f.me.id, title: 'Another plan' } }),
  addPlanItem: (f) => ({ params: { planId: f.plan.id }, body: { action: 'Do a thing', dueOn: '2027-02-01' }, ifMatch: `"${f.plan.version}"` }),
  updatePlanItem: (f) => ({ params: { planId: f.plan.id, itemId: f.plan.items[0].id }, body: { status: 'in-progress' }, ifMatch: `"${f.plan.version}"` }),
  listCalibrations: () => ({}),
  getCalibration: (f) => ({ params: { calibrationId: f.cal.id } }),
  createCalibration: (f) => ({ body: { cycleId: f.cycle.id, heldAt: '2026-11-01T10:00:00Z', participantIds: [f.me.id] } }),
  addCalibrationAdjustment: (f) => ({ params: { calibrationId: f.cal.id }, body: { personId: f.me.id, competencyId: f.comp.id, toLevel: 1, rationale: 'Matrix test' } }),
  listEvidence: () => ({}),
  verifyEvidence: () => ({}),
  getEvidence: (f) => ({ params: { evidenceId: f.evidence.id } }),
  getManagementReviewReport: () => ({}),
  listManagementReviews: () => ({}),
  recordManagementReview: (f) => ({ body: { heldAt: '2026-11-02T10:00:00Z', attendeeIds: [f.me.id], from: '2026-01-01', to: '2026-10-31', decisions: ['Keep going'] } }),
  exportEvidenceJson: () => ({ query: 'from=2026-06-01' }),
  exportEvidenceCsv: () => ({ query: 'from=2026-06-01' }),
  exportAssessmentsJson: () => ({}),
  exportAssessmentsCsv: () => ({}),
};

function send(token: string, name: RouteName, req: Req): Promise<Res> {
  const route = routes[name] as RouteDef;
  const path = fillPath(route.path, req.params) + (req.query ? `?${req.query}` : '');
  return call(server.url, route.method, path, {
    token,
    ...(route.body || req.body !== undefined ? { body: req.body ?? {} } : {}),
    headers: { ...(req.ifMatch ? { 'if-match': req.ifMatch } : {}) },
  });
}

describe('every role x every route', () => {
  for (const role of ROLES) {
    it(`${role}: allowed routes answer, the others are 403`, async () => {
      const f = await fixtures(TOKENS[role]);
      const wrong: string[] = [];
      for (const name of Object.keys(routes) as RouteName[]) {
        const route = routes[name];
        const res = await send(TOKENS[role], name, requests[name](f));
        const allowed = (route.access as readonly Access[]).includes(role);
        if (!allowed) {
          if (res.status !== 403 || !isProblem(res)) wrong.push(`${name}: expected 403, got ${res.status}`);
        } else if (route.method === 'GET') {
          if (res.status !== 200) wrong.push(`${name}: expected 200, got ${res.status} ${res.text.slice(0, 200)}`);
        } else if (res.status === 401 || res.status === 403 || res.status === 400 || res.status >= 500) {
          // A write may meet a domain rule (409/412/422), but never an access or validation failure.
          wrong.push(`${name}: expected to be let through, got ${res.status} ${res.text.slice(0, 200)}`);
        }
      }
      assert.deepEqual(wrong, []);
    });
  }
});

describe('tenants are isolated', () => {
  it("another tenant's ids are 404 on every route that takes one, never 403", async () => {
    const f = await fixtures(TOKENS['people-lead']);
    const wrong: string[] = [];
    for (const name of Object.keys(routes) as RouteName[]) {
      const route = routes[name];
      if (!('params' in route) || !route.params) continue;
      const res = await send('globex-lead', name, requests[name](f));
      if (res.status !== 404 || !isProblem(res)) wrong.push(`${name}: ${res.status}`);
    }
    assert.deepEqual(wrong, []);
  });

  it("lists never show another tenant's records", async () => {
    const g = api(server, 'globex-lead');
    const people = (await g.get('/v1/people?limit=500')).body.items;
    assert.ok(people.length > 0 && people.length < 10);
    assert.ok(people.every((p: { email: string }) => p.email.endsWith('@globex.example')));
    const acme = (await api(server, TOKENS['people-lead']).get('/v1/people?limit=500')).body.items;
    assert.ok(acme.every((p: { email: string }) => p.email.endsWith('@acme.example')));
    const gEvidence = (await g.get('/v1/evidence/verify')).body;
    const aEvidence = (await api(server, TOKENS.auditor).get('/v1/evidence/verify')).body;
    assert.notEqual(gEvidence.headHash, aEvidence.headHash, 'each tenant has its own chain');
    const acmeReview = (await api(server, TOKENS['people-lead']).get('/v1/reviews?limit=1')).body.items[0];
    assert.equal((await g.get(`/v1/reviews/${acmeReview.id}`)).status, 404);
  });
});

describe('visibility inside a tenant', () => {
  it("an employee sees their own reviews, plans and evidence, and not a colleague's", async () => {
    const e = api(server, TOKENS.employee);
    const me = (await e.get('/v1/me')).body.person;
    const reviews = (await e.get('/v1/reviews?limit=500')).body.items;
    assert.ok(reviews.length > 0);
    assert.ok(reviews.every((r: { subjectId: string; reviewerId: string }) => r.subjectId === me.id || r.reviewerId === me.id));
    const evidence = (await e.get('/v1/evidence?limit=500')).body.items;
    assert.ok(evidence.every((ev: { subjectId: string | null }) => ev.subjectId === null || ev.subjectId === me.id));
    const other = (await api(server, TOKENS['people-lead']).get('/v1/reviews?limit=500')).body.items.find((r: { subjectId: string; reviewerId: string }) => r.subjectId !== me.id && r.reviewerId !== me.id);
    assert.equal((await e.get(`/v1/reviews/${other.id}`)).status, 403);
    const gaps = (await e.get('/v1/gaps?limit=500')).body.items;
    assert.ok(gaps.every((g: { personId: string }) => g.personId === me.id));
  });

  it('a manager sees direct and indirect reports, and the matrix of just them', async () => {
    const lead = api(server, TOKENS['people-lead']);
    const all = (await lead.get('/v1/people?limit=500')).body.items as { id: string; managerId: string | null }[];
    const ciso = all.find((p) => p.managerId === null && all.some((q) => q.managerId === p.id && all.some((r) => r.managerId === q.id)))!;
    const token = await server.mint(ciso.id, 'manager');
    const below = new Set<string>([ciso.id]);
    for (let grew = true; grew;) { grew = false; for (const p of all) if (p.managerId && below.has(p.managerId) && !below.has(p.id)) { below.add(p.id); grew = true; } }
    const matrix = (await api(server, token).get('/v1/matrix')).body;
    assert.equal(matrix.rows.length, below.size, 'indirect reports are included');
    assert.ok(matrix.rows.every((r: { person: { id: string } }) => below.has(r.person.id)));
    const reviews = (await api(server, token).get('/v1/reviews?limit=500')).body.items;
    assert.ok(reviews.length > 0 && reviews.every((r: { subjectId: string }) => below.has(r.subjectId)));
  });

  it('an auditor reads the tenant and writes nothing', async () => {
    const a = api(server, TOKENS.auditor);
    assert.equal((await a.get('/v1/matrix')).status, 200);
    const before = (await a.get('/v1/evidence/verify')).body.checked;
    const me = (await a.get('/v1/me')).body.person;
    assert.equal((await a.send('POST', '/v1/plans', { personId: me.id, title: 'x' })).status, 403);
    assert.equal((await a.get('/v1/evidence/verify')).body.checked, before);
  });

  it('a JWT from a trusted issuer works like a demo token; a forged one does not', async () => {
    const me = (await api(server, TOKENS.employee).get('/v1/me')).body;
    const jwt = await server.mint(me.person.id, 'employee');
    assert.deepEqual((await api(server, jwt).get('/v1/me')).body, me);
    const forged = jwt.slice(0, -4) + (jwt.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    assert.equal((await api(server, forged).get('/v1/me')).status, 401);
    assert.equal((await api(server, await server.mint(me.person.id, 'employee', 'globex')).get('/v1/me')).status, 401, 'a person of another tenant is not found');
  });
});
