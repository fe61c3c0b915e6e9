/**
 * SDK: what validating a response against the contract costs, as a ratio to `JSON.parse` of the
 * same text, for the matrix at 1x, 10x and 100x people (10, 100, 1,000 people x 60 competencies).
 */
import { Matrix } from '@evident/contract';
import { makeMatrix } from '../../packages/elements/test/fixtures/matrix-data.js';
import { median, round } from '../lib/stats.js';
import type { Row } from '../lib/table.js';

function time(fn: () => void, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < 3; i++) fn(); // warm-up: let V8 optimise both paths
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

export async function sdkValidation(): Promise<{ rows: Row[]; raw: unknown }> {
  const rows: Row[] = [];
  const raw: Record<string, unknown> = {};
  for (const [label, people] of [['1x', 10], ['10x', 100], ['100x', 1000]] as const) {
    const text = JSON.stringify(makeMatrix({ people, competencies: 60 }));
    const runs = people >= 1000 ? 15 : 41;
    const parse = time(() => JSON.parse(text), runs);
    const parseAndValidate = time(() => {
      const result = Matrix.safeParse(JSON.parse(text));
      if (!result.success) throw new Error('fixture breaks the contract');
    }, runs);
    const validate = parseAndValidate - parse;
    raw[label] = { people, bytes: text.length, parseMs: parse, validateMs: validate };
    rows.push({
      benchmark: `matrix response ${people} x 60 (${label}, ${(text.length / 1000).toFixed(0)} kB)`,
      'JSON.parse ms': round(parse, 3),
      'validate ms': round(validate, 3),
      'validate / parse': round(validate / parse),
    });
  }
  return { rows, raw };
}
