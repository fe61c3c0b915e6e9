/**
 * What every importer produces: a framework with its competencies, the roles it is for and the
 * levels those roles require. `applyImport` writes it through the same handlers as the API.
 */
import type { Ctx } from '../http/types.js';
import type { CompetencyFramework } from '@evident/contract';
import * as z from 'zod/mini';
import { CompetencyInput, FrameworkDraft } from '@evident/contract';
import { handlers } from '../handlers.js';

export interface ImportRole { key: string; title: string; family: string; level: number; securityRelevant: boolean }
export interface ImportPlan {
  source: string;
  framework: z.output<typeof FrameworkDraft>;
  competencies: z.output<typeof CompetencyInput>[];
  roles: ImportRole[];
  /** roleKey -> competencyKey -> required level */
  expectations: { roleKey: string; competencyKey: string; level: number }[];
}

/** A file that cannot be imported; the message names what is wrong. Nothing was written. */
export class ImportError extends Error {}

export interface ImportResult { framework: CompetencyFramework; roleIds: Map<string, string>; competencyIds: Map<string, string> }

/** Writes a plan in the caller's transaction and publishes the framework. */
export async function applyImport(ctx: Ctx, plan: ImportPlan, opts: { publish?: boolean; rolePrefix?: string } = {}): Promise<ImportResult> {
  const taken = await ctx.db.selectFrom('framework').select('id').where('tenantId', '=', ctx.tenantId).where('key', '=', plan.framework.key).executeTakeFirst();
  if (taken) throw new ImportError(`tenant ${ctx.tenantId} already has framework "${plan.framework.key}" (${taken.id}); nothing imported`);
  // Parse with the contract's schemas: an importer cannot write what the API would refuse.
  const draft = z.parse(FrameworkDraft, plan.framework);
  const framework = await handlers.createFramework(ctx, { params: {}, query: {}, body: draft });
  const competencyIds = new Map<string, string>();
  for (const c of plan.competencies) {
    const created = await handlers.createCompetency(ctx, { params: { frameworkId: framework.id }, query: {}, body: z.parse(CompetencyInput, c) });
    competencyIds.set(c.key, created.id);
  }
  const roleIds = new Map<string, string>();
  for (const r of plan.roles) {
    const existing = await ctx.db.selectFrom('role').select('id').where('tenantId', '=', ctx.tenantId).where('title', '=', r.title).where('family', '=', r.family).executeTakeFirst();
    const id = existing?.id ?? ctx.newId(opts.rolePrefix ?? 'role');
    if (!existing) await ctx.db.insertInto('role').values({ id, tenantId: ctx.tenantId, title: r.title, family: r.family, level: r.level, securityRelevant: r.securityRelevant ? 1 : 0 }).execute();
    roleIds.set(r.key, id);
  }
  const byRole = new Map<string, { competencyId: string; requiredLevel: number }[]>();
  for (const e of plan.expectations) {
    const roleId = roleIds.get(e.roleKey);
    const competencyId = competencyIds.get(e.competencyKey);
    if (!roleId || !competencyId) throw new ImportError(`expectation refers to unknown role ${e.roleKey} or competency ${e.competencyKey}`);
    byRole.set(roleId, [...(byRole.get(roleId) ?? []), { competencyId, requiredLevel: e.level }]);
  }
  for (const [roleId, expectations] of byRole) {
    await handlers.setRoleExpectations(ctx, { params: { roleId }, query: {}, body: { frameworkId: framework.id, expectations } });
  }
  let out = await handlers.getFramework(ctx, { params: { frameworkId: framework.id }, query: {}, body: {} });
  if (opts.publish !== false) out = await handlers.publishFramework({ ...ctx, ifMatch: out.revision }, { params: { frameworkId: framework.id }, query: {}, body: {} });
  return { framework: out, roleIds, competencyIds };
}
