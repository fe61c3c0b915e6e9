/** A tiny element builder: text is always text (never HTML), attributes are strings. */
type Tag<K extends string> = K extends keyof HTMLElementTagNameMap ? HTMLElementTagNameMap[K] : HTMLElement;

export function h<K extends string>(tag: K, attributes: Record<string, string | undefined> = {}, ...children: (Node | string | null | undefined)[]): Tag<K> {
  const element = document.createElement(tag) as Tag<K>;
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  element.append(...children.filter((c): c is Node | string => c !== null && c !== undefined));
  return element;
}

export const section = (title: string, ...children: (Node | string | null | undefined)[]) => h('section', { 'aria-label': title }, h('h2', {}, title), ...children);
