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

/**
 * Keyset cursors for the evidence log (newest first by `seq`): a page deep in 100,000 events
 * costs what the first one does, and events appended meanwhile never shift a page.
 */
export function seqWindow(query: { cursor?: string | undefined; limit?: number | undefined }): { before: number | null; limit: number } {
  const limit = query.limit ?? DEFAULT_LIMIT;
  if (!query.cursor) return { before: null, limit };
  const m = /^s:(\d{1,15})$/.exec(/^[\w-]+$/.test(query.cursor) ? Buffer.from(query.cursor, 'base64url').toString('utf8') : '');
  if (!m) throw new HttpProblem(400, 'The cursor is not one this server issued', { slug: 'validation', errors: [{ path: 'query.cursor', message: 'is not a valid cursor' }] });
  return { before: Number(m[1]), limit };
}

export function toSeqPage<T extends { seq: number }>(rows: T[], limit: number): { items: T[]; nextCursor: string | null } {
  const more = rows.length > limit;
  const items = more ? rows.slice(0, limit) : rows;
  return { items, nextCursor: more ? Buffer.from(`s:${items.at(-1)!.seq}`).toString('base64url') : null };
}
