/**
 * Happenings in the store, on a real DuckDB file: reports clustered across documents and within one, kept
 * idempotent by re-ingest and re-import, in step with reviews (a rejected report leaves its happening, an edited
 * one is re-clustered), listed with their reports, and counted once by the measures unless reports are asked for.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { importFile } from '../../src/import/index.ts';
import type { EventType } from '../../src/model/event.ts';
import { Db } from '../../src/store/duckdb/_db.ts';
import { contentHash, eventId } from '../../src/store/ids.ts';
import { openStore, type DocumentWithEvents, type NewEvent, type Store } from '../../src/store/store.ts';

const FIX = new URL('../fixtures/store/', import.meta.url).pathname;
let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'mv-happ-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

function ev(doc: string, sentence: number, type: EventType, actor: string[], recipient: string[], date: string | null,
  extra: Partial<NewEvent> = {}): NewEvent {
  const base = { doc, sentence, text: `${doc} s${sentence}`, event_type: type, mode: type === 'CONSULT' ? 'visit' : null, context: [],
    actor, recipient, date, location: null, value: null, cameo: null, origin: 'coded' as const, ...extra };
  return { ...base, id: eventId(base) };
}
const docWith = (id: string, date: string, text: string, events: NewEvent[]): DocumentWithEvents => ({
  doc: { id, title: id, url: `https://news.example/${id}`, date, lang: 'en', content_hash: contentHash(text), source: null }, events,
});

/** event id -> happening id, for comparing whole clusterings. */
async function clustering(store: Store): Promise<Record<string, string | null>> {
  const all = await store.queryEvents({}, { limit: 100000 });
  return Object.fromEntries(all.map((e) => [e.id, e.happening]).sort());
}
const happeningOf = async (store: Store, id: string) => (await store.getEvent(id))!.happening;
const volume = async (store: Store, unit?: 'reports') =>
  (await store.measures().volume({ focal: 'KAZ', filter: unit ? { unit } : {} }))[0]?.events ?? 0;

// Tokayev's visit to Moscow reported by two documents, twice by the first (two sentences), once by month only.
const visitA0 = ev('a', 0, 'CONSULT', ['KAZ'], ['RUS'], '2024-05-10');
const visitA3 = ev('a', 3, 'CONSULT', ['KAZ'], ['RUS'], '2024-05-11');
const visitB = ev('b', 1, 'CONSULT', ['KAZ'], ['RUS'], '2024-05');
// A joint signing, written with the signers in either order.
const signA = ev('a', 1, 'AGREE', ['KAZ', 'RUS'], [], '2024-05-10');
const signB = ev('b', 2, 'AGREE', ['RUS', 'KAZ'], [], '2024-05-10');
// The return visit: other direction, another happening.
const back = ev('b', 4, 'CONSULT', ['RUS'], ['KAZ'], '2024-05-11');
const batch = () => [docWith('a', '2024-05-12', 'text a', [visitA0, visitA3, signA]), docWith('b', '2024-06-01', 'text b', [visitB, signB, back])];

