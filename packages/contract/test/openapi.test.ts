import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { buildOpenApi } from '../src/openapi.js';
import { endpoints, pathParamNames, requests, routes } from '../src/index.js';

const checkedIn = JSON.parse(readFileSync(new URL('../../../docs/openapi.json', import.meta.url), 'utf8')) as Record<string, unknown>;
type Operation = { operationId: string; parameters: { name: string; in: string }[]; requestBody?: unknown; responses: Record<string, unknown> };
const operations = (doc: Record<string, unknown>): Operation[] =>
  Object.values(doc.paths as Record<string, Record<string, Operation>>).flatMap((byMethod) => Object.values(byMethod));

describe('docs/openapi.json', () => {
  it('is what the route table generates (run `pnpm openapi` after changing the contract)', () => {
    assert.deepEqual(checkedIn, buildOpenApi());
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(checkedIn));
    assert.equal(validator.version, '3.1');
    assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2));
  });

  it('has one operation per route, with its path parameters, body, success status and problem responses', () => {
    const ops = new Map(operations(checkedIn).map((op) => [op.operationId, op]));
    assert.equal(ops.size, Object.keys(routes).length);
    for (const [name, route] of Object.entries(routes)) {
      const op = ops.get(name);
      assert.ok(op, `missing operation ${name}`);
      const pathParams = op.parameters.filter((p) => p.in === 'path').map((p) => p.name);
      assert.deepEqual(pathParams, pathParamNames(route.path), name);
      assert.equal(Boolean(op.requestBody), 'body' in route, `${name} request body`);
      assert.ok(op.responses[String('status' in route ? route.status : 200)], `${name} success status`);
      assert.ok(op.responses['400'] && op.responses['404'], `${name} problem responses`);
      if ('ifMatch' in route) assert.ok(op.parameters.some((p) => p.name === 'If-Match') && op.responses['412'], `${name} If-Match`);
    }
  });
});

describe('route table', () => {
  it('gives every endpoint its request schemas and access, and every path parameter a schema', () => {
    assert.deepEqual(Object.keys(requests).sort(), Object.keys(endpoints).sort());
    for (const [name, route] of Object.entries(routes)) {
      const declared = 'params' in route ? Object.keys(route.params.shape) : [];
      assert.deepEqual(declared, pathParamNames(route.path), name);
      if ('ifMatch' in route) assert.ok(declared.includes(route.ifMatch.param), `${name}: If-Match names a path parameter`);
      assert.ok(route.access.length > 0, `${name}: someone may call it`);
    }
  });

  it('lets auditors read but never write', () => {
    for (const [name, route] of Object.entries(routes)) {
      if (route.method !== 'GET') assert.ok(!(route.access as readonly string[]).includes('auditor'), name);
    }
  });

  it('pages every list route with cursor and limit', () => {
    for (const [name, route] of Object.entries(routes)) {
      if (!('paged' in route)) continue;
      assert.ok('query' in route && 'cursor' in route.query.shape && 'limit' in route.query.shape, name);
    }
  });

  it('has no two routes on one method and path', () => {
    const seen = Object.values(routes).map((r) => `${r.method} ${r.path}`);
    assert.equal(new Set(seen).size, seen.length);
  });
});
