/** Pure answer logic of the review form: lookup, validity, three-way merge. No DOM, no network. */
import type { Answer, Question, ReviewTemplate } from '@evident/contract';

export type Answers = Record<string, Answer>;
export type Goal = NonNullable<Answer['goals']>[number];

export const questionsOf = (template: ReviewTemplate): Question[] => template.sections.flatMap((s) => s.questions);

export const toAnswers = (list: readonly Answer[]): Answers => Object.fromEntries(list.map((a) => [a.questionId, a]));

/** The answers in template order (then any the template no longer has), as the server stores them. */
export function answerList(answers: Answers, template: ReviewTemplate): Answer[] {
  const ordered = questionsOf(template).map((q) => answers[q.id]);
  const known = new Set(questionsOf(template).map((q) => q.id));
  return [...ordered, ...Object.values(answers).filter((a) => !known.has(a.questionId))].filter((a): a is Answer => !!a);
}

/** What the server accepts: goals without a title are still being typed and stay local. */
export function forServer(list: Answer[]): Answer[] {
  return list.map((a) => (a.goals ? { ...a, goals: a.goals.filter((g) => g.title.trim()).map((g) => (g.dueOn ? g : { title: g.title })) } : a));
}

/** A comparable form of one answer: missing, null and empty mean the same. */
export function answerKey(answer: Answer | undefined): string {
  return JSON.stringify([answer?.level ?? null, answer?.text ?? '', (answer?.goals ?? []).map((g) => [g.title, g.dueOn ?? ''])]);
}

export const sameAnswers = (a: Answers, b: Answers): boolean =>
  [...new Set([...Object.keys(a), ...Object.keys(b)])].every((id) => answerKey(a[id]) === answerKey(b[id]));

/**
 * The server's field errors (400 / 422) by question id, to show next to each field:
 * `answers.3.level` is about the fourth answer `sent`, `answers.q-7` about question q-7.
 */
export function messagesByQuestion(errors: readonly { path: string; message: string }[], sent: readonly Answer[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { path, message } of errors) {
    const key = /^answers\.([^.]+)/.exec(path)?.[1];
    const id = key && (/^\d+$/.test(key) ? sent[Number(key)]?.questionId : key);
    if (id) out[id] ??= message;
  }
  return out;
}

export type Problem = 'missing' | 'too-long' | 'goal-title';

/** Why one question is not ready to submit, or undefined. */
export function problemOf(question: Question, answer: Answer | undefined): Problem | undefined {
  if (question.kind === 'competency') return question.required && (answer?.level ?? null) === null ? 'missing' : undefined;
  if (question.kind === 'text') {
    const text = answer?.text ?? '';
    if (question.maxLength !== undefined && text.length > question.maxLength) return 'too-long';
    return question.required && !text.trim() ? 'missing' : undefined;
  }
  const goals = answer?.goals ?? [];
  if (goals.some((g) => !g.title.trim())) return 'goal-title';
  return question.required && goals.length === 0 ? 'missing' : undefined;
}

export interface Merge {
  /** Every answer both sides agree on or only one side changed. */
  merged: Answers;
  /** Question ids both sides changed differently: the person chooses. */
  conflicts: string[];
}

/** Three-way merge of the person's answers and the server's, both changed from `base`. */
export function mergeAnswers(base: Answers, mine: Answers, server: Answers): Merge {
  const merged: Answers = {};
  const conflicts: string[] = [];
  for (const id of new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(server)])) {
    const [b, m, s] = [answerKey(base[id]), answerKey(mine[id]), answerKey(server[id])];
    const pick = m === s || m === b ? server[id] : s === b ? mine[id] : undefined;
    if (m !== s && m !== b && s !== b) conflicts.push(id);
    else if (pick) merged[id] = pick;
  }
  return { merged, conflicts };
}
