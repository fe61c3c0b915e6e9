import { nothing } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS properties (usually custom ones) on an element through the CSSOM (`style.setProperty`),
 * never a `style` attribute, so it works under `style-src 'self'` (Lit's `styleMap` writes an attribute
 * on first render). Virtualised rows use it for their offsets: `<div ${cssProps({ 'inset-block-start': '120px' })}>`.
 */
class CssPropsDirective extends Directive {
  /** What is set now: unchanged values are not written again (a write restyles the whole subtree). */
  #previous: Record<string, string> = {};

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssProps() must be used in an element position');
  }

  render(_props: Readonly<Record<string, string | number>>): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [props]: [Readonly<Record<string, string | number>>]): typeof nothing {
    const style = (part.element as HTMLElement).style;
    const previous = this.#previous;
    const next: Record<string, string> = {};
    for (const name in previous) if (!(name in props)) style.removeProperty(name);
    for (const name in props) {
      const value = (next[name] = String(props[name]));
      if (previous[name] !== value) style.setProperty(name, value);
    }
    this.#previous = next;
    return nothing;
  }
}

export const cssProps = directive(CssPropsDirective);
