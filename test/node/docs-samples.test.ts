/**
 * The docs cannot drift from the code they show: every fenced block in docs/*.md is preceded by
 * `<!-- sample: samples/… -->` and equals that file byte for byte (the files are what the e2e and
 * node tests run); every sample file is shown somewhere; shell samples only call scripts that
 * exist; the theming guide lists every design token the elements define.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tokenNames } from '../../packages/elements/src/styles/tokens.js';

const root = new URL('../../', import.meta.url).pathname;
const docs = join(root, 'docs');
const guides = readdirSync(docs).filter((f) => f.endsWith('.md'));

interface Fence {
  guide: string;
  line: number;
  sample: string | undefined;
  body: string;
}

function fences(guide: string): Fence[] {
  const lines = readFileSync(join(docs, guide), 'utf8').split('\n');
  const out: Fence[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = lines[i]!.match(/^(`{3,})\w*/);
    if (!open) continue;
    const end = lines.findIndex((l, j) => j > i && l.startsWith(open[1]!) && l.trim() === open[1]);
    assert.ok(end > i, `${guide}:${i + 1}: unclosed code fence`);
    let k = i - 1;
    while (k >= 0 && !lines[k]!.trim()) k--;
    const marker = lines[k]?.match(/^<!-- sample: (\S+) -->$/);
    out.push({ guide, line: i + 1, sample: marker?.[1], body: lines.slice(i + 1, end).join('\n') });
    i = end;
  }
  return out;
}

const all = guides.flatMap(fences);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [relative(docs, path)];
  });
}

test('the guides exist and show code', () => {
  for (const guide of ['getting-started.md', 'embedding.md', 'theming.md', 'api-contract.md', 'iso27001.md', 'security.md', 'localisation.md']) assert.ok(guides.includes(guide), `docs/${guide} is missing`);
  assert.ok(all.length >= 10, `only ${all.length} code samples in the guides`);
});

test('every code block in the docs is a sample file, verbatim', () => {
  const problems: string[] = [];
  for (const fence of all) {
    if (!fence.sample) {
      problems.push(`${fence.guide}:${fence.line}: code block without <!-- sample: … --> above it`);
      continue;
    }
    let text: string;
    try {
      text = readFileSync(join(docs, fence.sample), 'utf8');
    } catch {
      problems.push(`${fence.guide}:${fence.line}: ${fence.sample} does not exist`);
      continue;
    }
    if (text.replace(/\n$/, '') !== fence.body) problems.push(`${fence.guide}:${fence.line}: differs from ${fence.sample}`);
  }
  assert.deepEqual(problems, []);
});

test('every sample file is shown in a guide', () => {
  const shown = new Set(all.map((f) => f.sample));
  const unshown = files(join(docs, 'samples')).filter((f) => !shown.has(f));
  assert.deepEqual(unshown, [], 'sample files no guide shows (helpers a test needs belong in test/)');
});

test('shell samples only run pnpm scripts that exist', () => {
  const scripts = Object.keys((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
  const builtins = ['install', 'add', 'exec', 'dlx'];
  const used = files(join(docs, 'samples'))
    .filter((f) => f.endsWith('.sh'))
    .flatMap((f) => [...readFileSync(join(docs, f), 'utf8').matchAll(/\bpnpm\s+([\w:-]+)/g)].map((m) => m[1]!));
  assert.ok(used.length > 0);
  assert.deepEqual(used.filter((s) => !scripts.includes(s) && !builtins.includes(s)), []);
});

test('the theming guide lists every design token', () => {
  const theming = readFileSync(join(docs, 'theming.md'), 'utf8');
  assert.deepEqual(tokenNames.filter((t) => !theming.includes(`\`${t}\``)), []);
});

test('the localisation samples match the library: French ids exist in German, the configure names are real', async () => {
  const { templates: fr } = (await import('../../docs/samples/localisation/fr.js')) as { templates: Record<string, string> };
  const de = readFileSync(join(root, 'packages/elements/src/localize/locales/de.ts'), 'utf8');
  assert.deepEqual(Object.keys(fr).filter((id) => !new RegExp(`(^|\\s)'?${id}'?:`, 'm').test(de)), [], 'ids the German locale does not have');
  const configure = readFileSync(join(root, 'packages/elements/src/localize/configure.ts'), 'utf8');
  for (const name of ['export const targetLocales', 'loadLocale', "'./locales/de.js'"]) assert.ok(configure.includes(name), `configure.ts no longer has ${name}`);
});

test('the API guide lists every route of the contract', async () => {
  const { endpoints } = await import('@evident/contract');
  const guide = readFileSync(join(docs, 'api-contract.md'), 'utf8');
  assert.deepEqual(Object.values(endpoints).map((e) => `\`${e.method} ${e.path}\``).filter((r) => !guide.includes(r)), []);
});
