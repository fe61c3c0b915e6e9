import type { EvidentElementClass } from './base/evident-element.js';
import { EvidentProvider } from './provider/evident-provider.js';
import { RatingScale } from './rating-scale/rating-scale.js';
import { ReviewForm } from './review-form/review-form.js';
import { CompetencyMatrix } from './competency-matrix/competency-matrix.js';
import { EvidenceTimeline } from './evidence-timeline/evidence-timeline.js';

/** Every element `defineElements()` registers by default. Add new elements here. */
export const allElements: readonly EvidentElementClass[] = [EvidentProvider, RatingScale, ReviewForm, CompetencyMatrix, EvidenceTimeline];
