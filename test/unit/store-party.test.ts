/**
 * The participation table (event_party) on a real DuckDB file: it must agree with events after every write
 * path (ingest, re-ingest of a changed document, dataset import, review, compaction), a v1 database must
 * migrate with its events backfilled, and the integrity check must notice when the two disagree.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { importFile } from '../../src/import/index.ts';
import { Db } from '../../src/store/duckdb/_db.ts';
import { contentHash, eventId } from '../../src/store/ids.ts';
import { openStore, type DocumentWithEvents, type EventFilter, type NewEvent, type Store } from '../../src/store/store.ts';
import type { EventType } from '../../src/model/event.ts';

const FIX = new URL('../fixtures/store/', import.meta.url).pathname;
let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'mv-party-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

function ev(doc: string, sentence: number, type: EventType, actor: string[], recipient: string[], date: string | null = '2024-05-10'): NewEvent {
  const base = { doc, sentence, text: `s${sentence}`, event_type: type, mode: null, context: [], actor, recipient, date,
    location: null, value: null, cameo: null, origin: 'coded' as const };
  return { ...base, id: eventId(base) };
}
const docWith = (id: string, text: string, events: NewEvent[]): DocumentWithEvents => ({
  doc: { id, title: id, url: null, date: '2024-05-10', lang: 'en', content_hash: contentHash(text), source: null }, events,
});

/** The same filters answered through event_party (country given) must match a plain scan of all events. */
async function assertFocalQueriesAgree(store: Store): Promise<void> {
  const all = await store.queryEvents({}, { limit: 100000 });
  const cases: EventFilter[] = [
    { country: 'KAZ' }, { country: 'CHN', partner: 'KAZ' }, { country: 'KAZ', partner: 'KAZ' },
    { partner: 'RUS' }, { country: 'USA', from: '2015' }, { country: 'KAZ', types: ['CONSULT'], reviewStatuses: ['auto'] },
  ];
  for (const f of cases) {
    const codes = [f.country, f.partner].filter((c): c is string => !!c);
    const expected = all.filter((e) => codes.every((c) => e.actor.includes(c) || e.recipient.includes(c)) &&
      (!f.types || f.types.includes(e.event_type)) && (!f.reviewStatuses || f.reviewStatuses.includes(e.review_status)) &&
      (!f.from || (e.date !== null && e.date >= f.from)));
    assert.deepEqual((await store.queryEvents(f, { limit: 100000 })).map((e) => e.id), expected.map((e) => e.id), JSON.stringify(f));
    assert.equal(await store.countEvents(f), expected.length, JSON.stringify(f));
    const page = await store.queryEvents(f, { limit: 2, offset: 1 });
    assert.deepEqual(page.map((e) => e.id), expected.slice(1, 3).map((e) => e.id), `page of ${JSON.stringify(f)}`);
  }
}

describe('event_party stays consistent with events', () => {
  it('after ingest, re-ingest of a changed document, import, review and compaction', async () => {
    const path = join(dir, 'consistent.duckdb');
    const store = await openStore({ path });
    try {
      const keep = ev('d1', 0, 'CONSULT', ['KAZ', 'CHN'], []);
      const drop = ev('d1', 1, 'AGREE', ['KAZ'], ['RUS', 'KAZ']);
      const gone = ev('d1', 2, 'ACCUSE', ['USA'], ['RUS'], null);
      await store.putDocuments([docWith('d1', 'v1', [keep, drop, gone]), docWith('d2', 'x', [ev('d2', 0, 'SUPPORT', ['CHN'], ['KAZ'], '2023')])]);
      assert.deepEqual(await store.checkIntegrity(), [], 'after ingest');

      await store.setReviewStatus(keep.id, 'confirmed', 't');
      await store.setReviewStatus(gone.id, 'rejected', 't');
      assert.deepEqual(await store.checkIntegrity(), [], 'after review');
      assert.equal(await store.countEvents({ country: 'KAZ', reviewStatuses: ['confirmed'] }), 1);

      const fresh = ev('d1', 3, 'COOPERATE', ['KAZ'], ['UZB']);
      const [out] = await store.putDocuments([docWith('d1', 'v2', [keep, fresh])]);
      assert.equal(out?.status, 'replaced');
      assert.deepEqual(await store.checkIntegrity(), [], 'after re-ingest of a changed document');
      assert.equal(await store.countEvents({ country: 'KAZ', partner: 'RUS' }), 0, 'the dropped event left event_party');

      await importFile(store, 'gdelt', join(FIX, 'gdelt2-sample.CSV'));
      await importFile(store, 'icews', join(FIX, 'icews-sample.tab'));
      await store.importEvents([{ ...ev('p1', 0, 'CONSULT', ['RUS'], ['KAZ'], '2024-02'), id: 'plover:p1', origin: 'plover' }]);
      assert.deepEqual(await store.checkIntegrity(), [], 'after import');
      await assertFocalQueriesAgree(store);

      await store.compact();
      assert.deepEqual(await store.checkIntegrity(), [], 'after compaction');
      await assertFocalQueriesAgree(store);
    } finally {
      await store.close();
    }
  });

  it('the integrity check reports an event whose party rows disagree', async () => {
    const path = join(dir, 'broken.duckdb');
    let store = await openStore({ path });
    const e = ev('d1', 0, 'CONSULT', ['KAZ'], ['CHN']);
    await store.putDocuments([docWith('d1', 't', [e])]);
    await store.close();
    const db = await Db.open(path);
    await db.run(`UPDATE event_party SET review_status = 'confirmed' WHERE code = 'CHN'`);
    db.close();
    store = await openStore({ path });
    try {
      // The coverage aggregate, derived from the party rows, no longer agrees with them either (its block key).
      assert.deepEqual(await store.checkIntegrity(), [`event_party:${e.id}`, 'coverage:coded|CONSULT||KAZ>CHN']);
    } finally {
      await store.close();
    }
  });

  it('a version 1 database migrates: its events get their party rows', async () => {
    const path = join(dir, 'v1.duckdb');
    let store = await openStore({ path });
    await store.putDocuments([docWith('d1', 't', [ev('d1', 0, 'CONSULT', ['KAZ'], ['CHN']), ev('d1', 1, 'AID', ['CHN'], ['KGZ'])])]);
    await importFile(store, 'gdelt', join(FIX, 'gdelt2-sample.CSV'));
    await store.close();
    // Back to what version 1 had: no event_party, no store_meta.
    const db = await Db.open(path);
    await db.run('DROP TABLE event_party');
    await db.run('DROP TABLE store_meta');
    await db.run('ALTER TABLE events DROP COLUMN confidence');
    await db.run('ALTER TABLE events DROP COLUMN date_flag');
    for (const c of ['hkey', 'happening', 'h_rep', 'source']) await db.run(`ALTER TABLE events DROP COLUMN ${c}`);
    for (const t of ['source_status', 'imported_files', 'alerts']) await db.run(`DROP TABLE ${t}`);
    for (const c of ['unread', 'unread_text']) await db.run(`ALTER TABLE documents DROP COLUMN ${c}`);
    await db.run('DELETE FROM schema_version WHERE version >= 2');
    db.close();
    store = await openStore({ path });
    try {
      assert.ok((await store.stats()).schemaVersion >= 2);
      assert.deepEqual(await store.checkIntegrity(), []);
      assert.equal(await store.countEvents({ country: 'CHN' }), 2);
      await assertFocalQueriesAgree(store);
    } finally {
      await store.close();
    }
  });
});
