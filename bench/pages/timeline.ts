/**
 * The timeline benchmark page: `window.bench` renders <evidence-timeline> (production build) and
 * the vanilla baseline for the same events, and scrolls the element to the end counting long frames.
 */
import type { Evidence } from '@evident/contract';
import { defineElements } from '@evident/elements';
import type { EvidenceTimeline } from '../../packages/elements/src/evidence-timeline/evidence-timeline.js';
import { makeEvidence } from '../../packages/elements/test/fixtures/evidence-data.js';
import { renderBaselineFeed } from './baseline/feed.js';
import { clearHost, host, nextPaint, untilPaint } from './timing.js';

defineElements();
const cache = new Map<number, Evidence[]>();
const events = (count: number): Evidence[] => {
  if (!cache.has(count)) cache.set(count, makeEvidence(count));
  return cache.get(count)!.slice();
};

Object.assign(window, {
  bench: {
    renderTimeline(count: number) {
      clearHost();
      const data = events(count);
      return untilPaint(async () => {
        const el = document.createElement('evidence-timeline');
        el.data = data;
        host().append(el);
        await el.updateComplete;
      });
    },
    renderBaseline(count: number) {
      clearHost();
      const data = events(count);
      return untilPaint(() => renderBaselineFeed(host(), data));
    },
    /** Scrolls the timeline's scroller from top to bottom in viewport steps, one per frame. */
    async scrollToEnd(count: number) {
      clearHost();
      const el: EvidenceTimeline = document.createElement('evidence-timeline');
      el.data = events(count);
      host().append(el);
      await el.updateComplete;
      await nextPaint();
      const scroller = findScroller(el);
      let frames = 0;
      let longFrames = 0;
      const t0 = performance.now();
      let last = t0;
      // Large jumps like a person dragging the scrollbar, then the last stretch.
      const steps = 60;
      for (let i = 1; i <= steps; i++) {
        scroller.scrollTop = (scroller.scrollHeight - scroller.clientHeight) * (i / steps);
        await nextPaint();
        const now = performance.now();
        frames++;
        if (now - last > 50) longFrames++;
        last = now;
      }
      return { ms: performance.now() - t0, frames, longFrames };
    },
  },
});

/** The element's scrolling box: itself or the first scrollable node in its shadow root. */
function findScroller(el: HTMLElement): HTMLElement {
  if (el.scrollHeight > el.clientHeight) return el;
  const all = [...(el.shadowRoot?.querySelectorAll<HTMLElement>('*') ?? [])];
  return all.find((n) => n.scrollHeight > n.clientHeight + 10 && getComputedStyle(n).overflowY !== 'visible') ?? el;
}
