// packages/elements/src/localize/locales/fr.ts — the same ids as de.ts. Strings with values use
// the `str` tag from @lit/localize and `${0}`, `${1}`, … as in de.ts.
export const templates = {
  loading: `Chargement…`,
  empty: `Rien à afficher pour l’instant.`,
  'load-failed': `Échec du chargement.`,
  retry: `Réessayer`,
  'rating-missing': `Choisissez un niveau.`,
};
