/**
 * Queries of a fixed shape, built and compiled once, then run with new parameters.
 *
 * Kysely builds and compiles every query anew; for a lookup by key that costs about as much as the
 * database takes to answer it. The SQL still comes from the dialect's own compiler (the first time
 * the query runs), so nothing here is tied to SQLite. A process talks to one database, so one
 * dialect; the driver (db/connect.ts) then reuses the prepared statement for the SQL text.
 */
import type { Compilable, CompiledQuery, QueryResult } from 'kysely';
import type { Tx } from './schema.js';

const mark = (i: number) => `\u0000prepared-arg-${i}\u0000`;

/**
 * `build` receives placeholders instead of its arguments, so it must hand each one to Kysely as a
 * value as is (no arithmetic, no branching on it, no lists). A placeholder that does not come out as
 * a parameter of its own is a programming error and throws when the query first runs.
 */
export function prepared<A extends unknown[], R>(build: (db: Tx, ...args: A) => Compilable<R>): (db: Tx, ...args: A) => Promise<QueryResult<R>> {
  let compiled: CompiledQuery<R> | undefined;
  /** For each parameter of the SQL, the argument it takes, or -1 for a constant of the query. */
  let slots: number[] = [];
  return (db, ...args) => {
    if (!compiled) {
      const marks = Array.from({ length: build.length - 1 }, (_, i) => mark(i));
      const c = build(db, ...(marks as unknown as A)).compile();
      const s = c.parameters.map((p) => (typeof p === 'string' ? marks.indexOf(p) : -1));
      const unused = marks.findIndex((_, i) => !s.includes(i));
      if (unused >= 0) throw new Error(`prepared query: argument ${unused} is not a parameter of ${c.sql}`);
      slots = s;
      compiled = c;
    }
    const constants = compiled.parameters;
    return db.executeQuery<R>({ ...compiled, parameters: slots.map((s, i) => (s < 0 ? constants[i] : args[s])) });
  };
}
