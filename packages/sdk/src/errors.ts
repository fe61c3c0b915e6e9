import type { Problem } from '@evident/contract';

/** A field the server refused, from the problem's `errors` member. */
export interface FieldError {
  path: string;
  message: string;
}

/** The server answered with an error: RFC 9457 problem details, typed. */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: number;
  readonly problem: Problem;
  readonly route: string;

  constructor(route: string, problem: Problem) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.route = route;
    this.status = problem.status;
    this.problem = problem;
  }

  get title(): string {
    return this.problem.title;
  }
  get detail(): string | undefined {
    return this.problem.detail;
  }
  /** Field-level errors (400, 422), empty when there are none. */
  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }
}

/**
 * A write carried a stale `If-Match` (412): someone else saved first.
 * `current` is the server's version of the resource, `etag` its ETag, so a caller can merge and retry.
 */
export class ConflictError<T = unknown> extends ApiError {
  override name = 'ConflictError';
  constructor(
    route: string,
    problem: Problem,
    readonly current: T | undefined,
    readonly etag: string | undefined,
  ) {
    super(route, problem);
  }
}

/** The server's response broke the contract: the API and this SDK disagree. */
export class ContractError extends Error {
  override name = 'ContractError';
  constructor(
    readonly route: string,
    /** Where in the response body, e.g. `items.3.email`. */
    readonly path: string,
    readonly issues: readonly { path: PropertyKey[]; message: string }[],
  ) {
    super(`${route}: response breaks the contract at ${path || '(root)'}: ${issues[0]?.message ?? 'invalid'}`);
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;
