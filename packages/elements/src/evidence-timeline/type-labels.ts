import { msg } from '@lit/localize';
import type { EvidenceType } from '@evident/contract';

/**
 * A person-readable, localised name for every evidence type, in the order the type filter lists
 * them. A Record, so the compiler refuses a type the contract adds and this list misses.
 * Functions, because msg() must run at render time to follow the UI locale.
 */
const labels: Record<EvidenceType, () => string> = {
  'review.submitted': () => msg('Review submitted', { id: 'evidence-review-submitted' }),
  'review.acknowledged': () => msg('Review acknowledged', { id: 'evidence-review-acknowledged' }),
  'review.signed': () => msg('Review signed', { id: 'evidence-review-signed' }),
  'assessment.recorded': () => msg('Assessment recorded', { id: 'evidence-assessment-recorded' }),
  'plan.item.created': () => msg('Development action planned', { id: 'evidence-plan-item-created' }),
  'plan.item.completed': () => msg('Development action completed', { id: 'evidence-plan-item-completed' }),
  'calibration.held': () => msg('Calibration held', { id: 'evidence-calibration-held' }),
  'calibration.adjusted': () => msg('Rating adjusted in calibration', { id: 'evidence-calibration-adjusted' }),
  'management-review.held': () => msg('Management review held', { id: 'evidence-management-review-held' }),
  'framework.published': () => msg('Framework published', { id: 'evidence-framework-published' }),
  'framework.retired': () => msg('Framework retired', { id: 'evidence-framework-retired' }),
  correction: () => msg('Correction', { id: 'evidence-correction' }),
};

/** Every evidence type, in the order the type filter lists them. */
export const evidenceTypes = Object.keys(labels) as EvidenceType[];

/** The localised name of an evidence type. */
export function evidenceTypeLabel(type: EvidenceType): string {
  return labels[type]();
}
