/**
 * One route of the table -> one Hono handler: authenticate, check access, validate params, query
 * and body with the contract's own schemas, honour If-Match and Idempotency-Key, run the handler
 * (writes in one transaction), and answer with the right status and ETag.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import * as z from 'zod/mini';
import type { RouteDef, RouteName } from '@evident/contract';
import type { Db, PersonTable } from '../db/schema.js';
import type { TokenVerifier } from '../auth/verifier.js';
import { loadScope } from '../auth/scope.js';
import { HttpProblem, type FieldError } from '../problem.js';
import type { Ctx, Handler, Scope } from './types.js';
import type { MemoKind, ReadMemo, TokenCache } from './memo.js';
import { baseHeaders, headedResponse } from './headers.js';

export interface PipelineDeps {
  db: Db;
  verifier: TokenVerifier;
  now: () => Date;
  memo: ReadMemo;
  tokens: TokenCache<Who>;
}

export type Who = { actor: PersonTable; tenantId: string; access: Ctx['access'] };

const validation = (detail: string, errors: FieldError[]) => new HttpProblem(400, detail, { slug: 'validation', title: 'Invalid request', errors });

const issuesToErrors = (issues: z.core.$ZodIssue[], prefix: string): FieldError[] =>
  issues.map((i) => ({ path: [prefix, ...i.path.map(String)].filter(Boolean).join('.'), message: i.message }));

function parse<S extends z.ZodMiniType>(schema: S, value: unknown, prefix: string, what: string): z.output<S> {
  const r = z.safeParse(schema, value);
  if (!r.success) throw validation(`The ${what} is not valid`, issuesToErrors(r.error.issues, prefix));
  return r.data;
}

const isJson = (ct: string | undefined) => !!ct && /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(ct);

/** `"7"`, `W/"7"` or `7` -> 7; anything else -> NaN, which never matches a version. */
const parseIfMatch = (h: string) => {
  const m = /^\s*(?:W\/)?"?(\d{1,15})"?\s*$/.exec(h);
  return m ? Number(m[1]) : Number.NaN;
};

