/**
 * Browser tests: every `*.test.ts` under packages/elements/test and test/browser, in Debian's
 * Chromium, with coverage. Counts go to .test-results/browser.json for the summary line.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { CHROME_FLAGS, findChrome } from './scripts/lib/chrome.mjs';

/** Counts passed / failed / skipped tests of every file, for scripts/test.mjs. */
function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, fileErrors: 0 };
      const walk = (suite) => {
        for (const t of suite.tests) {
          if (t.skipped) counts.skipped++;
          else if (t.passed) counts.passed++;
          else counts.failed++;
        }
        for (const s of suite.suites) walk(s);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.fileErrors++;
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync('.test-results/browser.json', JSON.stringify(counts));
    },
  };
}

export default {
  files: ['packages/elements/test/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.base.json' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath: findChrome(), args: CHROME_FLAGS } })],
  concurrency: 1,
  testFramework: { config: { timeout: 10_000 } },
  testsFinishTimeout: 180_000,
  coverage: process.argv.includes('--coverage'),
  coverageConfig: { report: true, reportDir: 'coverage/browser', include: ['packages/*/src/**'], threshold: { statements: 0, branches: 0, functions: 0, lines: 0 } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter()],
};
