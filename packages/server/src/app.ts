/** The Hono application: middleware, every route of the contract, problem+json for every failure. */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { serveStatic } from '@hono/node-server/serve-static';
import * as z from 'zod/mini';
import { routes, type RouteDef } from '@evident/contract';
import type { Db } from './db/schema.js';
import type { TokenVerifier } from './auth/verifier.js';
import { staticTokenVerifier } from './auth/static-tokens.js';
import { HttpProblem } from './problem.js';
import { routeHandler, type Who } from './http/pipeline.js';
import { ReadMemo, TokenCache } from './http/memo.js';
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

const problemResponse = (p: HttpProblem, requestId?: string) =>
  new Response(JSON.stringify(p.toJSON()), {
    status: p.status,
    headers: {
      'Content-Type': 'application/problem+json',
      ...(requestId ? { 'X-Request-Id': requestId } : {}),
      ...(p.status === 401 ? { 'WWW-Authenticate': 'Bearer realm="evident"' } : {}),
      // The unread rest of an oversized body would poison a kept-alive connection.
      ...(p.status === 413 ? { Connection: 'close' } : {}),
      ...(etagOfCurrent(p.extra.current) ? { ETag: etagOfCurrent(p.extra.current)! } : {}),
    },
  });

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

  app.use('*', async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && /^[\w.:-]{1,100}$/.test(incoming) ? incoming : randomUUID();
    c.set('requestId', requestId);
    const t0 = performance.now();
    await next();
    c.header('X-Request-Id', requestId);
    log({ level: c.res.status >= 500 ? 'error' : 'info', msg: 'request', requestId, method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round((performance.now() - t0) * 10) / 10 });
  });
  app.use('*', secureHeaders({
    crossOriginResourcePolicy: false, // the API is meant to be called from other origins (CORS decides)
    contentSecurityPolicy: { defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'], connectSrc: ["'self'"], objectSrc: ["'none'"], baseUri: ["'none'"], frameAncestors: ["'self'"] },
  }));
  const origins = opts.corsOrigins ?? [];
  if (origins.length) {
    app.use('/v1/*', cors({
      origin: origins.includes('*') ? '*' : origins,
      allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowHeaders: ['Authorization', 'Content-Type', 'If-Match', 'Idempotency-Key', 'X-Request-Id'],
      exposeHeaders: ['ETag', 'X-Request-Id', 'Idempotent-Replayed'],
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
