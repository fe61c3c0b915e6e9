/**
 * FT-style engineering progression YAML -> an engineering framework: themes become
 * competencies, career levels become roles, and each (level, theme) proficiency becomes the
 * level that role requires.
 */
import { parse as parseYaml } from 'yaml';
import * as z from 'zod';
import { ImportError, type ImportPlan } from './plan.js';

const Id = z.string().min(1);
const FtFile = z.object({
  name: z.string().min(1),
  summary: z.string().optional(),
  levels: z.array(z.object({ id: Id, name: z.string().min(1) })).min(1),
  themes: z.array(z.object({ id: Id, name: z.string().min(1), summary: z.string().optional() })).min(1),
  competencies: z.array(z.object({ id: Id, level: Id, theme: Id, summary: z.string().min(1), proficiency: z.string().min(1) })).min(1),
});

const PROFICIENCY = ['Awareness', 'Foundational', 'Working knowledge', 'Practitioner', 'Expert'];

const clip = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);
const clean = (s: string) => s.replace(/\u200b/g, '').replace(/\s+/g, ' ').trim();
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 50) || 'framework';

export function parseFt(text: string): ImportPlan {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (e) {
    throw new ImportError(`not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  const parsed = FtFile.safeParse(doc);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new ImportError(`not an engineering progression file (name, levels, themes, competencies): ${first}`);
  }
  const f = parsed.data;
  const levels = new Map(f.levels.map((l, i) => [l.id, { ...l, rank: i + 1 }]));
  const themes = new Map(f.themes.map((t) => [t.id, t]));
  f.competencies.forEach((c, i) => {
    if (!levels.has(c.level)) throw new ImportError(`competencies[${i}] (${c.id}) names unknown level "${c.level}"`);
    if (!themes.has(c.theme)) throw new ImportError(`competencies[${i}] (${c.id}) names unknown theme "${c.theme}"`);
    if (!PROFICIENCY.includes(c.proficiency)) throw new ImportError(`competencies[${i}] (${c.id}) has unknown proficiency "${c.proficiency}" (expected one of ${PROFICIENCY.join(', ')})`);
  });
  const rank = (p: string) => PROFICIENCY.indexOf(p) + 1;

  const competencies: ImportPlan['competencies'] = f.themes.map((t) => {
    const entries = f.competencies.filter((c) => c.theme === t.id);
    const descriptors = PROFICIENCY.flatMap((p, i) => {
      const at = entries.filter((c) => c.proficiency === p);
      if (!at.length) return [];
      return [{ level: i + 1, text: clip(at.map((c) => `${levels.get(c.level)!.name}: ${clean(c.summary)}`).join(' '), 2000) }];
    });
    return {
      key: t.id,
      area: t.id === 'technical' ? 'Technical' : 'Behaviours',
      name: clip(clean(t.name), 200),
      description: clip(clean(t.summary ?? ''), 10_000),
      descriptors,
      tags: t.id === 'technical' ? ['7.2', 'A.8.25', 'A.8.28'] : ['7.2'],
    };
  });

  return {
    source: f.name,
    framework: {
      key: `${slug(f.name)}-progression`,
      name: clip(`${clean(f.name)} progression`, 200),
      description: clip(clean(f.summary ?? ''), 10_000),
      scale: {
        name: 'Proficiency',
        levels: [{ level: 0, label: 'Not yet', descriptor: 'Not yet shown.' }, ...PROFICIENCY.map((p, i) => ({ level: i + 1, label: p, descriptor: `${p} level.` }))],
      },
      roleFamilies: [clip(clean(f.name), 100)],
    },
    competencies,
    roles: f.levels.map((l, i) => ({ key: l.id, title: clip(clean(l.name), 200), family: clip(clean(f.name), 100), level: Math.min(12, i + 1), securityRelevant: false })),
    expectations: f.competencies.map((c) => ({ roleKey: c.level, competencyKey: c.theme, level: rank(c.proficiency) })),
  };
}
