/**
 * No engine text over HTTP (issue 9, "Clear errors instead of engine text"): values the database cannot take are
 * refused at the edge with a problem naming the parameter, paths that cannot be decoded are problems too, and a
 * statement that fails anyway says so in one sentence; the database is unchanged by every refused write.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { auth, problemOf, startServer, type Running } from './server-helpers.ts';

/** What the engine or the runtime says, which must never reach a caller. */
const ENGINE_TEXT = /Conversion Error|Binder Error|Parser Error|Constraint Error|Invalid Input Error|out of int64|INSERT |SELECT |LINE \d|duckdb|\n\s+at |FST_ERR/i;

describe('no engine text over HTTP', () => {
  let s: Running;
  before(async () => {
    s = await startServer();
  });
  after(async () => s.close());

  const GETS: [string, number, string | RegExp][] = [
    // Path segments that are not UTF-8 once decoded: Fastify's own JSON before.
    ['/api/events/%ED%A0%80', 400, /URL is not valid/],
    ['/api/happenings/%ED%A0%80', 400, /URL is not valid/],
    ['/api/documents/%C0', 400, /URL is not valid/],
    // A brief over a window whose previous period would start before year 1000: "-007999" before.
    ['/api/brief/data?focal=KAZ&from=1000&to=9998', 400, 'from'],
    ['/api/brief?focal=KAZ&from=1000&to=9998&format=md', 400, 'from'],
    ['/api/events?to=9999', 400, 'query.to'],
  ];
  for (const [path, status, named] of GETS) {
    it(`GET ${path}: ${status}, problem+json naming ${named}`, async () => {
      const res = await fetch(`${s.base}${path}`);
      const text = await res.clone().text();
      const p = await problemOf(res, status);
      assert.doesNotMatch(text, ENGINE_TEXT);
      const where = `${p.detail} ${JSON.stringify(p.errors ?? [])}`;
      if (typeof named === 'string') assert.ok(where.includes(named), where);
      else assert.match(where, named);
    });
  }

  const REVIEWS: [string, unknown, string][] = [
    // "bigint out of int64 range" from the engine, as a 500, before.
    ['an amount beyond int64', { action: 'edit', changes: { value: { amount: 1e300, currency: 'USD' } } }, 'body.changes.value.amount'],
    ['a negative amount beyond int64', { action: 'edit', changes: { value: { amount: -(2 ** 63), currency: 'USD' } } }, 'body.changes.value.amount'],
    // "Conversion Error: Malformed JSON … no low surrogate" from the engine, as a 500, before.
    ['a lone surrogate in the note', { action: 'confirm', note: 'ok \ud800' }, 'body.note'],
    ['a lone surrogate in the mode', { action: 'edit', changes: { mode: '\udc00' } }, 'body.changes.mode'],
    ['a lone surrogate in a context', { action: 'edit', changes: { context: ['economic', '\ud800x'] } }, 'body.changes.context.1'],
  ];
  for (const [what, body, field] of REVIEWS) {
    it(`a review with ${what}: 400 naming ${field}, the event unchanged`, async () => {
      const before = await s.store.getEvent('e1');
      const logBefore = await s.store.reviewLog('e1');
      const res = await fetch(`${s.base}/api/events/e1/review`, { method: 'POST', headers: { ...auth(), 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const text = await res.clone().text();
      const p = await problemOf(res, 400);
      assert.doesNotMatch(text, ENGINE_TEXT);
      assert.ok(p.errors.some((e: { field: string }) => e.field === field), text);
      assert.deepEqual(await s.store.getEvent('e1'), before);
      assert.deepEqual(await s.store.reviewLog('e1'), logBefore);
      assert.deepEqual(await s.store.checkIntegrity(), []);
    });
  }

  it('the largest storable amount is still taken', async () => {
    const res = await fetch(`${s.base}/api/events/e2/review`, {
      method: 'POST', headers: { ...auth(), 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'edit', changes: { value: { amount: 9e18, currency: 'USD' } } }),
    });
    assert.equal(res.status, 200, await res.text());
  });

  it('health still answers after all of them', async () => {
    assert.equal((await fetch(`${s.base}/api/health`)).status, 200);
  });
});
