/** `pnpm start`: migrate, seed on first run, serve the API and the demo page. */
import { loadConfig } from './config.js';
import { jsonLogger, silentLogger } from './app.js';
import { startServer } from './server.js';
import { DEMO_TOKENS } from './seed/index.js';

const config = loadConfig();
const t0 = performance.now();
const server = await startServer({
  dbFile: config.dbFile, host: config.host, port: config.port, seedData: config.seedData,
  corsOrigins: config.corsOrigins, staticDir: config.staticDir, openapiFile: config.openapiFile, log: config.logLevel === 'silent' ? silentLogger : jsonLogger,
});

const lines = [
  '',
  `Evident reference server on ${server.url}`,
  `  demo page  ${server.url}/`,
  `  API        ${server.url}/v1  (OpenAPI: ${server.url}/openapi.json)`,
  `  data       ${config.dbFile}${server.seeded ? `  (seeded the demo tenants in ${Math.round(performance.now() - t0)} ms)` : ''}`,
  '  demo tokens (Authorization: Bearer <token>):',
  ...DEMO_TOKENS.map((t) => `    ${t.token.padEnd(16)} ${t.who}`),
  '',
];
process.stderr.write(`${lines.join('\n')}\n`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`${signal}: closing...\n`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    server.close().then(() => process.exit(0), (e) => { process.stderr.write(`${String(e)}\n`); process.exit(1); });
  });
}
