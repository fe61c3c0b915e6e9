/**
 * Windowing arithmetic for a list whose item heights are known up front (fixed, or one of a few
 * sizes): which items intersect the viewport, and where each one sits. Hand-rolled instead of
 * @lit-labs/virtualizer because known sizes make it exact and synchronous (keyboard focus can scroll
 * a row in and focus it in the same frame, aria-rowindex never depends on measurement) and it costs
 * ~0.5 kB instead of the virtualizer's ~7 kB inside each element's 8 kB budget.
 */
export class VirtualWindow {
  #count = 0;
  #fixed = 0;
  /** Prefix sums of item heights when they vary; `offsets[i]` is the top of item i. */
  #offsets: Float64Array | undefined;

  /** Every item is `size` pixels tall. */
  setFixed(count: number, size: number): void {
    this.#count = count;
    this.#fixed = size;
    this.#offsets = undefined;
  }

  /** Item i is `sizeOf(i)` pixels tall; O(count), fine for 100,000 items. */
  setSizes(count: number, sizeOf: (index: number) => number): void {
    const offsets = new Float64Array(count + 1);
    for (let i = 0; i < count; i++) offsets[i + 1] = offsets[i]! + sizeOf(i);
    this.#count = count;
    this.#offsets = offsets;
  }

  get count(): number {
    return this.#count;
  }

  /** Height of all items together. */
  get total(): number {
    return this.offsetOf(this.#count);
  }

  /** Top of item `index` (or the end, for `index === count`). */
  offsetOf(index: number): number {
    return this.#offsets ? (this.#offsets[index] ?? 0) : index * this.#fixed;
  }

  sizeOf(index: number): number {
    return this.offsetOf(index + 1) - this.offsetOf(index);
  }

  /** The item at pixel offset `y` (clamped). */
  indexAt(y: number): number {
    if (this.#count === 0) return 0;
    if (!this.#offsets) return clamp(Math.floor(y / (this.#fixed || 1)), this.#count - 1);
    let lo = 0;
    let hi = this.#count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#offsets[mid]! <= y) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Items `[start, end)` that intersect `[top, top + height)`, widened by `overscan` items each side. */
  range(top: number, height: number, overscan = 4): { start: number; end: number } {
    if (this.#count === 0) return { start: 0, end: 0 };
    const start = Math.max(0, this.indexAt(top) - overscan);
    const end = Math.min(this.#count, this.indexAt(top + Math.max(height, 1) - 1) + 1 + overscan);
    return { start, end };
  }

  /**
   * The scrollTop that shows item `index` completely, moving as little as possible (like
   * scrollIntoView's "nearest"). `headerHeight`: a sticky header in flow above the list, which
   * takes that much of the viewport.
   */
  scrollTopFor(index: number, top: number, height: number, headerHeight = 0): number {
    const itemTop = this.offsetOf(index);
    const itemBottom = this.offsetOf(index + 1);
    const visible = Math.max(0, height - headerHeight);
    if (itemTop < top) return itemTop;
    if (itemBottom > top + visible) return itemBottom - visible;
    return top;
  }
}

function clamp(value: number, max: number): number {
  return Math.max(0, Math.min(value, max));
}
