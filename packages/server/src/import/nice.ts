/**
 * NIST NICE Framework components (CPRT JSON layout) -> a security framework: competency areas
 * become competencies, work roles become security-relevant roles, and the knowledge and skill
 * statements they share decide the level each role requires.
 */
import * as z from 'zod';
import { ImportError, type ImportPlan } from './plan.js';

const Element = z.object({
  element_type: z.string(),
  element_identifier: z.string().min(1),
  title: z.string(),
  text: z.string(),
});
const NiceFile = z.object({
  documents: z.array(z.object({ doc_identifier: z.string(), name: z.string(), version: z.string() })).min(1),
  elements: z.array(Element).min(1),
  relationships: z.array(z.object({ source_element_identifier: z.string(), dest_element_identifier: z.string() })),
});

/** Words that place a knowledge or skill statement in an area the file itself does not link. */
const AREA_KEYWORDS: Record<string, RegExp> = {
  'NF-COM-001': /access control|privilege|authenticat|identity/i,
  'NF-COM-002': /artificial intelligence|\bAI\b|machine learning/i,
  'NF-COM-003': /asset|inventory/i,
  'NF-COM-004': /cloud/i,
  'NF-COM-005': /communications security|COMSEC|telecommunication|network traffic|transmission/i,
  'NF-COM-006': /cryptograph|encrypt/i,
  'NF-COM-008': /DevSecOps|DevOps|continuous integration|software development life|secure coding|CI\/CD/i,
  'NF-COM-009': /operating system/i,
  'NF-COM-010': /operational technology|industrial control|SCADA|\bOT\b/i,
  'NF-COM-011': /supply chain|vendor|third[- ]part/i,
};

/** ISO 27001:2022 Annex A controls each competency area evidences (beyond 7.2 and A.6.3). */
const AREA_CONTROLS: Record<string, string[]> = {
  'NF-COM-001': ['A.5.15', 'A.5.18', 'A.8.2'],
  'NF-COM-002': ['A.5.8'],
  'NF-COM-003': ['A.5.9', 'A.5.10'],
  'NF-COM-004': ['A.5.23'],
  'NF-COM-005': ['A.8.20', 'A.8.21'],
  'NF-COM-006': ['A.8.24'],
  'NF-COM-007': ['A.5.29', 'A.5.30'],
  'NF-COM-008': ['A.8.25', 'A.8.28'],
  'NF-COM-009': ['A.8.9', 'A.8.19'],
  'NF-COM-010': ['A.8.20'],
  'NF-COM-011': ['A.5.19', 'A.5.21'],
};

const SCALE = {
  name: 'NICE proficiency',
  levels: [
    { level: 0, label: 'None', descriptor: 'No demonstrated capability yet.' },
    { level: 1, label: 'Basic', descriptor: 'Knows the concepts; applies them with guidance.' },
    { level: 2, label: 'Intermediate', descriptor: 'Applies the knowledge and skills independently in routine work.' },
    { level: 3, label: 'Advanced', descriptor: 'Handles complex and novel situations; guides others.' },
    { level: 4, label: 'Expert', descriptor: 'Sets direction for the organisation; recognised authority.' },
  ],
};

const clip = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);
const clean = (s: string) => s.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
const levelFor = (shared: number) => (shared >= 15 ? 4 : shared >= 6 ? 3 : shared >= 3 ? 2 : shared >= 1 ? 1 : 0);

