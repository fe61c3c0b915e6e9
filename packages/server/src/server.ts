/** Starts and stops a whole server: database, migrations, first-run seed, HTTP. Used by main and tests. */
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createApp, jsonLogger, silentLogger, type Logger } from './app.js';
import { migrate, openDatabase } from './db/connect.js';
import type { Db } from './db/schema.js';
import type { TokenVerifier } from './auth/verifier.js';
import { seedIfEmpty } from './seed/index.js';

export interface StartOptions {
  dbFile: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  seedData?: string;
  /** Seed the demo tenants when the database is empty (default true). */
  seed?: boolean;
  corsOrigins?: string[];
  staticDir?: string;
  openapiFile?: string;
  verifier?: TokenVerifier;
  log?: Logger;
}

export interface RunningServer {
  url: string;
  port: number;
  db: Db;
  seeded: boolean;
  close(): Promise<void>;
}

export async function startServer(o: StartOptions): Promise<RunningServer> {
  const db = openDatabase(o.dbFile);
  await migrate(db);
  const seeded = o.seed !== false && o.seedData ? await seedIfEmpty(db, o.seedData) : false;
  const app = createApp({ db, ...(o.verifier ? { verifier: o.verifier } : {}), corsOrigins: o.corsOrigins ?? [], ...(o.staticDir ? { staticDir: o.staticDir } : {}), ...(o.openapiFile ? { openapiFile: o.openapiFile } : {}), log: o.log ?? jsonLogger });
  const host = o.host ?? '127.0.0.1';
  const server: ServerType = await new Promise((res) => {
    const s = serve({ fetch: app.fetch, hostname: host, port: o.port ?? 0 }, () => res(s));
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}`,
    port,
    db,
    seeded,
    async close() {
      await new Promise<void>((res) => {
        server.close(() => res());
        // Keep-alive sockets would hold close() open; end idle ones now.
        (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
      });
      await db.destroy();
    },
  };
}

export { silentLogger };
