/**
 * Builds the OpenAPI 3.1 document from the route table, with zod's JSON Schema output.
 * Node-only (it is not part of the browser entry): `pnpm openapi` writes docs/openapi.json.
 */
import * as z from 'zod/mini';
import * as contract from './index.js';
import { routes } from './routes.js';
import type { RouteDef } from './route.js';
import { routeDocs } from './route-docs.js';
import type { RouteName } from './routes.js';

type Json = Record<string, unknown>;

/** Every exported schema becomes a named component, so operations share `$ref`s. */
function namedSchemas(): z.core.$ZodRegistry<{ id: string }> {
  const registry = z.registry<{ id: string }>();
  for (const [name, value] of Object.entries(contract)) {
    if (value instanceof z.core.$ZodType && /^[A-Z]/.test(name) && !registry.has(value)) registry.add(value, { id: name });
  }
  return registry;
}

export function buildOpenApi(): Json {
  const registry = namedSchemas();
  // Request bodies (io: input) and responses (io: output) may differ for one schema, so the
  // two are collected apart and an input one is suffixed `Input` only where it differs.
  const defs = { input: new Map<string, Json>(), output: new Map<string, Json>() };
  const IN = '#/components/schemas/~in~';

  const toSchema = (schema: z.ZodMiniType, io: 'input' | 'output'): Json => {
    const base = io === 'input' ? IN : '#/components/schemas/';
    // `uri` is honoured by zod at run time but missing from its single-schema parameter type.
    const options = { target: 'draft-2020-12', io, metadata: registry, unrepresentable: 'any', uri: (id: string) => base + id };
    // zod writes `#/$defs/X` for the references of an unnamed root; point them at the components.
    const raw = JSON.stringify(z.toJSONSchema(schema, options as z.core.ToJSONSchemaParams));
    const json = JSON.parse(raw.replaceAll('"#/$defs/', `"${base}`)) as Json;
    for (const [id, def] of Object.entries((json.$defs ?? {}) as Record<string, Json>)) defs[io].set(id, def);
    delete json.$defs;
    delete json.$schema;
    const own = registry.get(schema)?.id;
    if (!own) return json;
    defs[io].set(own, json);
    return { $ref: base + own };
  };

  /** Final names of the input components, then every `~in~` reference rewritten to them. */
  const resolveInputs = (doc: Json): Json => {
    const text = (j: unknown) => JSON.stringify(j);
    const names = new Map<string, string>();
    for (const [id, def] of defs.input) {
      const out = defs.output.get(id);
      names.set(id, !out || text(out) === text(def) ? id : `${id}Input`);
    }
    const schemas: Record<string, Json> = Object.fromEntries(defs.output);
    for (const [id, def] of defs.input) schemas[names.get(id)!] = def;
    const sorted = Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b)));
    const all = text({ ...doc, components: { ...(doc.components as Json), schemas: sorted } });
    return JSON.parse(all.replace(/"#\/components\/schemas\/~in~([\w]+)"/g, (_, id: string) => JSON.stringify(`#/components/schemas/${names.get(id)}`))) as Json;
  };

  const parameters = (schema: z.ZodMiniObject | undefined, where: 'path' | 'query'): Json[] => {
    if (!schema) return [];
    const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Json;
    const props = (json.properties ?? {}) as Record<string, Json>;
    const required = new Set((json.required ?? []) as string[]);
    return Object.entries(props).map(([name, s]) => ({ name, in: where, required: where === 'path' || required.has(name), schema: s }));
  };

  const problem = { description: 'Problem details (RFC 9457)', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };
  toSchema(contract.Problem, 'output');

  const paths: Record<string, Record<string, Json>> = {};
  for (const [operationId, r] of Object.entries(routes) as [RouteName, RouteDef][]) {
    const doc = routeDocs[operationId];
    const path = r.path.replace(/:(\w+)/g, '{$1}');
    const headers: Json[] = [];
    if (r.ifMatch) headers.push({ name: 'If-Match', in: 'header', required: true, description: `ETag of the ${r.ifMatch.resource} from the last read`, schema: { type: 'string' } });
    if (r.idempotent) headers.push({ name: 'Idempotency-Key', in: 'header', required: false, description: 'A replay with the same key returns the first response', schema: { type: 'string', maxLength: 200 } });
    const success = 'mediaType' in r.response
      ? { description: 'CSV, one row per record, with a header row', content: { [r.response.mediaType]: { schema: { type: 'string' } } } }
      : {
          description: doc.summary,
          ...(r.etag ? { headers: { ETag: { description: `Version of the ${r.etag}`, schema: { type: 'string' } } } } : {}),
          content: { 'application/json': { schema: toSchema(r.response, 'output') } },
        };
    const errors: Record<string, Json> = {};
    // Every route: bad input, no token, not allowed (403, within the tenant), not found (also any
    // other tenant's id); with a body, too large and wrong type; a reused Idempotency-Key with
    // another request is 422.
    const common = [400, 401, 403, 404, ...(r.body ? [413, 415] : []), ...(r.idempotent ? [422] : [])];
    for (const status of [...new Set([...common, ...(r.errors ?? [])])].sort()) errors[String(status)] = problem;
    paths[path] ??= {};
    paths[path][r.method.toLowerCase()] = {
      operationId,
      summary: doc.summary,
      tags: [doc.tag],
      'x-evident-access': r.access,
      parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query'), ...headers],
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(r.body, 'input') } } } } : {}),
      responses: { [String(r.status ?? 200)]: success, ...errors },
    };
  }

  return resolveInputs({
    openapi: '3.1.0',
    info: {
      title: 'Evident API',
      version: '1.0.0',
      description: 'Competency frameworks, reviews and development plans that double as ISO/IEC 27001 evidence. Generated from packages/contract; do not edit.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: 'http://127.0.0.1:8787' }],
    security: [{ bearer: [] }],
    tags: [...new Set(Object.values(routeDocs).map((d) => d.tag))].map((name) => ({ name })),
    paths,
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  });
}
