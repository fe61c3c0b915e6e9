// German UI strings, in the format `lit-localize build` (runtime mode) writes: ids are the
// explicit `{ id }` of each `msg()` call; `${n}` is the n-th expression of the source string.
import { str } from '@lit/localize';
import { reviewFormTemplates } from '../../review-form/strings-de.js';
import { matrixTemplates } from '../../competency-matrix/strings-de.js';
import { timelineTemplates } from '../../evidence-timeline/strings-de.js';

export const templates = {
  'error-network': `Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung.`,
  'error-contract': `Der Server hat eine Antwort geschickt, die diese Seite nicht versteht.`,
  'error-401': `Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.`,
  'error-403': `Sie haben keinen Zugriff darauf.`,
  'error-404': `Das wurde nicht gefunden. Vielleicht wurde es entfernt.`,
  'error-5xx': `Der Server hatte ein Problem. Bitte versuchen Sie es gleich noch einmal.`,
  'error-unknown': `Etwas ist schiefgelaufen.`,
  loading: `Wird geladen …`,
  empty: `Noch nichts vorhanden.`,
  'load-failed': `Laden fehlgeschlagen.`,
  retry: `Erneut versuchen`,
  'rating-missing': `Bitte wählen Sie eine Stufe.`,
  'rating-missing-named': str`Bitte wählen Sie eine Stufe für „${0}“.`,
  ...reviewFormTemplates,
  ...matrixTemplates,
  ...timelineTemplates,
};
