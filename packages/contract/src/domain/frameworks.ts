import * as z from 'zod/mini';
import { Id, IsoTag, Level, LongText, Timestamp, Title, text } from '../primitives.js';

export const ScaleLevel = z.object({ level: Level, label: text(60, 1), descriptor: text(1000) });

/** Ordered proficiency levels, contiguous and ascending (e.g. 0–4). */
export const ProficiencyScale = z
  .object({ name: Title, levels: z.array(ScaleLevel).check(z.minLength(2), z.maxLength(11)) })
  .check(
    z.refine((s) => s.levels.every((l, i) => i === 0 || l.level === s.levels[i - 1]!.level + 1), {
      message: 'levels must be contiguous and ascending',
      path: ['levels'],
    }),
  );
export type ProficiencyScale = z.infer<typeof ProficiencyScale>;

export const FrameworkStatus = z.enum(['draft', 'published', 'retired']);

/**
 * A versioned set of competencies for role families (ISO 27001 7.2 a).
 * `key` is stable across versions; `version` counts published editions;
 * `revision` guards concurrent edits of a draft (its ETag).
 */
export const CompetencyFramework = z.object({
  id: Id,
  key: Id,
  name: Title,
  description: LongText,
  version: z.int().check(z.minimum(1)),
  revision: z.int().check(z.minimum(1)),
  status: FrameworkStatus,
  scale: ProficiencyScale,
  roleFamilies: z.array(text(100, 1)),
  createdAt: Timestamp,
  publishedAt: z.nullable(Timestamp),
  retiredAt: z.nullable(Timestamp),
});
export type CompetencyFramework = z.infer<typeof CompetencyFramework>;

/** What a person shows at one level of a competency. */
export const LevelDescriptor = z.object({ level: Level, text: text(2000, 1) });

/** One competency of a framework, tagged with the ISO 27001 clauses and Annex A controls it evidences. */
export const Competency = z.object({
  id: Id,
  frameworkId: Id,
  key: text(64, 1),
  area: text(120, 1),
  name: Title,
  description: LongText,
  descriptors: z.array(LevelDescriptor),
  tags: z.array(IsoTag),
});
export type Competency = z.infer<typeof Competency>;

/** The level of a competency a role requires (ISO 27001 7.2 a). */
export const RoleExpectation = z.object({ roleId: Id, frameworkId: Id, competencyId: Id, requiredLevel: Level });
export type RoleExpectation = z.infer<typeof RoleExpectation>;

