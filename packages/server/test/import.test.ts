/** Importers, through the CLI a person would run: real files in, frameworks and roles out; bad files change nothing. */
import { after, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import SQLite from 'better-sqlite3';
import { SEED_DATA } from './helpers.js';

const run = promisify(execFile);
const CLI = fileURLToPath(new URL('../src/cli/import.ts', import.meta.url));
const NICE = join(SEED_DATA, 'nice/nice-framework-components-v2.0.0.json');
const FT = join(SEED_DATA, 'ft-engineering-progression/engineering.yml');

async function importFile(dataDir: string, file: string, ...args: string[]) {
  try {
    const r = await run(process.execPath, ['--import', 'tsx', CLI, file, ...args], { env: { ...process.env, EVIDENT_DATA_DIR: dataDir } });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

const dirs: string[] = [];
const tempDir = () => { const d = mkdtempSync(join(tmpdir(), 'evident-import-')); dirs.push(d); return d; };
after(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

const count = (dir: string, sql: string) => {
  const db = new SQLite(join(dir, 'evident.sqlite'), { readonly: true });
  try { return (db.prepare(sql).get() as { n: number }).n; } finally { db.close(); }
};

it('imports the NICE file: 41 work roles and 11 competency areas, published with evidence', async () => {
  const dir = tempDir();
  const r = await importFile(dir, NICE, '--tenant', 'nist');
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.roles, 41);
  assert.equal(out.competencies, 11);
  assert.equal(count(dir, `select count(*) n from role where tenantId = 'nist' and securityRelevant = 1`), 41);
  assert.equal(count(dir, `select count(*) n from competency where tenantId = 'nist'`), 11);
  assert.equal(count(dir, `select count(*) n from framework where tenantId = 'nist' and status = 'published'`), 1);
  assert.equal(count(dir, `select count(*) n from evidence where tenantId = 'nist' and type = 'framework.published'`), 1);
  assert.ok(count(dir, `select count(*) n from expectation where tenantId = 'nist'`) > 41, 'roles require levels of the areas');
  // Every competency is tagged for ISO 27001 7.2 and carries descriptors from the K/S statements.
  const db = new SQLite(join(dir, 'evident.sqlite'), { readonly: true });
  const access = db.prepare(`select tags, descriptors from competency where key = 'NF-COM-001'`).get() as { tags: string; descriptors: string };
  db.close();
  assert.ok(JSON.parse(access.tags).includes('7.2'));
  assert.ok(JSON.parse(access.tags).includes('A.8.2'));
  assert.match(JSON.parse(access.descriptors)[0].text, /^Knows: /);

  const again = await importFile(dir, NICE, '--tenant', 'nist');
  assert.equal(again.code, 1);
  assert.match(again.stderr, /already has framework "nice-framework"/);
  assert.equal(count(dir, `select count(*) n from role where tenantId = 'nist'`), 41);
});

it('refuses a truncated NICE file with a clear message and imports nothing', async () => {
  const dir = tempDir();
  const text = readFileSync(NICE, 'utf8');
  const truncated = join(dir, 'nice-truncated.json');
  writeFileSync(truncated, text.slice(0, Math.floor(text.length * 0.6)));
  const r = await importFile(dir, truncated, '--tenant', 'nist');
  assert.equal(r.code, 1);
  assert.match(r.stderr, /import refused: not valid JSON \(truncated or corrupted\?\)/);
  assert.match(r.stderr, /nothing was imported/);
  // Valid JSON that lost its relationships and roles is refused too, naming what is missing.
  const gutted = join(dir, 'nice-gutted.json');
  const json = JSON.parse(text);
  writeFileSync(gutted, JSON.stringify({ ...json, relationships: undefined }));
  const g = await importFile(dir, gutted, '--tenant', 'nist');
  assert.equal(g.code, 1);
  assert.match(g.stderr, /relationships/);
  const none = await importFile(dir, FT.replace(/engineering\.yml$/, 'missing.yml'));
  assert.match(none.stderr, /cannot read/);
  assert.equal(count(dir, `select count(*) n from role`), 0);
  assert.equal(count(dir, `select count(*) n from framework`), 0);
});

it('imports the FT progression YAML: 8 levels as roles, 9 themes as competencies; a broken YAML is refused', async () => {
  const dir = tempDir();
  const r = await importFile(dir, FT, '--tenant', 'ft');
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.roles, 8);
  assert.equal(out.competencies, 9);
  assert.equal(out.expectations, 72);
  const bad = join(dir, 'bad.yml');
  writeFileSync(bad, readFileSync(FT, 'utf8').replace('theme: leadership', 'theme: astrology'));
  const b = await importFile(dir, bad, '--tenant', 'other');
  assert.equal(b.code, 1);
  assert.match(b.stderr, /unknown theme "astrology"/);
  assert.equal(count(dir, `select count(*) n from framework where tenantId = 'other'`), 0);
});
