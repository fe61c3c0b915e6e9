/**
 * CORS for the API: intranet pages on other origins embed the elements.
 *
 * hono/cors does the same job, but it touches the response before the handler runs and appends
 * `Vary` after it, and either makes Hono copy the finished response (which @hono/node-server then
 * streams back instead of writing it in one piece): about double the server's CPU per request on a
 * cross-origin deployment. This one answers preflights itself and writes its headers into the
 * finished response in place, as http/headers.ts does.
 */
import type { MiddlewareHandler } from 'hono';

export interface CorsOptions {
  /** Allowed origins, exactly as browsers send them; `*` allows any. */
  origins: readonly string[];
  methods: readonly string[];
  /** Request headers a caller may send. */
  headers: readonly string[];
  /** Response headers a caller may read. */
  expose: readonly string[];
  /** How long a browser may cache a preflight, in seconds. */
  maxAge: number;
}

export function cors(opts: CorsOptions): MiddlewareHandler {
  const any = opts.origins.includes('*');
  const allowed = (origin: string | undefined): string | null => (any ? '*' : origin && opts.origins.includes(origin) ? origin : null);
  const methods = opts.methods.join(', ');
  const headers = opts.headers.join(', ');
  const expose = opts.expose.join(', ');
  return async (c, next) => {
    const allow = allowed(c.req.header('origin'));
    if (c.req.method === 'OPTIONS') {
      const preflight: Record<string, string> = { 'Access-Control-Allow-Methods': methods, 'Access-Control-Allow-Headers': headers, 'Access-Control-Max-Age': String(opts.maxAge) };
      if (allow) preflight['Access-Control-Allow-Origin'] = allow;
      // The answer depends on the Origin: caches must keep one per origin.
      if (!any) preflight.Vary = 'Origin';
      return new Response(null, { status: 204, headers: preflight });
    }
    await next();
    const h = c.res.headers;
    if (allow) {
      h.set('Access-Control-Allow-Origin', allow);
      h.set('Access-Control-Expose-Headers', expose);
    }
    if (!any) h.append('Vary', 'Origin');
  };
}