describe('happenings in the store (real DuckDB file)', () => {
  let store: Store;
  before(async () => {
    store = await openStore({ path: join(dir, 'h.duckdb') });
    await store.putDocuments(batch());
  });
  after(async () => {
    await store.close();
  });

  it('clusters reports across documents and within one; joint acts in any order; directions apart', async () => {
    const h = await happeningOf(store, visitA0.id);
    assert.equal(h, visitA0.id, 'the most precise, earliest report represents');
    assert.equal(await happeningOf(store, visitA3.id), h);
    assert.equal(await happeningOf(store, visitB.id), h);
    assert.equal(await happeningOf(store, signB.id), await happeningOf(store, signA.id));
    assert.notEqual(await happeningOf(store, back.id), h);
    assert.equal((await store.stats()).happenings, 3);
    assert.deepEqual(await store.checkIntegrity(), []);
  });

  it('lists a happening with its reports, sources and first/last report dates', async () => {
    const { total, happenings } = await store.queryHappenings({ country: 'KAZ', minReports: 2 }, { sort: 'reports' });
    assert.equal(total, 2);
    const visit = happenings[0]!;
    assert.deepEqual([visit.id, visit.date, visit.event_type, visit.reports.length], [visitA0.id, '2024-05-10', 'CONSULT', 3]);
    assert.deepEqual(visit.sources, ['https://news.example/a', 'https://news.example/b']);
    assert.deepEqual([visit.first_reported, visit.last_reported], ['2024-05-12', '2024-06-01']);
    assert.deepEqual(await store.getHappening(visit.id), visit);
    assert.equal(await store.getHappening(visitA3.id), null, 'a report that does not represent is no happening id');
  });

  it('measures count happenings by default and reports on request', async () => {
    assert.deepEqual([await volume(store), await volume(store, 'reports')], [3, 6]);
    const [dyad] = await store.measures().dyad({ focal: 'KAZ', partner: 'RUS', filter: { types: ['CONSULT'] } });
    assert.equal(dyad!.events, 2, 'the visit and the return visit');
    // One visit reported three times is one visit (issue 10: "one state visit reported by two documents counts twice").
    const visits = await store.measures().visits({ focal: 'KAZ', filter: {} });
    assert.deepEqual(visits.map((v) => [v.partner, v.direction, v.events]).sort(), [['RUS', 'in', 1], ['RUS', 'out', 1]]);
    const reported = await store.measures().visits({ focal: 'KAZ', filter: { unit: 'reports' } });
    assert.equal(reported.find((v) => v.direction === 'out')!.events, 3);
  });

  it('re-ingesting the same documents changes nothing; a changed document is re-clustered', async () => {
    const before = await clustering(store);
    const out = await store.putDocuments(batch());
    assert.deepEqual(out.map((o) => o.status), ['unchanged', 'unchanged']);
    assert.deepEqual(await clustering(store), before);
    // Document a now reports only its first sentence: the visit keeps two reports, the signing one.
    await store.putDocuments([docWith('a', '2024-05-12', 'text a, v2', [visitA0])]);
    assert.equal(await happeningOf(store, visitB.id), visitA0.id);
    assert.equal(await happeningOf(store, signB.id), signB.id);
    assert.deepEqual([await volume(store), await volume(store, 'reports')], [3, 4]);
    // Document a emptied: nothing is appended, yet document b's reports are re-clustered on their own.
    await store.putDocuments([docWith('a', '2024-05-12', 'text a, v3', [])]);
    assert.equal(await happeningOf(store, visitB.id), visitB.id);
    await store.putDocuments(batch());
    assert.deepEqual(await clustering(store), before, 'back to the first text, back to the first clustering');
    assert.deepEqual(await store.checkIntegrity(), []);
  });

  it('a rejected report leaves its happening (and the representative passes on); restored, it joins again', async () => {
    await store.setReviewStatus(visitA0.id, 'rejected', 'test');
    assert.equal(await happeningOf(store, visitA0.id), visitA0.id);
    assert.equal(await happeningOf(store, visitA3.id), visitA3.id, 'the next most precise report represents now');
    assert.equal(await happeningOf(store, visitB.id), visitA3.id);
    assert.deepEqual([await volume(store), await volume(store, 'reports')], [3, 5], 'the rejected report is out of both');
    assert.deepEqual(await store.checkIntegrity(), []);
    await store.setReviewStatus(visitA0.id, 'confirmed', 'test');
    assert.equal(await happeningOf(store, visitB.id), visitA0.id);
    assert.equal((await store.getEvent(visitA0.id))!.review_status, 'confirmed');
  });

  it('an edited report is re-clustered, and keeps its review', async () => {
    const q = store.queries();
    await q.review(visitA3.id, { action: 'edit', changes: { date: '2024-05-20' }, who: 'test' });
    assert.equal(await happeningOf(store, visitA3.id), visitA3.id, 'nine days later: a happening of its own');
    assert.equal(await happeningOf(store, visitA0.id), visitA0.id);
    await q.review(visitA3.id, { action: 'edit', changes: { date: '2024-05-09' }, who: 'test' });
    assert.equal(await happeningOf(store, visitA0.id), visitA3.id, 'now the earliest: it represents');
    assert.equal((await store.getEvent(visitA3.id))!.review_status, 'edited');
    assert.deepEqual(await store.checkIntegrity(), []);
  });

  it('a changed document keeps its reviewed reports in their happening', async () => {
    await store.putDocuments([docWith('a', '2024-05-12', 'text a, v4', [])]);
    const kept = await store.getEvent(visitA0.id);
    assert.equal(kept!.review_status, 'confirmed');
    assert.equal(kept!.doc_changed, true);
    assert.equal(await happeningOf(store, visitB.id), visitA3.id, 'the edited report still represents, reviewed ones stay');
    assert.equal(await happeningOf(store, visitA0.id), visitA3.id);
    assert.deepEqual(await store.checkIntegrity(), []);
  });
});

