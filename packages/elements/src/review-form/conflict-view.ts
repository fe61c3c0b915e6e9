import { css, html } from 'lit';
import { msg } from '@lit/localize';
import type { Review, ReviewTemplate } from '@evident/contract';
import type { RatingLevel } from '../rating-scale/rating-scale.js';
import { questionsOf, toAnswers, type Answers } from './answers.js';
import { answerText } from './answer-text.js';

export type Side = 'mine' | 'server';

/** The panel's styles travel with it: most sessions never load either (review-form adopts them). */
export const conflictStyles = css`
  .conflict {
    display: grid;
    gap: var(--_ev-space);
    margin: 0;
    padding: var(--_ev-space) calc(var(--_ev-space) * 1.5);
    border: 1px solid var(--_ev-border);
    border-inline-start: 4px solid var(--_ev-warning);
    border-radius: var(--_ev-radius);
    background: var(--_ev-surface-raised);
  }
  .conflict-title {
    margin: 0;
    font-weight: 700;
  }
  .conflict-item {
    display: grid;
    gap: calc(var(--_ev-space) * 0.5);
    border: 1px solid var(--_ev-border);
    border-radius: var(--_ev-radius);
  }
  .choice {
    display: flex;
    gap: calc(var(--_ev-space) * 0.75);
    align-items: baseline;
  }
  .side {
    font-weight: 600;
    min-inline-size: 5em;
  }
  .answer {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ev-space);
  }
`;

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