export const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString('base64url')}`;

/** Writes that change frameworks, competencies or scales: they invalidate every memo kind. */
const CATALOG_WRITES: ReadonlySet<string> = new Set<RouteName>([
  'createFramework', 'updateFramework', 'createFrameworkVersion', 'publishFramework', 'retireFramework', 'createCompetency', 'updateCompetency', 'setRoleExpectations',
]);
/** Writes that record assessed levels: they invalidate `levels` (the matrix) and `records`. */
const LEVEL_WRITES: ReadonlySet<string> = new Set<RouteName>(['submitReview', 'addCalibrationAdjustment']);
const kindsChangedBy = (name: string): MemoKind[] =>
  CATALOG_WRITES.has(name) ? ['records', 'levels', 'catalog'] : LEVEL_WRITES.has(name) ? ['records', 'levels'] : ['records'];

const unauthorized = (detail: string) => new HttpProblem(401, detail, { slug: 'unauthorized' });

async function authenticate(c: Context, deps: PipelineDeps): Promise<Who> {
  const header = c.req.header('authorization') ?? '';
  const m = /^Bearer\s+(\S{1,4096})\s*$/i.exec(header);
  if (!m) throw unauthorized('Send a bearer token: Authorization: Bearer <token>');
  const token = m[1]!;
  // Only successes are cached (a failed load throws), so a bad token is checked every time.
  return deps.tokens.get(token, async () => {
    const claims = await deps.verifier.verify(token);
    if (!claims) throw unauthorized('The bearer token is not valid');
    const actor = await deps.db.selectFrom('person').selectAll().where('tenantId', '=', claims.tenantId).where('id', '=', claims.personId).executeTakeFirst();
    if (!actor) throw unauthorized('The token names a person who does not exist');
    return { actor, tenantId: claims.tenantId, access: claims.access };
  });
}

function readQuery(c: Context): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new URL(c.req.url).searchParams) if (!(k in out) && k !== '__proto__') out[k] = v;
  return out;
}

const MAX_BODY = 1024 * 1024;
const tooLarge = () => new HttpProblem(413, 'The body is larger than 1 MB', { slug: 'too-large' });

/** Reads at most 1 MB: a declared larger body is refused unread, a chunked one as soon as it passes the limit. */
async function readText(c: Context): Promise<string> {
  const declared = Number(c.req.header('content-length') ?? Number.NaN);
  if (declared > MAX_BODY) throw tooLarge();
  // A declared length within the limit is read in one go (the cheap path on Node).
  if (Number.isFinite(declared)) return c.req.text();
  const stream = c.req.raw.body;
  if (!stream) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function readBody(c: Context): Promise<unknown> {
  if (!isJson(c.req.header('content-type'))) {
    throw new HttpProblem(415, 'Send the body as JSON with Content-Type: application/json', { slug: 'unsupported-media-type' });
  }
  const text = await readText(c);
  if (!text.trim()) throw validation('The request needs a JSON body', [{ path: '', message: 'a JSON body is required' }]);
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new HttpProblem(400, `The body is not valid JSON: ${(e as Error).message}`, { slug: 'malformed-json', title: 'Malformed JSON' });
  }
}

export function routeHandler(name: string, route: RouteDef, handler: Handler<RouteDef>, deps: PipelineDeps) {
  return async (c: Context): Promise<Response> => {
    const who = await authenticate(c, deps);
    if (!route.access.includes(who.access)) {
      throw new HttpProblem(403, `${who.access} access may not call ${name}`, { slug: 'forbidden' });
    }
    const params = route.params ? parse(route.params, c.req.param(), 'params', 'path') : {};
    const query = route.query ? parse(route.query, readQuery(c), 'query', 'query string') : {};
    const body = route.body ? parse(route.body, await readBody(c), '', 'body') : {};

    let ifMatch: number | null = null;
    if (route.ifMatch) {
      const h = c.req.header('if-match');
      if (!h) throw new HttpProblem(428, `Send If-Match with the ETag of the ${route.ifMatch.resource} you read`, { slug: 'if-match-required' });
      ifMatch = parseIfMatch(h);
    }
    const idemKey = route.idempotent ? c.req.header('idempotency-key') : undefined;
    if (idemKey !== undefined && !/^[\x21-\x7e]{1,200}$/.test(idemKey)) {
      throw validation('The Idempotency-Key header is not valid', [{ path: 'headers.idempotency-key', message: 'must be 1–200 visible ASCII characters' }]);
    }

    const started = deps.now().toISOString();
    let scope: Promise<Scope> | undefined;
    const makeCtx = (db: Ctx['db']): Ctx => ({
      db, tenantId: who.tenantId, actor: who.actor, access: who.access, now: started, newId, ifMatch,
      scope: () => (scope ??= loadScope(db, who.tenantId, who.actor.id, who.access)),
      memo: (key, compute, kind = 'records') =>
        deps.memo.get(who.tenantId, kind, kind === 'catalog' ? key : `${who.access}|${who.access === 'people-lead' || who.access === 'auditor' ? '' : who.actor.id}|${key}`, compute),
    });
    const input = { params, query, body } as Parameters<Handler<RouteDef>>[1];
    const status = route.status ?? 200;

    let result: { status: number; body: unknown; etag: string | null; replay: boolean };
    if (route.method === 'GET') {
      const out = await handler(makeCtx(deps.db), input);
      result = { status, body: out, etag: etagOf(route, out), replay: false };
    } else {
      result = await deps.db.transaction().execute(async (trx) => {
        const fingerprint = idemKey ? createHash('sha256').update(JSON.stringify([who.actor.id, params, body])).digest('hex') : '';
        if (idemKey) {
          const prior = await trx.selectFrom('idempotency').selectAll().where('tenantId', '=', who.tenantId).where('route', '=', name).where('key', '=', idemKey).executeTakeFirst();
          if (prior) {
            if (prior.fingerprint !== fingerprint) {
              throw new HttpProblem(422, 'This Idempotency-Key was used for a different request', { slug: 'idempotency-key-reused' });
            }
            return { status: prior.status, body: JSON.parse(prior.body) as unknown, etag: prior.etag, replay: true };
          }
        }
        const out = await handler(makeCtx(trx), input);
        const etag = etagOf(route, out);
        if (idemKey) {
          await trx.insertInto('idempotency').values({ tenantId: who.tenantId, route: name, key: idemKey, fingerprint, status, body: JSON.stringify(out), etag, createdAt: started }).execute();
        }
        return { status, body: out, etag, replay: false };
      });
      if (!result.replay) deps.memo.bump(who.tenantId, kindsChangedBy(name));
    }
    // One plain header object, no Headers instance: @hono/node-server writes it to the socket as is.
    const headers = baseHeaders(c.get('requestId') as string | undefined);
    if (result.etag) headers.ETag = result.etag;
    if (result.replay) headers['Idempotent-Replayed'] = 'true';
    if ('mediaType' in route.response) {
      headers['Content-Type'] = `${route.response.mediaType}; charset=utf-8`;
      headers['Content-Disposition'] = `attachment; filename="${route.path.split('/').pop()}"`;
      return headedResponse(result.body as string, result.status, headers);
    }
    headers['Content-Type'] = 'application/json';
    // Only reads can answer with a memoised object; a write's answer is new every time.
    return headedResponse(route.method === 'GET' ? toJson(result.body) : JSON.stringify(result.body), result.status, headers);
  };
}

/**
 * A memoised answer (the same object again) is serialised once: the 1,000 x 60 matrix is ~300 kB of
 * JSON. A large body is kept as UTF-8 bytes, which Node writes to the socket as they are; as a string
 * it would be joined to the headers and encoded anew on every request. A small one stays a string,
 * which goes out in one piece with the headers.
 */
const AS_BYTES = 16 * 1024;
const serialized = new WeakMap<object, string | Uint8Array<ArrayBuffer>>();
function toJson(body: unknown): string | Uint8Array<ArrayBuffer> {
  if (!body || typeof body !== 'object') return JSON.stringify(body);
  let out = serialized.get(body);
  if (out === undefined) {
    const text = JSON.stringify(body);
    out = text.length >= AS_BYTES ? Buffer.from(text) : text;
    serialized.set(body, out);
  }
  return out;
}

function etagOf(route: RouteDef, out: unknown): string | null {
  if (!route.etag || !out || typeof out !== 'object') return null;
  const o = out as { revision?: number; version?: number };
  const v = route.etag === 'framework' ? o.revision : o.version;
  return typeof v === 'number' ? `"${v}"` : null;
}
