/** Opens the SQLite database through Kysely and brings its schema up to date. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, type Migration } from 'kysely';
import * as init from './migrations/001_init.js';
import * as levelVectors from './migrations/002_level_vectors.js';
import type { Database, Db } from './schema.js';

// Migrations are listed in code (not read from disk) so they work the same under tsx and bundlers.
const migrations: Record<string, Migration> = { '001_init': init, '002_level_vectors': levelVectors };

export function openDatabase(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  // Durability trade-off, deliberately: in WAL mode with synchronous=NORMAL a commit appends to the
  // WAL without fsync; the WAL is synced at each checkpoint. A crash of the process loses nothing
  // committed and the file never corrupts, but a power or OS failure can roll back the last commits
  // since the previous checkpoint. FULL would add an fsync to every commit.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Kysely prepares every query anew; reusing prepared statements roughly halves the cost of a
  // small query. Statements with variable IN lists differ in text, so the cache is capped.
  const statements = new Map<string, SQLite.Statement>();
  const database = {
    close: () => sqlite.close(),
    prepare: (sql: string) => {
      let st = statements.get(sql);
      if (!st) {
        st = sqlite.prepare(sql);
        if (statements.size < 2000) statements.set(sql, st);
      }
      return st;
    },
  };
  return new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
}

export async function migrate(db: Db): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
}
