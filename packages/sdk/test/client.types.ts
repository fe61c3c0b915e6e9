/**
 * Type tests, checked by `tsc -b` (never executed): every SDK method's inputs and outputs come
 * from the contract, and wrong inputs do not compile. A `@ts-expect-error` that stops being
 * an error fails the typecheck.
 */
import { expectTypeOf } from 'expect-type';
import type { Evidence, Matrix, Review, ReviewDraft, routes } from '@evident/contract';
import type * as z from 'zod/mini';
import type { Client, RequestFor, ResponseFor } from '../src/index.js';

declare const client: Client;

export async function typeTests() {
  // Return types are the contract's output types.
  expectTypeOf(await client.getReview({ params: { reviewId: 'r' } })).toEqualTypeOf<Review>();
  expectTypeOf(await client.getMatrix()).toEqualTypeOf<Matrix>();
  expectTypeOf(await client.exportEvidenceCsv()).toEqualTypeOf<string>();
  expectTypeOf<ResponseFor<'listEvidence'>['items'][number]>().toEqualTypeOf<Evidence>();
  for await (const event of client.listEvidence.items()) expectTypeOf(event).toEqualTypeOf<Evidence>();

  // Request bodies are the contract's input types.
  expectTypeOf<RequestFor<'saveReviewDraft'>['body']>().toEqualTypeOf<z.input<typeof ReviewDraft>>();
  expectTypeOf<RequestFor<'saveReviewDraft'>['params']>().toEqualTypeOf<{ reviewId: string }>();
  expectTypeOf<(typeof routes)['saveReviewDraft']['ifMatch']>().toEqualTypeOf<{ readonly resource: 'review'; readonly param: 'reviewId' }>();

  // @ts-expect-error a missing path parameter does not compile
  await client.getReview({ params: {} });
  // @ts-expect-error a misspelt path parameter does not compile
  await client.getReview({ params: { reviewID: 'r' } });
  // @ts-expect-error a route with path parameters needs them
  await client.getReview();
  // @ts-expect-error a body of the wrong shape does not compile
  await client.saveReviewDraft({ params: { reviewId: 'r' }, body: { answer: [] } });
  // @ts-expect-error a level must be a number
  await client.saveReviewDraft({ params: { reviewId: 'r' }, body: { answers: [{ questionId: 'q', level: 'high' }] } });
  // @ts-expect-error a route without a body takes none
  await client.getReview({ params: { reviewId: 'r' }, body: {} });
  // @ts-expect-error an unknown query parameter does not compile
  await client.listEvidence({ query: { colour: 'red' } });
  // @ts-expect-error a query value of the wrong type does not compile
  await client.listEvidence({ query: { type: 'review.deleted' } });
  // @ts-expect-error there is no such route
  await client.deleteEvidence({ params: { evidenceId: 'e' } });
}
