/**
 * Form state restore on real history navigation: a person fills in a form with Evident controls,
 * follows a link, comes back with the browser's Back button, and finds their answers still there.
 * The page is kept out of the back/forward cache, so this is the browser restoring each control's
 * state (formStateRestoreCallback), not a frozen page coming back.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium, watchErrors } from '../support/browser.js';
import { serveStatic, type StaticServer } from '../support/static-server.js';
import { bundle } from '../support/vite-build.js';

let dir: string;
let site: StaticServer;
let browser: Browser;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'evident-history-'));
  cpSync(new URL('./pages/history.html', import.meta.url).pathname, join(dir, 'history.html'));
  writeFileSync(join(dir, 'elsewhere.html'), '<!doctype html><title>Elsewhere</title><p>Another intranet page</p>');
  await bundle(new URL('./pages/history.ts', import.meta.url).pathname, dir, 'history.js');
  site = await serveStatic({ '/': dir });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('Back to a form restores the rating and the review answers the person gave', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors = watchErrors(page);
  await page.goto(`${site.url}/history.html`);
  const rating = page.locator('#ir');
  await rating.getByRole('radio', { name: /Practitioner/ }).click();
  await page.locator('#note').fill('native control, for comparison');
  const form = page.locator('#review');
  await form.getByRole('radio', { name: /Expert/ }).first().click();
  await form.getByRole('textbox').first().fill('Ran the tabletop exercise');

  await page.locator('#away').click();
  await page.waitForURL('**/elsewhere.html');
  await page.goBack();
  await page.waitForURL('**/history.html');
  await rating.getByRole('radio').first().waitFor();

  assert.equal(await page.evaluate(() => (window as { fromCache?: boolean }).fromCache), false, 'the page was re-created, not taken from the back/forward cache');
  assert.equal(await page.locator('#note').inputValue(), 'native control, for comparison', 'the browser restored form state at all');
  await rating.getByRole('radio', { name: /Practitioner/, checked: true }).waitFor();
  await form.getByRole('textbox').first().waitFor();
  assert.equal(await form.getByRole('textbox').first().inputValue(), 'Ran the tabletop exercise');
  await form.getByRole('radio', { name: /Expert/, checked: true }).first().waitFor();
  const submitted = await page.evaluate(() => Object.fromEntries(new FormData(document.getElementById('self') as HTMLFormElement)));
  assert.equal(submitted.ir, String(await rating.evaluate((el) => (el as unknown as { value: number }).value)));
  const answers = JSON.parse(String(submitted.review)) as { questionId: string; text?: string }[];
  assert.ok(answers.some((a) => a.text === 'Ran the tabletop exercise'), String(submitted.review));
  assert.deepEqual(errors, []);
  await context.close();
});
