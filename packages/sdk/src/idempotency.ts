/**
 * A random key for `Idempotency-Key`. `crypto.randomUUID` exists only in secure contexts,
 * and intranet pages are often plain http, so fall back to `getRandomValues`.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
