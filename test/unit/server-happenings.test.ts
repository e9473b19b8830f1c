/**
 * Happenings through the surfaces: GET /api/happenings(/:id), an event's happening id in the events API, the
 * `unit` option of the measures on the API and the CLI (the same numbers from both), on a real server on
 * loopback over a real DuckDB file.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openStore } from '../../src/store/store.ts';
import { ev, json, problemOf, startServer, type Running } from './server-helpers.ts';

const bin = new URL('../../bin/multivector', import.meta.url).pathname;
const doc = (id: string, date: string) => ({ id, title: id, url: `https://example.org/${id}`, date, lang: 'en', content_hash: id, source: 'test' });
// One visit to Beijing reported by two documents; one deal reported once.
const STORE_DOCS = [
  { doc: doc('p1', '2024-01-11'), events: [ev('v1', 'p1', 'CONSULT', ['KAZ'], ['CHN'], '2024-01-10', { mode: 'visit' })] },
  {
    doc: doc('p2', '2024-01-12'), events: [
      ev('v2', 'p2', 'CONSULT', ['KAZ'], ['CHN'], '2024-01-11', { mode: 'visit' }),
      ev('a1', 'p2', 'AGREE', ['KAZ'], ['CHN'], '2024-01-11'),
    ],
  },
];

let s: Running;
let open = false;
const dbDir = mkdtempSync(join(tmpdir(), 'mv-happ-api-'));
const dbPath = join(dbDir, 'h.duckdb');
const stop = async () => {
  if (open) await s.close();
  open = false;
};
before(async () => {
  const store = await openStore({ path: dbPath });
  await store.putDocuments(STORE_DOCS);
  s = await startServer({ store });
  open = true;
});
after(async () => {
  await stop();
  rmSync(dbDir, { recursive: true, force: true });
});

describe('happenings on the API', () => {
  it('lists happenings with their reports, and one by id', async () => {
    const list = await json(await fetch(`${s.base}/api/happenings?country=KAZ&min_reports=2`));
    assert.equal(list.total, 1);
    const [h] = list.happenings;
    assert.deepEqual([h.id, h.date, h.reports.map((r: { id: string }) => r.id), h.first_reported, h.last_reported],
      ['v1', '2024-01-10', ['v1', 'v2'], '2024-01-11', '2024-01-12']);
    assert.deepEqual(h.sources, ['https://example.org/p1', 'https://example.org/p2']);
    assert.equal((await json(await fetch(`${s.base}/api/happenings?country=KAZ`))).total, 2);
    assert.deepEqual((await json(await fetch(`${s.base}/api/happenings/v1`))).happening, h);
    await problemOf(await fetch(`${s.base}/api/happenings/v2`), 404);
    await problemOf(await fetch(`${s.base}/api/happenings?min_reports=0`), 400);
  });

  it('shows an event\'s happening id', async () => {
    const { event } = await json(await fetch(`${s.base}/api/events/v2`));
    assert.equal(event.happening, 'v1');
  });

  it('counts happenings by default and reports with unit=reports, as the CLI does', async () => {
    const api = async (q: string) => (await json(await fetch(`${s.base}/api/measures/partners?focal=KAZ${q}`))).partners[0].events;
    assert.deepEqual([await api(''), await api('&unit=happenings'), await api('&unit=reports')], [2, 2, 3]);
    await problemOf(await fetch(`${s.base}/api/measures/partners?focal=KAZ&unit=stories`), 400);
    const cli = (unit: string) => {
      const r = spawnSync(bin, ['partners', 'KAZ', '--db', dbPath, '--format', 'json', '--unit', unit], { encoding: 'utf8', timeout: 60_000 });
      assert.equal(r.status, 0, r.stderr);
      return JSON.parse(r.stdout).partners[0].events;
    };
    // The server holds the database open; the CLI reads it only once the server has closed it.
    await stop();
    assert.deepEqual([cli('happenings'), cli('reports')], [2, 3]);
    const bad = spawnSync(bin, ['partners', 'KAZ', '--db', dbPath, '--unit', 'stories'], { encoding: 'utf8', timeout: 60_000 });
    assert.notEqual(bad.status, 0);
    assert.match(bad.stderr, /"stories" is not a unit/);
  });
});
