/**
 * @evident/contract: the one API contract of Evident. zod schemas of the domain and the
 * route table that drives the SDK, the server's validation and the OpenAPI document.
 */
export * from './primitives.js';
export * from './domain/people.js';
export * from './domain/frameworks.js';
export * from './domain/reviews.js';
export * from './domain/plans.js';
export * from './domain/calibrations.js';
export * from './domain/evidence.js';
export * from './domain/reports.js';
export * from './inputs/query.js';
export * from './inputs/frameworks.js';
export * from './inputs/reviews.js';
export * from './inputs/plans.js';
export * from './inputs/calibrations.js';
export * from './inputs/reports.js';
export * from './route.js';
export * from './endpoints.js';
export * from './requests.js';
export * from './routes.js';
export * from './route-docs.js';
export * from './paths.js';
