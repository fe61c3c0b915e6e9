import * as z from 'zod/mini';
import { Email, Id, Title, text } from '../primitives.js';

/** A job role. `securityRelevant` marks roles inside the ISMS scope (ISO 27001 7.2 a). */
export const Role = z.object({
  id: Id,
  title: Title,
  family: text(100, 1),
  level: z.int().check(z.minimum(1), z.maximum(12)),
  securityRelevant: z.boolean(),
});
export type Role = z.infer<typeof Role>;

export const Person = z.object({
  id: Id,
  name: Title,
  email: Email,
  roleId: Id,
  managerId: z.nullable(Id),
  team: text(100, 1),
});
export type Person = z.infer<typeof Person>;

/** Who is calling: the person behind the token and what they may do. */
export const Viewer = z.object({
  person: Person,
  access: z.enum(['employee', 'manager', 'people-lead', 'auditor']),
});
export type Viewer = z.infer<typeof Viewer>;
