/* eslint-disable @typescript-eslint/no-explicit-any -- responses are loose JSON here; the assertions check their shape */
/** A real server on an ephemeral port over a real SQLite file in a temp dir, and small HTTP helpers. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SignJWT, generateKeyPair } from 'jose';
import type { Access } from '@evident/contract';
import { startServer, silentLogger, type RunningServer } from '../src/server.js';
import { anyOf } from '../src/auth/verifier.js';
import { staticTokenVerifier } from '../src/auth/static-tokens.js';
import { jwtVerifier } from '../src/auth/jwt.js';
import { openDatabase } from '../src/db/connect.js';

export const SEED_DATA = fileURLToPath(new URL('../../../data/', import.meta.url));

export interface TestServer extends RunningServer {
  dir: string;
  dbFile: string;
  /** A JWT for any person, signed with this server's test key. */
  mint(personId: string, access: Access, tenantId?: string): Promise<string>;
  /** Stops the server; `keep` leaves the database file for a restart. */
  stop(keep?: boolean): Promise<void>;
}

export async function startTestServer(opts: { dir?: string; seed?: boolean } = {}): Promise<TestServer> {
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'evident-test-'));
  const dbFile = join(dir, 'evident.sqlite');
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  // The verifier reads tokens through its own handle, as a vendor's would.
  const tokenDb = openDatabase(dbFile);
  const server = await startServer({
    dbFile, port: 0, seedData: SEED_DATA, seed: opts.seed !== false, log: silentLogger,
    corsOrigins: ['https://intranet.example'], staticDir: fileURLToPath(new URL('../../../docs/demo/', import.meta.url)),
    openapiFile: fileURLToPath(new URL('../../../docs/openapi.json', import.meta.url)),
    verifier: anyOf(staticTokenVerifier(tokenDb), jwtVerifier({ key: publicKey, issuer: 'evident-test', audience: 'evident' })),
  });
  return {
    ...server,
    dir,
    dbFile,
    mint: (personId, access, tenantId = 'acme') =>
      new SignJWT({ tid: tenantId, evident_access: access }).setProtectedHeader({ alg: 'ES256' }).setSubject(personId)
        .setIssuer('evident-test').setAudience('evident').setExpirationTime('10m').sign(privateKey),
    async stop(keep = false) {
      await server.close();
      await tokenDb.destroy();
      if (!keep) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Res<T = any> { status: number; headers: Headers; body: T; text: string }

/** One HTTP call; JSON bodies are sent as JSON, the answer parsed when it is JSON. */
export async function call<T = any>(base: string, method: string, path: string, o: { token?: string; body?: unknown; headers?: Record<string, string>; raw?: string } = {}): Promise<Res<T>> {
  const headers: Record<string, string> = { ...(o.token ? { authorization: `Bearer ${o.token}` } : {}), ...o.headers };
  let body: string | undefined = o.raw;
  if (o.body !== undefined) {
    body = JSON.stringify(o.body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(base + path, { method, headers, ...(body !== undefined ? { body } : {}) });
  const text = await res.text();
  let parsed: unknown = text;
  if (/json/.test(res.headers.get('content-type') ?? '')) parsed = JSON.parse(text);
  return { status: res.status, headers: res.headers, body: parsed as T, text };
}

export const api = (server: { url: string }, token?: string) => ({
  get: <T = any>(path: string, headers?: Record<string, string>) => call<T>(server.url, 'GET', path, { ...(token ? { token } : {}), ...(headers ? { headers } : {}) }),
  send: <T = any>(method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
    call<T>(server.url, method, path, { ...(token ? { token } : {}), ...(body !== undefined ? { body } : {}), ...(headers ? { headers } : {}) }),
});

export const TOKENS = { employee: 'demo-employee', manager: 'demo-manager', 'people-lead': 'demo-lead', auditor: 'demo-auditor' } as const;

/** Asserts the RFC 9457 shape every error of the API has. */
export function isProblem(r: Res): boolean {
  const b = r.body as Record<string, unknown>;
  return /application\/problem\+json/.test(r.headers.get('content-type') ?? '') && typeof b?.type === 'string' && typeof b.title === 'string' && b.status === r.status;
}
