/**
 * A real SDK client over an in-memory `fetch`, so connected-mode states (loading, error, empty,
 * a save conflict) render in Storybook with no server and no network request at all.
 */
import { createClient, type Client } from '@evident/sdk';

/** Answers one request; `undefined` means "no such route" (404). */
export type FakeRoute = (request: Request, url: URL) => Response | Promise<Response> | undefined;

export const json = (body: unknown, init: { status?: number; etag?: string } = {}): Response =>
  new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { 'content-type': 'application/json', ...(init.etag ? { etag: init.etag } : {}) },
  });

export const problem = (status: number, title: string, extra: Record<string, unknown> = {}): Response =>
  new Response(JSON.stringify({ type: 'about:blank', title, status, ...extra }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });

/** `{ 'GET /v1/reviews/rev-1': body | route }`: exact method and path, query ignored. */
export function fakeClient(routes: Record<string, unknown>): Client {
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const entry = routes[`${request.method} ${url.pathname}`];
    if (entry === undefined) return problem(404, `No story route ${request.method} ${url.pathname}`);
    if (typeof entry === 'function') return (await (entry as FakeRoute)(request, url)) ?? problem(404, 'Not found');
    return json(entry);
  };
  return createClient({ baseUrl: 'https://evident.example.test', fetch, retry: 0 });
}

/** A client whose every request stays pending until cancelled: the loading state. */
export function pendingClient(): Client {
  const fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> =>
    new Promise((_resolve, reject) => {
      const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
      signal?.addEventListener('abort', () => reject(signal.reason));
    });
  return createClient({ baseUrl: 'https://evident.example.test', fetch, retry: 0, timeout: 2_147_483_647 }); // ky's maximum: never time out
}

/** A client whose every request gets the same problem+json: the error state. */
export function failingClient(status = 403, title = 'Forbidden'): Client {
  return createClient({ baseUrl: 'https://evident.example.test', fetch: async () => problem(status, title), retry: 0 });
}

/** An empty page of a paged list. */
export const emptyPage = { items: [], nextCursor: null };
