/**
 * The server's security edges on a real loopback server (issue 9, "Security"): the token is checked before
 * anything else; the Host header is checked against an allow-list (DNS rebinding); token hygiene (printed
 * once, private files, never echoed).
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { InputError } from '../../src/errors.ts';
import { parseAllowedHosts, resolveTokens } from '../../src/server/index.ts';
import { hostName } from '../../src/server/_hosts.ts';
import { auth, fixtureStore, json, problemOf, startServer, TOKEN, type Running } from './server-helpers.ts';

let s: Running;
before(async () => {
  s = await startServer({ bodyLimit: 64 * 1024 });
});
after(async () => {
  await s?.close();
});


const send = (path: string, body: string, contentType: string, headers: Record<string, string> = {}) =>
  fetch(s.base + path, { method: 'POST', body, headers: { 'content-type': contentType, ...headers } });

describe('authentication before anything else', () => {
  const bodies: Array<[string, string, string, string]> = [
    ['malformed JSON', '/api/ingest', '{"text":', 'application/json'],
    ['a body failing the schema', '/api/events/e1/review', '{"action":"explode","extra":1}', 'application/json'],
    ['an unsupported media type', '/api/ingest', '<doc/>', 'application/xml'],
    ['an oversized body', '/api/ingest', 'x'.repeat(64 * 1024 + 10), 'text/plain'],
    ['an empty text', '/api/ingest', '', 'text/plain'],
  ];
  for (const [what, path, body, type] of bodies) {
    it(`an anonymous write with ${what} is 401, and the answer says nothing of the body`, async () => {
      const p = await problemOf(await send(path, body, type), 401);
      assert.match(p.detail, /Bearer/);
      assert.equal(p.errors, undefined);
    });
    it(`a wrong token with ${what} is 403`, async () => {
      await problemOf(await send(path, body, type, { authorization: 'Bearer wrong-token-000000000000' }), 403);
    });
  }

  it('with the token, the same bodies get their own errors', async () => {
    await problemOf(await send('/api/ingest', '{"text":', 'application/json', auth()), 400);
    await problemOf(await send('/api/ingest', '<doc/>', 'application/xml', auth()), 415);
    await problemOf(await send('/api/ingest', 'x'.repeat(64 * 1024 + 10), 'text/plain', auth()), 413);
  });

  it('token guessing counts against the write rate limit', async () => {
    const limited = await startServer({ rateLimit: { write: 2, timeWindow: 60_000 } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) {
        codes.push((await fetch(`${limited.base}/api/ingest`, { method: 'POST', body: 'x', headers: { 'content-type': 'text/plain', authorization: 'Bearer guess-000000000000000' } })).status);
      }
      assert.deepEqual(codes, [403, 403, 429, 429]);
    } finally {
      await limited.close();
    }
  });

  it('an unknown write route is still 404; POSTed measures (reads) need no token', async () => {
    await problemOf(await fetch(`${s.base}/api/events/e1`, { method: 'DELETE' }), 404);
    const r = await send('/api/measures/balance?focal=KAZ', JSON.stringify({ vectors: 'x' }), 'application/json');
    assert.equal(r.status, 400, 'a measure validates its body without a token');
  });
});

/** A GET with any Host header (fetch would set its own). */
function getWithHost(base: string, path: string, host: string | null): Promise<{ status: number; type: string; body: string }> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: url.pathname + url.search, method: 'GET', setHost: false, headers: host === null ? {} : { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('Host header allow-list (DNS rebinding)', () => {
  it('loopback names and the connection\'s own address are served, with or without a port', async () => {
    const port = new URL(s.base).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, 'LOCALHOST', `[::1]:${port}`, 'localhost.']) {
      assert.equal((await getWithHost(s.base, '/api/health', host)).status, 200, host);
    }
  });

  it('any other name is a 421 problem+json, for the API and the dashboard alike', async () => {
    for (const host of ['evil.example', 'evil.example:80', 'localhost.evil.example', '127.0.0.1.nip.io', 'x'.repeat(5000), '']) {
      for (const path of ['/api/health', '/', '/api/events?country=KAZ']) {
        const r = await getWithHost(s.base, path, host);
        assert.equal(r.status, 421, `${host.slice(0, 40)} ${path}`);
        assert.match(r.type, /^application\/problem\+json/);
        assert.ok(r.body.length < 2000, 'the echoed host is truncated');
      }
    }
  });

  it('a request without a Host header is refused', async () => {
    // Node's HTTP parser answers 400 itself; either way the request is not served.
    assert.ok([400, 421].includes((await getWithHost(s.base, '/api/health', null)).status));
  });

  it('--allowed-hosts adds names, "*" allows any; the bound name is allowed', async () => {
    const more = await startServer({ allowedHosts: parseAllowedHosts('observatory.example.org, 192.168.1.5') });
    const any = await startServer({ allowedHosts: ['*'] });
    const named = await startServer({ host: 'box.lan' });
    try {
      assert.equal((await getWithHost(more.base, '/api/health', 'Observatory.example.org:8080')).status, 200);
      assert.equal((await getWithHost(more.base, '/api/health', '192.168.1.5')).status, 200);
      assert.equal((await getWithHost(more.base, '/api/health', 'localhost')).status, 200, 'loopback names stay allowed');
      assert.equal((await getWithHost(more.base, '/api/health', 'evil.example')).status, 421);
      assert.equal((await getWithHost(any.base, '/api/health', 'evil.example')).status, 200);
      assert.equal((await getWithHost(named.base, '/api/health', 'box.lan:8080')).status, 200);
      assert.equal((await getWithHost(named.base, '/api/health', 'evil.example')).status, 421);
    } finally {
      await Promise.all([more.close(), any.close(), named.close()]);
    }
  });

  it('host names are parsed strictly', () => {
    assert.deepEqual(['Example.ORG:8080', '[::1]:80', '::1', 'a b', 'x/y', 'h:99999999'].map(hostName),
      ['example.org', '[::1]', '[::1]', null, null, null]);
    assert.deepEqual(parseAllowedHosts('a.example, *'), ['a.example', '*']);
    assert.throws(() => parseAllowedHosts('ok.example,http://bad/'), /not a host name/);
  });
});

