/** Settings from the environment, with the defaults `pnpm start` uses. */
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface Config {
  host: string;
  port: number;
  dataDir: string;
  dbFile: string;
  seedData: string;
  corsOrigins: string[];
  staticDir: string;
  openapiFile: string;
  logLevel: 'info' | 'silent';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = resolve(env.EVIDENT_DATA_DIR ?? join(REPO_ROOT, '.data'));
  return {
    host: env.HOST ?? '127.0.0.1',
    port: Number(env.PORT ?? 8787),
    dataDir,
    dbFile: join(dataDir, 'evident.sqlite'),
    seedData: resolve(env.EVIDENT_SEED_DATA ?? join(REPO_ROOT, 'data')),
    corsOrigins: (env.EVIDENT_CORS_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    staticDir: resolve(env.EVIDENT_STATIC_DIR ?? join(REPO_ROOT, 'docs/demo')),
    openapiFile: join(REPO_ROOT, 'docs/openapi.json'),
    logLevel: env.EVIDENT_LOG === 'silent' ? 'silent' : 'info',
  };
}
