/**
 * One view per kind of demo user. The elements load their own data through the provider's client
 * (connected mode); the page only asks the SDK which ids to show.
 */
import type { Review, Viewer } from '@evident/contract';
import type { Client } from '@evident/sdk';
import { h, section } from './dom.js';
import { planList } from './plan-list.js';

async function all<T>(pages: AsyncIterable<T>, max = 200): Promise<T[]> {
  const out: T[] = [];
  for await (const item of pages) if (out.push(item) >= max) break;
  return out;
}

/** A review form that shows one of several reviews, chosen with buttons. */
function reviewPicker(reviews: Review[], names: Map<string, string>): HTMLElement {
  if (!reviews.length) return h('p', {}, 'No reviews to write right now.');
  const form = h('review-form', { 'review-id': reviews[0]!.id, 'heading-level': '3' });
  const buttons = reviews.map((review, i) => {
    const button = h('button', { type: 'button', 'aria-pressed': String(i === 0) }, `${names.get(review.subjectId) ?? review.subjectId} (${review.kind})`);
    button.addEventListener('click', () => {
      form.setAttribute('review-id', review.id);
      buttons.forEach((b) => b.setAttribute('aria-pressed', String(b === button)));
    });
    return button;
  });
  return h('div', {}, h('ul', { class: 'review-list', 'aria-label': 'Reviews to write' }, ...buttons.map((b) => h('li', {}, b))), form);
}

async function employeeView(client: Client, viewer: Viewer): Promise<HTMLElement> {
  const me = viewer.person.id;
  const [mine, plans, competencies] = await Promise.all([
    all(client.listReviews.items({ query: { reviewerId: me, status: 'draft' } })),
    all(client.listPlans.items({ query: { personId: me } })),
    competencyNames(client),
  ]);
  const myReview = mine.find((r) => r.subjectId === me);
  return h(
    'div',
    { class: 'view' },
    section('My review', myReview ? h('review-form', { 'review-id': myReview.id, 'heading-level': '3' }) : h('p', {}, 'No open review for you right now.')),
    section('My development plan', planList(plans, (id) => (id ? competencies.get(id) ?? id : 'General'))),
    section('My evidence', myEvidence(me)),
  );
}

/** Only leads and auditors may verify the whole chain: for an employee the badge stays "unknown". */
function myEvidence(personId: string): HTMLElement {
  // The element's types are not exported from the package index yet: name the one property used.
  const timeline = h('evidence-timeline', { 'subject-id': personId, label: 'My evidence' }) as HTMLElement & { verification?: null };
  timeline.verification = null;
  return timeline;
}

async function managerView(client: Client, viewer: Viewer): Promise<HTMLElement> {
  const me = viewer.person.id;
  const [toWrite, people] = await Promise.all([all(client.listReviews.items({ query: { reviewerId: me, status: 'draft' } })), personNames(client)]);
  return h(
    'div',
    { class: 'view' },
    section('Team matrix', h('competency-matrix', { 'manager-id': me, label: `${viewer.person.team}: competencies` })),
    section('Reviews to write', reviewPicker(toWrite, people)),
  );
}

function leadView(viewer: Viewer): HTMLElement {
  const readOnly = viewer.access === 'auditor' ? h('p', {}, 'Read-only: auditors see every record and change none.') : null;
  return h(
    'div',
    { class: 'view' },
    readOnly,
    section('Every team', h('competency-matrix', { label: 'Every team: competencies' })),
    section('Evidence trail', h('evidence-timeline', { label: 'Evidence trail of the whole organisation' })),
  );
}

async function competencyNames(client: Client): Promise<Map<string, string>> {
  const frameworks = await client.listFrameworks({ query: { limit: 20 } });
  const lists = await Promise.all(frameworks.items.map((f) => all(client.listCompetencies.items({ params: { frameworkId: f.id }, query: { limit: 500 } }), 2000)));
  return new Map(lists.flat().map((c) => [c.id, c.name]));
}

async function personNames(client: Client): Promise<Map<string, string>> {
  return new Map((await all(client.listPeople.items({ query: { limit: 200 } }), 2000)).map((p) => [p.id, p.name]));
}

export async function viewFor(client: Client, viewer: Viewer): Promise<HTMLElement> {
  switch (viewer.access) {
    case 'employee':
      return employeeView(client, viewer);
    case 'manager':
      return managerView(client, viewer);
    default:
      return leadView(viewer);
  }
}
