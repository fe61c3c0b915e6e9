// The same data for every framework app: arrays and objects that only properties can carry.
export const levels = [
  { level: 0, label: 'Not yet', descriptor: 'Has not yet shown this competency.' },
  { level: 1, label: 'Awareness', descriptor: 'Knows the concepts; needs guidance to apply them.' },
  { level: 2, label: 'Working', descriptor: 'Applies it in routine work without help.' },
  { level: 3, label: 'Practitioner', descriptor: 'Applies it in complex situations and helps others.' },
];

export const descriptors = [{ level: 3, text: 'Designs role models and recertification for several systems.' }];

export const reviewData = {
  scale: levels,
  review: {
    id: 'rev-interop', cycleId: 'cy-1', templateId: 'tpl-1', subjectId: 'p-1', reviewerId: 'p-2',
    kind: 'manager', status: 'draft', answers: [{ questionId: 'q-access', level: 1 }], version: 1,
    createdAt: '2026-05-01T09:00:00Z', updatedAt: '2026-05-01T09:00:00Z',
    submittedAt: null, acknowledgedAt: null, signedAt: null,
  },
  template: {
    id: 'tpl-1',
    name: 'Interop review',
    sections: [{ id: 's-1', title: 'Skills', questions: [{ id: 'q-access', kind: 'competency', competencyId: 'NF-COM-001', prompt: 'Access Controls', required: true }] }],
  },
  competencies: [{
    id: 'NF-COM-001', frameworkId: 'fw-1', key: 'access-controls', area: 'NICE', name: 'Access Controls',
    description: '', descriptors: [{ level: 2, text: 'Reviews access requests against the role model.' }], tags: ['7.2'],
  }],
};

/** What the app shows after its form was submitted: every field of the FormData. */
export const formEntries = (form) => JSON.stringify(Object.fromEntries(new FormData(form)));
