/** Query parameters shared by list routes. */
import * as z from 'zod/mini';

/** Page size of a list; the server caps it. */
export const Limit = z.optional(z.pipe(z.coerce.number<number>(), z.int().check(z.minimum(1), z.maximum(500))));
export const Cursor = z.optional(z.string().check(z.maxLength(512)));

/** Query parameters shared by every cursor-paged list. */
export const pageQuery = { cursor: Cursor, limit: Limit };

