/**
 * The pages of the guides, run as the guides say, under the CSP docs/security.md recommends:
 * getting-started (the built bundle next to a plain page, and the npm import bundled by Vite);
 * embedding (a page on its own origin talking to the real reference server through CORS with a
 * token from `getToken`); theming (two copies of Evident on one page, one in a vendor theme);
 * localisation (a German page).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, watchErrors } from '../support/browser.js';
import { startEmbeddingSite, type EmbeddingSite } from '../support/embedding-site.js';
import { bundle } from '../support/vite-build.js';
import { buildScriptBundle } from '../support/script-bundle.js';

const root = new URL('../../', import.meta.url).pathname;
const samples = `${root}docs/samples`;
let dir: string;
let site: string;
let pages: EmbeddingSite['pages'];
let api: EmbeddingSite['api'];
let servers: EmbeddingSite;
let browser: Browser;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'evident-docs-'));
  site = join(dir, 'site');
  buildScriptBundle(site); // first: the build empties its directory
  for (const part of ['embedding', 'theming', 'localisation']) cpSync(`${samples}/${part}`, site, { recursive: true });
  // Getting started: "copy evident.js next to your page", in a folder of its own.
  cpSync(`${samples}/getting-started`, join(site, 'getting-started'), { recursive: true });
  cpSync(join(site, 'evident.js'), join(site, 'getting-started/evident.js'));
  await bundle(`${samples}/getting-started/npm-import.ts`, join(site, 'getting-started'), 'npm-import.js');
  await bundle(`${samples}/embedding/review-page.ts`, site, 'review-page.js');
  await bundle(`${samples}/theming/globex-elements.ts`, site, 'globex-elements.js');
  // The intranet's session endpoint the embedding sample asks for a token.
  mkdirSync(join(site, 'session'));
  writeFileSync(join(site, 'session/evident-token'), 'demo-employee');
  // The API on another origin, allowing the intranet's origin: the CORS set-up docs/embedding.md describes.
  servers = await startEmbeddingSite(site, dir);
  ({ pages, api } = servers);
  // The sample points at `pnpm start`'s address; this server runs on a free port instead.
  const html = readFileSync(join(site, 'review-page.html'), 'utf8');
  assert.ok(html.includes('base-url="http://127.0.0.1:8787"'));
  writeFileSync(join(site, 'review-page.html'), html.replace('http://127.0.0.1:8787', api.url));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await servers?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  page.setDefaultTimeout(8_000);
  const errors = watchErrors(page);
  await page.goto(`${pages.url}/${path}`);
  return { page, errors };
}

const asEmployee = async <T>(path: string): Promise<T> => (await fetch(`${api.url}${path}`, { headers: { authorization: 'Bearer demo-employee' } })).json() as Promise<T>;

test('embedding: a review form on another origin loads with getToken, autosaves through CORS and reports it', async () => {
  const me = await asEmployee<{ person: { id: string } }>('/v1/me');
  const drafts = await asEmployee<{ items: { id: string; subjectId: string; version: number; answers: { questionId: string; level?: number | null }[] }[] }>(`/v1/reviews?reviewerId=${me.person.id}&status=draft`);
  const mine = drafts.items.find((r) => r.subjectId === me.person.id);
  assert.ok(mine, 'the seed gives the demo employee a draft self-review');

  const { page, errors } = await open(`review-page.html?review=${mine.id}`);
  const first = page.locator('review-form').getByRole('radiogroup').first();
  await first.waitFor();
  const target = first.getByRole('radio', { checked: false }).first();
  await target.click();
  await page.getByRole('status').filter({ hasText: 'Draft saved.' }).waitFor();

  const saved = await asEmployee<{ version: number; answers: unknown[] }>(`/v1/reviews/${mine.id}`);
  assert.ok(saved.version > mine.version, 'the server stored a new version');
  assert.notDeepEqual(saved.answers, mine.answers, 'the server has the new answer');
  assert.deepEqual(errors, []);
  await page.close();
});

test('theming: two copies on one page, the prefixed one in the vendor theme', async () => {
  const { page, errors } = await open('two-versions.html');
  const intranet = page.locator('rating-scale');
  const globex = page.locator('globex-rating-scale');
  await globex.getByRole('radio').first().waitFor();
  await intranet.getByRole('radio').first().waitFor();
  const accent = (el: typeof intranet) => el.getByRole('radio', { checked: true }).evaluate((o) => getComputedStyle(o).outlineColor + ' ' + getComputedStyle(o).outlineStyle);
  // Globex's part rule outlines its chosen level in Globex's accent; the intranet copy has no outline.
  assert.equal(await accent(globex), 'rgb(0, 105, 92) solid');
  assert.notEqual(await accent(intranet), 'rgb(0, 105, 92) solid');
  const font = await globex.evaluate((el) => getComputedStyle(el).fontFamily);
  assert.match(font, /Trebuchet MS/);
  assert.deepEqual(errors.filter((e) => !e.startsWith('console.info')), []);
  await page.close();
});

test('localisation: a page in de-CH gets German element text', async () => {
  const { page, errors } = await open('german-page.html');
  await page.getByRole('radiogroup', { name: 'Zugriffskontrolle' }).waitFor();
  await page.getByRole('button', { name: 'Senden' }).click();
  // The validation message is the element's own text, in German.
  await page.locator('rating-scale').getByText(/Stufe/).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test('script tag: the review form renders, blocks an incomplete submit, then submits its answers with the form', async () => {
  const { page, errors } = await open('getting-started/index.html');
  await page.getByRole('heading', { name: 'Self review 2026 H1' }).waitFor();
  assert.equal(await page.getByRole('radiogroup', { name: 'How was this half-year overall?' }).getByRole('radio').count(), 5);

  await page.getByRole('button', { name: 'Send to my manager' }).click();
  await page.waitForTimeout(200);
  assert.match(page.url(), /index\.html$/, 'an incomplete form must not submit');

  await page.getByRole('radiogroup', { name: 'How was this half-year overall?' }).getByRole('radio', { name: /Working/ }).click();
  await page.locator('review-form').getByRole('radio', { name: /Practitioner/ }).click();
  await page.locator('review-form').getByRole('textbox').fill('Ran the restore test.');
  await page.getByRole('button', { name: 'Send to my manager' }).click();
  await page.waitForURL(/thanks\.html/);

  const sent = new URL(page.url()).searchParams;
  assert.equal(sent.get('mood'), '2');
  const answers = JSON.parse(sent.get('review') ?? '[]') as { questionId: string; level?: number; text?: string }[];
  assert.deepEqual(answers.find((a) => a.questionId === 'q-access')?.level, 3);
  assert.equal(answers.find((a) => a.questionId === 'q-proud')?.text, 'Ran the restore test.');
  // A blocked submit focuses the first invalid field: <rating-scale> delegates focus to its radio,
  // so Chromium has nothing to complain about ("An invalid form control ... is not focusable").
  assert.deepEqual(errors, []);
  await page.close();
});

test('npm import: the bundled sample registers the elements and hears their events', async () => {
  const { page, errors } = await open('getting-started/npm.html');
  await page.getByRole('radio', { name: /Practitioner/ }).click();
  await page.getByText('You chose level 3.').waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});
