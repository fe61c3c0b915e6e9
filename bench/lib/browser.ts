/**
 * Browser benchmarks: builds the pages in bench/pages with Vite (production mode, as shipped),
 * serves them on loopback and drives Debian's Chromium with playwright-core.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
// @ts-expect-error plain JS module without types
import { CHROME_FLAGS, findChrome } from '../../scripts/lib/chrome.mjs';

const root = new URL('../..', import.meta.url).pathname;
const outDir = join(root, 'bench-results/site');

export async function buildPages(pages: string[]): Promise<void> {
  await build({
    root: join(root, 'bench/pages'),
    logLevel: 'warn',
    configFile: false,
    mode: 'production',
    build: { outDir, emptyOutDir: true, minify: process.env.BENCH_NO_MINIFY ? false : true, rollupOptions: { input: Object.fromEntries(pages.map((p) => [p, join(root, 'bench/pages', `${p}.html`)])) } },
  });
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(dir, path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

export interface BenchBrowser {
  open(page: string): Promise<Page>;
  close(): Promise<void>;
}

/** Launches Chromium with precise memory info and an exposed `gc()`, for heap figures. */
export async function startBrowser(): Promise<BenchBrowser> {
  const { server, url } = await serve(outDir);
  const browser: Browser = await chromium.launch({
    executablePath: findChrome() as string,
    args: [...(CHROME_FLAGS as string[]).filter((f) => !f.startsWith('--headless')), '--enable-precise-memory-info', '--js-flags=--expose-gc'],
    headless: true,
  });
  return {
    async open(name) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      page.on('pageerror', (e) => console.error(`[${name}] ${e.message}`));
      await page.goto(`${url}/${name}.html`);
      await page.waitForFunction(() => 'bench' in window);
      return page;
    },
    async close() {
      await browser.close();
      server.close();
    },
  };
}
