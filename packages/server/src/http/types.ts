/** The handler contract: one typed function per route of the table. */
import type * as z from 'zod/mini';
import type { Access, CsvBody, RouteDef, RouteName, Routes } from '@evident/contract';
import type { PersonTable, Tx } from '../db/schema.js';
import type { MemoKind } from './memo.js';

/** Who may be seen: everyone in the tenant, or a set of people. */
export interface Scope {
  all: boolean;
  ids: ReadonlySet<string>;
  has(personId: string): boolean;
}

/** Everything a handler may use. Seeding builds the same context, so it runs the same code. */
export interface Ctx {
  /** The request's transaction on writes; the database on reads. */
  db: Tx;
  tenantId: string;
  actor: PersonTable;
  access: Access;
  /** Request time, ISO 8601 UTC (the seed passes its simulated clock). */
  now: string;
  newId(prefix: string): string;
  scope(): Promise<Scope>;
  /** The version named by If-Match on routes that need it (NaN when unparsable). */
  ifMatch: number | null;
  /**
   * Memoises an expensive read until the tenant's next write (`records`: any write; `catalog`:
   * a write to frameworks). Outside HTTP it is absent and callers simply compute.
   */
  memo?<T>(key: string, compute: () => Promise<T>, kind?: MemoKind): Promise<T>;
}

type Out<S> = S extends z.ZodMiniType ? z.output<S> : Record<string, never>;
export type Input<R extends RouteDef> = { params: Out<R['params']>; query: Out<R['query']>; body: Out<R['body']> };
export type Output<R extends RouteDef> = R['response'] extends CsvBody ? string : R['response'] extends z.ZodMiniType ? z.output<R['response']> : never;
export type Handler<R extends RouteDef> = (ctx: Ctx, input: Input<R>) => Promise<Output<R>>;
export type Handlers = { [K in RouteName]: Handler<Routes[K]> };
export type HandlerGroup<K extends RouteName> = Pick<Handlers, K>;
