/**
 * The API contract: /api/openapi.json passes Redocly's recommended rules with no errors or warnings, documents
 * the bearer token on exactly the operations that demand it (checked against the server's answers), and the
 * dashboard's API client type-checks against the types generated from it (web/src/_openapi.ts, kept current).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { apiTypes, schemasText, TYPES_FILE } from '../../scripts/openapi-types.ts';
import { SCHEMAS_FILE } from '../../scripts/_response-schemas.ts';
import { auth, startServer, type Running } from './server-helpers.ts';

const VECTORS = readFileSync(join(import.meta.dirname, '../../data/vectors/default.json'), 'utf8');
const ICEWS = readFileSync(join(import.meta.dirname, '../fixtures/store/icews-sample.tab'), 'utf8');
const measure = (m: string, q = 'focal=KAZ') => [
  [`get /api/measures/${m}`, { path: `/api/measures/${m}?${q}` }],
  [`post /api/measures/${m}`, { path: `/api/measures/${m}?${q}`, body: VECTORS, type: 'application/json' }],
] as const;

interface Call { path: string; body?: string; type?: string; token?: boolean }

/**
 * A request each operation answers with success, on the fixture store. Happening ids are the fixture's event ids
 * (a happening is named by its representative report). Order matters: the writes come last.
 */
const SUCCESS: Array<readonly [string, Call]> = [
  ['get /api/health', { path: '/api/health' }],
  ['get /api/entities', { path: '/api/entities?kind=state' }],
  ['get /api/documents', { path: '/api/documents' }],
  ['get /api/documents/{id}', { path: '/api/documents/d1' }],
  ['get /api/events', { path: '/api/events?country=KAZ&sort=confidence' }],
  ['get /api/events/{id}', { path: '/api/events/e1' }],
  ['get /api/happenings', { path: '/api/happenings' }],
  ['get /api/happenings/{id}', { path: '/api/happenings/e5' }],
  ['get /api/stats', { path: '/api/stats' }],
  ['get /api/sources', { path: '/api/sources' }],
  ['get /api/export', { path: '/api/export?format=csv' }],
  ['get /api/brief', { path: '/api/brief?focal=KAZ&format=md' }],
  ['get /api/brief/data', { path: '/api/brief/data?focal=KAZ&partner=CHN&from=2023-06&to=2024-03' }],
  ...['balance', 'partners', 'visits', 'deals', 'brokerage', 'convening', 'headline'].flatMap((m) => measure(m)).filter(([k]) => !/post .*(visits|deals|brokerage|convening)/.test(k)),
  ...measure('dyad', 'focal=KAZ&partner=CHN&by=quarter').slice(0, 1),
  ...measure('compare', 'focal=KAZ,RUS'),
  ['post /api/events/{id}/review', { path: '/api/events/e2/review', body: JSON.stringify({ action: 'edit', changes: { mode: 'loan' }, note: 'checked' }), type: 'application/json', token: true }],
  ['post /api/ingest', { path: '/api/ingest', body: JSON.stringify({ id: 'contract', date: '2024-03-05', text: 'President Tokayev met Xi Jinping in Astana on Monday.' }), type: 'application/json', token: true }],
  ['post /api/import/{dataset}', { path: '/api/import/icews?name=sample.tab', body: ICEWS, type: 'application/octet-stream', token: true }],
];

const ROOT = join(import.meta.dirname, '../..');

