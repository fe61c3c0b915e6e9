/**
 * Building blocks shared by every schema of the domain.
 * Written with `zod/mini` so that the browser bundle of the contract stays small.
 */
import * as z from 'zod/mini';

/** Opaque identifier: letters, digits and `_ . : -`, 1–64 characters. */
export const Id = z.string().check(z.regex(/^[\w.:-]{1,64}$/, 'must be an id of 1–64 letters, digits or _ . : -'));

/** ISO 8601 date-time in UTC, e.g. `2026-03-01T09:30:00Z`. */
export const Timestamp = z.string().check(
  z.regex(/^\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d(\.\d{1,9})?Z$/, 'must be an ISO 8601 UTC date-time such as 2026-03-01T09:30:00Z'),
);

/** ISO 8601 calendar date, e.g. `2026-03-31`. */
export const DateOnly = z.string().check(z.regex(/^\d{4}-[01]\d-[0-3]\d$/, 'must be an ISO 8601 date such as 2026-03-31'));

/** Text a person writes, between `min` and `max` characters. */
export const text = (max: number, min = 0) =>
  z.string().check(z.minLength(min, min ? 'must not be empty' : undefined), z.maxLength(max, `must be at most ${max} characters`));

export const Title = text(200, 1);
export const LongText = text(10_000);

export const Email = z.string().check(z.maxLength(254), z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'must be a valid email address'));

/** A link a person may follow: `http` or `https` only, never `javascript:` or `data:`. */
export const HttpUrl = z.string().check(z.maxLength(2048), z.regex(/^https?:\/\/[^\s]+$/i, 'must be an http(s) link'));

/** A proficiency level. Frameworks use 0–10 at most; the framework's own scale narrows it. */
export const Level = z.int().check(z.minimum(0), z.maximum(10));

/**
 * An ISO/IEC 27001:2022 clause (`7.2`, `9.1`, `9.3`) or Annex A control (`A.6.3`, `A.8.2`).
 */
export const IsoTag = z.string().check(z.regex(/^(?:(?:[4-9]|10)(?:\.\d{1,2}){0,2}|A\.[5-8]\.\d{1,2})$/, 'must be an ISO 27001 clause (7.2) or Annex A control (A.6.3)'));

/** A cursor-paged list: `{ items, nextCursor }`; `nextCursor` is `null` on the last page. */
export const page = <T extends z.ZodMiniType>(item: T) => z.object({ items: z.array(item), nextCursor: z.nullable(z.string()) });

export type Page<T> = { items: T[]; nextCursor: string | null };

/** RFC 9457 problem details, with field errors and (on 412) the current version of the resource. */
export const Problem = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  errors: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
  current: z.optional(z.unknown()),
});
export type Problem = z.infer<typeof Problem>;
export type Id = z.infer<typeof Id>;
