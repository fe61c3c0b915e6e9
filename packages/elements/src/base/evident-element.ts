import { LitElement, adoptStyles, type CSSResultGroup } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '../localize/locale-controller.js';
import { sharedStyles } from '../styles/shared.js';
import { registryOf, type Registration } from './registration.js';

/** The `detail` type of a `CustomEvent` declared in `HTMLElementEventMap`. */
export type EventDetail<K extends keyof HTMLElementEventMap> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/** An element class of this library: what `defineElements()` registers. */
export type EvidentElementClass = typeof EvidentElement & (new () => EvidentElement);

/**
 * Base of every Evident element: token styles, typed events, the localisation controller, the
 * light / dark / compact switches, and the tag lookup that makes prefixes and scoped registries work.
 *
 * @cssprop --ev-surface - Background of the element.
 * @cssprop --ev-text - Main text colour.
 * @cssprop --ev-muted - Secondary text colour.
 * @cssprop --ev-border - Border colour.
 * @cssprop --ev-accent - Brand / interactive colour.
 * @cssprop --ev-on-accent - Text colour on the accent colour.
 * @cssprop --ev-success - Positive state colour.
 * @cssprop --ev-warning - Warning state colour.
 * @cssprop --ev-danger - Error state colour.
 * @cssprop --ev-level-0 - Colour of proficiency level 0 (also --ev-level-1 … --ev-level-5).
 * @cssprop --ev-radius - Corner radius.
 * @cssprop --ev-space - Base spacing unit.
 * @cssprop --ev-font-family - Font family.
 * @cssprop --ev-font-size - Base font size.
 * @cssprop --ev-focus-ring - Colour of the keyboard focus outline.
 */
export class EvidentElement extends LitElement {
  static override styles: CSSResultGroup = sharedStyles;

  /** The tag `defineElements()` uses when no prefix is given. Each element class sets its own. */
  static defaultTag = '';

  /** Set by `defineElements()` on the class it registers. */
  static registration: Registration | undefined;

  /** Colour scheme: follows the operating system unless set to `light` or `dark`. Applies to everything inside. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** `compact` tightens spacing and type for dense screens. Applies to everything inside. */
  @property({ reflect: true }) density?: 'compact' | 'comfortable';

  /** The language (`lang` of the nearest ancestor or the document) and direction this element renders in. */
  protected readonly locale = new LocaleController(this);

  /**
   * The tag under which `elementClass` was registered alongside this element (prefix, scoped
   * registry), so an element never hard-codes another's tag name.
   */
  protected tagFor(elementClass: EvidentElementClass): string {
    const own = (this.constructor as typeof EvidentElement).registration?.tags.get(elementClass);
    return own ?? registryOf(this).getName(elementClass) ?? elementClass.defaultTag;
  }

  /** Renders inside a shadow root that uses this element's own (possibly scoped) registry. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const registry = registryOf(this);
    if (registry === customElements) return super.createRenderRoot();
    const ctor = this.constructor as typeof EvidentElement;
    const root = this.shadowRoot ?? this.attachShadow({ ...ctor.shadowRootOptions, customElementRegistry: registry });
    adoptStyles(root, ctor.elementStyles);
    // Lit clones its templates with `creationScope.importNode`: clone into the scoped registry.
    this.renderOptions.creationScope = { importNode: (node: Node) => document.importNode(node, { customElementRegistry: registry }) };
    this.renderOptions.renderBefore ??= root.firstChild;
    return root;
  }

  /** Dispatches a typed `CustomEvent` that bubbles and crosses shadow roots. Returns false if cancelled. */
  protected emit<K extends keyof HTMLElementEventMap>(name: K, detail: EventDetail<K>, options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
  }

  /** Fires a native-looking `input` (composed, like a real input's) or `change` event, for form controls. */
  protected emitNative(type: 'input' | 'change'): void {
    this.dispatchEvent(new Event(type, { bubbles: true, composed: type === 'input' }));
  }
}
