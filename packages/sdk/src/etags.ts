import type { VersionedResource } from '@evident/contract';

/** The last ETag seen for each versioned resource, keyed by kind and id. */
export class EtagStore {
  readonly #tags = new Map<string, string>();

  get(resource: VersionedResource, id: string): string | undefined {
    return this.#tags.get(`${resource}:${id}`);
  }
  set(resource: VersionedResource, id: string, etag: string): void {
    this.#tags.set(`${resource}:${id}`, etag);
  }
  delete(resource: VersionedResource, id: string): void {
    this.#tags.delete(`${resource}:${id}`);
  }
}
