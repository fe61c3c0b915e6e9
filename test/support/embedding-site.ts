/**
 * What the end-to-end tests embed against: an intranet page origin serving `site` under the strict
 * CSP of docs/security.md, and the reference server (seeded, on a file database in `dataDir`) on
 * another origin whose CORS allows that page, as docs/embedding.md sets it up.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, silentLogger, type RunningServer } from '@evident/server';
import { serveStatic, type StaticServer } from './static-server.js';

const root = new URL('../../', import.meta.url).pathname;
/** The recommended CSP, with `connect-src` opened to the loopback API the tests start. */
const CSP = readFileSync(`${root}docs/samples/security/content-security-policy.txt`, 'utf8').trim().replace(/connect-src [^;]*/, "connect-src 'self' http://127.0.0.1:*");

export interface EmbeddingSite {
  pages: StaticServer;
  api: RunningServer;
  close(): Promise<void>;
}

export async function startEmbeddingSite(site: string, dataDir: string): Promise<EmbeddingSite> {
  const pages = await serveStatic({ '/': site }, { 'content-security-policy': CSP });
  const api = await startServer({ dbFile: join(dataDir, 'evident.sqlite'), port: 0, seedData: join(root, 'data'), corsOrigins: [pages.url], log: silentLogger });
  return {
    pages,
    api,
    close: async () => {
      await pages.close();
      await api.close();
    },
  };
}
