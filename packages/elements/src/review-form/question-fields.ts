import { html, nothing } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import type { Answer, Competency, Question } from '@evident/contract';
import type { LocaleController } from '../localize/locale-controller.js';
import type { RatingLevel, RatingScale } from '../rating-scale/rating-scale.js';
import { problemOf, type Answers, type Goal, type Problem } from './answers.js';

/** What a question field needs from the form. */
export interface FieldContext {
  scale: RatingLevel[];
  competencies: Competency[];
  answers: Answers;
  readOnly: boolean;
  disabled: boolean;
  /** A submit was attempted: show messages next to fields. */
  attempted: boolean;
  /** The tag `<rating-scale>` was registered under alongside this form. */
  ratingTag: string;
  locale: LocaleController;
  problemText: (question: Question, problem: Problem) => string;
  /** What the server said about an answer it refused, by question id. */
  serverMessages: Record<string, string>;
  /** An answer changed; `commit` also fires `change`. */
  change: (answer: Answer, commit: boolean) => void;
  /** The person finished an edit (a field lost focus): fire `change`. */
  commit: () => void;
}

const MAX_GOALS = 20;

const requiredMark = (question: Question, ctx: FieldContext) => (question.required && !ctx.readOnly ? html`<span class="required" aria-hidden="true"> *</span>` : nothing);

const describedBy = (...ids: (string | false)[]) => ids.filter(Boolean).join(' ') || nothing;

/** The message next to a field: the form's own check after a submit attempt, else the server's. */
const errorText = (question: Question, ctx: FieldContext, problem: Problem | undefined) =>
  ctx.attempted && problem ? ctx.problemText(question, problem) : ctx.serverMessages[question.id];

function fieldError(question: Question, ctx: FieldContext, problem: Problem | undefined) {
  const text = errorText(question, ctx, problem);
  return text ? html`<p part="field-error" class="field-error" id="error-${question.id}">${text}</p>` : nothing;
}

export function renderQuestion(question: Question, ctx: FieldContext) {
  const answer = ctx.answers[question.id];
  const body = question.kind === 'competency' ? competencyField(question, answer, ctx) : question.kind === 'text' ? textField(question, answer, ctx) : goalsField(question, answer, ctx);
  return html`<div part="question" class="question" data-kind=${question.kind}>${body}</div>`;
}

function competencyField(question: Question & { kind: 'competency' }, answer: Answer | undefined, ctx: FieldContext) {
  const competency = ctx.competencies.find((c) => c.id === question.competencyId);
  const tag = unsafeStatic(ctx.ratingTag);
  return staticHtml`${competency ? html`<p part="hint" class="hint">${competency.name}</p>` : nothing}
    <${tag}
      class="rating"
      id="input-${question.id}"
      exportparts="option: rating-option, option-checked: rating-option-checked, indicator: rating-indicator, level-label: rating-level-label, descriptor: rating-descriptor, message: rating-message"
      label=${question.prompt}
      .levels=${ctx.scale}
      .descriptors=${competency?.descriptors ?? []}
      .value=${answer?.level ?? null}
      ?required=${question.required}
      ?readonly=${ctx.readOnly}
      ?disabled=${ctx.disabled}
      @change=${(e: Event) => ctx.change({ ...answer, questionId: question.id, level: (e.target as RatingScale).value }, true)}
    ></${tag}>`;
}

function textField(question: Question & { kind: 'text' }, answer: Answer | undefined, ctx: FieldContext) {
  const text = answer?.text ?? '';
  const problem = problemOf(question, answer);
  const showError = !!errorText(question, ctx, problem);
  const max = question.maxLength;
  return html`<label part="prompt" class="prompt" for="input-${question.id}">${question.prompt}${requiredMark(question, ctx)}</label>
    <textarea
      part="textarea"
      id="input-${question.id}"
      rows="4"
      .value=${live(text)}
      maxlength=${max ?? nothing}
      ?required=${question.required}
      ?readonly=${ctx.readOnly}
      ?disabled=${ctx.disabled}
      aria-invalid=${showError ? 'true' : 'false'}
      aria-describedby=${describedBy(max !== undefined && !ctx.readOnly && `counter-${question.id}`, showError && `error-${question.id}`)}
      @input=${(e: Event) => ctx.change({ ...answer, questionId: question.id, text: (e.target as HTMLTextAreaElement).value }, false)}
      @change=${ctx.commit}
    ></textarea>
    ${max !== undefined && !ctx.readOnly
      ? html`<span part="counter" class="counter" id="counter-${question.id}" data-over=${text.length > max ? 'true' : 'false'}>
          ${msg(str`${ctx.locale.formatNumber(text.length)} of ${ctx.locale.formatNumber(max)} characters`, { id: 'char-count' })}
        </span>`
      : nothing}
    ${fieldError(question, ctx, problem)}`;
}

