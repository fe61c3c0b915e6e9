/**
 * Read results kept until the tenant writes again. Every write goes through this process (SQLite
 * has one writer), so per-tenant generations bumped after each committed write keep it exact.
 * `records` change with any write; `levels` (assessed and required levels, who is in which role)
 * only with writes that record assessments or change frameworks; `catalog` (frameworks,
 * competencies, scales) only with writes to frameworks. So a review save keeps the matrix and
 * the rules it checks answers against cached.
 */
export type MemoKind = 'records' | 'levels' | 'catalog';

export class ReadMemo {
  private generation = new Map<string, number>();
  private entries = new Map<string, Promise<unknown>>();
  constructor(private readonly max = 256) {}

  bump(tenantId: string, kinds: readonly MemoKind[]): void {
    for (const kind of kinds) this.generation.set(`${tenantId}|${kind}`, (this.generation.get(`${tenantId}|${kind}`) ?? 0) + 1);
  }

  get<T>(tenantId: string, kind: MemoKind, key: string, compute: () => Promise<T>): Promise<T> {
    const k = `${tenantId}|${kind}|${this.generation.get(`${tenantId}|${kind}`) ?? 0}|${key}`;
    let hit = this.entries.get(k) as Promise<T> | undefined;
    if (!hit) {
      hit = compute();
      hit.catch(() => this.entries.delete(k));
      if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(k, hit);
    }
    return hit;
  }
}

/** Verified tokens, briefly: saves two lookups per request; a revoked token lives on for at most `ttlMs`. */
export class TokenCache<T> {
  private entries = new Map<string, { value: T; until: number }>();
  constructor(private readonly ttlMs = 10_000, private readonly max = 1000) {}

  async get(token: string, load: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = this.entries.get(token);
    if (hit && hit.until > now) return hit.value;
    const value = await load();
    if (this.entries.size >= this.max) this.entries.clear();
    this.entries.set(token, { value, until: now + this.ttlMs });
    return value;
  }
}
