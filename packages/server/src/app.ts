/** The Hono application: middleware, every route of the contract, problem+json for every failure. */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import * as z from 'zod/mini';
import { routes, type RouteDef } from '@evident/contract';
import type { Db } from './db/schema.js';
import type { TokenVerifier } from './auth/verifier.js';
import { staticTokenVerifier } from './auth/static-tokens.js';
import { HttpProblem } from './problem.js';
import { routeHandler, type Who } from './http/pipeline.js';
import { ReadMemo, TokenCache } from './http/memo.js';
import { baseHeaders, ensureBaseHeaders, headedResponse } from './http/headers.js';
import { cors } from './http/cors.js';
import { handlers } from './handlers.js';
import type { Handler } from './http/types.js';

// Readable English messages for the 400 field errors (zod/mini ships without a locale).
z.config(z.locales.en());

export interface LogEntry { level: 'info' | 'warn' | 'error'; msg: string; [k: string]: unknown }
export type Logger = (entry: LogEntry) => void;
export const jsonLogger: Logger = (e) => process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...e })}\n`);
export const silentLogger: Logger = () => {};

export interface AppOptions {
  db: Db;
  /** Defaults to the static tokens stored in the database. */
  verifier?: TokenVerifier;
  /** Origins allowed to call the API from a browser; `*` for any. Empty: same origin only. */
  corsOrigins?: string[];
  /** Directory served at `/` (the demo page). */
  staticDir?: string;
  /** The generated OpenAPI document, served at `/openapi.json` without a token. */
  openapiFile?: string;
  log?: Logger;
  now?: () => Date;
}

const problemResponse = (p: HttpProblem, requestId?: string) => {
  const headers = baseHeaders(requestId);
  headers['Content-Type'] = 'application/problem+json';
  if (p.status === 401) headers['WWW-Authenticate'] = 'Bearer realm="evident"';
  // The unread rest of an oversized body would poison a kept-alive connection.
  if (p.status === 413) headers.Connection = 'close';
  const etag = etagOfCurrent(p.extra.current);
  if (etag) headers.ETag = etag;
  return headedResponse(JSON.stringify(p.toJSON()), p.status, headers);
};

/** On 412 the ETag of the current version travels too, so a client can merge and retry at once. */
const etagOfCurrent = (current: unknown): string | null => {
  if (!current || typeof current !== 'object') return null;
  const c = current as { revision?: unknown; version?: unknown };
  const v = 'revision' in c ? c.revision : c.version;
  return typeof v === 'number' ? `"${v}"` : null;
};

export function createApp(opts: AppOptions): Hono<{ Variables: { requestId: string } }> {
  const log = opts.log ?? jsonLogger;
  const deps = { db: opts.db, verifier: opts.verifier ?? staticTokenVerifier(opts.db), now: opts.now ?? (() => new Date()), memo: new ReadMemo(), tokens: new TokenCache<Who>() };
  const app = new Hono<{ Variables: { requestId: string } }>();

  // Request id, security headers (see http/headers.ts) and the access log in one middleware. No
  // Cross-Origin-Resource-Policy: the API is meant to be called from other origins (CORS decides).
  app.use('*', async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && /^[\w.:-]{1,100}$/.test(incoming) ? incoming : randomUUID();
    c.set('requestId', requestId);
    const t0 = performance.now();
    await next();
    ensureBaseHeaders(c.res, requestId);
    if (log !== silentLogger) {
      log({ level: c.res.status >= 500 ? 'error' : 'info', msg: 'request', requestId, method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round((performance.now() - t0) * 10) / 10 });
    }
  });
  const origins = opts.corsOrigins ?? [];
  if (origins.length) {
    app.use('/v1/*', cors({
      origins,
      methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      headers: ['Authorization', 'Content-Type', 'If-Match', 'Idempotency-Key', 'X-Request-Id'],
      expose: ['ETag', 'X-Request-Id', 'Idempotent-Replayed'],
      maxAge: 600,
    }));
  }

  for (const [name, route] of Object.entries(routes) as [keyof typeof handlers, RouteDef][]) {
    app.on(route.method, route.path, routeHandler(name, route, handlers[name] as unknown as Handler<RouteDef>, deps));
  }

  if (opts.openapiFile) {
    const file = opts.openapiFile;
    app.get('/openapi.json', async (c) => {
      c.header('Content-Type', 'application/json');
      return c.body(await readFile(file, 'utf8'));
    });
  }
  if (opts.staticDir) app.use('/*', serveStatic({ root: opts.staticDir }));

  app.notFound((c) => problemResponse(new HttpProblem(404, `No route ${c.req.method} ${c.req.path}`, { slug: 'no-route' }), c.get('requestId')));
  app.onError((err, c) => {
    if (err instanceof HttpProblem) return problemResponse(err, c.get('requestId'));
    log({ level: 'error', msg: 'unhandled', requestId: c.get('requestId'), error: err instanceof Error ? err.stack ?? err.message : String(err) });
    return problemResponse(new HttpProblem(500, 'Something went wrong on our side; the request id helps us find it', { slug: 'internal' }), c.get('requestId'));
  });
  return app;
}