describe('happenings of a dataset import (real DuckDB file)', () => {
  it('clusters repeated GDELT rows, and importing the file again changes nothing', async () => {
    const store = await openStore({ path: join(dir, 'g.duckdb') });
    try {
      await importFile(store, 'gdelt', join(FIX, 'gdelt2-sample.CSV'));
      const first = await clustering(store);
      const s = await store.stats();
      assert.ok(s.happenings < s.events, `${s.happenings} happenings of ${s.events} events`);
      // The fixture's AUS -> NZL visit: two rows placed in Australia, two in New Zealand (GDELT's place), so two
      // happenings; the NZL -> AUS visit rows are another one.
      const { happenings } = await store.queryHappenings({ country: 'AUS', partner: 'NZL', types: ['CONSULT'] });
      assert.deepEqual(happenings.map((h) => [h.actor[0], h.location, h.reports.length]).sort(),
        [['AUS', 'AUS', 2], ['AUS', 'NZL', 2], ['NZL', 'AUS', 2]]);
      await importFile(store, 'gdelt', join(FIX, 'gdelt2-sample.CSV'));
      assert.deepEqual(await clustering(store), first);
      assert.equal((await store.stats()).happenings, s.happenings);
      assert.deepEqual(await store.checkIntegrity(), []);
    } finally {
      await store.close();
    }
  });
});

describe('a database of schema version 4', () => {
  it('is clustered when it migrates, even when it is first opened read-only', async () => {
    const path = join(dir, 'v4.duckdb');
    let store = await openStore({ path });
    await store.putDocuments(batch());
    const want = await clustering(store);
    await store.close();
    // Back to version 4: no happening columns.
    const db = await Db.open(path);
    for (const c of ['hkey', 'happening', 'h_rep']) await db.run(`ALTER TABLE events DROP COLUMN ${c}`);
    for (const c of ['happening', 'h_rep']) await db.run(`ALTER TABLE event_party DROP COLUMN ${c}`);
    // …and none of the tables and columns later migrations add.
    for (const t of ['source_status', 'imported_files', 'alerts']) await db.run(`DROP TABLE IF EXISTS ${t}`);
    await db.run('ALTER TABLE events DROP COLUMN source');
    for (const c of ['doc', 'source']) await db.run(`ALTER TABLE event_party DROP COLUMN ${c}`);
    await db.run('DELETE FROM schema_version WHERE version >= 5');
    db.close();
    store = await openStore({ path, readOnly: true });
    try {
      assert.ok((await store.stats()).schemaVersion >= 5);
      assert.deepEqual(await clustering(store), want);
      assert.equal((await store.stats()).happenings, 3);
      assert.deepEqual(await store.checkIntegrity(), []);
    } finally {
      await store.close();
    }
  });
});
