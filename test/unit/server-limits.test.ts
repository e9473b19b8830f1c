/**
 * The server's edges on a real loopback server: rate limits for reads and writes, CORS only for the configured
 * origin, the dashboard's static files with the SPA fallback, and the write token kept beside the database.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseTokens, resolveTokens } from '../../src/server/index.ts';
import { auth, json, startServer } from './server-helpers.ts';

describe('rate limits', () => {
  it('reads over the limit get 429 problem+json with retry headers', async () => {
    const s = await startServer({ rateLimit: { readLoopback: 3, timeWindow: 60_000 } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) codes.push((await fetch(`${s.base}/api/health`)).status);
      assert.deepEqual(codes, [200, 200, 200, 429]);
      const r = await fetch(`${s.base}/api/health`);
      assert.equal(r.status, 429);
      assert.match(r.headers.get('content-type') ?? '', /application\/problem\+json/);
      assert.ok(Number(r.headers.get('retry-after')) > 0);
      assert.match((await json(r)).detail, /rate limit/);
    } finally {
      await s.close();
    }
  });

  it('writes have their own, stricter limit', async () => {
    const s = await startServer({ rateLimit: { write: 2, timeWindow: 60_000 } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 3; i++) {
        codes.push((await fetch(`${s.base}/api/events/e1/review`, {
          method: 'POST', body: JSON.stringify({ action: 'confirm' }), headers: { 'content-type': 'application/json', ...auth() },
        })).status);
      }
      assert.deepEqual(codes, [200, 200, 429]);
      assert.equal((await fetch(`${s.base}/api/health`)).status, 200, 'reads are not affected');
    } finally {
      await s.close();
    }
  });
});

describe('CORS', () => {
  it('only the configured origin gets CORS headers, and its preflight is answered', async () => {
    const s = await startServer({ cors: 'http://localhost:5173' });
    try {
      const ok = await fetch(`${s.base}/api/health`, { headers: { origin: 'http://localhost:5173' } });
      assert.equal(ok.headers.get('access-control-allow-origin'), 'http://localhost:5173');
      const other = await fetch(`${s.base}/api/health`, { headers: { origin: 'http://evil.example' } });
      assert.equal(other.headers.get('access-control-allow-origin'), null);
      const pre = await fetch(`${s.base}/api/events/e1/review`, {
        method: 'OPTIONS', headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
      });
      assert.equal(pre.status, 204);
      assert.match(pre.headers.get('access-control-allow-headers') ?? '', /authorization/);
    } finally {
      await s.close();
    }
  });
});

describe('dashboard files', () => {
  it('serves web/dist with the SPA fallback for non-API paths', async () => {
    const web = mkdtempSync(join(tmpdir(), 'mv-web-'));
    mkdirSync(join(web, 'assets'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>dash</title><script type="module" src="/assets/app.js"></script>');
    writeFileSync(join(web, 'assets', 'app.js'), 'console.log(1);');
    const s = await startServer({ webRoot: web });
    try {
      const home = await fetch(`${s.base}/`);
      assert.match(await home.text(), /<title>dash<\/title>/);
      const js = await fetch(`${s.base}/assets/app.js`);
      assert.match(js.headers.get('content-type') ?? '', /javascript/);
      const deep = await fetch(`${s.base}/dyad/KAZ/CHN?from=2024`, { headers: { accept: 'text/html' } });
      assert.equal(deep.status, 200);
      assert.match(await deep.text(), /<title>dash<\/title>/);
      assert.equal((await fetch(`${s.base}/assets/missing.js`)).status, 404);
      const api = await fetch(`${s.base}/api/missing`, { headers: { accept: 'text/html' } });
      assert.equal(api.status, 404);
      assert.match(api.headers.get('content-type') ?? '', /problem\+json/);
    } finally {
      await s.close();
      rmSync(web, { recursive: true, force: true });
    }
  });
});

describe('tokens', () => {
  it('generated once beside the database (mode 0600), then read back; MULTIVECTOR_TOKEN wins', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mv-token-'));
    try {
      const db = join(dir, 'x.duckdb');
      const first = resolveTokens(db, {});
      assert.equal(first.source, 'generated');
      assert.equal(statSync(`${db}.token`).mode & 0o777, 0o600);
      const second = resolveTokens(db, {});
      assert.deepEqual([second.source, second.tokens[0]!.token], ['file', first.tokens[0]!.token]);
      const env = resolveTokens(db, { MULTIVECTOR_TOKEN: 'from-the-environment-123' });
      assert.deepEqual([env.source, env.tokens[0]!.token, env.tokens[0]!.name], ['env', 'from-the-environment-123', 'analyst']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const cases: Array<[string, Array<{ name: string; token: string }> | RegExp]> = [
    ['alice:0123456789abcdef0,bob:fedcba98765432100', [{ name: 'alice', token: '0123456789abcdef0' }, { name: 'bob', token: 'fedcba98765432100' }]],
    ['short', /at least 16/],
    [' , ', /empty/],
  ];
  for (const [spec, want] of cases) {
    it(`parseTokens(${JSON.stringify(spec)})`, () => {
      if (want instanceof RegExp) assert.throws(() => parseTokens(spec), want);
      else assert.deepEqual(parseTokens(spec), want);
    });
  }
});
