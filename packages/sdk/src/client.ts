import ky, { HTTPError, type KyInstance, type Options as KyOptions } from 'ky';
import { Problem, endpoints, fillPath, type EndpointDef } from '@evident/contract';
import { ApiError, ConflictError, ContractError } from './errors.js';
import { EtagStore } from './etags.js';
import { newIdempotencyKey } from './idempotency.js';
import type { CallOptions, Client } from './types.js';

export interface ClientOptions {
  /** Where the API lives, e.g. `https://evident.example.com`, or `/api` in a browser (resolved against the page). */
  baseUrl: string;
  /** A fixed bearer token. */
  token?: string;
  /** Called before every request, e.g. to refresh a token from the host page. */
  getToken?: () => string | undefined | Promise<string | undefined>;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
  /** Retries of a failed call that is safe to repeat (GET, PUT, a POST with an Idempotency-Key). Default 2. */
  retry?: number;
  /** Milliseconds before a call fails. Default 15000. */
  timeout?: number;
  /** Called on every 401, before the `ApiError` is thrown; e.g. to send the person to sign in. */
  onUnauthorized?: (error: ApiError) => void;
}

type AnyInput = CallOptions & { params?: Record<string, string>; query?: Record<string, unknown>; body?: unknown };

const RETRY_STATUS = [408, 429, 500, 502, 503, 504];

/** Creates a typed client with one method per route of the contract. */
export function createClient(options: ClientOptions): Client {
  const etags = new EtagStore();
  const http: KyInstance = ky.create({
    timeout: options.timeout ?? 15_000,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const base = options.baseUrl.replace(/\/+$/, '');

  async function call(name: string, route: EndpointDef, input: AnyInput = {}): Promise<unknown> {
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json, text/csv' };
    const token = options.getToken ? await options.getToken() : options.token;
    if (token) headers.authorization = `Bearer ${token}`;

    if (route.ifMatch) {
      const id = input.params?.[route.ifMatch.param];
      const tag = input.ifMatch ?? (id === undefined ? undefined : etags.get(route.ifMatch.resource, id));
      if (tag) headers['if-match'] = tag;
    }
    // One key per call, reused by every retry of it, so the server applies the call once.
    const idempotent = route.idempotent === true;
    if (idempotent) headers['idempotency-key'] = input.idempotencyKey ?? newIdempotencyKey();

    const safeToRepeat = route.method === 'GET' || route.method === 'PUT' || route.method === 'DELETE' || idempotent;
    const request: KyOptions = {
      method: route.method,
      headers,
      retry: { limit: safeToRepeat ? (options.retry ?? 2) : 0, methods: [route.method.toLowerCase()], statusCodes: RETRY_STATUS, backoffLimit: 5_000 },
      ...(input.query ? { searchParams: input.query as Record<string, string> } : {}),
      ...(input.signal ? { signal: input.signal } : {}),
      ...(input.timeout !== undefined ? { timeout: input.timeout } : {}),
      ...(input.body !== undefined || route.method !== 'GET' ? { json: input.body ?? {} } : {}),
    };
    // ky drops undefined query values; a relative baseUrl resolves against the page in browsers.
    const url = `${base}${fillPath(route.path, input.params)}`;

    let response: Response;
    try {
      response = await http(url, request);
    } catch (error) {
      if (error instanceof HTTPError) throw await toApiError(name, route, error.response);
      throw error;
    }
    if ('mediaType' in route.response) return response.text();
    if (response.status === 204) return undefined;
    const parsed = route.response.safeParse(await response.json());
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw new ContractError(name, first ? first.path.map(String).join('.') : '', parsed.error.issues);
    }
    rememberEtag(route, response, parsed.data);
    return parsed.data;
  }

  function rememberEtag(route: EndpointDef, response: Response, data: unknown): void {
    const tag = response.headers.get('etag');
    const id = (data as { id?: unknown } | null)?.id;
    if (route.etag && tag && typeof id === 'string') etags.set(route.etag, id, tag);
  }

  async function toApiError(name: string, route: EndpointDef, response: Response): Promise<ApiError> {
    const body: unknown = await response.json().catch(() => undefined);
    const known = Problem.safeParse(body);
    const problem = known.success ? known.data : { type: 'about:blank', title: response.statusText || `HTTP ${response.status}`, status: response.status };
    if (response.status === 412) {
      const schema = 'mediaType' in route.response ? undefined : route.response;
      const current = schema?.safeParse(problem.current);
      return new ConflictError(name, problem, current?.success ? current.data : undefined, response.headers.get('etag') ?? undefined);
    }
    const error = new ApiError(name, problem);
    if (response.status === 401) options.onUnauthorized?.(error);
    return error;
  }

  const client: Record<string, unknown> = { etags };
  for (const [name, route] of Object.entries(endpoints) as [string, EndpointDef][]) {
    const method = (input?: AnyInput) => call(name, route, input);
    if (route.paged) {
      const pages = async function* (input: AnyInput = {}) {
        let cursor = input.query?.cursor as string | undefined;
        do {
          const page = (await call(name, route, { ...input, query: { ...input.query, cursor } })) as { items: unknown[]; nextCursor: string | null };
          yield page;
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
      };
      Object.assign(method, {
        pages,
        items: async function* (input?: AnyInput) {
          for await (const page of pages(input)) yield* page.items;
        },
      });
    }
    client[name] = method;
  }
  return client as Client;
}
