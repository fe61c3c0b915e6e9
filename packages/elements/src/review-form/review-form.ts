import { adoptStyles, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import type { Answer, Question, Review } from '@evident/contract';
import { ApiError, ConflictError } from '@evident/sdk';
import { ConnectedElement } from '../base/connected-element.js';
import { FormControl } from '../base/form-control.js';
import { LoadController } from '../base/load-controller.js';
import { describeError } from '../base/describe-error.js';
import { RatingScale } from '../rating-scale/rating-scale.js';
import { answerList, forServer, mergeAnswers, messagesByQuestion, problemOf, questionsOf, sameAnswers, toAnswers, type Answers, type Problem } from './answers.js';
import { AutosaveController } from './autosave-controller.js';
import { deleteDraft, readDraft, writeDraft } from './draft-store.js';
import { loadReview } from './load-review.js';
import type { Conflict, conflictStyles, renderConflict } from './conflict-view.js';
import { renderQuestion, type FieldContext } from './question-fields.js';
import { reviewFormStyles } from './review-form.styles.js';
import type { ReviewConflictDetail, ReviewFormData, ReviewSaveDetail, ReviewSubmitDetail } from './review-form-data.js';

export type { ReviewFormData, ReviewSaveDetail, ReviewSubmitDetail, ReviewConflictDetail } from './review-form-data.js';

/**
 * A review to fill in: competency ratings with their level descriptors, free-text answers and goals,
 * in the template's sections. Form-associated: its form value is the answers as JSON.
 *
 * Controlled: set `.data`; nothing touches the network and `review-save` / `review-submit` tell the
 * host what to store. Connected: set `review-id` inside an `<evident-provider>` (or with `.client`);
 * it loads everything through the SDK and saves drafts to the server one second after the last change.
 * Either way every change is first kept in IndexedDB, and restored (with a notice) after a reload.
 *
 * @summary Fill in and submit a competency review; drafts are never lost.
 * @fires input - The person changed an answer.
 * @fires change - The person committed a change (rating chosen, text field left, goal edited).
 * @fires review-save - `{ review }`: connected, the server saved the draft; controlled, the draft to store.
 * @fires review-submit - `{ answers, review? }`: the person submitted a valid review (connected: after the server accepted it).
 * @fires review-conflict - `{ mine, server }`: someone else saved this review; the person is choosing what to keep.
 * @csspart form - The whole form.
 * @csspart header - Title and status banner.
 * @csspart title - The template's name.
 * @csspart banner - The read-only notice of a submitted, acknowledged or signed review.
 * @csspart notice - The "restored your unsaved changes" notice.
 * @csspart conflict - The panel that compares your answers with the server's.
 * @csspart summary - The list of problems shown on a submit attempt.
 * @csspart section - One section of the template.
 * @csspart section-title - A section's title.
 * @csspart question - One question with its field and message.
 * @csspart prompt - A question's text.
 * @csspart hint - The competency name above a rating.
 * @csspart rating-option - A level of a competency rating (`<rating-scale>`'s `option`); likewise `rating-option-checked`, `rating-indicator`, `rating-level-label`, `rating-descriptor`, `rating-message`.
 * @csspart textarea - A free-text answer field.
 * @csspart counter - The character counter of a free-text answer.
 * @csspart goals - The goal list editor.
 * @csspart field-error - The message next to a field.
 * @csspart footer - Save status and submit button.
 * @csspart save-status - "Saving…", "All changes saved", "Saved locally, will retry".
 * @csspart submit - The submit button.
 * @csspart button - Secondary buttons.
 */
export class ReviewForm extends FormControl(ConnectedElement) {
  static override defaultTag = 'review-form';
  static override styles = [ConnectedElement.styles, reviewFormStyles];

  /** Controlled mode: the review, its template, the competencies and the scale. Wins over `review-id`. */
  @property({ attribute: false }) data?: ReviewFormData;

  /** Connected mode: the review to load and save through the SDK. */
  @property({ attribute: 'review-id' }) reviewId?: string;

  /** The form field name; its value is the answers as JSON. */
  @property({ reflect: true }) name = '';

  /** Nothing can be changed or submitted. A disabled `<fieldset>` around it has the same effect. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** The ARIA heading level of the template title; section titles are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The person's answers, by question id. */
  @state() private answers: Answers = {};
  @state() private current?: ReviewFormData;
  @state() private restoredAt?: string;
  @state() private attempted = false;
  @state() private conflict?: Conflict;
  @state() private formDisabled = false;
  @state() private submitting = false;
  @state() private submitError?: unknown;
  @state() private localFailed = false;
  /** The server's field errors from the last refused save or submit, by question id. */
  @state() private serverMessages: Record<string, string> = {};

  /** The server's answers the person's edits started from (the base of a three-way merge). */
  #base: Answers = {};
  /** The server answers before a restored draft was applied: what "discard" goes back to. */
  #beforeRestore: Answers = {};
  /** The last data the host set or the loader produced; `current` then follows the server's answers. */
  #source?: ReviewFormData;
  #edited = false;
  #etag?: string;
  #pendingState?: Answers;
  /** The answers of the last save, in the order sent: the server's field errors index into it. */
  #sent: Answer[] = [];

  readonly #load = new LoadController(this, {
    args: () => (this.data || !this.reviewId || !this.activeClient ? undefined : ([this.activeClient, this.reviewId] as const)),
    load: ([client, reviewId], signal) => loadReview(client, reviewId, signal),
  });

  readonly #autosave = new AutosaveController(this, {
    save: () => this.#save(),
    onFailure: (error) => this.#onSaveFailure(error),
  });

  get #connected(): boolean {
    return !this.data && !!this.activeClient;
  }
  get #readOnly(): boolean {
    return !!this.current && this.current.review.status !== 'draft';
  }
  get #inert(): boolean {
    return this.disabled || this.formDisabled || this.submitting;
  }

  /** The answers as the form submits them (template order). */
  get value(): Answer[] {
    return this.current ? answerList(this.answers, this.current.template) : [];
  }
  constructor() {
    super();
    this.addEventListener('invalid', () => void this.#showProblems());
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  formResetCallback(): void {
    if (this.#readOnly) return;
    this.#setAnswers({ ...this.#base }, true);
    this.attempted = false;
  }

  formStateRestoreCallback(restored: string | File | FormData | null): void {
    if (typeof restored !== 'string') return;
    try {
      const answers = toAnswers(JSON.parse(restored) as Answer[]);
      if (this.current) this.#setAnswers(answers, true);
      else this.#pendingState = answers;
    } catch {
      // Not ours: ignore.
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('reviewId') && !this.data && this.current && this.current.review.id !== this.reviewId) {
      // Another review: stop saving this one (its local copy stays in IndexedDB) and show the loader.
      this.#autosave.cancel();
      this.current = undefined;
      // The loader still holds the old review until its next run: do not adopt it again.
      this.#source = this.#load.value;
    }
    const next = this.data ?? (this.#load.status === 'ready' ? this.#load.value : undefined);
    if (next && next !== this.#source) {
      this.#source = next;
      this.#adopt(next);
    }
    if (changed.has('data') && !next && this.#source) {
      this.current = undefined;
      this.#source = undefined;
    }
  }

  protected override updated(): void {
    // A rating shows the server's word on its level itself, as its own validity message.
    this.renderRoot.querySelectorAll<RatingScale>('.rating').forEach((r) => r.setCustomValidity(this.serverMessages[r.id.slice(6)] ?? ''));
    const value = this.current ? JSON.stringify(this.value) : null;
    this.internals.setFormValue(value, value);
    const first = this.#problems()[0];
    if (first && !this.#readOnly && !this.#inert) {
      const flags: ValidityStateFlags = first.problem === 'too-long' ? { tooLong: true } : first.problem === 'missing' ? { valueMissing: true } : { customError: true };
      const field = this.renderRoot.querySelector<HTMLElement>(`#input-${CSS.escape(first.question.id)}`) ?? undefined;
      // Point the browser's "first invalid field" at something it can focus: a rating's own radio.
      const rating = field instanceof RatingScale ? field : undefined;
      if (rating && !rating.focusTarget) void rating.updateComplete.then(() => this.requestUpdate());
      this.internals.setValidity(flags, this.#problemText(first.question, first.problem), rating?.focusTarget ?? field);
    } else this.internals.setValidity({});
  }

  /** New data arrived (set by the host or loaded): show it, then look for a local draft to restore. */
  #adopt(data: ReviewFormData): void {
    const sameReview = this.current?.review.id === data.review.id;
    this.current = data;
    this.#base = toAnswers(data.review.answers);
    if (!sameReview || !this.#edited || data.review.status !== 'draft') {
      this.answers = { ...this.#base };
      this.#edited = false;
      this.restoredAt = undefined;
      this.conflict = undefined;
      this.attempted = false;
      this.serverMessages = {};
      this.#autosave.cancel();
    }
    if (this.#pendingState) {
      this.#setAnswers(this.#pendingState, true);
      this.#pendingState = undefined;
    }
    if (data.review.status !== 'draft') void deleteDraft(data.review.id);
    else if (!this.#edited) void this.#restoreLocal(data.review);
  }

  async #restoreLocal(review: Review): Promise<void> {
    const draft = await readDraft(review.id).catch((error: unknown) => {
      console.warn('[evident] could not read the local draft', error);
      return undefined;
    });
    if (!draft || this.current?.review !== review || this.#edited) return;
    const mine = toAnswers(draft.answers);
    if (sameAnswers(mine, this.answers)) return void deleteDraft(review.id);
    this.#beforeRestore = { ...this.answers };
    if (draft.baseVersion === review.version) this.answers = mine;
    else {
      // The server moved on since this draft was written: merge, and ask where both changed.
      const { merged, conflicts } = mergeAnswers(toAnswers(draft.base), mine, this.#base);
      this.answers = merged;
      if (conflicts.length) this.#openConflict(review, mine, conflicts, undefined);
    }
    this.#edited = true;
    this.restoredAt = draft.savedAt;
    if (!this.conflict) this.#autosave.schedule();
  }

  #discardRestored(): void {
    this.restoredAt = undefined;
    this.conflict = undefined;
    const before = { ...this.#beforeRestore };
    if (!sameAnswers(before, this.#base)) return this.#setAnswers(before, true); // the restored draft was saved meanwhile: save the old answers back
    // Nothing to save: back to the server's answers, and forget the local copy.
    this.answers = before;
    this.#edited = false;
    this.#autosave.cancel();
    if (this.current) void deleteDraft(this.current.review.id);
    this.emitNative('input');
    this.emitNative('change');
  }

  /** One answer changed by the person. */
  #change(answer: Answer, commit: boolean): void {
    if (this.#readOnly || this.#inert) return;
    if (this.serverMessages[answer.questionId]) {
      const { [answer.questionId]: _answered, ...rest } = this.serverMessages;
      this.serverMessages = rest;
    }
    this.#setAnswers({ ...this.answers, [answer.questionId]: answer }, commit);
  }

  #setAnswers(answers: Answers, commit: boolean): void {
    this.answers = answers;
    this.#edited = true;
    void this.#keepLocal();
    if (!this.conflict) this.#autosave.schedule();
    this.emitNative('input');
    if (commit) this.emitNative('change');
  }

  /** Writes the answers to IndexedDB right away: the copy that survives a reload or crash. */
  async #keepLocal(): Promise<void> {
    const current = this.current;
    if (!current) return;
    try {
      await writeDraft(current.review.id, {
        answers: answerList(this.answers, current.template),
        base: answerList(this.#base, current.template),
        baseVersion: current.review.version,
        savedAt: new Date().toISOString(),
      });
      this.localFailed = false;
    } catch (error) {
      console.warn('[evident] could not keep the draft on this device', error);
      this.localFailed = true;
    }
  }

  /** Connected: saves the draft to the server. Controlled: hands it to the host in `review-save`. */
  async #save(): Promise<void> {
    const current = this.current;
    if (!current) return;
    const sent = this.answers;
    const answers = forServer(answerList(sent, current.template));
    this.#sent = answers;
    if (!this.#connected) {
      this.emit('review-save', { review: { ...current.review, answers } });
      return;
    }
    const review = await this.activeClient!.saveReviewDraft({
      params: { reviewId: current.review.id },
      body: { answers },
      ...(this.#etag ? { ifMatch: this.#etag } : {}),
    });
    if (this.current?.review.id !== review.id) return; // the form moved on to another review meanwhile
    this.#etag = undefined;
    this.#base = toAnswers(review.answers);
    this.current = { ...this.current!, review };
    this.serverMessages = {};
    if (this.answers === sent) await deleteDraft(review.id);
    else void this.#keepLocal();
    this.emit('review-save', { review });
  }

  /** Puts what the server said about each refused answer next to its field. */
  #showServerMessages(error: unknown): void {
    if (error instanceof ApiError) this.serverMessages = messagesByQuestion(error.fieldErrors, this.#sent);
  }

  #onSaveFailure(error: unknown): void {
    this.#showServerMessages(error);
    const current = this.current;
    if (!(error instanceof ConflictError) || !current) return;
    const server = error.current as Review | undefined;
    if (!server) return;
    const { merged, conflicts } = mergeAnswers(this.#base, this.answers, toAnswers(server.answers));
    if (conflicts.length) return this.#openConflict(server, this.answers, conflicts, error.etag);
    // Both sides changed different questions: keep both and save again.
    this.#acceptServer(server, error.etag);
    this.#setAnswers(merged, false);
  }

  /** The merge panel is loaded on the first conflict: most sessions never see one. */
  #conflictView?: { renderConflict: typeof renderConflict; conflictStyles: typeof conflictStyles };
  #conflictViewLoading?: Promise<unknown>;

  /** `updateComplete` also waits for the merge panel's code, so "rendered" means what the person sees. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.#conflictViewLoading) return done;
    await this.#conflictViewLoading;
    return super.getUpdateComplete();
  }

  #openConflict(server: Review, mine: Answers, ids: string[], etag: string | undefined): void {
    this.#autosave.cancel();
    this.#conflictViewLoading ??= import('./conflict-view.js').then((view) => {
      this.#conflictView = view;
      adoptStyles(this.renderRoot as ShadowRoot, [...(this.constructor as typeof ReviewForm).elementStyles, view.conflictStyles]);
      this.requestUpdate();
    });
    this.conflict = { server, mine, ids, etag, choice: Object.fromEntries(ids.map((id) => [id, 'mine'])) };
    this.emit('review-conflict', { mine: answerList(mine, this.current!.template), server });
  }

  #acceptServer(server: Review, etag: string | undefined): void {
    this.#etag = etag;
    this.#base = toAnswers(server.answers);
    this.current = { ...this.current!, review: server };
  }

  /** Applies the person's choice per question, then saves against the server's version. */
  #resolve(all?: 'mine' | 'server'): void {
    const conflict = this.conflict;
    if (!conflict) return;
    const server = toAnswers(conflict.server.answers);
    const answers = { ...this.answers };
    for (const id of conflict.ids) {
      const pick = (all ?? conflict.choice[id]) === 'server' ? server[id] : conflict.mine[id];
      if (pick) answers[id] = pick;
      else delete answers[id];
    }
    this.conflict = undefined;
    this.#acceptServer(conflict.server, conflict.etag);
    this.#setAnswers(answers, true);
  }

  #problems(): { question: Question; problem: Problem }[] {
    if (!this.current) return [];
    return questionsOf(this.current.template).flatMap((question) => {
      const problem = problemOf(question, this.answers[question.id]);
      return problem ? [{ question, problem }] : [];
    });
  }

  #problemText(question: Question, problem: Problem): string {
    if (problem === 'too-long') {
      const max = this.locale.formatNumber((question as { maxLength?: number }).maxLength ?? 0);
      return msg(str`Shorten this answer to ${max} characters.`, { id: 'answer-too-long' });
    }
    if (problem === 'goal-title') return msg('Give every goal a title.', { id: 'goal-title-missing' });
    if (question.kind === 'competency') return msg('Choose a level.', { id: 'rating-missing' });
    if (question.kind === 'goal') return msg('Add at least one goal.', { id: 'goal-missing' });
    return msg('Write an answer.', { id: 'text-missing' });
  }

  /** Shows every message next to its field and focuses the summary. */
  async #showProblems(): Promise<void> {
    this.attempted = true;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<RatingScale>('.rating').forEach((r) => r.checkValidity());
    this.renderRoot.querySelector<HTMLElement>('.summary')?.focus();
  }

  async #submit(): Promise<void> {
    const current = this.current;
    if (!current || this.#readOnly || this.#inert || this.conflict) return;
    if (this.#problems().length) return this.#showProblems();
    const answers = forServer(this.value);
    if (!this.#connected) {
      this.emit('review-submit', { answers });
      return;
    }
    this.submitting = true;
    this.submitError = undefined;
    try {
      if (!(await this.#autosave.flush())) throw this.#autosave.error;
      const review = await this.activeClient!.submitReview({ params: { reviewId: current.review.id } });
      this.#acceptServer(review, undefined);
      await deleteDraft(review.id);
      this.emit('review-submit', { answers, review });
    } catch (error) {
      if (!this.conflict) this.submitError = error;
      this.#showServerMessages(error);
      if (Object.keys(this.serverMessages).length) void this.#showProblems();
    } finally {
      this.submitting = false;
    }
  }

  #focusField(event: Event, id: string): void {
    event.preventDefault();
    const field = this.renderRoot.querySelector<HTMLElement>(`#input-${CSS.escape(id)}`);
    // A goal list focuses its first input (or its "Add goal" button).
    (field?.matches('fieldset') ? field.querySelector<HTMLElement>('input, button') : field)?.focus();
    field?.scrollIntoView({ block: 'center' });
  }

  protected override render() {
    if (!this.current) return this.data ? nothing : this.#load.render({ ready: () => nothing });
    const { review, template } = this.current;
    const level = Math.min(6, Math.max(1, this.headingLevel));
    const problems = this.#problems();
    const field: FieldContext = {
      scale: this.current.scale,
      competencies: this.current.competencies,
      answers: this.answers,
      readOnly: this.#readOnly,
      disabled: this.#inert,
      attempted: this.attempted,
      ratingTag: this.tagFor(RatingScale),
      locale: this.locale,
      problemText: (q, p) => this.#problemText(q, p),
      serverMessages: this.serverMessages,
      change: (answer, commit) => this.#change(answer, commit),
      commit: () => this.emitNative('change'),
    };
    return html`<div part="form" class="form" @input=${stopInner} @rating-change=${stopInner}>
      <div part="header" class="header">
        <div part="title" class="title" role="heading" aria-level=${level}>${template.name}</div>
        ${this.#readOnly ? html`<p part="banner" class="banner" role="status">${this.#bannerText(review)}</p>` : nothing}
      </div>
      ${this.restoredAt && !this.#readOnly ? this.#renderRestored(this.restoredAt) : nothing}
      ${this.conflict && this.#conflictView
        ? this.#conflictView.renderConflict(this.conflict, {
            template,
            scale: this.current.scale,
            choose: (id, side) => (this.conflict = { ...this.conflict!, choice: { ...this.conflict!.choice, [id]: side } }),
            resolve: (all) => this.#resolve(all),
          })
        : nothing}
      ${this.#renderSummary(problems)}
      ${template.sections.map(
        (section) => html`<section part="section" class="section" aria-labelledby="section-${section.id}">
          <div part="section-title" class="section-title" id="section-${section.id}" role="heading" aria-level=${Math.min(6, level + 1)}>${section.title}</div>
          ${section.questions.map((question) => renderQuestion(question, field))}
        </section>`,
      )}
      ${this.#readOnly ? nothing : this.#renderFooter(problems.length === 0)}
    </div>`;
  }

  #bannerText(review: Review): string {
    const when = (at: string | null) => (at ? this.locale.formatDate(at, { dateStyle: 'long' }) : '');
    if (review.status === 'signed') return msg(str`Signed on ${when(review.signedAt)}. This review can no longer be changed.`, { id: 'banner-signed' });
    if (review.status === 'acknowledged') return msg(str`Acknowledged on ${when(review.acknowledgedAt)}. This review can no longer be changed.`, { id: 'banner-acknowledged' });
    return msg(str`Submitted on ${when(review.submittedAt)}. This review can no longer be changed.`, { id: 'banner-submitted' });
  }

  #renderRestored(at: string) {
    const time = this.locale.formatDate(at, { dateStyle: 'medium', timeStyle: 'short' });
    return html`<div part="notice" class="notice" role="status">
      <span>${msg(str`Your unsaved changes from ${time} were restored.`, { id: 'draft-restored' })}</span>
      <button part="button" class="ev-button" type="button" @click=${() => this.#discardRestored()}>${msg('Discard them', { id: 'draft-discard' })}</button>
    </div>`;
  }

  /** After a submit attempt: every answer that needs attention, the form's checks first, then the server's. */
  #renderSummary(problems: { question: Question; problem: Problem }[]) {
    const items: [Question, string][] = problems.map(({ question, problem }) => [question, this.#problemText(question, problem)]);
    for (const question of questionsOf(this.current!.template)) {
      const message = this.serverMessages[question.id];
      if (message && !problems.some((p) => p.question === question)) items.push([question, message]);
    }
    if (!this.attempted || !items.length) return nothing;
    const count = this.locale.formatNumber(items.length);
    return html`<div part="summary" class="summary" role="alert" tabindex="-1" aria-labelledby="summary-title">
      <p id="summary-title" class="summary-title">${msg(str`Before you submit, ${count} answers need your attention:`, { id: 'summary-title' })}</p>
      <ul>
        ${items.map(
          ([question, text]) => html`<li><a href="#input-${question.id}" @click=${(e: Event) => this.#focusField(e, question.id)}>${question.prompt}</a>: ${text}</li>`,
        )}
      </ul>
    </div>`;
  }

  #renderFooter(valid: boolean) {
    const blocked = !valid || this.#inert || !!this.conflict;
    return html`<div part="footer" class="footer">
      <div part="save-status" class="save-status" role="status">${this.#saveStatus()}</div>
      ${this.submitError ? html`<div class="ev-error" role="alert">${describeError(this.submitError)}</div>` : nothing}
      <button part="submit" class="ev-button" data-variant="primary" type="button" aria-disabled=${blocked ? 'true' : 'false'} @click=${() => void this.#submit()}>
        ${this.submitting ? msg('Submitting…', { id: 'submitting' }) : msg('Submit review', { id: 'submit' })}
      </button>
    </div>`;
  }

  #saveStatus() {
    if (this.localFailed) return msg('Could not keep a copy on this device.', { id: 'local-failed' });
    if (this.conflict) return msg('Not saved: choose which answers to keep.', { id: 'status-conflict' });
    if (!this.#connected) return this.#edited ? msg('Changes kept on this device.', { id: 'status-local' }) : nothing;
    switch (this.#autosave.status) {
      case 'pending':
      case 'saving':
        return msg('Saving…', { id: 'status-saving' });
      case 'saved':
        return msg('All changes saved.', { id: 'status-saved' });
      case 'retrying':
        return html`${msg('Saved locally, will retry.', { id: 'status-retrying' })}
          <button part="button" class="ev-button link" type="button" @click=${() => void this.#autosave.flush()}>${msg('Retry now', { id: 'retry-now' })}</button>`;
      case 'failed':
        return html`${describeError(this.#autosave.error)}
          <button part="button" class="ev-button link" type="button" @click=${() => this.#autosave.schedule()}>${msg('Try again', { id: 'retry' })}</button>`;
      default:
        return nothing;
    }
  }
}

/** Inner fields' events stay inside; the form fires its own `input` / `change`. */
const stopInner = (event: Event) => event.stopPropagation();

declare global {
  interface HTMLElementTagNameMap {
    'review-form': ReviewForm;
  }
  interface HTMLElementEventMap {
    'review-save': CustomEvent<ReviewSaveDetail>;
    'review-submit': CustomEvent<ReviewSubmitDetail>;
    'review-conflict': CustomEvent<ReviewConflictDetail>;
  }
}
