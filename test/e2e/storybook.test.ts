/**
 * The built Storybook, story by story, in Debian's Chromium: every story renders something visible,
 * logs no console error, throws nothing, and has no axe violation. A screenshot of each goes to
 * test-results/storybook/ and must not be blank.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, watchErrors } from '../support/browser.js';
import { serveStatic, type StaticServer } from '../support/static-server.js';
import { axeViolations } from '../support/axe.js';
import { distinctColours } from '../support/screenshot.js';

const root = new URL('../../', import.meta.url).pathname;
const shots = `${root}test-results/storybook`;
let server: StaticServer;
let browser: Browser;
let stories: { id: string; title: string; name: string; importPath: string }[] = [];

before(async () => {
  // Always a fresh build (~6 s): a stale storybook-static would test yesterday's stories.
  const build = spawnSync('pnpm', ['build-storybook'], { cwd: root, encoding: 'utf8' });
  assert.equal(build.status, 0, `storybook build failed:\n${build.stdout}\n${build.stderr}`);
  const index = JSON.parse(readFileSync(`${root}storybook-static/index.json`, 'utf8')) as { entries: Record<string, { id: string; type: string; title: string; name: string; importPath: string }> };
  stories = Object.values(index.entries).filter((e) => e.type === 'story');
  mkdirSync(shots, { recursive: true });
  server = await serveStatic({ '/': `${root}storybook-static` });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

type PreviewWindow = {
  __STORYBOOK_PREVIEW__?: { currentRender?: { id?: string; phase?: string } };
  __STORYBOOK_ADDONS_CHANNEL__?: { emit(event: string, payload: unknown): void };
};

/**
 * Shows one story and waits until Storybook says it finished (render and play function). The
 * first story loads the iframe; later ones switch in place, as the Storybook UI does, which is
 * several times faster than reloading the preview bundle for each story.
 */
async function openStory(page: Page, id: string): Promise<void> {
  if (!page.url().startsWith(`${server.url}/iframe.html`)) await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`);
  else await page.evaluate((storyId) => (window as PreviewWindow).__STORYBOOK_ADDONS_CHANNEL__?.emit('setCurrentStory', { storyId, viewMode: 'story' }), id);
  await page.waitForFunction(
    (storyId) => {
      const render = (window as PreviewWindow).__STORYBOOK_PREVIEW__?.currentRender;
      return render?.id === storyId && ['finished', 'errored', 'aborted'].includes(render.phase ?? '');
    },
    id,
    { timeout: 15_000 },
  );
  // Lit renders in microtasks and locales load asynchronously: let the page settle.
  await page.evaluate(() => new Promise((done) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(done)), 50)));
}

interface Outcome {
  id: string;
  problems: string[];
  ms: number;
}

async function check(page: Page, scratch: Page, story: { id: string }, errors: string[]): Promise<Outcome> {
  errors.length = 0;
  const started = Date.now();
  const problems: string[] = [];
  await openStory(page, story.id);
  const box = await page.evaluate(() => {
    const rootEl = document.querySelector('#storybook-root');
    const first = rootEl?.firstElementChild;
    const shown = document.body.classList.contains('sb-show-main');
    if (!first) return { shown, width: 0, height: 0 };
    const rect = first.getBoundingClientRect();
    return { shown, width: rect.width, height: rect.height };
  });
  if (!box.shown) problems.push('Storybook shows an error or nothing instead of the story');
  if (box.width === 0 || box.height === 0) problems.push(`#storybook-root has no visible content (${box.width}x${box.height})`);
  for (const v of await axeViolations(page, '#storybook-root')) problems.push(`axe ${v.id} (${v.impact}): ${v.help} at ${v.targets.slice(0, 3).join(', ')}`);
  // The viewport, not the whole (sometimes very tall) story: enough to tell rendered from blank.
  const png = await page.screenshot();
  writeFileSync(`${shots}/${story.id}.png`, png);
  const colours = await distinctColours(scratch, png);
  if (colours < 3) problems.push(`the screenshot is blank (${colours} colours)`);
  problems.push(...errors);
  return { id: story.id, problems, ms: Date.now() - started };
}

test('every story renders, with no console error and no axe violation', { timeout: 120_000 }, async (t) => {
  // Every element of the library has its stories file (a new element without stories fails here).
  const manifest = JSON.parse(readFileSync(`${root}packages/elements/custom-elements.json`, 'utf8')) as { modules: { declarations?: { tagName?: string }[] }[] };
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
  assert.ok(tags.length >= 5, `custom-elements.json lists ${tags.length} elements`);
  const withoutStories = tags.filter((tag) => !stories.some((s) => s.importPath.endsWith(`/${tag}.stories.ts`)));
  assert.deepEqual(withoutStories, [], 'elements without stories');
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  const scratch = await context.newPage();
  // Two tabs share the stories: the machine has two cores.
  const queue = [...stories];
  const outcomes: Outcome[] = [];
  await Promise.all(
    [0, 1].map(async () => {
      const page = await context.newPage();
      const errors = watchErrors(page);
      for (let story = queue.shift(); story; story = queue.shift()) outcomes.push(await check(page, scratch, story, errors));
    }),
  );
  await context.close();
  const slowest = [...outcomes].sort((a, b) => b.ms - a.ms).slice(0, 5);
  t.diagnostic(`${outcomes.length} stories; slowest: ${slowest.map((o) => `${o.id} ${o.ms} ms`).join(', ')}`);
  const failed = outcomes.filter((o) => o.problems.length);
  assert.deepEqual(
    failed.map((o) => `${o.id}:\n    ${o.problems.join('\n    ')}`),
    [],
    `${failed.length} of ${outcomes.length} stories failed`,
  );
});

test("every element's docs page lists its attributes, events and parts from custom-elements.json", { timeout: 60_000 }, async () => {
  type Declaration = { tagName?: string; attributes?: { name: string }[]; events?: { name: string }[]; cssParts?: { name: string }[] };
  const manifest = JSON.parse(readFileSync(`${root}packages/elements/custom-elements.json`, 'utf8')) as { modules: { declarations?: Declaration[] }[] };
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
  const errors = watchErrors(page);
  const problems: string[] = [];
  for (const element of elements) {
    errors.length = 0;
    await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(docsIdFor(element.tagName!))}&viewMode=docs`);
    const docs = page.locator('#storybook-docs');
    await docs.getByText(/^ATTRIBUTES$|^PROPERTIES$/i).first().waitFor({ timeout: 20_000 });
    const text = await docs.innerText();
    const names = [...(element.attributes ?? []), ...(element.events ?? []), ...(element.cssParts ?? [])].map((n) => n.name);
    const missing = names.filter((name) => !text.includes(name));
    if (missing.length) problems.push(`<${element.tagName}> docs lack ${missing.join(', ')}`);
    problems.push(...errors.map((e) => `<${element.tagName}> docs: ${e}`));
  }
  await page.close();
  assert.deepEqual(problems, []);
});

/** The docs entry of an element's stories file (stories/<tag>.stories.ts). */
function docsIdFor(tag: string): string {
  const story = stories.find((s) => s.importPath.endsWith(`/${tag}.stories.ts`));
  assert.ok(story, `no stories for <${tag}>`);
  return `${story.id.split('--')[0]}--docs`;
}
