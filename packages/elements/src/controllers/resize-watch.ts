import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Watches the sizes of a few nodes of a host's shadow root and calls `onResize` after layout, so
 * the host reads sizes there and never forces a layout while rendering. After each update it
 * observes only nodes it has not seen (observing one again would make it report again); it stops
 * on disconnect and starts again on reconnect.
 */
export class ResizeWatch implements ReactiveController {
  #resize: ResizeObserver;
  #observed = new WeakSet<Element>();

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly selectors: readonly string[],
    onResize: () => void,
  ) {
    this.#resize = new ResizeObserver(onResize);
    host.addController(this);
  }

  /** A host put back in the page observes its nodes again at once, without waiting for an update. */
  hostConnected(): void {
    this.hostUpdated();
  }

  hostUpdated(): void {
    // querySelector stops at the first match, early in the tree; querySelectorAll would visit every cell.
    for (const selector of this.selectors) {
      const node = this.host.renderRoot.querySelector(selector);
      if (node && !this.#observed.has(node)) {
        this.#observed.add(node);
        this.#resize.observe(node);
      }
    }
  }

  hostDisconnected(): void {
    this.#resize.disconnect();
    this.#observed = new WeakSet();
  }
}
