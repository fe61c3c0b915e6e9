import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import { describeError, isAbort } from './describe-error.js';

export type LoadStatus = 'idle' | 'loading' | 'empty' | 'error' | 'ready';

export interface LoadOptions<T, A extends readonly unknown[]> {
  /**
   * The inputs of the load, read before every update: e.g. `[client, reviewId]`. Return
   * `undefined` when there is nothing to load (controlled mode): the status stays `idle`.
   * A change of any input (by `===`) aborts the running load and starts a new one.
   */
  args: () => A | undefined;
  /** Loads; must pass `signal` on to the SDK so a stale load is cancelled. */
  load: (args: A, signal: AbortSignal) => Promise<T>;
  /** When true for a loaded value, the status is `empty` instead of `ready`. */
  isEmpty?: (value: T) => boolean;
}

export interface LoadViews<T> {
  ready: (value: T) => unknown;
  idle?: () => unknown;
  loading?: () => unknown;
  empty?: () => unknown;
  error?: (error: unknown) => unknown;
}

/**
 * Connected mode for one element: loads when its inputs change, aborts on disconnect or change,
 * tracks `loading | empty | error | ready`, and renders a localised error with a retry button.
 * It never throws into the page.
 */
export class LoadController<T, A extends readonly unknown[] = readonly unknown[]> implements ReactiveController {
  status: LoadStatus = 'idle';
  value: T | undefined;
  error: unknown;
  readonly #host: ReactiveControllerHost;
  readonly #options: LoadOptions<T, A>;
  #args: A | undefined;
  #abort: AbortController | undefined;

  constructor(host: ReactiveControllerHost, options: LoadOptions<T, A>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostUpdate(): void {
    const args = this.#options.args();
    const changed = !args !== !this.#args || (args && this.#args && (args.length !== this.#args.length || args.some((a, i) => a !== this.#args?.[i])));
    if (changed || (args && this.status === 'loading' && !this.#abort)) this.#start(args);
  }

  hostDisconnected(): void {
    // Cancel; a reconnect starts the load again (see hostUpdate).
    this.#abort?.abort();
    this.#abort = undefined;
  }

  hostConnected(): void {
    if (this.status === 'loading' && !this.#abort) this.#host.requestUpdate();
  }

  /** Loads again with the current inputs (the retry button calls this). */
  retry(): void {
    this.#start(this.#options.args());
  }

  /** Replaces the loaded value, e.g. with what a save returned. */
  setValue(value: T): void {
    this.value = value;
    this.status = this.#options.isEmpty?.(value) ? 'empty' : 'ready';
    this.#host.requestUpdate();
  }

  /** Renders the view of the current status, with localised defaults for all but `ready`. */
  render(views: LoadViews<T>): unknown {
    switch (this.status) {
      case 'idle':
        return views.idle?.() ?? nothing;
      case 'loading':
        return views.loading?.() ?? html`<div class="ev-status" part="status" role="status">${msg('Loading…', { id: 'loading' })}</div>`;
      case 'empty':
        return views.empty?.() ?? html`<div class="ev-status" part="status" role="status">${msg('Nothing to show yet.', { id: 'empty' })}</div>`;
      case 'error':
        return views.error?.(this.error) ?? renderLoadError(this.error, () => this.retry());
      case 'ready':
        return views.ready(this.value as T);
    }
  }

  #start(args: A | undefined): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.#args = args;
    this.error = undefined;
    if (!args) {
      this.status = 'idle';
      this.#host.requestUpdate();
      return;
    }
    const abort = (this.#abort = new AbortController());
    this.status = 'loading';
    this.#host.requestUpdate();
    Promise.resolve()
      .then(() => this.#options.load(args, abort.signal))
      .then(
        (value) => {
          if (abort.signal.aborted) return;
          this.#abort = undefined;
          this.setValue(value);
        },
        (error: unknown) => {
          if (abort.signal.aborted || isAbort(error)) return;
          this.#abort = undefined;
          this.error = error;
          this.status = 'error';
          this.#host.requestUpdate();
        },
      );
  }
}

/** The standard error box: what went wrong, in words a person can act on, and a retry button. */
export function renderLoadError(error: unknown, retry: () => void) {
  return html`<div class="ev-error" part="error" role="alert">
    <span>${msg('Could not load.', { id: 'load-failed' })} ${describeError(error)}</span>
    <button class="ev-button" part="retry" type="button" @click=${retry}>${msg('Try again', { id: 'retry' })}</button>
  </div>`;
}
