import { msg } from '@lit/localize';
import type { EvidenceType } from '@evident/contract';

/** Every evidence type, in the order the type filter lists them. */
export const evidenceTypes: readonly EvidenceType[] = [
  'review.submitted',
  'review.acknowledged',
  'review.signed',
  'assessment.recorded',
  'plan.item.created',
  'plan.item.completed',
  'calibration.held',
  'calibration.adjusted',
  'management-review.held',
  'framework.published',
  'framework.retired',
  'correction',
];

/** A person-readable, localised name of an evidence type (a function: msg() must run at render time). */
export function evidenceTypeLabel(type: EvidenceType): string {
  switch (type) {
    case 'review.submitted': return msg('Review submitted', { id: 'evidence-review-submitted' });
    case 'review.acknowledged': return msg('Review acknowledged', { id: 'evidence-review-acknowledged' });
    case 'review.signed': return msg('Review signed', { id: 'evidence-review-signed' });
    case 'assessment.recorded': return msg('Assessment recorded', { id: 'evidence-assessment-recorded' });
    case 'plan.item.created': return msg('Development action planned', { id: 'evidence-plan-item-created' });
    case 'plan.item.completed': return msg('Development action completed', { id: 'evidence-plan-item-completed' });
    case 'calibration.held': return msg('Calibration held', { id: 'evidence-calibration-held' });
    case 'calibration.adjusted': return msg('Rating adjusted in calibration', { id: 'evidence-calibration-adjusted' });
    case 'management-review.held': return msg('Management review held', { id: 'evidence-management-review-held' });
    case 'framework.published': return msg('Framework published', { id: 'evidence-framework-published' });
    case 'framework.retired': return msg('Framework retired', { id: 'evidence-framework-retired' });
    case 'correction': return msg('Correction', { id: 'evidence-correction' });
  }
}
