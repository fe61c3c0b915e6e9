/**
 * A stand-in for the external HTTP API at the `fetch` boundary: the real SDK runs against it.
 * Handlers are keyed by `METHOD /path`; every request is recorded.
 */
export type Handler = (request: Request, body: unknown) => Response | Promise<Response>;

export interface FakeApi {
  fetch: typeof fetch;
  requests: { method: string; path: string; headers: Headers; body: unknown }[];
  routes: Map<string, Handler>;
}

export const json = (body: unknown, init: ResponseInit & { etag?: string } = {}): Response =>
  new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { 'content-type': init.status && init.status >= 400 ? 'application/problem+json' : 'application/json', ...(init.etag ? { etag: init.etag } : {}) },
  });

export const problem = (status: number, title: string, extra: Record<string, unknown> = {}, etag?: string): Response =>
  json({ type: 'about:blank', title, status, ...extra }, { status, ...(etag ? { etag } : {}) });

export function fakeApi(routes: Record<string, Handler> = {}): FakeApi {
  const api: FakeApi = {
    requests: [],
    routes: new Map(Object.entries(routes)),
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const path = new URL(request.url).pathname;
      const text = await request.clone().text();
      const body: unknown = text ? JSON.parse(text) : undefined;
      api.requests.push({ method: request.method, path, headers: request.headers, body });
      const handler = api.routes.get(`${request.method} ${path}`);
      return handler ? handler(request, body) : problem(404, 'Not Found');
    },
  };
  return api;
}
