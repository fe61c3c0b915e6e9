/**
 * What `defineElements()` records about one registration: the registry and the tag it chose for each
 * element class. Elements ask it for the tag of another element instead of hard-coding one.
 */
export interface Registration {
  readonly registry: CustomElementRegistry;
  /** Tag chosen for each base element class of the library, e.g. RatingScale -> 'acme-rating-scale'. */
  readonly tags: ReadonlyMap<object, string>;
}

/** The registry an element was created in (native scoped registries), else the global one. */
export function registryOf(node: Node): CustomElementRegistry {
  return (node as Node & { customElementRegistry?: CustomElementRegistry | null }).customElementRegistry ?? customElements;
}
