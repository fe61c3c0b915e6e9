/**
 * A plain form with Evident form controls, for the history test: the elements are parsed from the
 * HTML and upgraded later, which is when the browser hands them their restored state.
 */
import { defineElements, type RatingScale, type ReviewForm } from '@evident/elements';
import { competencies, review, scale, template } from '../../../packages/elements/test/support/data.js';

// An `unload` listener keeps the page out of the back/forward cache, so going back re-creates it
// and the browser has to restore each control's state (formStateRestoreCallback) instead.
window.addEventListener('unload', () => undefined);
addEventListener('pageshow', (event) => ((window as { fromCache?: boolean }).fromCache = event.persisted));

(document.getElementById('ir') as RatingScale).levels = scale;
(document.getElementById('review') as ReviewForm).data = { review: review({ id: 'rev-history' }), template, competencies, scale };
defineElements();
