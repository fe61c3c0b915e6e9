import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError } from '@evident/sdk';
import { isAbort, isNetworkError } from '../base/describe-error.js';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'retrying' | 'failed';

export interface AutosaveOptions {
  /** Saves the current state; throws on failure. */
  save: () => Promise<void>;
  /** A failure that waiting will not fix (e.g. 412, 422): the host decides what to show. */
  onFailure: (error: unknown) => void;
  /** Debounce after a change, ms. */
  delay?: number;
}

const RETRYABLE = [408, 429, 500, 502, 503, 504];
const isRetryable = (error: unknown) => isNetworkError(error) || (error instanceof ApiError && RETRYABLE.includes(error.status));

/**
 * Debounced saving with an offline queue: a change schedules a save; a network failure keeps the
 * change queued and retries with exponential backoff (2 s … 30 s) and as soon as the browser is
 * back online. At most one save runs at a time; changes made meanwhile are saved right after.
 */
export class AutosaveController implements ReactiveController {
  status: SaveStatus = 'idle';
  error: unknown;
  readonly #host: ReactiveControllerHost;
  readonly #options: AutosaveOptions;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running: Promise<void> | undefined;
  #attempt = 0;
  #pending = false;

  constructor(host: ReactiveControllerHost, options: AutosaveOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.#online);
    // Moved in the DOM with a save still due: arm it again.
    if (this.#pending && !this.#running) this.#arm(this.#options.delay ?? 1000);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.#online);
    clearTimeout(this.#timer);
  }

  /** Something changed: save after the debounce (or at the next retry, when offline). */
  schedule(): void {
    this.#pending = true;
    if (this.status === 'retrying') return;
    this.#set('pending');
    this.#arm(this.#options.delay ?? 1000);
  }

  /** Drops a scheduled save, e.g. when the change was discarded or a conflict must be resolved first. */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#pending = false;
    this.#attempt = 0;
    this.#set('idle');
  }

  /** Saves now if anything is unsaved; resolves true when everything is saved. */
  async flush(): Promise<boolean> {
    clearTimeout(this.#timer);
    while (this.#running) await this.#running;
    if (!this.#pending) return this.status !== 'failed' && this.status !== 'retrying';
    this.#pending = false;
    this.#set('saving');
    this.#running = this.#options.save().then(
      () => {
        this.#attempt = 0;
        this.#set(this.#pending ? 'pending' : 'saved');
        if (this.#pending) this.#arm(0);
      },
      (error: unknown) => {
        this.#pending = true;
        if (isAbort(error)) return this.#set('pending');
        this.error = error;
        if (isRetryable(error)) {
          this.#attempt++;
          this.#set('retrying');
          this.#arm(Math.min(30_000, 2000 * 2 ** (this.#attempt - 1)));
        } else {
          this.#pending = false;
          this.#set('failed');
          this.#options.onFailure(error);
        }
      },
    );
    await this.#running;
    this.#running = undefined;
    return this.status === 'saved';
  }

  #arm(delay: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), delay);
  }

  #set(status: SaveStatus): void {
    this.status = status;
    this.#host.requestUpdate();
  }

  #online = (): void => {
    if (this.status === 'retrying') void this.flush();
  };
}
