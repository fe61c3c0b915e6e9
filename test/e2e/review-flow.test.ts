/**
 * End to end, in connected mode against the real reference server: a manager opens a draft review,
 * edits it, reloads mid-edit and gets the draft back, submits, and sees the new evidence event in the
 * subject's timeline with a verified chain. Served under the strict CSP of docs/security.md.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { createClient, type Client } from '@evident/sdk';
import { launchChromium, watchErrors } from '../support/browser.js';
import { startEmbeddingSite, type EmbeddingSite } from '../support/embedding-site.js';
import { bundle } from '../support/vite-build.js';

let dir: string;
let servers: EmbeddingSite;
let pages: EmbeddingSite['pages'];
let api: EmbeddingSite['api'];
let browser: Browser;
let manager: Client;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'evident-e2e-'));
  const site = join(dir, 'site');
  cpSync(new URL('./pages/review-flow.html', import.meta.url).pathname, join(site, 'review-flow.html'));
  await bundle(new URL('./pages/review-flow.ts', import.meta.url).pathname, site, 'review-flow.js');
  servers = await startEmbeddingSite(site, dir);
  ({ pages, api } = servers);
  manager = createClient({ baseUrl: api.url, token: 'demo-manager' });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await servers?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('open a review, edit, reload mid-edit, submit, and see the evidence with a verified chain', async () => {
  const me = await manager.getViewer();
  const drafts = await manager.listReviews({ query: { reviewerId: me.person.id, status: 'draft' } });
  const review = drafts.items[0];
  assert.ok(review, 'the seed gives the demo manager draft reviews to write');
  const before = await manager.listEvidence({ query: { subjectId: review.subjectId, type: 'review.submitted' } });

  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors = watchErrors(page);
  await page.goto(`${pages.url}/review-flow.html?api=${encodeURIComponent(api.url)}&token=demo-manager&review=${review.id}&subject=${review.subjectId}`);
  const form = page.locator('review-form');
  await form.getByRole('radiogroup').first().waitFor();

  // Edit: a note in the first text answer, then reload at once, before the autosave's debounce.
  const note = 'Led the quarterly access review <script>alert(1)</script> and closed every finding.';
  const firstText = form.getByRole('textbox').first();
  await firstText.fill(note);
  // The element keeps each keystroke in IndexedDB; a reload within the few ms that write takes can
  // abort it. Reload as soon as the copy is there: still long before the one-second autosave.
  await page.waitForFunction(async (id) => {
    const db = await new Promise<IDBDatabase | null>((resolve) => {
      const request = indexedDB.open('evident-drafts');
      // Never create the database here: that is the element's job.
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(null);
    });
    if (!db) return false;
    if (!db.objectStoreNames.contains('review-drafts')) return (db.close(), false);
    const draft = await new Promise<unknown>((resolve) => {
      const get = db.transaction('review-drafts').objectStore('review-drafts').get(id);
      get.onsuccess = () => resolve(get.result);
      get.onerror = () => resolve(undefined);
    });
    db.close();
    return draft !== undefined;
  }, review.id);
  assert.equal((await manager.getReview({ params: { reviewId: review.id } })).answers.some((a) => a.text === note), false, 'not yet saved to the server');
  await page.reload();
  await form.getByRole('radiogroup').first().waitFor();
  await assert.doesNotReject(form.getByText('were restored').waitFor(), 'a visible notice says the draft came back');
  assert.equal(await form.getByRole('textbox').first().inputValue(), note, 'the text typed before the reload is back');

  // Complete every required answer the way a person would, then submit.
  for (const group of await form.getByRole('radiogroup').all()) {
    if ((await group.getByRole('radio', { checked: true }).count()) === 0) await group.getByRole('radio').nth(1).click();
  }
  for (const box of await form.getByRole('textbox').all()) {
    if (!(await box.inputValue())) await box.fill('Kept the runbooks current.');
  }
  await form.getByRole('button', { name: 'Submit review' }).click();
  await form.getByText(/submitted/i).first().waitFor();

  const submitted = await manager.getReview({ params: { reviewId: review.id } });
  assert.equal(submitted.status, 'submitted');
  assert.ok(submitted.answers.some((a) => a.text === note), 'the restored text reached the server literally');

  // The subject's timeline shows the new event and a verified chain.
  await page.reload();
  const timeline = page.locator('evidence-timeline');
  await timeline.getByText('Chain verified').waitFor();
  // Newest first: the submission's assessments came last, so filter to submissions as a person would.
  await timeline.getByRole('article').filter({ hasText: 'Assessment recorded' }).first().waitFor();
  await timeline.getByRole('combobox', { name: 'Type' }).selectOption('review.submitted');
  await timeline.getByRole('article').filter({ hasText: 'Review submitted' }).first().waitFor();
  // The actor is named (looked up through the API), not shown as an id.
  await timeline.getByRole('article').filter({ hasText: 'Review submitted' }).first().getByText(`by ${me.person.name}`).waitFor();
  const after = await manager.listEvidence({ query: { subjectId: review.subjectId, type: 'review.submitted' } });
  assert.equal(after.items.length, before.items.length + 1, 'exactly one new review.submitted event');
  assert.equal(after.items[0]?.payload.reviewId, review.id);
  assert.equal((await manager.verifyEvidence()).valid, true);
  assert.deepEqual(errors, []);
  await context.close();
});
