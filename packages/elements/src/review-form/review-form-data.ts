import type { Answer, Competency, Review, ReviewTemplate } from '@evident/contract';
import type { RatingLevel } from '../rating-scale/rating-scale.js';

/** What a `<review-form>` renders: set as `.data` (controlled) or loaded by `review-id` (connected). */
export interface ReviewFormData {
  review: Review;
  template: ReviewTemplate;
  /** The competencies the template's competency questions refer to (for their level descriptors). */
  competencies: Competency[];
  /** The framework's proficiency scale. */
  scale: RatingLevel[];
}

export interface ReviewSaveDetail {
  /** Connected: the review as the server saved it. Controlled: the review with the current answers, for the host to save. */
  review: Review;
}

export interface ReviewSubmitDetail {
  answers: Answer[];
  /** Connected mode: the submitted review as the server returned it. */
  review?: Review;
}

export interface ReviewConflictDetail {
  /** The person's answers. */
  mine: Answer[];
  /** The review as someone else saved it. */
  server: Review;
}
