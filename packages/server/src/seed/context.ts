/** A handler context outside HTTP, for the seed and the import CLI: same handlers, simulated clock. */
import type { Access } from '@evident/contract';
import type { PersonTable, Tx } from '../db/schema.js';
import type { Ctx } from '../http/types.js';
import { loadScope } from '../auth/scope.js';

export interface Clock { now: string }

/** Deterministic ids for reproducible seeds: `rev_acme00042`. */
export const counterIds = (tag: string) => {
  let n = 0;
  return (prefix: string) => `${prefix}_${tag}${String(++n).padStart(5, '0')}`;
};

export const systemActor = (tenantId: string, id = 'system:import'): PersonTable =>
  ({ id, tenantId, name: 'Evident importer', email: 'importer@evident.invalid', roleId: 'system', managerId: null, team: 'system' });

export function makeCtx(db: Tx, tenantId: string, actor: PersonTable, access: Access, clock: Clock, newId: (p: string) => string, ifMatch: number | null = null): Ctx {
  return {
    db, tenantId, actor, access, ifMatch, newId,
    get now() { return clock.now; },
    scope: () => loadScope(db, tenantId, actor.id, access),
  };
}