const bin = resolve(import.meta.dirname, '../../bin/multivector');

/** `serve` on a free port until it has printed its banner; its stdout and exit code. */
function serveOnce(db: string, env: Record<string, string> = {}): Promise<{ out: string; err: string; code: number | null }> {
  return new Promise((done, fail) => {
    const env2 = { ...process.env, ...env };
    delete env2.MULTIVECTOR_TOKEN;
    const p = spawn(bin, ['serve', '--db', db, '--port', '0', '--no-examples'], { env: { ...env2, ...env } });
    let out = '';
    let err = '';
    const timer = setTimeout(() => p.kill('SIGKILL'), 60_000);
    p.stdout.setEncoding('utf8').on('data', (c: string) => {
      out += c;
      if (out.includes('Ctrl-C')) p.kill('SIGTERM');
    });
    p.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
    p.on('error', fail);
    p.on('close', (code) => {
      clearTimeout(timer);
      done({ out, err, code });
    });
  });
}

describe('token hygiene', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'mv-hygiene-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('serve prints the token when it generates it, and never again', async () => {
    const db = join(dir, 'served.duckdb');
    const first = await serveOnce(db);
    const token = /write token: (\S+) \(new/.exec(first.out)?.[1];
    assert.ok(token && token.length >= 16, first.out + first.err);
    const second = await serveOnce(db);
    assert.match(second.out, /write token: in .*served\.duckdb\.token \(not shown\)/);
    assert.ok(!second.out.includes(token) && !second.err.includes(token), 'the token is not printed on a later start');
    assert.equal(statSync(db).mode & 0o777, 0o600, 'the database serve created is private');
  });

  it('a token file others can read is refused, with a clear error and exit code 2', async () => {
    const db = join(dir, 'open.duckdb');
    writeFileSync(`${db}.token`, 'an-old-token-0123456789\n');
    chmodSync(`${db}.token`, 0o644);
    assert.throws(() => resolveTokens(db, {}), (e: unknown) => e instanceof InputError && /chmod 600/.test(e.message) && e.where.file === `${db}.token`);
    const r = await serveOnce(db);
    assert.equal(r.code, 2);
    assert.match(r.err, /token file is open to other users \(mode 0644\).*chmod 600/);
    assert.ok(!r.out.includes('an-old-token') && !r.err.includes('an-old-token'));
    chmodSync(`${db}.token`, 0o640);
    assert.throws(() => resolveTokens(db, {}), /mode 0640/);
    chmodSync(`${db}.token`, 0o600);
    assert.equal(resolveTokens(db, {}).tokens[0]!.token, 'an-old-token-0123456789');
  });

  it('a new database and its write-ahead log are created 0600; the umask comes back on close', () => {
    // In a child process: this one holds the suite's database open, and with it the private umask.
    const db = join(dir, 'new.duckdb');
    const code = `
      import { existsSync, statSync } from 'node:fs';
      import { openStore } from ${JSON.stringify(resolve(import.meta.dirname, '../../src/store/store.ts'))};
      process.umask(0o022);
      const db = ${JSON.stringify(db)};
      const mode = (f) => existsSync(f) ? (statSync(f).mode & 0o777).toString(8) : null;
      const store = await openStore({ path: db });
      await store.putDocuments([{ doc: { id: 'x', title: null, url: null, date: null, lang: null, content_hash: 'hx', source: 't' },
        events: [] }]);
      const seen = { db: mode(db), wal: mode(db + '.wal') };
      await store.close();
      console.log(JSON.stringify({ ...seen, umask: process.umask(0o022).toString(8) }));`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.status, 0, r.stderr);
    const got = JSON.parse(r.stdout.trim().split('\n').pop()!);
    assert.equal(got.db, '600');
    assert.ok(got.wal === null || got.wal === '600', `wal ${got.wal}`);
    assert.equal(got.umask, '22', 'the umask is restored');
  });

  it('token files and the default database are ignored by git', (t) => {
    const r = spawnSync('git', ['check-ignore', '--no-index', 'x.token', 'data/my.duckdb.token', 'multivector.duckdb', 'multivector.duckdb.wal', 'multivector.duckdb.token'],
      { cwd: resolve(import.meta.dirname, '../..'), encoding: 'utf8' });
    if (r.error) return t.skip('git is not available');
    assert.deepEqual(r.stdout.trim().split('\n'), ['x.token', 'data/my.duckdb.token', 'multivector.duckdb', 'multivector.duckdb.wal', 'multivector.duckdb.token']);
  });

  it('a token in a query string is never echoed in a response or a log line', async () => {
    const secret = 'SECRET-in-the-url-0123456789';
    const bodies = await Promise.all([
      fetch(`${s.base}/api/missing?token=${secret}`),
      fetch(`${s.base}/api/ingest?access_token=${secret}`, { method: 'POST', body: 'x', headers: { 'content-type': 'text/plain' } }),
      fetch(`${s.base}/api/events?from=nonsense&api_key=${secret}`),
      fetch(`${s.base}/api/events/e1/review?Token=${secret}`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json', authorization: 'Bearer wrong-token-000000000000' } }),
    ].map(async (p) => {
      const r = await p;
      return `${r.status} ${await r.text()}`;
    }));
    for (const b of bodies) {
      assert.ok(!b.includes(secret), b);
      assert.match(b, /REDACTED/);
    }
    // An unexpected error is logged with the request's URL: redacted too.
    const store = await fixtureStore(mkdtempSync(join(dir, 'boom-')));
    const broken = new Proxy(store, { get: (o, k) => (k === 'getEvent' ? () => Promise.reject(new Error('boom')) : Reflect.get(o, k)) });
    const b = await startServer({ store: broken });
    const lines: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    }) as typeof process.stderr.write;
    try {
      const r = await fetch(`${b.base}/api/events/e1?token=${secret}`);
      assert.equal(r.status, 500);
      assert.ok(!(await r.text()).includes(secret));
    } finally {
      process.stderr.write = write;
      await b.close();
    }
    assert.ok(lines.some((l) => l.includes('token=REDACTED')), lines.join(''));
    assert.ok(!lines.join('').includes(secret));
  });
});

