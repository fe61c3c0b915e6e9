/**
 * Builds the script-tag bundle (`pnpm build:elements`, same config) into a directory of the test's
 * own, so tests running in parallel never read a half-written packages/elements/dist.
 */
import { spawnSync } from 'node:child_process';
import assert from 'node:assert/strict';

const root = new URL('../../', import.meta.url).pathname;

export function buildScriptBundle(outDir: string): string {
  const built = spawnSync('pnpm', ['exec', 'vite', 'build', '--config', 'scripts/vite/elements.config.mjs', '--outDir', outDir], { cwd: root, encoding: 'utf8' });
  assert.equal(built.status, 0, `the script-tag bundle did not build:\n${built.stdout}\n${built.stderr}`);
  return `${outDir}/evident.js`;
}
