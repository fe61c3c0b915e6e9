/** Seeds the demo tenants on first start, in one transaction, from the shared framework files. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../db/schema.js';
import { ACME_TOKENS, seedAcme } from './acme.js';
import { GLOBEX_TOKENS, seedGlobex } from './globex.js';

export const DEMO_TOKENS = [
  { token: ACME_TOKENS.employee, who: 'Sam Okafor, employee (Acme, Security Operations)' },
  { token: ACME_TOKENS.manager, who: 'Maria Lindqvist, manager (Acme, Security Operations)' },
  { token: ACME_TOKENS.lead, who: 'Priya Raman, people-lead (Acme)' },
  { token: ACME_TOKENS.auditor, who: 'Daniel Weiss, auditor, read-only (Acme)' },
  { token: GLOBEX_TOKENS.lead, who: 'Hank Scorpio, people-lead (Globex, another tenant)' },
  { token: GLOBEX_TOKENS.employee, who: 'employee (Globex)' },
] as const;

export const NICE_FILE = 'nice/nice-framework-components-v2.0.0.json';
export const FT_FILE = 'ft-engineering-progression/engineering.yml';

export function readSeedData(dir: string): { nice: string; ft: string } {
  const nice = join(dir, NICE_FILE);
  const ft = join(dir, FT_FILE);
  for (const f of [nice, ft]) if (!existsSync(f)) throw new Error(`seed data not found: ${f} (set EVIDENT_SEED_DATA to the directory holding ${NICE_FILE} and ${FT_FILE})`);
  return { nice: readFileSync(nice, 'utf8'), ft: readFileSync(ft, 'utf8') };
}

/** True when it seeded; false when the database already had data. */
export async function seedIfEmpty(db: Db, dataDir: string): Promise<boolean> {
  const any = await db.selectFrom('tenant').select('id').limit(1).executeTakeFirst();
  if (any) return false;
  const data = readSeedData(dataDir);
  await db.transaction().execute(async (trx) => {
    await seedAcme(trx, data);
    await seedGlobex(trx, data);
  });
  return true;
}