describe('the OpenAPI document', () => {
  let s: Running;
  let text: string;
  let doc: any;
  before(async () => {
    s = await startServer();
    const res = await fetch(`${s.base}/api/openapi.json`);
    assert.equal(res.status, 200);
    text = await res.text();
    doc = JSON.parse(text);
  });
  after(async () => s.close());

  const operations = () => Object.entries<any>(doc.paths).flatMap(([path, ops]) =>
    Object.entries<any>(ops).map(([method, op]) => ({ path, method, op })));

  it('passes redocly lint (recommended rules) with no errors and no warnings', async () => {
    const problems = await lintFromString({ source: text, absoluteRef: 'openapi.json', config: await createConfig({ extends: ['recommended'] }) });
    const shown = problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? '?'}`);
    assert.deepEqual(shown, []);
  });

  it('has servers, a license, a unique operationId per operation and problem+json error responses', () => {
    assert.ok(doc.servers?.length >= 1);
    assert.equal(doc.info.license.identifier, 'MIT');
    const ids = operations().map(({ op }) => op.operationId);
    assert.ok(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z0-9]+$/.test(id)), ids.join(' '));
    assert.equal(new Set(ids).size, ids.length, 'operationIds are unique');
    for (const { path, method, op } of operations()) {
      const statuses = Object.keys(op.responses);
      for (const st of ['400', '429']) assert.ok(statuses.includes(st), `${method} ${path} documents ${st}`);
      if (path.includes('{id}')) assert.ok(statuses.includes('404'), `${method} ${path} documents 404`);
      if (op.requestBody) for (const st of ['413', '415']) assert.ok(statuses.includes(st), `${method} ${path} documents ${st}`);
      for (const st of statuses.filter((x) => x.startsWith('4'))) {
        const ref = op.responses[st].$ref as string;
        const r = doc.components.responses[ref.split('/').pop()!];
        assert.deepEqual(r.content['application/problem+json'].schema, { $ref: '#/components/schemas/Problem' });
      }
    }
  });

  it('documents the bearer token on exactly the operations that answer 401 without it', async () => {
    assert.deepEqual(doc.components.securitySchemes.bearer, { type: 'http', scheme: 'bearer' });
    const secured: string[] = [];
    for (const { path, method, op } of operations()) {
      const url = `${s.base}${path.replace(/\{(\w+)\}/g, 'e1')}${path.includes('measures') || path.startsWith('/api/brief') ? '?focal=KAZ' : ''}`;
      const res = await fetch(url, { method: method.toUpperCase(), headers: { 'content-type': 'application/json' }, ...(method === 'post' ? { body: '{}' } : {}) });
      await res.arrayBuffer();
      const documented = op.security.length > 0;
      if (documented) {
        secured.push(`${method} ${path}`);
        assert.deepEqual(op.security, [{ bearer: [] }]);
        assert.ok(Object.keys(op.responses).includes('401'));
      }
      assert.equal(res.status === 401, documented, `${method} ${path}: answered ${res.status}, documented ${documented ? 'with' : 'without'} a token`);
    }
    assert.deepEqual(secured.sort(), ['post /api/events/{id}/review', 'post /api/import/{dataset}', 'post /api/ingest']);
  });

  it('documents a success response on every operation, and every answer matches it', { timeout: 120_000 }, async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addSchema({ ...doc, $id: 'openapi.json' });
    const documented = operations().map(({ path, method }) => `${method} ${path}`).sort();
    assert.deepEqual(SUCCESS.map(([k]) => k).sort(), documented, 'every operation has a success request here');
    for (const [key, call] of SUCCESS) {
      const [method, path] = key.split(' ') as [string, string];
      const ok = doc.paths[path][method].responses['200'];
      assert.ok(ok?.content, `${key} documents its success response`);
      const res = await fetch(`${s.base}${call.path}`, {
        method: method.toUpperCase(),
        headers: { ...(call.type ? { 'content-type': call.type } : {}), ...(call.token ? auth() : {}) },
        ...(call.body ? { body: call.body } : {}),
      });
      const type = (res.headers.get('content-type') ?? '').split(';')[0]!;
      const body = await res.text();
      assert.equal(res.status, 200, `${key}: ${body.slice(0, 300)}`);
      assert.ok(Object.keys(ok.content).includes(type), `${key}: answered ${type}, documented ${Object.keys(ok.content).join(', ')}`);
      const schema = ok.content[type].schema;
      if (!schema.$ref) continue; // a download: its media type is the contract
      const validate = ajv.getSchema(`openapi.json${schema.$ref}`)!;
      const valid = validate(JSON.parse(body));
      assert.ok(valid, `${key} does not match ${schema.$ref}: ${ajv.errorsText(validate.errors, { separator: '\n  ' })}`);
    }
  });

  it('src/server/_responses.schema.json is the schemas of src/server/_responses.ts (npm run openapi:types)', { timeout: 120_000 }, () => {
    assert.equal(readFileSync(SCHEMAS_FILE, 'utf8'), schemasText(), 'src/server/_responses.schema.json is out of date: run `npm run openapi:types`');
  });

  it('web/src/_openapi.ts is the types of the served document (npm run openapi:types)', async () => {
    assert.equal(readFileSync(TYPES_FILE, 'utf8'), await apiTypes(doc), 'web/src/_openapi.ts is out of date: run `npm run openapi:types`');
  });

  it('the dashboard\'s API client type-checks against those types', { timeout: 120_000 }, () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'web/tsconfig.json'), '--noEmit'], { encoding: 'utf8' });
    assert.equal(r.status, 0, `tsc -p web:\n${r.stdout}${r.stderr}`);
  });
});
