/**
 * The local copy of a review draft, in IndexedDB (key: review id), so a reload or crash never
 * loses what a person typed. Failures (private mode, quota) are reported, never thrown.
 */
import type { Answer } from '@evident/contract';

export interface LocalDraft {
  /** The person's answers. */
  answers: Answer[];
  /** The server's answers and version these edits started from, for a three-way merge on restore. */
  base: Answer[];
  baseVersion: number;
  /** ISO time of the last change. */
  savedAt: string;
}

const DB_NAME = 'evident-drafts';
const STORE = 'review-drafts';
let opening: Promise<IDBDatabase> | undefined;

const done = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

function database(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  }).catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

async function run<T>(mode: IDBTransactionMode, use: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await database();
  return done(use(db.transaction(STORE, mode).objectStore(STORE)));
}

export const readDraft = (reviewId: string): Promise<LocalDraft | undefined> => run('readonly', (s) => s.get(reviewId) as IDBRequest<LocalDraft | undefined>);
export const writeDraft = (reviewId: string, draft: LocalDraft): Promise<unknown> => run('readwrite', (s) => s.put(draft, reviewId));
/** Forgets the local copy. Never rejects: a copy that cannot be reached is not worth an error. */
export const deleteDraft = (reviewId: string): Promise<unknown> => run('readwrite', (s) => s.delete(reviewId)).catch(() => undefined);
