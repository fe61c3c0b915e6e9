/**
 * @evident/elements: element classes and helpers, with no side effect on import.
 * Call `defineElements()` (or load `auto-define`) to register the tags.
 */
export { defineElements, type DefineOptions } from './define.js';
export { allElements } from './all-elements.js';
export { EvidentElement, type EventDetail, type EvidentElementClass } from './base/evident-element.js';
export { ConnectedElement } from './base/connected-element.js';
export { FormControl, type FormControlInterface } from './base/form-control.js';
export { clientContext } from './base/client-context.js';
export { LoadController, renderLoadError, type LoadStatus, type LoadOptions, type LoadViews } from './base/load-controller.js';
export { describeError, isNetworkError, isAbort } from './base/describe-error.js';
export { LocaleController } from './localize/locale-controller.js';
export { tokenNames } from './styles/tokens.js';
export { EvidentProvider } from './provider/evident-provider.js';
export { RatingScale, type RatingLevel, type RatingChangeDetail } from './rating-scale/rating-scale.js';
export { ReviewForm, type ReviewFormData } from './review-form/review-form.js';
export { CompetencyMatrix, type CompetencySelectDetail } from './competency-matrix/competency-matrix.js';
export { buildMatrixView, gapOf, matrixRecords, type MatrixView, type MatrixQuery, type MatrixSort } from './competency-matrix/matrix-model.js';
export { EvidenceTimeline, type EvidenceOpenDetail } from './evidence-timeline/evidence-timeline.js';
export { GridNavigationController, type GridNavigationOptions } from './controllers/grid-navigation.js';
export { VirtualWindow } from './controllers/virtual-window.js';
export { toCsv, csvCell } from './controllers/csv.js';
