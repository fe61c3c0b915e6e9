/**
 * Each person's current levels in one framework as one JSON object `{ competencyId: level }`,
 * kept beside the per-pair `currentLevel` rows, so the 1,000 x 60 matrix reads 1,000 rows, not 60,000.
 */
import type { Kysely } from 'kysely';

/** The tables this migration reads and writes, as they are at this point of the history. */
interface At002 {
  currentLevel: { tenantId: string; personId: string; competencyId: string; level: number };
  competency: { id: string; frameworkId: string };
  levelVector: { tenantId: string; frameworkId: string; personId: string; levels: string };
}

export async function up(db: Kysely<At002>): Promise<void> {
  await db.schema.createTable('levelVector')
    .addColumn('tenantId', 'text', (c) => c.notNull().references('tenant.id'))
    .addColumn('frameworkId', 'text', (c) => c.notNull().references('framework.id'))
    .addColumn('personId', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('levels', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('level_vector_pk', ['frameworkId', 'personId'])
    .execute();
  // Backfill from the per-pair rows (databases created before this migration).
  const rows = await db.selectFrom('currentLevel').innerJoin('competency', 'competency.id', 'currentLevel.competencyId')
    .select(['currentLevel.tenantId', 'competency.frameworkId', 'currentLevel.personId', 'currentLevel.competencyId', 'currentLevel.level']).execute();
  const vectors = new Map<string, { tenantId: string; frameworkId: string; personId: string; levels: Record<string, number> }>();
  for (const r of rows) {
    const k = `${r.frameworkId}|${r.personId}`;
    const v = vectors.get(k) ?? vectors.set(k, { tenantId: r.tenantId, frameworkId: r.frameworkId, personId: r.personId, levels: {} }).get(k)!;
    v.levels[r.competencyId] = r.level;
  }
  const values = [...vectors.values()].map((v) => ({ ...v, levels: JSON.stringify(v.levels) }));
  for (let i = 0; i < values.length; i += 500) await db.insertInto('levelVector').values(values.slice(i, i + 500)).execute();
}

export async function down(db: Kysely<At002>): Promise<void> {
  await db.schema.dropTable('levelVector').execute();
}
