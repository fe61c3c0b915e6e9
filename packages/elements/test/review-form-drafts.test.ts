import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { defineElements } from '../src/define.js';
import { readDraft } from '../src/review-form/draft-store.js';
import type { ReviewForm, ReviewFormData } from '../src/review-form/review-form.js';
import { $, choose, formData, rating, textarea, type, visibleText } from './support/review-form.js';

defineElements();

const mount = async (data: ReviewFormData) => {
  const el = await fixture<ReviewForm>(html`<review-form .data=${data}></review-form>`);
  await el.updateComplete;
  return el;
};

/** Waits until IndexedDB holds what the person typed, then destroys the element (a crash or reload). */
async function typeAndDestroy(el: ReviewForm, id: string, text: string) {
  await type(el, text);
  await waitUntil(async () => (await readDraft(id))?.answers.some((a) => a.text === text), 'draft written to IndexedDB');
  el.remove();
}

describe('<review-form> drafts are never lost', () => {
  it('restores the draft after the element is destroyed and re-created, with a notice', async () => {
    const data = formData();
    const first = await mount(data);
    await choose(first, 2);
    await typeAndDestroy(first, data.review.id, 'Wrote the backup runbook');

    const again = await mount(data);
    await waitUntil(() => $(again, '[part="notice"]'), 'restored notice');
    expect($(again, '[part="notice"]')!.textContent).to.contain('Your unsaved changes from').and.contain('were restored');
    expect(textarea(again).value).to.equal('Wrote the backup runbook');
    expect(rating(again).value).to.equal(2);
  });

  it('"Discard them" goes back to the saved answers and forgets the local copy', async () => {
    const data = formData({ answers: [{ questionId: 'q-proud', text: 'Saved on the server' }] });
    await typeAndDestroy(await mount(data), data.review.id, 'Local edit');
    const again = await mount(data);
    await waitUntil(() => $(again, '[part="notice"]'));
    $(again, '[part="notice"] button')!.click();
    await again.updateComplete;
    expect(textarea(again).value).to.equal('Saved on the server');
    expect($(again, '[part="notice"]')).to.equal(null);
    await waitUntil(async () => (await readDraft(data.review.id)) === undefined, 'local copy deleted');
  });

  it('after the server moved on, keeps both sides where they differ in different questions', async () => {
    const data = formData();
    await typeAndDestroy(await mount(data), data.review.id, 'My local text');
    // Meanwhile someone rated the competency on the server.
    const newer = { ...data, review: { ...data.review, version: 2, answers: [{ questionId: 'q-ir', level: 3 }] } };
    const again = await mount(newer);
    await waitUntil(() => $(again, '[part="notice"]'));
    expect(textarea(again).value).to.equal('My local text');
    expect(rating(again).value).to.equal(3);
    expect($(again, '[part="conflict"]')).to.equal(null);
  });

  it('after the server changed the same answer, asks which to keep', async () => {
    const data = formData({ answers: [{ questionId: 'q-proud', text: 'Original' }] });
    await typeAndDestroy(await mount(data), data.review.id, 'Mine');
    const newer = { ...data, review: { ...data.review, version: 2, answers: [{ questionId: 'q-proud', text: 'Theirs' }] } };
    const el = document.createElement('review-form');
    const conflict = oneEvent(el, 'review-conflict') as Promise<HTMLElementEventMap['review-conflict']>;
    el.data = newer;
    document.body.append(el);
    const { detail } = await conflict;
    expect(detail.server.answers[0]!.text).to.equal('Theirs');
    expect(detail.mine.find((a) => a.questionId === 'q-proud')!.text).to.equal('Mine');
    await el.updateComplete;
    expect(visibleText(el)).to.contain('Someone else changed this review').and.contain('Yours: Mine').and.contain('Server: Theirs');
    el.remove();
  });

  it('a submitted review clears its local copy and shows no notice', async () => {
    const data = formData();
    await typeAndDestroy(await mount(data), data.review.id, 'Draft text');
    const submitted = await mount({ ...data, review: { ...data.review, status: 'submitted', submittedAt: '2026-03-05T10:00:00Z' } });
    await waitUntil(async () => (await readDraft(data.review.id)) === undefined, 'local copy deleted');
    expect($(submitted, '[part="notice"]')).to.equal(null);
  });

  it('controlled mode hands the draft to the host in review-save, debounced', async () => {
    const el = await mount(formData());
    const saved = oneEvent(el, 'review-save');
    await type(el, 'First');
    await type(el, 'First words');
    const { detail } = await saved;
    expect(detail.review.answers).to.deep.equal([{ questionId: 'q-proud', text: 'First words' }]);
    expect(visibleText(el)).to.contain('Changes kept on this device.');
  });
});
