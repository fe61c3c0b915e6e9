/** Timing helpers shared by the bench pages. */

/** Resolves after the next frame has been painted (rAF, then a task after it). */
export const nextPaint = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** ms from the start of `operation` to the next paint after it. */
export async function untilPaint(operation: () => unknown): Promise<number> {
  const t0 = performance.now();
  await operation();
  await nextPaint();
  return performance.now() - t0;
}

export const host = (): HTMLElement => document.getElementById('host')!;

export function clearHost(): void {
  host().replaceChildren();
}

/** JS heap in MB after a full garbage collection (Chromium started with --expose-gc). */
export async function heapMB(): Promise<number> {
  const w = window as unknown as { gc?: () => void };
  for (let i = 0; i < 3; i++) {
    w.gc?.();
    await new Promise((r) => setTimeout(r, 20));
  }
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  return memory ? Number((memory.usedJSHeapSize / 1e6).toFixed(2)) : Number.NaN;
}
