/**
 * The whole route table: each endpoint joined with its request schemas and access.
 * Server and OpenAPI generator use this; browser code uses `endpoints` alone.
 */
import { endpoints, type Endpoints, type RouteName } from './endpoints.js';
import { requests, type Requests } from './requests.js';

export type Routes = { [K in RouteName]: Endpoints[K] & Requests[K] };

export const routes = Object.fromEntries(
  (Object.keys(endpoints) as RouteName[]).map((name) => [name, { ...endpoints[name], ...requests[name] }]),
) as Routes;

export type { RouteName };
