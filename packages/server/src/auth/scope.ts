/**
 * Visibility: an employee sees themself, a manager themself and every direct and indirect report,
 * a people-lead and an auditor the whole tenant.
 */
import type { Access } from '@evident/contract';
import type { Tx } from '../db/schema.js';
import type { Scope } from '../http/types.js';

export async function loadScope(db: Tx, tenantId: string, personId: string, access: Access): Promise<Scope> {
  if (access === 'people-lead' || access === 'auditor') return { all: true, ids: new Set(), has: () => true };
  const ids = new Set([personId]);
  if (access === 'manager') {
    // The org chart is small (thousands of rows): walking it in memory keeps the SQL portable.
    const rows = await db.selectFrom('person').select(['id', 'managerId']).where('tenantId', '=', tenantId).execute();
    const reports = new Map<string, string[]>();
    for (const r of rows) if (r.managerId) reports.set(r.managerId, [...(reports.get(r.managerId) ?? []), r.id]);
    const queue = [personId];
    while (queue.length) {
      for (const id of reports.get(queue.pop()!) ?? []) if (!ids.has(id)) { ids.add(id); queue.push(id); }
    }
  }
  return { all: false, ids, has: (id) => ids.has(id) };
}
