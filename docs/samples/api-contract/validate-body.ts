import { routes } from '@evident/contract';

// The same schema the reference server and the SDK use: no second copy of the rules to drift.
export function parseDraft(json: unknown) {
  const result = routes.saveReviewDraft.body.safeParse(json);
  if (result.success) return { ok: true as const, draft: result.data };
  const errors = result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  return { ok: false as const, problem: { type: 'about:blank', title: 'The request is not valid', status: 400, errors } };
}
