/** RFC 9457 problem details: the one error shape every failure of the API takes. */
import type { Problem } from '@evident/contract';

const TITLES: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  409: 'Conflict', 412: 'Precondition Failed', 413: 'Content Too Large', 415: 'Unsupported Media Type',
  422: 'Unprocessable Content', 428: 'Precondition Required', 500: 'Internal Server Error',
};

export type FieldError = { path: string; message: string };

/** Thrown anywhere below a route; the app turns it into a problem+json response. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    detail: string,
    readonly extra: { slug?: string; title?: string; errors?: FieldError[]; current?: unknown } = {},
  ) {
    super(detail);
  }

  toJSON(): Problem {
    const slug = this.extra.slug ?? String(this.status);
    return {
      type: `urn:evident:problem:${slug}`,
      title: this.extra.title ?? TITLES[this.status] ?? 'Error',
      status: this.status,
      detail: this.message,
      ...(this.extra.errors ? { errors: this.extra.errors } : {}),
      ...(this.extra.current !== undefined ? { current: this.extra.current } : {}),
    };
  }
}

export const notFound = (what: string) => new HttpProblem(404, `${what} was not found`, { slug: 'not-found' });
export const forbidden = (detail: string) => new HttpProblem(403, detail, { slug: 'forbidden' });
export const conflict = (detail: string) => new HttpProblem(409, detail, { slug: 'conflict' });
/** A well-formed request the domain cannot accept: unknown references, incomplete submit, ... */
export const unprocessable = (detail: string, errors?: FieldError[]) =>
  new HttpProblem(422, detail, { slug: 'unprocessable', ...(errors ? { errors } : {}) });
export const stale = (current: unknown) =>
  new HttpProblem(412, 'If-Match does not match the current version; reload and merge', { slug: 'stale', current });
