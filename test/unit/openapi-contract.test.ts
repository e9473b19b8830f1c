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
import { apiTypes, TYPES_FILE } from '../../scripts/openapi-types.ts';
import { startServer, type Running } from './server-helpers.ts';

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

  it('web/src/_openapi.ts is the types of the served document (npm run openapi:types)', async () => {
    assert.equal(readFileSync(TYPES_FILE, 'utf8'), await apiTypes(doc), 'web/src/_openapi.ts is out of date: run `npm run openapi:types`');
  });

  it('the dashboard\'s API client type-checks against those types', { timeout: 120_000 }, () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'web/tsconfig.json'), '--noEmit'], { encoding: 'utf8' });
    assert.equal(r.status, 0, `tsc -p web:\n${r.stdout}${r.stderr}`);
  });
});
