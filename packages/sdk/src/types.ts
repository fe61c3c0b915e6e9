/**
 * Types of the SDK's methods, derived from the route table: nothing here is written twice.
 */
import type * as z from 'zod/mini';
import type { CsvBody, RouteDef, RouteName, Routes } from '@evident/contract';
import type { EtagStore } from './etags.js';

type Input<S> = S extends z.ZodMiniType ? z.input<S> : never;
type Output<S> = S extends z.ZodMiniType ? z.output<S> : never;

/** Options every call takes. */
export interface CallOptions {
  signal?: AbortSignal;
  /** Overrides the ETag the client kept from the last read. */
  ifMatch?: string;
  /** Overrides the generated `Idempotency-Key` of a non-idempotent POST. */
  idempotencyKey?: string;
  /** Milliseconds before the call fails with a timeout; `false` for none. */
  timeout?: number | false;
}

type ParamsPart<R extends RouteDef> = R['params'] extends z.ZodMiniObject ? { params: Output<R['params']> } : { params?: never };
type QueryPart<R extends RouteDef> = R['query'] extends z.ZodMiniObject ? { query?: Input<R['query']> } : { query?: never };
type BodyPart<R extends RouteDef> = R['body'] extends z.ZodMiniType
  ? {} extends Input<R['body']>
    ? { body?: Input<R['body']> }
    : { body: Input<R['body']> }
  : { body?: never };

/** What a call of route `R` takes. */
export type RequestOf<R extends RouteDef> = ParamsPart<R> & QueryPart<R> & BodyPart<R> & CallOptions;

/** What a call of route `R` resolves to: the parsed JSON body, or CSV text. */
export type ResponseOf<R extends RouteDef> = R['response'] extends CsvBody ? string : Output<R['response']>;

export type ItemOf<R extends RouteDef> = ResponseOf<R> extends { items: (infer T)[] } ? T : never;

export type Method<R extends RouteDef> = {} extends RequestOf<R>
  ? (input?: RequestOf<R>) => Promise<ResponseOf<R>>
  : (input: RequestOf<R>) => Promise<ResponseOf<R>>;

/** A list route: one page per call, or every page / every item as an async iterator. */
export type PagedMethod<R extends RouteDef> = Method<R> & {
  pages(input?: RequestOf<R>): AsyncGenerator<ResponseOf<R>, void>;
  items(input?: RequestOf<R>): AsyncGenerator<ItemOf<R>, void>;
};

type MethodOf<R extends RouteDef> = R extends { paged: true } ? PagedMethod<R> : Method<R>;

export type Client = {
  readonly [K in RouteName]: MethodOf<Routes[K]>;
} & {
  /** ETags kept from reads and writes, sent back as `If-Match`. */
  readonly etags: EtagStore;
};

export type RequestFor<K extends RouteName> = RequestOf<Routes[K]>;
export type ResponseFor<K extends RouteName> = ResponseOf<Routes[K]>;
