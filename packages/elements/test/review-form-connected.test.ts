import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createClient } from '@evident/sdk';
import type { Review, ReviewCycle } from '@evident/contract';
import { defineElements } from '../src/define.js';
import type { ReviewForm } from '../src/review-form/review-form.js';
import { competencies, framework, review, template } from './support/data.js';
import { fakeApi, json, problem, type FakeApi } from './support/fake-api.js';
import { $, choose, freshId, rating, submitButton, textarea, type, visibleText } from './support/review-form.js';

defineElements();

const cycle: ReviewCycle = { id: 'cy-1', name: '2026', kind: 'review', frameworkId: 'fw-1', templateId: 'tpl-1', opensOn: '2026-01-01', closesOn: '2026-12-31', status: 'open' };

/** The external API as a small in-memory server: versions, ETags, If-Match and 412 like the contract says. */
function server(initial: Review) {
  const state = { review: initial };
  const etag = () => `W/"${state.review.version}"`;
  const api: FakeApi = fakeApi({
    [`GET /v1/reviews/${initial.id}`]: () => json(state.review, { etag: etag() }),
    'GET /v1/templates/tpl-1': () => json(template),
    'GET /v1/cycles/cy-1': () => json(cycle),
    'GET /v1/frameworks/fw-1': () => json(framework, { etag: 'W/"1"' }),
    'GET /v1/frameworks/fw-1/competencies': () => json({ items: competencies, nextCursor: null }),
    [`PUT /v1/reviews/${initial.id}/draft`]: (request, body) => {
      if (request.headers.get('if-match') !== etag()) return problem(412, 'Precondition Failed', { current: state.review }, etag());
      const { answers } = body as { answers: Review['answers'] };
      state.review = { ...state.review, answers, version: state.review.version + 1, updatedAt: '2026-03-02T10:00:00Z' };
      return json(state.review, { etag: etag() });
    },
    [`POST /v1/reviews/${initial.id}/submit`]: () => {
      state.review = { ...state.review, status: 'submitted', submittedAt: '2026-03-03T10:00:00Z', version: state.review.version + 1 };
      return json(state.review, { etag: etag() });
    },
  });
  /** Someone else saves in another tab. */
  const otherSave = (answers: Review['answers']) => (state.review = { ...state.review, answers, version: state.review.version + 1 });
  return { api, state, otherSave };
}

async function connected(initial: Review) {
  const backend = server(initial);
  const client = createClient({ baseUrl: 'https://api.test', fetch: backend.api.fetch, retry: 0 });
  const el = await fixture<ReviewForm>(html`<review-form review-id=${initial.id} .client=${client}></review-form>`);
  await waitUntil(() => el.shadowRoot!.querySelector('[part="form"]'), 'review loaded');
  return { el, ...backend };
}

const puts = (api: FakeApi) => api.requests.filter((r) => r.method === 'PUT');