function goalsField(question: Question & { kind: 'goal' }, answer: Answer | undefined, ctx: FieldContext) {
  const goals = answer?.goals ?? [];
  const problem = problemOf(question, answer);
  const set = (next: Goal[], commit: boolean) => ctx.change({ ...answer, questionId: question.id, goals: next }, commit);
  const edit = (index: number, patch: Partial<Goal>, commit: boolean) => {
    const next = goals.map((g, i) => (i === index ? { ...g, ...patch } : g));
    if (patch.dueOn === '') delete next[index]!.dueOn;
    set(next, commit);
  };
  const due = (goal: Goal) => (goal.dueOn ? msg(str`due ${ctx.locale.formatDate(`${goal.dueOn}T00:00:00`, { dateStyle: 'medium' })}`, { id: 'goal-due' }) : '');

  if (ctx.readOnly) {
    return html`<div part="prompt" class="prompt">${question.prompt}</div>
      ${goals.length
        ? html`<ul part="goals" class="goal-read">
            ${goals.map((g) => html`<li><span class="goal-name">${g.title}</span> <span class="muted">${due(g)}</span></li>`)}
          </ul>`
        : html`<p class="muted">${msg('No goals', { id: 'no-goals' })}</p>`}`;
  }
  const add = (event: Event) => {
    set([...goals, { title: '' }], true);
    const fieldset = (event.target as HTMLElement).closest('fieldset');
    // Focus the new goal's title once it is rendered.
    requestAnimationFrame(() => fieldset?.querySelector<HTMLInputElement>('li:last-child input[type="text"]')?.focus());
  };
  return html`<fieldset part="goals" class="goals" id="input-${question.id}" tabindex="-1" aria-describedby=${describedBy(!!errorText(question, ctx, problem) && `error-${question.id}`)} ?disabled=${ctx.disabled}>
    <legend part="prompt" class="prompt">${question.prompt}${requiredMark(question, ctx)}</legend>
    ${goals.length
      ? html`<ol class="goal-list">
          ${goals.map((goal, i) => {
            const n = ctx.locale.formatNumber(i + 1);
            return html`<li class="goal">
              <label class="goal-title"
                ><span>${msg(str`Goal ${n}`, { id: 'goal-n' })}</span>
                <input type="text" maxlength="200" .value=${live(goal.title)} aria-invalid=${ctx.attempted && !goal.title.trim() ? 'true' : 'false'} @input=${(e: Event) => edit(i, { title: (e.target as HTMLInputElement).value }, false)} @change=${ctx.commit}
              /></label>
              <label class="goal-due"
                ><span>${msg('Due on', { id: 'goal-due-label' })}</span>
                <input type="date" .value=${live(goal.dueOn ?? '')} @change=${(e: Event) => edit(i, { dueOn: (e.target as HTMLInputElement).value }, true)}
              /></label>
              <button part="button" class="ev-button" type="button" aria-label=${msg(str`Remove goal ${n}`, { id: 'goal-remove-n' })} @click=${() => set(goals.filter((_, j) => j !== i), true)}>
                ${msg('Remove', { id: 'goal-remove' })}
              </button>
            </li>`;
          })}
        </ol>`
      : html`<p class="muted">${msg('No goals yet.', { id: 'no-goals-yet' })}</p>`}
    <button part="button" class="ev-button" type="button" ?disabled=${goals.length >= MAX_GOALS} @click=${add}>${msg('Add goal', { id: 'goal-add' })}</button>
    ${fieldError(question, ctx, problem)}
  </fieldset>`;
}