describe('bounded responses', () => {
  const MAX = 4096;
  const bytes = (t: string) => Buffer.byteLength(t);

  it('a list parameter over 50 values or 1000 characters is one clear 400', async () => {
    const many = Array.from({ length: 60 }, (_, i) => `T${i}`).join(',');
    for (const q of [`types=${many}`, `country=KAZ&origins=${'coded,'.repeat(300)}`, Array.from({ length: 60 }, (_, i) => `type=X${i}`).join('&')]) {
      const p = await problemOf(await fetch(`${s.base}/api/events?${q}`), 400);
      assert.match(p.detail, /at most 50 values and 1000 characters/);
      assert.equal(p.errors.length, 1, 'one issue, not one per value');
    }
    const focal = Array.from({ length: 25 }, () => 'KAZ').map((c, i) => `${c}${i}`).join(',');
    assert.match((await problemOf(await fetch(`${s.base}/api/measures/compare?focal=${focal}`), 400)).detail, /at most 20 values/);
    assert.equal((await fetch(`${s.base}/api/events?types=agree,AGREE,consult`)).status, 200, 'short lists still work');
  });

  it('vector sets are capped in vectors and members', async () => {
    const post = (body: unknown) => fetch(`${s.base}/api/measures/balance?focal=KAZ`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
    const vectors = Array.from({ length: 51 }, (_, i) => ({ id: `v${i}`, label: `V${i}` }));
    assert.match((await problemOf(await post({ name: 'x', vectors }), 400)).detail, /at most 50 vectors/);
    const members = Array.from({ length: 501 }, (_, i) => `C${i}`);
    assert.match((await problemOf(await post({ name: 'x', vectors: [{ id: 'a', label: 'A', members }] }), 400)).detail, /at most 500 members/);
  });

  it(`error bodies stay under ${MAX} bytes whatever the request`, async () => {
    const huge = 'x'.repeat(8000);
    const responses = [
      await fetch(`${s.base}/api/events?from=${huge}`),
      await fetch(`${s.base}/api/events?from=${'\u{1F600}'.repeat(2000)}&to=${'\u0001'.repeat(3000)}`),
      await fetch(`${s.base}/api/events?types=${Array.from({ length: 50 }, (_, i) => `BAD${i}`).join(',')}`),
      await fetch(`${s.base}/api/measures/balance?focal=KAZ`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'x', vectors: Array.from({ length: 50 }, (_, i) => ({ id: `BAD ${i}`, label: '', members: Array.from({ length: 400 }, () => '!!') })) }),
      }),
      await fetch(`${s.base}/api/events/e1/review`, {
        method: 'POST', headers: { 'content-type': 'application/json', ...auth() },
        body: JSON.stringify({ action: 'edit', changes: { actor: Array.from({ length: 20 }, () => huge), context: Array.from({ length: 20 }, () => huge), mode: huge } }),
      }),
      await fetch(`${s.base}/api/missing/${'y'.repeat(3000)}?${'z'.repeat(6000)}`),
    ];
    for (const r of responses) {
      assert.ok(r.status >= 400 && r.status < 500, String(r.status));
      assert.match(r.headers.get('content-type') ?? '', /problem\+json/);
      const text = await r.text();
      assert.ok(bytes(text) <= MAX, `${bytes(text)} bytes: ${text.slice(0, 200)}`);
      JSON.parse(text);
    }
  });

  it('an ingest with many bad lines lists the first hundred and counts the rest', async () => {
    const good = JSON.stringify({ id: 'bounded-1', text: 'Kazakhstan and China signed an agreement in Astana on 3 March 2024.' });
    const bad = Array.from({ length: 500 }, (_, i) => `{"id": "b${i}", "text": ${JSON.stringify('q'.repeat(60))}`).join('\n');
    const r = await fetch(`${s.base}/api/ingest`, { method: 'POST', body: `${good}\n${bad}\n`, headers: { 'content-type': 'application/x-ndjson', ...auth() } });
    assert.equal(r.status, 200);
    const text = await r.text();
    const body = JSON.parse(text);
    assert.equal(body.problems.length, 100);
    assert.equal(body.more_problems, 400);
    assert.ok(body.problems.every((p: { message: string }) => p.message.length <= 301));
    assert.ok(bytes(text) < 100_000);
  });
});
