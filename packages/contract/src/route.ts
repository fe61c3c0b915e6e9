import type * as z from 'zod/mini';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Marks a route whose success body is CSV text rather than JSON. */
export const csv = { mediaType: 'text/csv' } as const;
export type CsvBody = typeof csv;

/** Versioned resources whose writes take `If-Match`; the SDK keeps their ETags under this name. */
export type VersionedResource = 'framework' | 'review' | 'plan';

export type Access = 'employee' | 'manager' | 'people-lead' | 'auditor';

/**
 * One route of the API. The SDK derives its methods and types from it, the server its
 * validation, and the OpenAPI document its operations.
 */
export interface RouteDef {
  method: Method;
  /** Express-style path: `/v1/reviews/:reviewId`. */
  path: string;
  summary: string;
  tag: string;
  params?: z.ZodMiniObject;
  query?: z.ZodMiniObject;
  body?: z.ZodMiniType;
  response: z.ZodMiniType | CsvBody;
  /** Success status; 200 unless said. */
  status?: 200 | 201;
  /** Writes to this resource need `If-Match` with its ETag; stale gets 412. */
  ifMatch?: { resource: VersionedResource; param: string };
  /** The ETag of the response body belongs to this resource (reads and writes of it). */
  etag?: VersionedResource;
  /** Non-idempotent POST that honours `Idempotency-Key`. */
  idempotent?: boolean;
  /** The response is a cursor page `{ items, nextCursor }`. */
  paged?: boolean;
  /** Who may call it: the roles allowed; `auditor` never writes. */
  access: readonly Access[];
  /** Error statuses beyond the ones every route has (400, 401, 404, 415, 413). */
  errors?: readonly (409 | 412 | 422 | 428)[];
}

/** Identity helper that keeps the literal types of a route for the SDK. */
export const route = <const R extends RouteDef>(r: R): R => r;
