/**
 * The server's security edges on a real loopback server (issue 9, "Security"): the token is checked before
 * anything else.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { auth, json, startServer, type Running } from './server-helpers.ts';

let s: Running;
before(async () => {
  s = await startServer({ bodyLimit: 64 * 1024 });
});
after(async () => {
  await s?.close();
});

async function problemOf(res: Response, status: number) {
  assert.equal(res.status, status, `expected ${status}, got ${res.status}`);
  assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
  const p = await json(res);
  assert.equal(p.status, status);
  return p;
}

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

  it('an unknown write route is still 404; POSTed measures (reads) need no token', async () => {
    await problemOf(await fetch(`${s.base}/api/events/e1`, { method: 'DELETE' }), 404);
    const r = await send('/api/measures/balance?focal=KAZ', JSON.stringify({ vectors: 'x' }), 'application/json');
    assert.equal(r.status, 400, 'a measure validates its body without a token');
  });
});

