/**
 * The elements inside a React 19 app and a Vue 3 app (each built with Vite from test/interop) and a
 * plain HTML page using the script-tag bundle, in Chromium: arrays and objects arrive as properties,
 * events (kebab-case too) reach the framework's handlers, attributes round-trip, and a form that
 * contains <rating-scale> and <review-form> submits their values.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vue from '@vitejs/plugin-vue';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, watchErrors } from '../support/browser.js';
import { serveStatic, type StaticServer } from '../support/static-server.js';
import { bundle } from '../support/vite-build.js';
import { buildScriptBundle } from '../support/script-bundle.js';

const root = new URL('../../', import.meta.url).pathname;
const apps = `${root}test/interop`;
let site: string;
let server: StaticServer;
let browser: Browser;

before(async () => {
  site = mkdtempSync(join(tmpdir(), 'evident-interop-'));
  buildScriptBundle(join(site, 'plain')); // first: the build empties its directory
  cpSync(join(apps, 'plain'), join(site, 'plain'), { recursive: true });
  cpSync(join(apps, 'shared/data.js'), join(site, 'plain/data.js'));
  cpSync(join(apps, 'react/index.html'), join(site, 'react/index.html'));
  cpSync(join(apps, 'vue/index.html'), join(site, 'vue/index.html'));
  await bundle(join(apps, 'react/main.jsx'), join(site, 'react'), 'app.js', {
    oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  await bundle(join(apps, 'vue/main.js'), join(site, 'vue'), 'app.js', {
    plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.includes('-') } } })],
    define: { __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  });
  server = await serveStatic({ '/': site });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(site, { recursive: true, force: true });
});

const rating = (page: Page) => page.getByRole('radiogroup', { name: 'Access Controls' }).first();

for (const app of ['react', 'vue', 'plain'] as const) {
  describe(app, () => {
    let page: Page;
    let errors: string[];
    before(async () => {
      page = await browser.newPage();
      page.setDefaultTimeout(5_000);
      errors = watchErrors(page);
      await page.goto(`${server.url}/${app}/index.html`);
      await page.getByRole('heading', { name: 'Interop review' }).waitFor();
    });
    after(() => page.close());

    test('arrays and objects arrive as properties', async () => {
      assert.equal(await rating(page).getByRole('radio').count(), 4, 'levels (an array) set the radios');
      await page.locator('#rating').getByText('Designs role models and recertification for several systems.').waitFor();
      // The review form got its whole `.data` object: template title and the saved answer.
      assert.equal(await page.locator('review-form').getByRole('radio', { name: /Awareness/ }).getAttribute('aria-checked'), 'true');
    });

    test('attributes set by the framework reach the element and reflect back', async () => {
      const state = await page.locator('#rating').evaluate((el: HTMLElement & { theme?: string; density?: string; label?: string }) => ({
        theme: el.theme,
        density: el.density,
        label: el.label,
        reflected: el.getAttribute('theme'),
      }));
      assert.deepEqual(state, { theme: 'dark', density: 'compact', label: 'Access Controls', reflected: 'dark' });
    });

    test('events reach the framework handlers, kebab-case ones included', async () => {
      await rating(page).getByRole('radio', { name: /Working/ }).click();
      await page.locator('#chosen', { hasText: 'chosen: 2' }).waitFor();
      await page.locator('#changes', { hasText: 'changes: 1' }).waitFor();
      await page.locator('review-form').getByRole('button', { name: 'Submit review' }).click();
      await page.locator('#review-submitted', { hasText: 'q-access' }).waitFor();
      assert.deepEqual(JSON.parse(await page.locator('#review-submitted').innerText()), [{ questionId: 'q-access', level: 1 }]);
    });

    test('a form containing the elements submits their values', async () => {
      await page.locator('review-form').getByRole('radio', { name: /Practitioner/ }).click();
      // Form-associated elements submit under their `name` *attribute*; React and Vue set `name` as a property.
      for (const selector of ['#rating', 'review-form']) {
        assert.ok(await page.locator(selector).evaluate((el) => el.hasAttribute('name')), `${selector}: \`name\` set as a property must reflect to the attribute, or the form submits nothing`);
      }
      await page.getByRole('button', { name: 'Submit form' }).click();
      await page.locator('#submitted', { hasText: 'access' }).waitFor();
      const sent = JSON.parse(await page.locator('#submitted').innerText()) as Record<string, string>;
      assert.equal(sent.access, '2');
      assert.deepEqual(JSON.parse(sent.review ?? '[]'), [{ questionId: 'q-access', level: 3 }]);
    });

    test('a read-only state set by the framework stops changes', async () => {
      await page.getByRole('button', { name: 'Make read-only' }).click();
      await page.waitForFunction(() => document.querySelector('#rating')?.hasAttribute('readonly'));
      assert.equal(await page.locator('#rating').evaluate((el: HTMLElement & { readonly?: boolean }) => el.readonly), true);
      await rating(page).getByRole('radio', { name: /Practitioner/ }).click();
      assert.equal(await page.locator('#chosen').innerText(), 'chosen: 2');
      assert.deepEqual(errors, []);
    });
  });
}