export function parseNice(text: string): ImportPlan {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ImportError(`not valid JSON (truncated or corrupted?): ${(e as Error).message}`);
  }
  const parsed = NiceFile.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new ImportError(`not a NICE Framework components file (CPRT layout): ${first}`);
  }
  const file = parsed.data;
  const byId = new Map(file.elements.map((e) => [e.element_identifier, e]));
  const of = (type: string) => file.elements.filter((e) => e.element_type === type);
  const roles = of('work_role');
  const areas = of('competency_area');
  const categories = new Map(of('category').map((c) => [c.element_identifier, c]));
  if (!roles.length) throw new ImportError('the file has no work_role elements');
  if (!areas.length) throw new ImportError('the file has no competency_area elements');

  const statements = file.elements.filter((e) => e.element_type === 'knowledge' || e.element_type === 'skill');
  const linked = new Map<string, Set<string>>();
  const roleCategory = new Map<string, string>();
  for (const r of file.relationships) {
    const src = byId.get(r.source_element_identifier);
    const dst = byId.get(r.dest_element_identifier);
    if (!src || !dst) continue; // the published file has a few links to withdrawn statements
    if (src.element_type === 'category' && dst.element_type === 'work_role') roleCategory.set(dst.element_identifier, src.element_identifier);
    if ((src.element_type === 'work_role' || src.element_type === 'competency_area') && (dst.element_type === 'knowledge' || dst.element_type === 'skill')) {
      const set = linked.get(src.element_identifier) ?? linked.set(src.element_identifier, new Set()).get(src.element_identifier)!;
      set.add(dst.element_identifier);
    }
  }
  // An area's statements: the ones the file links to it, plus those that name its subject.
  const areaStatements = new Map(areas.map((a) => {
    const set = new Set(linked.get(a.element_identifier) ?? []);
    const kw = AREA_KEYWORDS[a.element_identifier];
    if (kw) for (const s of statements) if (kw.test(s.text)) set.add(s.element_identifier);
    return [a.element_identifier, set] as const;
  }));

  const competencies: ImportPlan['competencies'] = areas.map((a) => {
    const ids = [...(areaStatements.get(a.element_identifier) ?? [])].sort();
    const texts = (type: string) => ids.map((id) => byId.get(id)!).filter((e) => e.element_type === type).map((e) => clean(e.text));
    const list = (items: string[]) => clip(items.slice(0, 12).join('; '), 1900);
    const k = texts('knowledge');
    const s = texts('skill');
    const name = clean(a.title);
    return {
      key: a.element_identifier,
      area: 'Cybersecurity',
      name,
      description: clip(`${clean(a.text)}${ids.length ? `\n\nNICE statements: ${ids.join(', ')}` : ''}`, 10_000),
      descriptors: [
        { level: 1, text: k.length ? `Knows: ${list(k)}` : `Knows the basic concepts of ${name}.` },
        { level: 2, text: s.length ? `Can: ${list(s)}` : `Applies ${name} practices independently in routine work.` },
        { level: 3, text: `Handles complex ${name} problems across systems and guides colleagues.` },
        { level: 4, text: `Sets the organisation's direction for ${name}; recognised authority.` },
      ],
      tags: ['7.2', 'A.6.3', ...(AREA_CONTROLS[a.element_identifier] ?? [])],
    };
  });

  const expectations: ImportPlan['expectations'] = [];
  for (const r of roles) {
    const mine = linked.get(r.element_identifier) ?? new Set<string>();
    for (const a of areas) {
      let shared = 0;
      for (const id of areaStatements.get(a.element_identifier) ?? []) if (mine.has(id)) shared++;
      const level = levelFor(shared);
      if (level > 0) expectations.push({ roleKey: r.element_identifier, competencyKey: a.element_identifier, level });
    }
  }

  const doc = file.documents[0]!;
  return {
    source: `${doc.name} ${doc.version}`,
    framework: {
      key: 'nice-framework',
      name: 'NICE Cybersecurity Competencies',
      description: clip(`Competency areas of the ${doc.name}, version ${doc.version}. Imported from the NIST CPRT export.`, 10_000),
      scale: SCALE,
      roleFamilies: [...new Set(roles.map((r) => clean(categories.get(roleCategory.get(r.element_identifier) ?? '')?.title ?? 'Cybersecurity')))],
    },
    competencies,
    roles: roles.map((r) => ({
      key: r.element_identifier,
      title: clip(clean(r.title), 200),
      family: clip(titleCase(clean(categories.get(roleCategory.get(r.element_identifier) ?? '')?.title ?? 'Cybersecurity')), 100),
      level: 5,
      securityRelevant: true,
    })),
    expectations,
  };
}

const titleCase = (s: string) => s.toLowerCase().replace(/\b([a-z])/g, (m) => m.toUpperCase()).replace(/\bAnd\b/g, 'and');
