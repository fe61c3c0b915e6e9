/**
 * The matrix benchmark page: `window.bench` renders <competency-matrix> (production build) and the
 * vanilla baseline for the same data; data is made before the clock starts.
 */
import type { Matrix } from '@evident/contract';
import { defineElements } from '@evident/elements';
import type { CompetencyMatrix } from '../../packages/elements/src/competency-matrix/competency-matrix.js';
import { makeMatrix } from '../../packages/elements/test/fixtures/matrix-data.js';
import { renderBaselineGrid } from './baseline/grid.js';
import { clearHost, heapMB, host, nextPaint, untilPaint } from './timing.js';

defineElements();
const cache = new Map<string, Matrix>();
const data = (people: number, competencies: number): Matrix => {
  const key = `${people}x${competencies}`;
  if (!cache.has(key)) cache.set(key, makeMatrix({ people, competencies }));
  // A fresh copy each run, so no run reuses the previous run's objects.
  return structuredClone(cache.get(key)!);
};

async function mount(people: number, competencies: number): Promise<CompetencyMatrix> {
  clearHost();
  const el = document.createElement('competency-matrix');
  el.data = data(people, competencies);
  host().append(el);
  await el.updateComplete;
  // Settled and painted: the update and filter timings start from a shown grid, not from one still
  // waiting for its first layout (which would be counted in them otherwise).
  await nextPaint();
  return el;
}

Object.assign(window, {
  bench: {
    renderMatrix(people: number, competencies: number) {
      clearHost();
      const matrix = data(people, competencies);
      return untilPaint(async () => {
        const el = document.createElement('competency-matrix');
        el.data = matrix;
        host().append(el);
        await el.updateComplete;
      });
    },
    renderBaseline(people: number, competencies: number) {
      clearHost();
      const matrix = data(people, competencies);
      return untilPaint(() => renderBaselineGrid(host(), matrix));
    },
    /** One assessed level changes (a new assessment arrives): a new data object, as a host would set it. */
    async updateCell(people: number, competencies: number) {
      const el = await mount(people, competencies);
      const next = structuredClone(el.data!);
      const cell = next.rows[0]!.assessed;
      cell[0] = ((cell[0] ?? 0) + 1) % 5;
      return untilPaint(async () => {
        el.data = next;
        await el.updateComplete;
      });
    },
    async filter(people: number, competencies: number) {
      const el = await mount(people, competencies);
      const team = el.data!.rows[0]!.person.team;
      return untilPaint(async () => {
        el.team = team;
        await el.updateComplete;
      });
    },
    /** Heap after rendering, and its growth over 10 create / destroy cycles (a leak shows as growth). */
    async memory(people: number, competencies: number) {
      clearHost();
      const before = await heapMB();
      await mount(people, competencies);
      const heap = await heapMB();
      for (let i = 0; i < 10; i++) await mount(people, competencies);
      clearHost();
      const after = await heapMB();
      return { heapMB: Number((heap - before).toFixed(2)), growthMB: Number((after - before).toFixed(2)) };
    },
  },
});
