/**
 * POST /api/import/{dataset}: the token before the body, the body streamed to a private temporary file within
 * the import limit and removed afterwards, the same importer and counts as `multivector import`.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { auth, json, problemOf, startServer, type Running } from './server-helpers.ts';

// A temporary folder of this test's own, to see that nothing is left in it.
const scratch = mkdtempSync(join(tmpdir(), 'mv-import-test-'));
process.env.TMPDIR = scratch;

const PLOVER = [
  JSON.stringify({ id: 'p1', date: '2024-03-05', actor: [{ code: 'KAZ' }], recipient: [{ code: 'CHN' }], event: ['CONSULT'], mode: ['visit'] }),
  '{not json',
  JSON.stringify({ id: 'p2', date: '2024-04-01', event: 'AGREE', actor: ['KAZ'], recipient: ['UZB'] }),
].join('\n') + '\n';
const GDELT_ZIP = readFileSync(join(import.meta.dirname, '../fixtures/store/gdelt2-sample.zip'));

describe('POST /api/import/{dataset}', () => {
  let s: Running;
  const post = (path: string, body: BodyInit, headers: Record<string, string> = {}) =>
    fetch(`${s.base}/api/import/${path}`, { method: 'POST', body, headers: { 'content-type': 'application/octet-stream', ...headers } });
  before(async () => { s = await startServer({ importLimit: 64 * 1024 }); });
  after(async () => {
    await s.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('imports a file with the importer\'s counts and names it as given; a second time adds nothing', async () => {
    const res = await post('plover?name=mine.jsonl', PLOVER, auth());
    assert.equal(res.status, 200);
    const r = await json(res);
    assert.deepEqual([r.file, r.rows, r.added, r.duplicates, r.malformed], ['mine.jsonl', 3, 2, 0, 1]);
    assert.equal(r.problems[0].line, 2);
    assert.doesNotMatch(JSON.stringify(r), /multivector-\d+-import-/, 'problems name the file as given, not the temporary copy');
    assert.equal((await json(await post('plover', PLOVER, auth()))).duplicates, 2);
    const ev = await json(await fetch(`${s.base}/api/events/plover:p1`));
    assert.equal(ev.event.event_type, 'CONSULT');
  });

  it('takes a zipped GDELT file as it is', async () => {
    const res = await post('gdelt?name=sample.zip', GDELT_ZIP, auth());
    assert.equal(res.status, 200, await res.clone().text());
    assert.ok((await json(res)).rows > 0);
  });

  const refused: Array<[string, () => Promise<Response>, number]> = [
    ['no token, whatever the body (even over the limit)', () => post('plover', Buffer.alloc(200 * 1024)), 401],
    ['a wrong token', () => post('plover', PLOVER, auth('wrong-token-0123456789')), 403],
    ['an unknown dataset', () => post('cameo', PLOVER, auth()), 400],
    ['a file over the import limit', () => post('plover', Buffer.alloc(200 * 1024, 0x20), auth()), 413],
    ['a file that is no dataset', () => post('gdelt?name=x.txt', 'hello\n', auth()), 400],
  ];
  for (const [what, send, status] of refused) {
    it(`refuses ${what} with ${status} problem+json`, async () => {
      const p = await problemOf(await send(), status);
      assert.doesNotMatch(JSON.stringify(p), /multivector-\d+-import-|\/tmp\//, 'no temporary path in the answer');
    });
  }

  it('leaves no temporary file behind', () => {
    assert.deepEqual(readdirSync(scratch).filter((f) => f.startsWith('multivector-')), []);
  });
});
