/** Helpers for the <review-form> tests: reach into its shadow root the way a person would look at it. */
import { fixture, html } from '@open-wc/testing';
import type { RatingScale } from '../../src/rating-scale/rating-scale.js';
import type { ReviewForm, ReviewFormData } from '../../src/review-form/review-form.js';
import { competencies, review, scale, template } from './data.js';

let counter = 0;
/** A fresh review id per test, so the drafts IndexedDB keeps do not leak between tests. */
export const freshId = () => `rev-${Date.now().toString(36)}-${counter++}`;

export function formData(overrides: Parameters<typeof review>[0] = {}): ReviewFormData {
  return { review: review({ id: freshId(), ...overrides }), template, competencies, scale };
}

export async function controlled(data: ReviewFormData = formData()) {
  const el = await fixture<ReviewForm>(html`<review-form .data=${data}></review-form>`);
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: ReviewForm, selector: string) => el.shadowRoot!.querySelector<T>(selector as never) as T | null;
export const rating = (el: ReviewForm, questionId = 'q-ir') => $<RatingScale>(el, `#input-${questionId}`)!;
export const textarea = (el: ReviewForm, questionId = 'q-proud') => $<HTMLTextAreaElement>(el, `#input-${questionId}`)!;
export const submitButton = (el: ReviewForm) => $<HTMLButtonElement>(el, '[part="submit"]')!;
export const visibleText = (el: ReviewForm) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

/** Types into the textarea like a person: sets the value and fires `input`. */
export async function type(el: ReviewForm, text: string, questionId = 'q-proud') {
  const area = textarea(el, questionId);
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Chooses a level like a person: clicks its radio. */
export async function choose(el: ReviewForm, level: number, questionId = 'q-ir') {
  const scaleEl = rating(el, questionId);
  scaleEl.shadowRoot!.querySelectorAll<HTMLElement>('[role="radio"]')[level]!.click();
  await el.updateComplete;
}
