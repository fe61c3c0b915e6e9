import type { Client } from '@evident/sdk';

const PARALLEL = 4;

/**
 * Display names for the actor ids of the evidence on screen, asked of the server once per person
 * (`GET /v1/people/:id`), a few at a time. Only ids that are rendered are asked for, so a trail
 * of 100,000 events costs one lookup per distinct actor in view. An id the viewer may not look up
 * (403, 404) or that fails stays an id: the trail still reads, and nothing is asked twice.
 */
export class ActorNames {
  /** Bumped when a name arrives, so a view can memoise on it. */
  version = 0;
  readonly #names = new Map<string, string | null>();
  readonly #queue: string[] = [];
  #running = 0;

  constructor(
    readonly client: Client,
    private readonly onChange: () => void,
  ) {}

  /** The name for `id` once known. */
  get(id: string): string | undefined {
    return this.#names.get(id) ?? undefined;
  }

  /** Asks for the names of ids not asked for yet. */
  request(ids: Iterable<string>): void {
    for (const id of ids) {
      if (this.#names.has(id)) continue;
      this.#names.set(id, null);
      this.#queue.push(id);
    }
    while (this.#running < PARALLEL && this.#queue.length) void this.#next();
  }

  async #next(): Promise<void> {
    this.#running++;
    for (let id = this.#queue.shift(); id !== undefined; id = this.#queue.shift()) {
      try {
        this.#names.set(id, (await this.client.getPerson({ params: { personId: id } })).name);
        this.version++;
        this.onChange();
      } catch {
        // Not visible to this viewer, gone, or offline: the id is shown instead.
      }
    }
    this.#running--;
  }
}
