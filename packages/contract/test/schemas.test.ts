import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Competency, Evidence, HttpUrl, IsoTag, PlanItemInput, ProficiencyScale, Review, ReviewCycleInput, Timestamp, Person } from '../src/index.js';

// The NIST NICE framework as shipped in data/: real names and texts, as customers have them.
const nice = JSON.parse(readFileSync(new URL('../../../data/nice/nice-framework-components-v2.0.0.json', import.meta.url), 'utf8')) as {
  elements: { element_type: string; element_identifier: string; title: string; text: string }[];
};
const areas = nice.elements.filter((e) => e.element_type === 'competency_area');
const fivePointScale = {
  name: 'Proficiency',
  levels: ['Awareness', 'Foundational', 'Intermediate', 'Advanced', 'Expert'].map((label, level) => ({ level, label, descriptor: `${label} proficiency` })),
};

describe('domain schemas on real data', () => {
  it('accepts every NICE competency area as a competency tagged with ISO 27001 clauses', () => {
    assert.equal(areas.length, 11);
    for (const area of areas) {
      const result = Competency.safeParse({
        id: `c-${area.element_identifier}`,
        frameworkId: 'fw-nice-2',
        key: area.element_identifier,
        area: 'Cybersecurity',
        name: area.title,
        description: area.text,
        descriptors: [{ level: 2, text: area.text.slice(0, 2000) || area.title }],
        tags: ['7.2', 'A.6.3'],
      });
      assert.ok(result.success, `${area.element_identifier}: ${JSON.stringify(!result.success && result.error.issues)}`);
    }
  });

  it('accepts a contiguous scale and refuses one with a hole, naming the field', () => {
    assert.ok(ProficiencyScale.safeParse(fivePointScale).success);
    const holed = { ...fivePointScale, levels: fivePointScale.levels.filter((l) => l.level !== 2) };
    const result = ProficiencyScale.safeParse(holed);
    assert.ok(!result.success);
    assert.deepEqual(result.error.issues[0]?.path, ['levels']);
  });

  it('takes UTC ISO 8601 times only', () => {
    assert.ok(Timestamp.safeParse('2026-03-01T09:30:00Z').success);
    assert.ok(Timestamp.safeParse('2026-03-01T09:30:00.123Z').success);
    for (const bad of ['2026-03-01T09:30:00+02:00', '2026-03-01 09:30', '1 March 2026', '']) assert.ok(!Timestamp.safeParse(bad).success, bad);
  });

  it('takes http(s) links only, so a javascript: link can never reach an element', () => {
    assert.ok(HttpUrl.safeParse('https://learn.example.com/course/42').success);
    for (const bad of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://x', ' https://x']) assert.ok(!HttpUrl.safeParse(bad).success, bad);
    assert.ok(!PlanItemInput.safeParse({ action: 'Read the policy', dueOn: '2026-06-30', evidenceLinks: ['javascript:alert(1)'] }).success);
  });

  it('knows ISO 27001 clauses and Annex A controls', () => {
    for (const ok of ['7.2', '9.1', '9.3', 'A.6.3', 'A.8.2', '10.1']) assert.ok(IsoTag.safeParse(ok).success, ok);
    for (const bad of ['7,2', 'A.9.9.9', 'ISO', '3.1', 'A.6']) assert.ok(!IsoTag.safeParse(bad).success, bad);
  });

  it('keeps levels within 0–10 and text within its limits', () => {
    const review = { id: 'r', cycleId: 'c', templateId: 't', subjectId: 's', reviewerId: 'm', kind: 'manager', status: 'draft', version: 1, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', submittedAt: null, acknowledgedAt: null, signedAt: null };
    assert.ok(Review.safeParse({ ...review, answers: [{ questionId: 'q', level: 4, text: 'Led the access review' }] }).success);
    assert.ok(!Review.safeParse({ ...review, answers: [{ questionId: 'q', level: 11 }] }).success);
    assert.ok(!Review.safeParse({ ...review, answers: [{ questionId: 'q', level: 2.5 }] }).success);
    assert.ok(!Review.safeParse({ ...review, answers: [{ questionId: 'q', text: 'x'.repeat(10_001) }] }).success);
  });

  it('refuses a cycle that closes before it opens, on the closing date', () => {
    const result = ReviewCycleInput.safeParse({ name: 'H1 2026', kind: 'review', frameworkId: 'f', templateId: 't', opensOn: '2026-07-01', closesOn: '2026-06-30' });
    assert.ok(!result.success);
    assert.deepEqual(result.error.issues[0]?.path, ['closesOn']);
  });

  it('refuses bad emails and empty ids', () => {
    const person = { id: 'p-1', name: 'Ada Lovelace', email: 'ada@example.com', roleId: 'r-1', managerId: null, team: 'Security' };
    assert.ok(Person.safeParse(person).success);
    assert.ok(!Person.safeParse({ ...person, email: 'ada@' }).success);
    assert.ok(!Person.safeParse({ ...person, id: '' }).success);
    assert.ok(!Person.safeParse({ ...person, id: 'a b' }).success);
  });

  it('requires evidence hashes to be SHA-256 hex', () => {
    const event = { id: 'e', seq: 1, type: 'review.signed', subjectId: 'p', actorId: 'm', at: '2026-01-01T00:00:00Z', clauses: ['7.2'], payload: { reviewId: 'r' }, prevHash: null, hash: 'f'.repeat(64) };
    assert.ok(Evidence.safeParse(event).success);
    assert.ok(!Evidence.safeParse({ ...event, hash: 'not-a-hash' }).success);
    assert.ok(!Evidence.safeParse({ ...event, type: 'review.deleted' }).success);
  });
});
