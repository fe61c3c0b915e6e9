import { html } from 'lit';
import { msg } from '@lit/localize';
import type { Review, ReviewTemplate } from '@evident/contract';
import type { RatingLevel } from '../rating-scale/rating-scale.js';
import { questionsOf, toAnswers, type Answers } from './answers.js';
import { answerText } from './answer-text.js';

export type Side = 'mine' | 'server';

/** A save that found the server changed the same questions: the person chooses per question. */
export interface Conflict {
  server: Review;
  /** The person's answers at the time of the conflict. */
  mine: Answers;
  /** Questions both sides changed differently. */
  ids: string[];
  /** The server version's ETag, for the next save's `If-Match`. */
  etag: string | undefined;
  choice: Record<string, Side>;
}

export interface ConflictContext {
  template: ReviewTemplate;
  scale: RatingLevel[];
  choose: (questionId: string, side: Side) => void;
  /** Applies the choices; `all` picks one side for every question. */
  resolve: (all?: Side) => void;
}

export function renderConflict(conflict: Conflict, ctx: ConflictContext) {
  const server = toAnswers(conflict.server.answers);
  const questions = questionsOf(ctx.template).filter((q) => conflict.ids.includes(q.id));
  return html`<section part="conflict" class="conflict" aria-labelledby="conflict-title">
    <div class="conflict-title" id="conflict-title" role="heading" aria-level="3">${msg('Someone else changed this review', { id: 'conflict-title' })}</div>
    <p>${msg('Choose which answer to keep for each question. Your answers stay on this device until you decide.', { id: 'conflict-help' })}</p>
    ${questions.map(
      (q) => html`<fieldset class="conflict-item">
        <legend>${q.prompt}</legend>
        ${(['mine', 'server'] as const).map(
          (side) => html`<label class="choice">
            <input type="radio" name="conflict-${q.id}" value=${side} .checked=${conflict.choice[q.id] === side} @change=${() => ctx.choose(q.id, side)} />
            <span class="side">${side === 'mine' ? msg('Yours:', { id: 'conflict-mine' }) : msg('Server:', { id: 'conflict-server' })}</span>
            <span class="answer">${answerText(q, side === 'mine' ? conflict.mine[q.id] : server[q.id], ctx.scale)}</span>
          </label>`,
        )}
      </fieldset>`,
    )}
    <div class="actions">
      <button part="button" class="ev-button" type="button" @click=${() => ctx.resolve('mine')}>${msg('Keep all mine', { id: 'conflict-keep-mine' })}</button>
      <button part="button" class="ev-button" type="button" @click=${() => ctx.resolve('server')}>${msg("Take all of the server's", { id: 'conflict-take-server' })}</button>
      <button part="button" class="ev-button" data-variant="primary" type="button" @click=${() => ctx.resolve()}>${msg('Save my choices', { id: 'conflict-save' })}</button>
    </div>
  </section>`;
}
