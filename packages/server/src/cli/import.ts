/**
 * `pnpm --filter @evident/server import <file> [--tenant <id>] [--draft]`
 * Imports a NIST NICE JSON file or an FT-style progression YAML into a tenant, in one
 * transaction: a bad or truncated file is refused with the reason and nothing is written.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { migrate, openDatabase } from '../db/connect.js';
import { applyImport, ImportError, type ImportPlan } from '../import/plan.js';
import { parseNice } from '../import/nice.js';
import { parseFt } from '../import/ft.js';
import { counterIds, makeCtx, systemActor } from '../seed/context.js';
import { newId } from '../http/pipeline.js';
import { HttpProblem } from '../problem.js';

export function planFor(file: string, text: string, format?: string): ImportPlan {
  const kind = format ?? (/\.json$/i.test(file) ? 'nice' : /\.ya?ml$/i.test(file) ? 'ft' : undefined);
  if (kind === 'nice') return parseNice(text);
  if (kind === 'ft') return parseFt(text);
  throw new ImportError(`cannot tell the format of ${file}: use a .json (NIST NICE) or .yml (FT progression) file, or --format nice|ft`);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { tenant: { type: 'string', default: 'acme' }, format: { type: 'string' }, draft: { type: 'boolean', default: false } } });
  const arg = positionals[0];
  if (!arg) {
    process.stderr.write('usage: import <file.json|file.yml> [--tenant acme] [--format nice|ft] [--draft]\n');
    return 2;
  }
  // pnpm runs scripts in the package directory; resolve the path from where the user typed it.
  const file = resolve(process.env.INIT_CWD ?? process.cwd(), arg);
  const config = loadConfig();
  const db = openDatabase(config.dbFile);
  try {
    await migrate(db);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new ImportError(`cannot read ${file}: ${(e as Error).message}`);
    }
    const plan = planFor(file, text, values.format);
    const tenantId = values.tenant!;
    if (!/^[\w.:-]{1,64}$/.test(tenantId)) throw new ImportError(`"${tenantId}" is not a valid tenant id`);
    const result = await db.transaction().execute(async (trx) => {
      const exists = await trx.selectFrom('tenant').select('id').where('id', '=', tenantId).executeTakeFirst();
      if (!exists) await trx.insertInto('tenant').values({ id: tenantId, name: tenantId }).execute();
      const clock = { now: new Date().toISOString() };
      const ctx = makeCtx(trx, tenantId, systemActor(tenantId), 'people-lead', clock, process.env.EVIDENT_DETERMINISTIC_IDS ? counterIds(tenantId) : newId);
      return applyImport(ctx, plan, { publish: !values.draft });
    });
    process.stdout.write(`${JSON.stringify({
      imported: plan.source, file, tenant: tenantId, framework: { id: result.framework.id, key: result.framework.key, status: result.framework.status },
      competencies: result.competencyIds.size, roles: result.roleIds.size, expectations: plan.expectations.length, database: config.dbFile,
    }, null, 2)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof ImportError || e instanceof HttpProblem) {
      process.stderr.write(`import refused: ${e.message}\nnothing was imported.\n`);
      return 1;
    }
    throw e;
  } finally {
    await db.destroy();
  }
}

process.exitCode = await main();
