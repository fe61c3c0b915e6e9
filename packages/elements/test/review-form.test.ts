import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { defineElements } from '../src/define.js';
import type { ReviewForm } from '../src/review-form/review-form.js';
import { competencies, scale, template } from './support/data.js';
import { $, choose, controlled, formData, rating, submitButton, textarea, type, visibleText } from './support/review-form.js';

defineElements();

describe('<review-form> controlled', () => {
  it('renders the template: sections, a rating with the competency descriptors, text with a counter, goals', async () => {
    const el = await controlled();
    expect($(el, '[part="title"]')!.textContent).to.equal('Annual review');
    expect([...el.shadowRoot!.querySelectorAll('[part="section-title"]')].map((s) => s.textContent)).to.deep.equal(['Skills', 'Reflection']);
    const scaleEl = rating(el);
    expect(scaleEl.tagName).to.equal('RATING-SCALE');
    expect(scaleEl.shadowRoot!.textContent).to.contain('Runs the playbook for a known incident.');
    expect(scaleEl.shadowRoot!.textContent).to.contain('No exposure yet.'); // level 0: the scale's descriptor
    expect(textarea(el).maxLength).to.equal(200);
    expect($(el, '[part="counter"]')!.textContent).to.contain('0 of 200 characters');
    expect($(el, '[part="goals"] legend')!.textContent).to.contain('Goals for next year');
  });

  it('shows existing answers and counts characters as the person types', async () => {
    const el = await controlled(formData({ answers: [{ questionId: 'q-ir', level: 2 }, { questionId: 'q-proud', text: 'Shipped it' }] }));
    expect(rating(el).value).to.equal(2);
    expect(textarea(el).value).to.equal('Shipped it');
    await type(el, 'Shipped the new incident runbook');
    expect($(el, '[part="counter"]')!.textContent).to.contain('32 of 200');
  });

  it('keeps submit disabled until required answers are given; an attempt shows messages and a focused summary', async () => {
    const el = await controlled();
    const submits: unknown[] = [];
    el.addEventListener('review-submit', (e) => submits.push(e.detail));
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
    submitButton(el).click();
    await waitUntil(() => $(el, '[part="summary"]'));
    const summary = $(el, '[part="summary"]')!;
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect(summary.textContent).to.contain('2 answers need your attention');
    expect(summary.querySelectorAll('a')).to.have.length(2);
    expect($(el, '#error-q-proud')!.textContent).to.contain('Write an answer.');
    expect(textarea(el).getAttribute('aria-describedby')).to.contain('error-q-proud');
    await rating(el).updateComplete;
    expect(rating(el).shadowRoot!.querySelector('[part="message"]')!.textContent).to.contain('Choose a level');
    expect(submits).to.have.length(0);
    // The summary links to the field.
    summary.querySelectorAll('a')[1]!.click();
    expect(el.shadowRoot!.activeElement).to.equal(textarea(el));

    await choose(el, 3);
    await type(el, 'Led the incident review');
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('false');
    expect($(el, '[part="summary"]')).to.equal(null);
    const event = oneEvent(el, 'review-submit');
    submitButton(el).click();
    const { detail } = await event;
    expect(detail.answers).to.deep.equal([
      { questionId: 'q-ir', level: 3 },
      { questionId: 'q-proud', text: 'Led the incident review' },
    ]);
  });

  it('a goal needs a title; goals can be added and removed', async () => {
    const el = await controlled(formData({ answers: [{ questionId: 'q-ir', level: 1 }, { questionId: 'q-proud', text: 'x' }] }));
    const goals = () => $(el, '[part="goals"]')!;
    [...goals().querySelectorAll('button')].find((b) => b.textContent!.includes('Add goal'))!.click();
    await el.updateComplete;
    expect(goals().querySelectorAll('li')).to.have.length(1);
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
    const title = goals().querySelector<HTMLInputElement>('input[type="text"]')!;
    title.value = 'Run a tabletop exercise';
    title.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('false');
    expect(el.value.find((a) => a.questionId === 'q-goals')!.goals).to.deep.equal([{ title: 'Run a tabletop exercise' }]);
    goals().querySelector<HTMLButtonElement>('li button')!.click();
    await el.updateComplete;
    expect(goals().querySelectorAll('li')).to.have.length(0);
  });

  it('fires input on every change and change when a rating is chosen, once each', async () => {
    const el = await controlled();
    const seen: string[] = [];
    el.addEventListener('input', () => seen.push('input'));
    el.addEventListener('change', () => seen.push('change'));
    el.addEventListener('rating-change', () => seen.push('leaked rating-change'));
    await choose(el, 1);
    await type(el, 'a');
    expect(seen).to.deep.equal(['input', 'change', 'input']);
  });

  it('participates in a form: FormData holds the answers as JSON; reset returns to the saved answers', async () => {
    const data = formData({ answers: [{ questionId: 'q-ir', level: 1 }] });
    const form = await fixture<HTMLFormElement>(html`<form><review-form name="review" .data=${data}></review-form></form>`);
    const el = form.querySelector('review-form')!;
    await el.updateComplete;
    await type(el, 'Mentored two juniors');
    expect(JSON.parse(new FormData(form).get('review') as string)).to.deep.equal([
      { questionId: 'q-ir', level: 1 },
      { questionId: 'q-proud', text: 'Mentored two juniors' },
    ]);
    expect(form.checkValidity()).to.equal(true);
    form.reset();
    await el.updateComplete;
    expect(textarea(el).value).to.equal('');
    expect(form.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('Write an answer.');
  });

  it('restores its answers from the browser\'s form state (history navigation)', async () => {
    const el = await controlled();
    el.formStateRestoreCallback(JSON.stringify([{ questionId: 'q-ir', level: 3 }, { questionId: 'q-proud', text: 'Back again' }]));
    await el.updateComplete;
    expect(rating(el).value).to.equal(3);
    expect(textarea(el).value).to.equal('Back again');
  });

  it('a disabled fieldset disables every field and the submit', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><review-form name="review" .data=${formData()}></review-form></fieldset></form>`);
    const el = form.querySelector('review-form')!;
    await el.updateComplete;
    expect(textarea(el).disabled).to.equal(true);
    expect(rating(el).disabled).to.equal(true);
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
  });

  it('shows hostile strings literally and never runs them', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const link = 'javascript:window.__pwned=3';
    const data = {
      ...formData({ answers: [{ questionId: 'q-proud', text: hostile }, { questionId: 'q-goals', goals: [{ title: link }] }] }),
      template: { ...template, name: hostile, sections: template.sections.map((s) => ({ ...s, title: `${s.title} ${hostile}` })) },
      competencies: competencies.map((c) => ({ ...c, name: hostile })),
    };
    const el = await controlled(data);
    await new Promise((r) => setTimeout(r, 50));
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect($(el, '[part="title"]')!.textContent).to.equal(hostile);
    expect(textarea(el).value).to.equal(hostile);
    expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
  });

  for (const [status, words] of [
    ['submitted', 'Submitted on'],
    ['acknowledged', 'Acknowledged on'],
    ['signed', 'Signed on'],
  ] as const) {
    it(`renders a ${status} review read-only with a notice`, async () => {
      const at = '2026-03-05T10:00:00Z';
      const el = await controlled(
        formData({ status, submittedAt: at, acknowledgedAt: at, signedAt: at, answers: [{ questionId: 'q-ir', level: 2 }, { questionId: 'q-proud', text: 'Done' }, { questionId: 'q-goals', goals: [{ title: 'Lead a drill', dueOn: '2026-06-30' }] }] }),
      );
      expect($(el, '[part="banner"]')!.textContent).to.contain(words).and.contain('March 5, 2026');
      expect(submitButton(el)).to.equal(null);
      expect(textarea(el).readOnly).to.equal(true);
      expect(rating(el).readonly).to.equal(true);
      await choose(el, 0);
      expect(rating(el).value).to.equal(2);
      expect($(el, '.goal-read')!.textContent).to.contain('Lead a drill');
      expect(el.shadowRoot!.querySelector('input')).to.equal(null);
    });
  }

  it('speaks German inside lang="de"', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de"><review-form .data=${formData()}></review-form></div>`);
    const el = wrapper.querySelector('review-form')!;
    await waitUntil(() => visibleText(el).includes('Beurteilung einreichen'), 'German submit button');
    expect(visibleText(el)).to.contain('0 von 200 Zeichen').and.contain('Ziel hinzufügen');
    submitButton(el).click();
    await waitUntil(() => $(el, '[part="summary"]'));
    expect($(el, '[part="summary"]')!.textContent).to.contain('Antworten Ihre Aufmerksamkeit');
    expect(visibleText(el)).to.contain('Schreiben Sie eine Antwort.');
  });

  it('lays out right-to-left inside dir="rtl"', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl"><review-form .data=${formData()}></review-form></div>`);
    const el = wrapper.querySelector('review-form')!;
    await el.updateComplete;
    const footer = $(el, '[part="footer"]')!.getBoundingClientRect();
    const submit = submitButton(el).getBoundingClientRect();
    // Submit sits at the inline end: the left edge in RTL.
    expect(submit.left - footer.left).to.be.lessThan(footer.right - submit.right);
    expect(getComputedStyle($(el, '[part="form"]')!).direction).to.equal('rtl');
  });

  it('has no axe violations, light and dark, including messages after a submit attempt', async () => {
    const light = await controlled(formData({ answers: [{ questionId: 'q-goals', goals: [{ title: 'Learn', dueOn: '2026-09-01' }] }] }));
    submitButton(light).click();
    await waitUntil(() => $(light, '[part="summary"]'));
    await expect(light).to.be.accessible();
    const dark = await fixture<ReviewForm>(html`<review-form theme="dark" .data=${formData()}></review-form>`);
    await dark.updateComplete;
    await expect(dark).to.be.accessible();
  });

  it('uses the scale it is given and the competency text per level', async () => {
    const el = await controlled({ ...formData(), scale: scale.slice(0, 2) });
    expect(rating(el).shadowRoot!.querySelectorAll('[role="radio"]')).to.have.length(2);
  });
});
