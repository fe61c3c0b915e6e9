// A backend of your own that Evident's elements and SDK can talk to: four review routes on plain
// node:http, validated with the contract's own schemas. In-memory here; your database in real life.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { routes, type Review, type RouteDef, type RouteName } from '@evident/contract';

/** Any failure becomes RFC 9457 problem+json. */
class Problem extends Error {
  constructor(readonly status: number, readonly title: string, readonly extra: Record<string, unknown> = {}) {
    super(title);
  }
}

interface Input {
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  header: (name: string) => string | undefined;
}
interface Output {
  status?: number;
  body: unknown;
  etag?: string;
}

const reviews = new Map<string, Review>();
const replays = new Map<string, Output>(); // Idempotency-Key -> first answer
const etagOf = (review: Review) => `"${review.version}"`;

function find(reviewId: string): Review {
  const review = reviews.get(reviewId);
  if (!review) throw new Problem(404, 'No such review'); // also for another tenant's: 404, never 403
  return review;
}

const handlers: Partial<Record<RouteName, (input: Input) => Output>> = {
  // Cursor paging: the cursor is opaque to clients; here it is just an offset.
  listReviews({ query }) {
    const limit = Number(query.limit ?? 50);
    const start = query.cursor ? Number(Buffer.from(String(query.cursor), 'base64url').toString()) : 0;
    const all = [...reviews.values()];
    const end = start + limit;
    return { body: { items: all.slice(start, end), nextCursor: end < all.length ? Buffer.from(String(end)).toString('base64url') : null } };
  },
  getReview({ params }) {
    const review = find(params.reviewId!);
    return { body: review, etag: etagOf(review) };
  },
  // Optimistic concurrency: a write must name the version it started from.
  saveReviewDraft({ params, body, header }) {
    const review = find(params.reviewId!);
    const ifMatch = header('if-match');
    if (!ifMatch) throw new Problem(428, 'Send If-Match with the ETag you read');
    if (ifMatch !== etagOf(review)) throw new Problem(412, 'Someone else saved this review first', { current: review });
    if (review.status !== 'draft') throw new Problem(409, 'Only a draft can change');
    const saved: Review = { ...review, answers: (body as { answers: Review['answers'] }).answers, version: review.version + 1, updatedAt: new Date().toISOString() };
    reviews.set(saved.id, saved);
    return { body: saved, etag: etagOf(saved) };
  },
  // Idempotency: a retried submit with the same key gets the first answer, not a second submit.
  submitReview({ params, header }) {
    const key = header('idempotency-key');
    const replay = key ? replays.get(key) : undefined;
    if (replay) return replay;
    const review = find(params.reviewId!);
    if (review.status !== 'draft') throw new Problem(409, 'This review was already submitted');
    const now = new Date().toISOString();
    const submitted: Review = { ...review, status: 'submitted', submittedAt: now, updatedAt: now, version: review.version + 1 };
    reviews.set(submitted.id, submitted);
    const output = { body: submitted, etag: etagOf(submitted) };
    if (key) replays.set(key, output);
    return output;
  },
};

/** `/v1/reviews/:reviewId` against `/v1/reviews/rev-1` -> `{ reviewId: 'rev-1' }`, or null. */
function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(got[i]!);
    else if (part !== got[i]) return null;
  }
  return params;
}

/** Checks one part of the request with the contract's schema; a failure names every bad field. */
function check(schema: { safeParse(v: unknown): { success: boolean; data?: unknown; error?: { issues: { path: PropertyKey[]; message: string }[] } } } | undefined, value: unknown, where: string): unknown {
  if (!schema) return value;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const errors = result.error!.issues.map((i) => ({ path: [where, ...i.path.map(String)].filter(Boolean).join('.'), message: i.message }));
  throw new Problem(400, 'The request is not valid', { errors });
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  let text = '';
  for await (const chunk of req) text += chunk;
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    throw new Problem(400, 'The body is not JSON');
  }
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  try {
    for (const [name, route] of Object.entries(routes) as [RouteName, RouteDef][]) {
      const handler = handlers[name];
      const rawParams = route.method === req.method ? matchPath(route.path, url.pathname) : null;
      if (!handler || !rawParams) continue;
      const output = handler({
        params: check(route.params, rawParams, 'params') as Record<string, string>,
        query: check(route.query, Object.fromEntries(url.searchParams), 'query') as Record<string, unknown>,
        body: check(route.body, route.method === 'GET' ? undefined : await readJson(req), ''), // body paths start inside the body: answers.0.level
        header: (h) => req.headers[h] as string | undefined,
      });
      res.writeHead(output.status ?? route.status ?? 200, { 'content-type': 'application/json', ...(output.etag ? { etag: output.etag } : {}) });
      return void res.end(JSON.stringify(output.body));
    }
    throw new Problem(404, `No route ${req.method} ${url.pathname}`);
  } catch (error) {
    const problem = error instanceof Problem ? error : new Problem(500, 'Something went wrong');
    res.writeHead(problem.status, { 'content-type': 'application/problem+json' });
    res.end(JSON.stringify({ type: 'about:blank', title: problem.title, status: problem.status, ...problem.extra }));
  }
}

export async function startOwnBackend(seed: Review[]): Promise<{ url: string; close: () => Promise<void> }> {
  reviews.clear();
  replays.clear();
  for (const review of seed) reviews.set(review.id, review);
  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}
