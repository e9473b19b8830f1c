/**
 * Paths with long ids reach their routes (a document's id is often its URL, percent-encoded in the path: the router
 * left ids past 100 characters unrouted), an id past the schema's bound is a 400 naming the field, and a path no
 * route takes gets the not-found problem or the dashboard, never the file system's 403 "Forbidden".
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ev, json, problemOf, startServer, type Running } from './server-helpers.ts';

const DOC = 'https://news.example/2024/05/10/kazakhstan-and-china-sign-an-agreement-on-trade-and-transport-corridors?utm_source=rss&utm_medium=feed';
const EVENT = `plover:${'4f'.repeat(70)}`;

describe('long ids and paths no route takes', () => {
  let s: Running;
  const web = mkdtempSync(join(tmpdir(), 'mv-paths-web-'));
  before(async () => {
    // A dashboard to fall back to, of its own files.
    mkdirSync(join(web, 'assets'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>dashboard</title>');
    writeFileSync(join(web, 'assets', 'app.js'), 'console.log(1)');
    s = await startServer({ webRoot: web });
    await s.store.putDocuments([{
      doc: { id: DOC, title: 'Long id', url: DOC, date: '2024-05-10', lang: 'en', content_hash: 'long', source: 'test' },
      events: [ev(EVENT, DOC, 'AGREE', ['KAZ'], ['CHN'], '2024-05-10', { text: 'Kazakhstan and China signed an agreement.' })],
    }]);
  });
  after(async () => {
    await s.close();
    rmSync(web, { recursive: true, force: true });
  });

  it('a document whose id is a long URL, and an event with a long id, are found by their paths', async () => {
    assert.ok(encodeURIComponent(DOC).length > 150);
    const doc = await fetch(`${s.base}/api/documents/${encodeURIComponent(DOC)}`);
    assert.equal(doc.status, 200);
    assert.equal((await json(doc)).document.id, DOC);
    const e = await fetch(`${s.base}/api/events/${encodeURIComponent(EVENT)}`);
    assert.equal(e.status, 200);
    assert.equal((await json(e)).event.id, EVENT);
  });

  it('an id past the bound is a 400 naming the field, in a few kilobytes', async () => {
    const res = await fetch(`${s.base}/api/events/${'a'.repeat(5000)}`);
    const p = await problemOf(res, 400);
    assert.match(p.detail, /params\.id/);
    assert.ok(JSON.stringify(p).length < 4096);
  });

  it('a long path no route takes is the not-found problem under /api, and the dashboard elsewhere', async () => {
    await problemOf(await fetch(`${s.base}/api/${'b'.repeat(5000)}`), 404);
    const page = await fetch(`${s.base}/${'b'.repeat(5000)}`, { headers: { accept: 'text/html' } });
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<title>dashboard<\/title>/);
    assert.equal(await (await fetch(`${s.base}/assets/app.js`)).text(), 'console.log(1)');
    await problemOf(await fetch(`${s.base}/assets/${'c'.repeat(5000)}.js`), 404);
  });
});
