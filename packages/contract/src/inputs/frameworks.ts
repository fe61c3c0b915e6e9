/** What callers send to create or change frameworks: request bodies the server validates. */
import * as z from 'zod/mini';
import { Id, IsoTag, Level, LongText, Title, text } from '../primitives.js';
import { LevelDescriptor, ProficiencyScale } from '../domain/frameworks.js';

export const FrameworkDraft = z.object({
  key: Id,
  name: Title,
  description: z.optional(LongText),
  scale: ProficiencyScale,
  roleFamilies: z.optional(z.array(text(100, 1))),
});
export const FrameworkPatch = z.partial(z.object({ name: Title, description: LongText, scale: ProficiencyScale, roleFamilies: z.array(text(100, 1)) }));
export const CompetencyInput = z.object({
  key: text(64, 1),
  area: text(120, 1),
  name: Title,
  description: z.optional(LongText),
  descriptors: z.optional(z.array(LevelDescriptor)),
  tags: z.optional(z.array(IsoTag)),
});
export const CompetencyPatch = z.partial(z.omit(CompetencyInput, { key: true }));
export const RoleExpectationsInput = z.object({
  frameworkId: Id,
  expectations: z.array(z.object({ competencyId: Id, requiredLevel: Level })).check(z.maxLength(500)),
});
