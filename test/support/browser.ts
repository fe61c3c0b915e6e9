/** Debian's Chromium through playwright-core (no downloaded browser), with the repo's headless flags. */
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROME_FLAGS, findChrome } from '../../scripts/lib/chrome.mjs';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChrome(), args: CHROME_FLAGS.filter((flag) => flag !== '--headless=new'), headless: true });
}

/** Collects what a person (or a developer console) would see go wrong on a page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()} ${message.location().url ?? ''}`.trim());
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()} ${response.url()}`);
  });
  return errors;
}
