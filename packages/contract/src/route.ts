import type * as z from 'zod/mini';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Marks a route whose success body is CSV text rather than JSON. */
export const csv = { mediaType: 'text/csv' } as const;
export type CsvBody = typeof csv;

/** Versioned resources whose writes take `If-Match`; the SDK keeps their ETags under this name. */
export type VersionedResource = 'framework' | 'review' | 'plan';

export type Access = 'employee' | 'manager' | 'people-lead' | 'auditor';

/**
 * What travels on the wire for one route: all a client needs to call it and check the answer.
 * Browser code imports only these (see endpoints.ts), which keeps the SDK bundle small.
 */
export interface EndpointDef {
  method: Method;
  /** Express-style path: `/v1/reviews/:reviewId`. */
  path: string;
  response: z.ZodMiniType | CsvBody;
  /** Success status; 200 unless said. */
  status?: 200 | 201;
  /** Writes to this resource need `If-Match` with its ETag; stale gets 412, missing 428. */
  ifMatch?: { resource: VersionedResource; param: string };
  /** The ETag of the response body belongs to this resource (reads and writes of it). */
  etag?: VersionedResource;
  /** Non-idempotent POST that honours `Idempotency-Key`: a replay returns the first response. */
  idempotent?: boolean;
  /** The response is a cursor page `{ items, nextCursor }`. */
  paged?: boolean;
}

/** What the server checks of a request to one route, and who may call it. */
export interface RequestDef {
  params?: z.ZodMiniObject;
  query?: z.ZodMiniObject;
  body?: z.ZodMiniType;
  /** The roles allowed; `auditor` never writes. */
  access: readonly Access[];
  /** Error statuses beyond the ones every route has (400, 401, 403, 404; 413 / 415 with a body; 422 when idempotent). */
  errors?: readonly (409 | 412 | 422 | 428)[];
}

/** One whole route of the API: the SDK, the server and the OpenAPI document all derive from these. */
export type RouteDef = EndpointDef & RequestDef;

/** Identity helper that keeps the literal types of an endpoint. */
export const endpoint = <const E extends EndpointDef>(e: E): E => e;
