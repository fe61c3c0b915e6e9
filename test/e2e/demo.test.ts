/**
 * The demo intranet page as `pnpm start` serves it: the real reference server (seeded SQLite in a
 * temp dir) serving docs/demo with its built script, under the server's own strict CSP. Each demo
 * user sees their view, loaded by connected elements through the SDK.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startServer, silentLogger, type RunningServer } from '@evident/server';
import { launchChromium, watchErrors } from '../support/browser.js';
import { axeViolations } from '../support/axe.js';

const root = new URL('../../', import.meta.url).pathname;
let dir: string;
let server: RunningServer;
let browser: Browser;
let page: Page;
let errors: string[];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'evident-demo-'));
  const site = join(dir, 'site');
  const built = spawnSync('pnpm', ['exec', 'vite', 'build', '--config', 'scripts/vite/demo.config.mjs', '--outDir', join(site, 'dist')], { cwd: root, encoding: 'utf8' });
  assert.equal(built.status, 0, `pnpm build:demo failed:\n${built.stdout}\n${built.stderr}`);
  cpSync(join(root, 'docs/demo/index.html'), join(site, 'index.html'));
  for (const file of ['demo.css', 'favicon.svg']) cpSync(join(root, 'docs/demo', file), join(site, file));
  server = await startServer({ dbFile: join(dir, 'evident.sqlite'), port: 0, seedData: join(root, 'data'), staticDir: site, log: silentLogger });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(10_000);
  errors = watchErrors(page);
  await page.goto(`${server.url}/`);
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const asUser = async (label: RegExp) => {
  const option = await page.locator('#user option').filter({ hasText: label }).getAttribute('value');
  await page.selectOption('#user', option!);
};

test('employee: my review, my development plan and my evidence', async () => {
  await page.getByRole('heading', { level: 1, name: /Sam Okafor/ }).waitFor();
  const review = page.getByRole('region', { name: 'My review' });
  await review.locator('review-form').getByRole('radiogroup').first().waitFor();
  assert.ok((await review.locator('review-form').getByRole('radiogroup').count()) > 0, 'the review form shows competency ratings');
  const plan = page.getByRole('region', { name: 'My development plan' });
  await plan.getByRole('listitem').first().waitFor();
  await page.getByRole('region', { name: 'My evidence' }).getByRole('article').first().waitFor();
  assert.deepEqual(await axeViolations(page, 'main'), []);
});

test('manager: the team matrix and the reviews to write', async () => {
  await asUser(/Maria Lindqvist/);
  await page.getByRole('heading', { level: 1, name: /Maria Lindqvist/ }).waitFor();
  const matrix = page.getByRole('region', { name: 'Team matrix' });
  await matrix.getByRole('row').nth(2).waitFor();
  // Each person's role shows by its title (loaded through the API), never as an id.
  await matrix.getByText(/ · (?!role_)\S/).first().waitFor();
  assert.equal(await matrix.getByText(/ · role_/).count(), 0);
  const toWrite = page.getByRole('list', { name: 'Reviews to write' }).getByRole('button');
  assert.ok((await toWrite.count()) >= 2, 'the manager has several reviews to write');
  // Choosing another review loads it into the form.
  await toWrite.nth(1).click();
  assert.equal(await toWrite.nth(1).getAttribute('aria-pressed'), 'true');
  await page.getByRole('region', { name: 'Reviews to write' }).locator('review-form').getByRole('radiogroup').first().waitFor();
});

test('people lead: every team and the evidence trail', async () => {
  await asUser(/Priya Raman/);
  await page.getByRole('heading', { level: 1, name: /Priya Raman/ }).waitFor();
  await page.getByRole('region', { name: 'Every team' }).getByRole('row').nth(2).waitFor();
  await page.getByRole('region', { name: 'Evidence trail' }).getByRole('article').first().waitFor();
  assert.deepEqual(errors, []);
});

test('switching user while the previous view still loads shows the user chosen last', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const slow = await context.newPage();
  // The first user's answers arrive late, after the person has already switched.
  await slow.route('**/v1/**', async (route) => {
    if (route.request().headers().authorization === 'Bearer demo-employee') await new Promise((r) => setTimeout(r, 800));
    await route.continue();
  });
  await slow.goto(`${server.url}/`);
  const lead = await slow.locator('#user option').filter({ hasText: /Priya Raman/ }).getAttribute('value');
  await slow.selectOption('#user', lead!);
  await slow.getByRole('heading', { level: 1, name: /Priya Raman/ }).waitFor();
  await slow.waitForTimeout(1500); // the employee's view has finished loading by now
  assert.match(await slow.getByRole('heading', { level: 1 }).innerText(), /Priya Raman/);
  await context.close();
});
