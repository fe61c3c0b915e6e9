/** @evident/server: the reference implementation of the Evident API, for embedding and for tests. */
export { createApp, jsonLogger, silentLogger, type AppOptions, type Logger } from './app.js';
export { startServer, type RunningServer, type StartOptions } from './server.js';
export { openDatabase, migrate } from './db/connect.js';
export type { Database, Db } from './db/schema.js';
export { anyOf, type Claims, type TokenVerifier } from './auth/verifier.js';
export { staticTokenVerifier, issueStaticToken } from './auth/static-tokens.js';
export { jwtVerifier, type JwtOptions } from './auth/jwt.js';
export { verifyChain, hashEvent } from './evidence/chain.js';
export { parseNice } from './import/nice.js';
export { parseFt } from './import/ft.js';
export { applyImport, ImportError, type ImportPlan } from './import/plan.js';
export { seedIfEmpty, DEMO_TOKENS } from './seed/index.js';
