/* eslint-disable @typescript-eslint/no-explicit-any -- JSON Schema and generated values are untyped by nature */
/**
 * fast-check arbitraries from the contract's own schemas (via their JSON Schema), plus hostile
 * mutations of them: wrong types, missing fields, huge strings, odd unicode, prototype keys, SQL.
 */
import fc from 'fast-check';
import * as z from 'zod/mini';

type Schema = Record<string, any>;

const ODD = ['\u0000', '\u202e', '\ud800', '\ufeff', '🧪', 'e\u0301', '\u00a0', '\t\n', '𝕏'];
const SQL = ["'; DROP TABLE evidence; --", '" OR 1=1 --', '%_\\', 'Robert\'); --', '`x`'];

function stringArb(s: Schema): fc.Arbitrary<string> {
  if (s.pattern) return fc.stringMatching(new RegExp(s.pattern));
  const min = s.minLength ?? 0;
  const max = Math.max(min, Math.min(s.maxLength ?? 40, 40));
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ minLength: Math.max(min, 1), maxLength: max, unit: 'grapheme' }) },
    { weight: 1, arbitrary: fc.constantFrom(...SQL, ...ODD.map((o) => `x${o}y`)).filter((v) => v.length >= min && v.length <= (s.maxLength ?? 1e9)) },
  );
}

/** Values that satisfy a JSON Schema as zod emits it (refinements are checked by the caller). */
export function arbitraryOf(s: Schema): fc.Arbitrary<unknown> {
  if (s.anyOf) return fc.oneof(...(s.anyOf as Schema[]).map(arbitraryOf));
  if (s.enum) return fc.constantFrom(...(s.enum as unknown[]));
  if ('const' in s) return fc.constant(s.const);
  switch (s.type) {
    case 'string': return stringArb(s);
    case 'integer': return fc.integer({ min: s.minimum ?? -1000, max: s.maximum ?? 1000 });
    case 'number': return fc.double({ min: s.minimum ?? -1000, max: s.maximum ?? 1000, noNaN: true });
    case 'boolean': return fc.boolean();
    case 'null': return fc.constant(null);
    case 'array': return fc.array(arbitraryOf(s.items ?? {}), { minLength: s.minItems ?? 0, maxLength: Math.min(s.maxItems ?? 4, Math.max(s.minItems ?? 0, 4)) });
    case 'object': {
      const props = (s.properties ?? {}) as Record<string, Schema>;
      const required = new Set((s.required ?? []) as string[]);
      return fc.record(Object.fromEntries(Object.entries(props).map(([k, v]) => [k, arbitraryOf(v)])), { requiredKeys: [...required] });
    }
    default: return fc.jsonValue();
  }
}

/** Makes generated values meet the contract's cross-field rules (contiguous scale levels, date order). */
export function repair(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(repair);
  if (!v || typeof v !== 'object') return v;
  const o: Record<string, unknown> = Object.fromEntries(Object.entries(v).map(([k, x]) => [k, repair(x)]));
  if (Array.isArray(o.levels) && o.levels.every((l) => l && typeof l === 'object' && 'level' in l)) {
    const start = Math.min(Number((o.levels[0] as { level: number }).level), 10 - (o.levels.length - 1));
    o.levels = o.levels.map((l, i) => ({ ...(l as object), level: start + i }));
  }
  if (typeof o.opensOn === 'string' && typeof o.closesOn === 'string' && o.closesOn < o.opensOn) [o.opensOn, o.closesOn] = [o.closesOn, o.opensOn];
  return o;
}

export function validBodies(schema: z.ZodMiniType): fc.Arbitrary<unknown> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Schema;
  return arbitraryOf(json).map(repair).filter((v) => z.safeParse(schema, v).success);
}

const wrongType = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 2 }), fc.constant({}), fc.string({ maxLength: 3 }).map((s) => `${s}`));

/** Paths to every value in a JSON value, for targeted mutations. */
function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(v)) return [at, ...v.flatMap((x, i) => paths(x, [...at, i]))];
  if (v && typeof v === 'object') return [at, ...Object.entries(v).flatMap(([k, x]) => paths(x, [...at, k]))];
  return [at];
}
function setAt(v: unknown, path: (string | number)[], value: unknown, remove = false): unknown {
  if (!path.length) return value;
  const [head, ...rest] = path;
  const copy: any = Array.isArray(v) ? [...v] : { ...(v as object) };
  if (!rest.length && remove) {
    if (Array.isArray(copy)) copy.splice(head as number, 1); else delete copy[head!];
  } else copy[head!] = setAt(copy[head!], rest, value, remove);
  return copy;
}

export type Hostile = { raw: string; kind: string };

/** A valid body turned hostile in one of many ways; `raw` is the exact JSON text sent. */
export function hostileBodies(schema: z.ZodMiniType): fc.Arbitrary<Hostile> {
  const base = validBodies(schema);
  const mutate = base.chain((v) => {
    const all = paths(v).filter((p) => p.length > 0);
    const pick = all.length ? fc.constantFrom(...all) : fc.constant([] as (string | number)[]);
    return fc.oneof(
      fc.tuple(pick, wrongType).map(([p, w]) => ({ raw: JSON.stringify(setAt(v, p, w)), kind: 'wrong type' })),
      pick.map((p) => ({ raw: JSON.stringify(setAt(v, p, undefined, true)), kind: 'missing field' })),
      fc.tuple(pick, fc.integer({ min: 20_000, max: 300_000 })).map(([p, n]) => ({ raw: JSON.stringify(setAt(v, p, 'A'.repeat(n))), kind: 'huge string' })),
      fc.tuple(pick, fc.constantFrom(...ODD, ...SQL)).map(([p, s]) => ({ raw: JSON.stringify(setAt(v, p, s)), kind: 'odd string' })),
      fc.constantFrom('__proto__', 'constructor', 'prototype').map((k) => ({ raw: `{"${k}":{"polluted":true,"toString":1},${JSON.stringify(v).slice(1)}`.replace(',}', '}'), kind: 'prototype key' })),
      fc.constant({ raw: JSON.stringify([v]), kind: 'array body' }),
      fc.constant({ raw: '"just a string"', kind: 'string body' }),
      fc.constant({ raw: '{"a":'.repeat(3000) + '1' + '}'.repeat(3000), kind: 'deep nesting' }),
      fc.constant({ raw: `${JSON.stringify(v).slice(0, -1)},"x":1e999}`.replace('{,', '{'), kind: 'huge number' }),
    );
  });
  return mutate;
}
