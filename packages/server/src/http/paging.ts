/** Opaque cursors for `{ items, nextCursor }` lists: an offset, base64url-encoded. */
import { HttpProblem } from '../problem.js';

const DEFAULT_LIMIT = 50;

export interface PageWindow { offset: number; limit: number }

export function pageWindow(query: { cursor?: string | undefined; limit?: number | undefined }): PageWindow {
  const limit = query.limit ?? DEFAULT_LIMIT;
  if (!query.cursor) return { offset: 0, limit };
  const offset = Number(Buffer.from(query.cursor, 'base64url').toString('utf8').replace(/^o:/, ''));
  if (!Number.isSafeInteger(offset) || offset < 0 || !query.cursor.match(/^[\w-]+$/)) {
    throw new HttpProblem(400, 'The cursor is not one this server issued', { slug: 'validation', errors: [{ path: 'query.cursor', message: 'is not a valid cursor' }] });
  }
  return { offset, limit };
}

/** Rows were fetched with `limit + 1`: the extra one only says there is a next page. */
export function toPage<T>(rows: T[], w: PageWindow): { items: T[]; nextCursor: string | null } {
  const more = rows.length > w.limit;
  return { items: more ? rows.slice(0, w.limit) : rows, nextCursor: more ? Buffer.from(`o:${w.offset + w.limit}`).toString('base64url') : null };
}
