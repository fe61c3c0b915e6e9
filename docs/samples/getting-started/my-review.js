// Controlled mode: the page hands each element its data and decides where answers go.
const scale = [
  { level: 0, label: 'Not yet', descriptor: 'Has not yet shown this competency.' },
  { level: 1, label: 'Awareness', descriptor: 'Knows the concepts; needs guidance to apply them.' },
  { level: 2, label: 'Working', descriptor: 'Applies it in routine work without help.' },
  { level: 3, label: 'Practitioner', descriptor: 'Applies it in complex situations and helps others.' },
  { level: 4, label: 'Expert', descriptor: 'Shapes how the organisation practises it.' },
];

document.querySelector('#mood').levels = scale;

document.querySelector('review-form').data = {
  scale,
  review: {
    id: 'rev-1', cycleId: 'cy-2026h1', templateId: 'tpl-1', subjectId: 'p-sam', reviewerId: 'p-sam',
    kind: 'self', status: 'draft', answers: [], version: 1,
    createdAt: '2026-05-01T09:00:00Z', updatedAt: '2026-05-01T09:00:00Z',
    submittedAt: null, acknowledgedAt: null, signedAt: null,
  },
  template: {
    id: 'tpl-1',
    name: 'Self review 2026 H1',
    sections: [{
      id: 'skills',
      title: 'Security skills',
      questions: [
        { id: 'q-access', kind: 'competency', competencyId: 'NF-COM-001', prompt: 'Access Controls', required: true },
        { id: 'q-proud', kind: 'text', prompt: 'What are you proud of?', required: false, maxLength: 500 },
      ],
    }],
  },
  competencies: [{
    id: 'NF-COM-001', frameworkId: 'fw-1', key: 'access-controls', area: 'NICE', name: 'Access Controls',
    description: 'Define, manage and monitor who may access protected data and resources.',
    descriptors: [{ level: 2, text: 'Reviews access requests against the role model.' }],
    tags: ['7.2', 'A.5.15'],
  }],
};