describe('<review-form> connected', () => {
  it('loads review, template, cycle, framework and competencies through the SDK', async () => {
    const { el, api } = await connected(review({ id: freshId(), answers: [{ questionId: 'q-ir', level: 1 }] }));
    expect(rating(el).value).to.equal(1);
    expect(rating(el).shadowRoot!.textContent).to.contain('Knows whom to call.');
    expect(api.requests.map((r) => r.path)).to.include.members(['/v1/templates/tpl-1', '/v1/cycles/cy-1', '/v1/frameworks/fw-1', '/v1/frameworks/fw-1/competencies']);
  });

  it('shows a loading state and then a retry button when the review cannot be loaded', async () => {
    const client = createClient({ baseUrl: 'https://api.test', fetch: fakeApi().fetch, retry: 0 });
    const el = await fixture<ReviewForm>(html`<review-form review-id="missing" .client=${client}></review-form>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
    expect(visibleText(el)).to.contain('Could not load.').and.contain('could not be found');
    expect(el.shadowRoot!.querySelector('[part="retry"]')).not.to.equal(null);
  });

  it('saves to the server one second after the last change, with If-Match, and says so', async () => {
    const { el, api, state } = await connected(review({ id: freshId() }));
    await type(el, 'Drafting');
    await type(el, 'Drafting my answer');
    expect(visibleText(el)).to.contain('Saving…');
    await new Promise((r) => setTimeout(r, 600));
    expect(puts(api)).to.have.length(0); // still debouncing
    const saved = await oneEvent(el, 'review-save');
    expect(puts(api)).to.have.length(1);
    expect(puts(api)[0]!.headers.get('if-match')).to.equal('W/"1"');
    expect(saved.detail.review.version).to.equal(2);
    expect(state.review.answers).to.deep.equal([{ questionId: 'q-proud', text: 'Drafting my answer' }]);
    await waitUntil(() => $(el, '[part="save-status"]')!.textContent!.includes('All changes saved.'), 'saved status');
  });

  it('on a 412 shows yours vs the server per question; choosing per field saves with the new ETag', async () => {
    const { el, api, state, otherSave } = await connected(review({ id: freshId(), answers: [{ questionId: 'q-ir', level: 1 }, { questionId: 'q-proud', text: 'Base' }] }));
    otherSave([{ questionId: 'q-ir', level: 3 }, { questionId: 'q-proud', text: 'Their text' }]);
    await choose(el, 2);
    await type(el, 'My text');
    const conflict = await oneEvent(el, 'review-conflict');
    expect(conflict.detail.server.version).to.equal(2);
    await el.updateComplete;
    const panel = $(el, '[part="conflict"]')!;
    // Its styles load with it: a warning stripe, and each question's choices side by side.
    expect(getComputedStyle(panel).borderInlineStartWidth).to.equal('4px');
    expect(getComputedStyle(panel.querySelector('.choice')!).display).to.equal('flex');
    expect(getComputedStyle($(el, '[part="footer"]')!).display).to.equal('flex', 'the form keeps its own styles');
    expect(panel.textContent).to.contain('Yours:').and.contain('2 · Practitioner').and.contain('3 · Expert').and.contain('My text').and.contain('Their text');
    expect($(el, '[part="save-status"]')!.textContent).to.contain('Not saved');
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
    // Take the server's rating, keep my text.
    panel.querySelector<HTMLInputElement>('input[name="conflict-q-ir"][value="server"]')!.click();
    [...panel.querySelectorAll('button')].find((b) => b.textContent!.includes('Save my choices'))!.click();
    await oneEvent(el, 'review-save');
    const last = puts(api).at(-1)!;
    expect(last.headers.get('if-match')).to.equal('W/"2"');
    expect(state.review.answers).to.deep.equal([{ questionId: 'q-ir', level: 3 }, { questionId: 'q-proud', text: 'My text' }]);
    expect(rating(el).value).to.equal(3);
    expect(textarea(el).value).to.equal('My text');
    expect($(el, '[part="conflict"]')).to.equal(null);
  });

  it('on a 412 where the server changed other questions, merges silently and saves', async () => {
    const { el, state, otherSave } = await connected(review({ id: freshId() }));
    otherSave([{ questionId: 'q-ir', level: 3 }]);
    await type(el, 'Only my text');
    await waitUntil(() => state.review.version === 3, 'saved after merge', { timeout: 5000 });
    expect(state.review.answers).to.deep.equal([{ questionId: 'q-ir', level: 3 }, { questionId: 'q-proud', text: 'Only my text' }]);
    expect(rating(el).value).to.equal(3);
  });

  it('"Keep all mine" overwrites the server after a conflict', async () => {
    const { el, state, otherSave } = await connected(review({ id: freshId(), answers: [{ questionId: 'q-proud', text: 'Base' }] }));
    otherSave([{ questionId: 'q-proud', text: 'Theirs' }]);
    await type(el, 'Mine');
    await oneEvent(el, 'review-conflict');
    await el.updateComplete;
    [...$(el, '[part="conflict"]')!.querySelectorAll('button')].find((b) => b.textContent!.includes('Keep all mine'))!.click();
    await oneEvent(el, 'review-save');
    expect(state.review.answers).to.deep.equal([{ questionId: 'q-proud', text: 'Mine' }]);
  });

  it('offline: says "Saved locally, will retry" and saves once the network is back', async () => {
    const { el, api, state } = await connected(review({ id: freshId() }));
    const route = `PUT /v1/reviews/${state.review.id}/draft`;
    const online = api.routes.get(route)!;
    api.routes.set(route, () => {
      throw new TypeError('Failed to fetch');
    });
    await type(el, 'Written on a train');
    await waitUntil(() => visibleText(el).includes('Saved locally, will retry.'), 'offline message', { timeout: 4000 });
    api.routes.set(route, online);
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => visibleText(el).includes('All changes saved.'), 'saved after reconnect', { timeout: 4000 });
    expect(state.review.answers).to.deep.equal([{ questionId: 'q-proud', text: 'Written on a train' }]);
  });

  it('switching review-id shows the loader, then the other review, and never saves into it', async () => {
    const first = server(review({ id: freshId(), answers: [{ questionId: 'q-proud', text: 'First review' }] }));
    const second = server(review({ id: freshId(), answers: [{ questionId: 'q-proud', text: 'Second review' }] }));
    const both: typeof fetch = (input, init) => {
      const url = new Request(input, init).url;
      return (url.includes(second.state.review.id) ? second.api : first.api).fetch(input, init);
    };
    const client = createClient({ baseUrl: 'https://api.test', fetch: both, retry: 0 });
    const el = await fixture<ReviewForm>(html`<review-form review-id=${first.state.review.id} .client=${client}></review-form>`);
    await waitUntil(() => el.shadowRoot!.querySelector('textarea'));
    await type(el, 'Unsaved edit of the first');
    el.reviewId = second.state.review.id;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Loading');
    await waitUntil(() => textarea(el)?.value === 'Second review', 'second review shown');
    await new Promise((r) => setTimeout(r, 1200));
    expect(puts(second.api)).to.have.length(0);
    expect(second.state.review.answers[0]!.text).to.equal('Second review');
  });

  it("puts the server's field errors from a refused save next to their fields; editing one clears it", async () => {
    const { el, api, state } = await connected(review({ id: freshId() }));
    const key = `PUT /v1/reviews/${state.review.id}/draft`;
    const accept = api.routes.get(key)!;
    const message = 'mentions a customer by name; write it without';
    // answers.1 is the second answer sent: the text question, after the rating.
    api.routes.set(key, () => problem(422, 'Unprocessable Content', { detail: 'Some answers do not fit the template', errors: [{ path: 'answers.1.text', message }] }));
    await choose(el, 3);
    await type(el, 'Fixed the outage for ACME');
    await waitUntil(() => $(el, '#error-q-proud'), 'message next to the text field', { timeout: 3000 });
    expect($(el, '#error-q-proud')!.textContent).to.equal(message);
    expect(textarea(el).getAttribute('aria-invalid')).to.equal('true');
    expect(textarea(el).getAttribute('aria-describedby')).to.contain('error-q-proud');
    expect($(el, '#error-q-ir')).to.equal(null); // the rating was fine
    expect($(el, '[part="save-status"]')!.textContent).to.contain('Some answers do not fit the template');
    api.routes.set(key, accept);
    await type(el, 'Fixed the outage for a customer');
    expect($(el, '#error-q-proud')).to.equal(null); // gone as soon as the person edits the answer
    expect(textarea(el).getAttribute('aria-invalid')).to.equal('false');
    await waitUntil(() => $(el, '[part="save-status"]')!.textContent!.includes('All changes saved.'), 'saved after the fix', { timeout: 3000 });
    expect(state.review.answers.find((a) => a.questionId === 'q-proud')!.text).to.equal('Fixed the outage for a customer');
  });

  it("a level the server refuses shows as the rating's own message, until the person picks another", async () => {
    const { el, api, state } = await connected(review({ id: freshId() }));
    const key = `PUT /v1/reviews/${state.review.id}/draft`;
    const accept = api.routes.get(key)!;
    const message = "must be a level of the competency's scale (1, 2)";
    api.routes.set(key, () => problem(422, 'Unprocessable Content', { detail: 'Some answers do not fit the template', errors: [{ path: 'answers.0.level', message }] }));
    await choose(el, 3);
    const shown = () => rating(el).shadowRoot!.querySelector('[part="message"]')?.textContent;
    await waitUntil(() => shown() === message, "the rating shows the server's message", { timeout: 3000 });
    expect(rating(el).shadowRoot!.querySelector('[role="radiogroup"]')!.getAttribute('aria-invalid')).to.equal('true');
    api.routes.set(key, accept);
    await choose(el, 2);
    await rating(el).updateComplete;
    expect(shown()).to.equal(undefined);
    await waitUntil(() => $(el, '[part="save-status"]')!.textContent!.includes('All changes saved.'), 'saved', { timeout: 3000 });
  });

  it("a submit the server refuses (422) lists its reasons in the summary and next to each field, and stays editable", async () => {
    const { el, api, state } = await connected(review({ id: freshId() }));
    const message = '"Goals for next year" needs an answer';
    api.routes.set(`POST /v1/reviews/${state.review.id}/submit`, () =>
      problem(422, 'Unprocessable Content', { detail: 'The review is not complete', errors: [{ path: 'answers.q-goals', message }] }),
    );
    await choose(el, 3);
    await type(el, 'Ready to submit');
    submitButton(el).click();
    await waitUntil(() => $(el, '[part="summary"]'), 'summary', { timeout: 3000 });
    const summary = $(el, '[part="summary"]')!;
    expect(summary.querySelector('a')!.textContent).to.equal('Goals for next year');
    expect(summary.textContent).to.contain(message);
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect($(el, '#error-q-goals')!.textContent).to.equal(message);
    expect($(el, '#input-q-goals')!.getAttribute('aria-describedby')).to.equal('error-q-goals');
    expect(visibleText(el)).to.contain('The review is not complete');
    expect(textarea(el).readOnly).to.equal(false);
    expect(state.review.status).to.equal('draft');
  });

  it('submits: saves pending changes first, then the review turns read-only', async () => {
    const { el, api } = await connected(review({ id: freshId() }));
    await choose(el, 3);
    await type(el, 'Ready to submit');
    const submitted = oneEvent(el, 'review-submit');
    submitButton(el).click();
    const { detail } = await submitted;
    expect(detail.review!.status).to.equal('submitted');
    expect(api.requests.map((r) => `${r.method} ${r.path.split('/').at(-1)}`).slice(-2)).to.deep.equal(['PUT draft', 'POST submit']);
    await el.updateComplete;
    expect($(el, '[part="banner"]')!.textContent).to.contain('Submitted on');
    expect(textarea(el).readOnly).to.equal(true);
  });
});
