// packages/elements/src/localize/configure.ts — next to German, in the same file.
export const targetLocales = ['de', 'fr'] as const;

const locales = { de: () => import('./locales/de.js'), fr: () => import('./locales/fr.js') };

// …and in configureLocalization({ sourceLocale, targetLocales, loadLocale }):
export const loadLocale = (locale: string) => locales[locale as keyof typeof locales]();
