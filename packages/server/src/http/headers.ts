/**
 * The headers every answer carries: security headers and `X-Request-Id`.
 *
 * They are written into a response while it is built. Adding a header to a finished response (what
 * `hono/secure-headers` and a `c.header()` after `next()` do) makes Hono copy the response, and on
 * @hono/node-server that turns its string body into a web ReadableStream, read back chunk by chunk
 * and written after the headers separately: that copy was over half the server CPU of a draft save.
 */

/** What `hono/secure-headers` sent with its defaults and our Content-Security-Policy. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'",
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Origin-Agent-Cluster': '?1',
  'Referrer-Policy': 'no-referrer',
  'Strict-Transport-Security': 'max-age=15552000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-DNS-Prefetch-Control': 'off',
  'X-Download-Options': 'noopen',
  'X-Frame-Options': 'SAMEORIGIN',
  'X-Permitted-Cross-Domain-Policies': 'none',
  'X-XSS-Protection': '0',
});
const SECURITY_ENTRIES = Object.entries(SECURITY_HEADERS);

/** The common headers as a plain object, for a response about to be built. */
export const baseHeaders = (requestId: string | undefined): Record<string, string> =>
  requestId ? { ...SECURITY_HEADERS, 'X-Request-Id': requestId } : { ...SECURITY_HEADERS };

/** Responses built with `baseHeaders` already; any other response gets them added afterwards. */
const complete = new WeakSet<Response>();

/** A response whose headers include `baseHeaders`. */
export function headedResponse(body: string | Uint8Array<ArrayBuffer> | null, status: number, headers: Record<string, string>): Response {
  const res = new Response(body, { status, headers });
  complete.add(res);
  return res;
}

/**
 * Adds the common headers to a response built elsewhere (static files, the OpenAPI document, CORS
 * preflights, another middleware's answer), in place: a response replaced by a copy is not in
 * `complete`, so it is covered too.
 */
export function ensureBaseHeaders(res: Response, requestId: string): void {
  if (complete.has(res)) return;
  const h = res.headers;
  for (const [k, v] of SECURITY_ENTRIES) h.set(k, v);
  h.set('X-Request-Id', requestId);
}
