/**
 * @lit/localize in runtime mode, configured lazily (never on import) the first time an element
 * connects. One UI language is active at a time for this copy of the library.
 */
import { configureLocalization } from '@lit/localize';

export const sourceLocale = 'en';
export const targetLocales = ['de'] as const;
export type UiLocale = typeof sourceLocale | (typeof targetLocales)[number];

type Localization = ReturnType<typeof configureLocalization>;
let localization: Localization | null | undefined;

function configured(): Localization | null {
  if (localization === undefined) {
    try {
      localization = configureLocalization({
        sourceLocale,
        targetLocales,
        loadLocale: () => import('./locales/de.js'),
      });
    } catch {
      // The host page configured @lit/localize itself; its locale and templates win.
      console.warn('[evident] @lit/localize is already configured by the page; Evident elements use its active locale.');
      localization = null;
    }
  }
  return localization;
}

/** The UI locale for a BCP 47 tag: `de-CH` -> `de`; unsupported languages fall back to English. */
export function uiLocaleFor(lang: string): UiLocale {
  const base = lang.toLowerCase().split('-')[0] ?? '';
  return (targetLocales as readonly string[]).includes(base) ? (base as UiLocale) : sourceLocale;
}

/**
 * Switches the UI language if needed; elements re-render on `lit-localize-status` "ready".
 * Always asks setLocale: it compares with the locale still loading, where getLocale() would
 * answer the old one and let a slow German load win over a later switch back to English.
 */
export function requestUiLocale(lang: string): void {
  const api = configured();
  if (!api) return;
  const wanted = uiLocaleFor(lang);
  api.setLocale(wanted).catch((error: unknown) => console.warn('[evident] could not load locale', wanted, error));
}

/** The UI locale in effect now. */
export function activeUiLocale(): string {
  return configured()?.getLocale() ?? sourceLocale;
}
