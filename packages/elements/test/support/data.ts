/** Contract-valid sample data shared by the element tests. */
import type { Competency, CompetencyFramework, Review, ReviewTemplate } from '@evident/contract';

export const scale = [
  { level: 0, label: 'None', descriptor: 'No exposure yet.' },
  { level: 1, label: 'Aware', descriptor: 'Knows the basics.' },
  { level: 2, label: 'Practitioner', descriptor: 'Applies it with guidance.' },
  { level: 3, label: 'Expert', descriptor: 'Applies it alone and teaches others.' },
];

export const framework: CompetencyFramework = {
  id: 'fw-1',
  key: 'security',
  name: 'Security',
  description: '',
  version: 1,
  revision: 1,
  status: 'published',
  scale: { name: 'Default', levels: scale },
  roleFamilies: ['Engineering'],
  createdAt: '2026-01-01T00:00:00Z',
  publishedAt: '2026-01-02T00:00:00Z',
  retiredAt: null,
};

export const competencies: Competency[] = [
  {
    id: 'c-ir',
    frameworkId: 'fw-1',
    key: 'incident-response',
    area: 'Operations',
    name: 'Incident response',
    description: 'Handles security incidents.',
    descriptors: [
      { level: 1, text: 'Knows whom to call.' },
      { level: 2, text: 'Runs the playbook for a known incident.' },
      { level: 3, text: 'Leads the response to a novel incident.' },
    ],
    tags: ['7.2', 'A.5.24'],
  },
];

export const template: ReviewTemplate = {
  id: 'tpl-1',
  name: 'Annual review',
  sections: [
    {
      id: 's-skills',
      title: 'Skills',
      questions: [{ id: 'q-ir', kind: 'competency', competencyId: 'c-ir', prompt: 'How well does this person handle incidents?', required: true }],
    },
    {
      id: 's-reflection',
      title: 'Reflection',
      questions: [
        { id: 'q-proud', kind: 'text', prompt: 'What are you proud of?', required: true, maxLength: 200 },
        { id: 'q-goals', kind: 'goal', prompt: 'Goals for next year', required: false },
      ],
    },
  ],
};

export function review(overrides: Partial<Review> = {}): Review {
  return {
    id: 'rev-1',
    cycleId: 'cy-1',
    templateId: 'tpl-1',
    subjectId: 'p-1',
    reviewerId: 'p-2',
    kind: 'manager',
    status: 'draft',
    answers: [],
    version: 1,
    createdAt: '2026-03-01T09:00:00Z',
    updatedAt: '2026-03-01T09:00:00Z',
    submittedAt: null,
    acknowledgedAt: null,
    signedAt: null,
    ...overrides,
  };
}
