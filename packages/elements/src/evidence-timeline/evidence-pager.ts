import type { Evidence } from '@evident/contract';
import type { Client, RequestFor } from '@evident/sdk';

type Query = NonNullable<RequestFor<'listEvidence'>['query']>;

/**
 * Loads evidence page by page through the SDK's `listEvidence.pages()` iterator, one page per
 * `more()` call. A failed page keeps what was loaded; `more()` again resumes from the last cursor
 * with a fresh iterator (a generator that threw is finished).
 */
export class EvidencePager {
  readonly items: Evidence[] = [];
  /** Bumped on every change, so a view can memoise on it. */
  version = 0;
  done = false;
  loading = false;
  error: unknown;
  #cursor: string | undefined;
  #pages: AsyncGenerator<{ items: Evidence[]; nextCursor: string | null }, void> | undefined;

  constructor(
    private readonly client: Client,
    private readonly query: Query,
    private readonly signal: AbortSignal,
    private readonly onChange: () => void,
  ) {}

  /** Loads the next page unless one is loading or none is left. Never throws; see `error`. */
  async more(): Promise<void> {
    if (this.loading || this.done || this.signal.aborted) return;
    this.loading = true;
    this.error = undefined;
    this.#changed();
    try {
      this.#pages ??= this.client.listEvidence.pages({ query: { ...this.query, cursor: this.#cursor }, signal: this.signal });
      const next = await this.#pages.next();
      if (next.done) this.done = true;
      else {
        this.items.push(...next.value.items);
        this.#cursor = next.value.nextCursor ?? undefined;
        this.done = next.value.nextCursor === null;
      }
    } catch (error) {
      this.#pages = undefined;
      if (!this.signal.aborted) this.error = error;
    } finally {
      this.loading = false;
      this.#changed();
    }
  }

  #changed(): void {
    this.version++;
    if (!this.signal.aborted) this.onChange();
  }
}
