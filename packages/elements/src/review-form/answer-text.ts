import { msg } from '@lit/localize';
import type { Answer, Question } from '@evident/contract';
import type { RatingLevel } from '../rating-scale/rating-scale.js';

/** One answer as plain text, for the conflict view ("yours" vs "server"). */
export function answerText(question: Question, answer: Answer | undefined, scale: RatingLevel[]): string {
  if (question.kind === 'competency') {
    const level = answer?.level;
    if (level === undefined || level === null) return msg('Not rated', { id: 'not-rated' });
    const label = scale.find((l) => l.level === level)?.label;
    return label ? `${level} · ${label}` : String(level);
  }
  if (question.kind === 'text') return answer?.text?.trim() ? answer.text : msg('(empty)', { id: 'empty-answer' });
  const goals = answer?.goals?.filter((g) => g.title.trim()) ?? [];
  return goals.length ? goals.map((g) => (g.dueOn ? `${g.title} (${g.dueOn})` : g.title)).join('; ') : msg('No goals', { id: 'no-goals' });
}
