import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { requestUiLocale } from './configure.js';

type Host = ReactiveControllerHost & HTMLElement;

/** All connected controllers; one shared observer tells them when a `lang` or `dir` changes. */
const controllers = new Set<LocaleController>();
let observer: MutationObserver | undefined;

function watch(root: Node): void {
  observer ??= new MutationObserver(() => controllers.forEach((c) => c.refresh()));
  observer.observe(root, { attributes: true, subtree: true, attributeFilter: ['lang', 'dir'] });
}

/** The nearest `lang` on the element or an ancestor, crossing shadow roots; else the document's or browser's. */
function resolveLang(element: Element, observeRoots: boolean): string {
  let node: Node | null = element;
  let found: string | undefined;
  while (node) {
    if (!found && node instanceof Element && node.hasAttribute('lang')) found = node.getAttribute('lang') ?? undefined;
    if (node instanceof ShadowRoot) {
      if (observeRoots) watch(node);
      node = node.host;
    } else node = node.parentNode;
  }
  if (observeRoots) watch(document);
  return found || navigator.language || 'en';
}

function validLocale(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * Follows the language and direction an element sits in: re-renders the host when the nearest
 * `lang` changes or the UI locale finishes loading, and formats dates and numbers with `Intl`.
 */
export class LocaleController implements ReactiveController {
  /** The BCP 47 language of the host, e.g. `de-CH`; used for `Intl` formatting. */
  lang = 'en';
  /** Bumped when a UI language finishes loading, so memoised parts of a view (guards) re-render their text. */
  version = 0;
  readonly #host: Host;
  readonly #formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    window.addEventListener('lit-localize-status', this.#onStatus);
    this.#apply(resolveLang(this.#host, true));
  }

  hostDisconnected(): void {
    controllers.delete(this);
    window.removeEventListener('lit-localize-status', this.#onStatus);
  }

  /** Re-reads `lang`; called when an ancestor's `lang` or `dir` changes. */
  refresh(): void {
    const lang = resolveLang(this.#host, false);
    if (lang !== this.lang) this.#apply(lang);
    else this.#host.requestUpdate();
  }

  /** True when the host is laid out right-to-left (`dir` on an ancestor, or CSS `direction`). */
  get rtl(): boolean {
    return getComputedStyle(this.#host).direction === 'rtl';
  }

  /** A date or date-time in the host's language, e.g. `{ dateStyle: 'medium' }`. */
  formatDate(value: Date | string | number, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
    return this.#format('d', options, () => new Intl.DateTimeFormat(this.lang, options)).format(new Date(value));
  }

  /** A number in the host's language. */
  formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
    return this.#format('n', options, () => new Intl.NumberFormat(this.lang, options)).format(value);
  }

  /** "3 days ago" / "vor 3 Tagen": the largest whole unit between `value` and `now`. */
  formatRelative(value: Date | string | number, now: Date | number = Date.now()): string {
    const seconds = Math.round((new Date(value).getTime() - new Date(now).getTime()) / 1000);
    const units: [Intl.RelativeTimeFormatUnit, number][] = [['year', 31_536_000], ['month', 2_592_000], ['week', 604_800], ['day', 86_400], ['hour', 3600], ['minute', 60]];
    const [unit, size] = units.find(([, s]) => Math.abs(seconds) >= s) ?? ['second', 1];
    const format = this.#format('r', {}, () => new Intl.RelativeTimeFormat(this.lang, { numeric: 'auto' }));
    return format.format(Math.round(seconds / size), unit);
  }

  #format<F extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(kind: string, options: object, make: () => F): F {
    const key = `${kind}|${this.lang}|${JSON.stringify(options)}`;
    let format = this.#formats.get(key) as F | undefined;
    if (!format) this.#formats.set(key, (format = make()));
    return format;
  }

  #apply(lang: string): void {
    this.lang = validLocale(lang);
    requestUiLocale(this.lang);
    this.#host.requestUpdate();
  }

  #onStatus = (event: Event): void => {
    if ((event as CustomEvent<{ status: string }>).detail.status !== 'ready') return;
    this.version++;
    this.#host.requestUpdate();
  };
}
