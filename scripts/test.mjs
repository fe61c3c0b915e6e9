#!/usr/bin/env node
/**
 * The one test command: typecheck, lint, size budgets, Node tests and browser tests.
 * Every step runs even when an earlier one fails; the last line counts them all:
 * `N passed, N failed, N skipped`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
rmSync('.test-results', { recursive: true, force: true });
mkdirSync('.test-results', { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const report = [];

function run(label, command, args, env = {}) {
  console.log(`\n━━ ${label}: ${[command, ...args].join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return { ok: result.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

/** A step that is one check: it passes or fails as a whole. */
function check(label, command, args) {
  const { ok, seconds } = run(label, command, args);
  totals[ok ? 'passed' : 'failed']++;
  report.push(`${label.padEnd(14)} ${ok ? 'ok' : 'FAILED'} (${seconds}s)`);
}

function testFiles(dirs) {
  const out = [];
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (name === 'node_modules' || name === 'fixtures') continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.test.ts')) out.push(path);
    }
  };
  dirs.forEach(walk);
  return out.sort();
}

check('typecheck', 'pnpm', ['exec', 'tsc', '-b']);
check('lint', 'pnpm', ['exec', 'eslint', '.', '--max-warnings', '0']);
check('size budgets', 'pnpm', ['exec', 'tsx', 'bench/size.ts']);

// Node tests: node:test through tsx, TAP to a file for counting, spec to the terminal.
const nodeFiles = testFiles(['packages/contract/test', 'packages/sdk/test', 'packages/server/test', 'test/node', 'test/e2e']);
{
  const tap = '.test-results/node.tap';
  const { seconds } = run('node tests', 'node', [
    '--import', 'tsx', '--test', '--test-concurrency=2',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`,
    ...nodeFiles,
  ]);
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (name) => Number(text.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  const passed = count('pass');
  const failed = count('fail') + count('cancelled') + (text ? 0 : 1);
  const skipped = count('skipped') + count('todo');
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  report.push(`${'node tests'.padEnd(14)} ${passed} passed, ${failed} failed, ${skipped} skipped in ${nodeFiles.length} files (${seconds}s)`);
}

// Browser tests: web-test-runner in Chromium, with coverage; its reporter writes the counts.
{
  const { ok, seconds } = run('browser tests', 'pnpm', ['exec', 'wtr', '--config', 'web-test-runner.config.mjs', '--coverage']);
  const file = '.test-results/browser.json';
  const c = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { passed: 0, failed: 0, skipped: 0, fileErrors: 0 };
  // A runner that died, or a file that failed to load, is a failure even if no test counted it.
  const failed = c.failed + c.fileErrors + (!ok && c.failed + c.fileErrors === 0 ? 1 : 0);
  totals.passed += c.passed;
  totals.failed += failed;
  totals.skipped += c.skipped;
  report.push(`${'browser tests'.padEnd(14)} ${c.passed} passed, ${failed} failed, ${c.skipped} skipped (${seconds}s)`);
}

console.log(`\n━━ summary\n${report.join('\n')}\n`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
