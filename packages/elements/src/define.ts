import type { EvidentElementClass } from './base/evident-element.js';
import type { Registration } from './base/registration.js';
import { allElements } from './all-elements.js';

export interface DefineOptions {
  /** Registers `<${prefix}-review-form>` etc. instead of the default tags (white-labelling, two versions). */
  prefix?: string;
  /** A scoped `CustomElementRegistry` to register in instead of the global `customElements`. */
  registry?: CustomElementRegistry;
  /** The element classes to register; default: every element of the library. */
  elements?: readonly EvidentElementClass[];
}

/**
 * Registers the elements under their default tags, or `${prefix}-${tag}`, in `customElements` or
 * the given registry. Each registration defines its own subclasses, so one class can live under
 * several tags and registries, and each element renders its siblings under the tags chosen here.
 * A tag that is already taken is skipped with a console warning, never an exception.
 *
 * @returns the tag chosen for each default tag, e.g. `{ 'review-form': 'acme-review-form' }`.
 */
export function defineElements(options: DefineOptions = {}): Record<string, string> {
  const registry = options.registry ?? customElements;
  const elements = options.elements ?? allElements;
  const tags = new Map<object, string>();
  const registration: Registration = { registry, tags };
  const chosen: Record<string, string> = {};

  for (const base of elements) {
    const tag = options.prefix ? `${options.prefix}-${base.defaultTag}` : base.defaultTag;
    tags.set(base, tag);
    chosen[base.defaultTag] = tag;
  }
  for (const base of elements) {
    const tag = tags.get(base)!;
    if (registry.get(tag)) {
      console.warn(`[evident] <${tag}> is already defined in this registry; this definition was skipped. Use defineElements({ prefix }) or a scoped registry to load a second copy.`);
      continue;
    }
    // A fresh subclass per registration: one constructor can be defined only once per registry.
    const registered = class extends base {};
    registered.registration = registration;
    registry.define(tag, registered);
  }
  return chosen;
}
