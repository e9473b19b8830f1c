/**
 * Each report's source is stored on its event row (schema version 7, src/store/_source.ts) so coverage needs no
 * document join or URL match at query time. On both engines: every write path fills it (documents with URLs on
 * several hosts, a document without URL, a document reported twice, GDELT rows with source URLs, an ICEWS row,
 * a review edit, a reviewed report kept when its document comes back from another host); a database of version 6
 * (the new columns dropped) migrates and gives the same figures; and the integrity check notices a stored source
 * that disagrees with its document.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { balance, dyad } from '../../src/analytics/index.ts';
import type { EventType } from '../../src/model/event.ts';
import { Db } from '../../src/store/duckdb/_db.ts';
import { contentHash, eventId } from '../../src/store/ids.ts';
import type { Grouping } from '../../src/store/measures.ts';
import { openStore, type DocumentWithEvents, type NewEvent, type Store } from '../../src/store/store.ts';
import { freshDatabase, withPostgres } from './_pg.ts';

function ev(doc: string, sentence: number, type: EventType, actor: string[], recipient: string[], extra: Partial<NewEvent> = {}): NewEvent {
  const base = {
    doc, sentence, text: `sentence ${sentence} of ${doc}`, event_type: type, mode: null, context: [], actor, recipient,
    date: '2024-05-10', location: null, value: null, cameo: null, origin: 'coded' as const, ...extra,
  };
  return { ...base, id: extra.id ?? eventId(base) };
}

function doc(id: string, url: string | null, source: string | null, events: NewEvent[]): DocumentWithEvents {
  return { doc: { id, title: id, url, date: '2024-05-12', lang: 'en', content_hash: contentHash(`${id} ${url}`), source }, events };
}

/** Reports of a few happenings on several hosts, files and origins, in three months. */
function documents(): DocumentWithEvents[] {
  const talks = (d: string, s: number, date = '2024-05-10') => ev(d, s, 'CONSULT', ['KAZ'], ['CHN'], { date });
  return [
    doc('a', 'https://www.astanatimes.example/a', 'feed.jsonl:1', [talks('a', 0), ev('a', 1, 'AGREE', ['KAZ'], ['RUS'], { date: '2024-04-02' })]),
    doc('b', 'http://user@Kz.Reuters.example:8080/b?x=1', 'feed.jsonl:2', [talks('b', 0, '2024-05-11'), ev('b', 1, 'AID', ['CHN'], ['KAZ'], { date: '2024-03' })]),
    doc('c', null, 'notes/c.txt:7', [talks('c', 0, '2024-05-10'), ev('c', 1, 'ACCUSE', ['RUS'], ['KAZ'], { date: '2024-04-20' })]),
    doc('d', 'not a url', null, [ev('d', 0, 'SUPPORT', ['KAZ'], ['DEU'], { date: '2024-03-15' })]),
  ];
}

function imported(): NewEvent[] {
  return [
    ev('gdelt:1', 0, 'CONSULT', ['KAZ'], ['CHN'], { id: 'gdelt:1', origin: 'gdelt', source_url: 'https://www.Tass.example/x', date: '2024-05-10', goldstein: 1 }),
    ev('gdelt:2', 0, 'CONSULT', ['KAZ'], ['CHN'], { id: 'gdelt:2', origin: 'gdelt', source_url: 'https://tass.example/y', date: '2024-05-12', goldstein: 1 }),
    ev('gdelt:3', 0, 'SANCTION', ['USA'], ['KAZ'], { id: 'gdelt:3', origin: 'gdelt', source_url: null, date: '2024-04-01', goldstein: -4 }),
    ev('icews:9', 0, 'COOPERATE', ['KAZ'], ['RUS'], { id: 'icews:9', origin: 'icews', date: '2024-03-30' }),
  ];
}

const GROUPING: Grouping = { members: [{ code: 'CHN', group: 'east' }, { code: 'RUS', group: 'east' }, { code: 'DEU', group: 'west' }], rest: 'rest' };

/** Every figure the stored sources feed, for happenings and for reports. */
async function figures(store: Store): Promise<unknown> {
  const q = store.measures();
  const out: Record<string, unknown> = {};
  for (const unit of ['happenings', 'reports'] as const) {
    const filter = { unit };
    out[`balance ${unit}`] = await balance(q, 'KAZ', { granularity: 'month', filter });
    out[`dyad ${unit}`] = await dyad(q, 'KAZ', 'CHN', { granularity: 'month', filter });
    for (const granularity of [null, 'month', 'quarter'] as const) {
      out[`coverage ${unit} ${granularity}`] = await q.coverage({ focal: 'KAZ', filter, granularity, grouping: GROUPING });
      out[`coverage in ${unit} ${granularity}`] = await q.coverage({ focal: 'KAZ', filter, granularity, direction: 'in' });
    }
  }
  return out;
}

/** The window's sources and documents as the balance reports them. */
async function windowCoverage(store: Store): Promise<{ documents: number; sources: number }> {
  const rows = await store.measures().coverage({ focal: 'KAZ', filter: { unit: 'reports' }, granularity: null });
  const all = rows.find((r) => r.scope === 'all' && r.dating === 'total');
  return { documents: all?.documents ?? 0, sources: all?.sources ?? 0 };
}

interface Engine {
  open(): Promise<{ store: Store; sql(q: string): Promise<void>; reopen(): Promise<Store>; cleanup(): Promise<void> }>;
  /** Statements that take a database back to schema version 6. */
  toVersion6: string[];
}

const duck: Engine = {
  async open() {
    const dir = mkdtempSync(join(tmpdir(), 'mv-sources-'));
    const path = join(dir, 's.duckdb');
    let store = await openStore({ path });
    return {
      get store() { return store; },
      async sql(q) {
        await store.close();
        const db = await Db.open(path);
        try { await db.run(q); } finally { db.close(); }
        store = await openStore({ path });
      },
      async reopen() {
        await store.close();
        store = await openStore({ path });
        return store;
      },
      async cleanup() {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
  toVersion6: ['ALTER TABLE events DROP COLUMN source', 'ALTER TABLE event_party DROP COLUMN doc',
    'ALTER TABLE event_party DROP COLUMN source', 'ALTER TABLE documents DROP COLUMN unread',
    'ALTER TABLE documents DROP COLUMN unread_text', 'DELETE FROM schema_version WHERE version >= 7'],
};

const postgres: Engine = {
  async open() {
    const db = await freshDatabase();
    let store = await openStore({ path: db.url });
    const run = async (q: string) => {
      const c = new pg.Client({ connectionString: db.url });
      await c.connect();
      try { await c.query(q); } finally { await c.end(); }
    };
    return {
      get store() { return store; },
      async sql(q) {
        await store.close();
        await run(q);
        store = await openStore({ path: db.url });
      },
      async reopen() {
        await store.close();
        store = await openStore({ path: db.url });
        return store;
      },
      async cleanup() {
        await store.close();
        await db.drop();
      },
    };
  },
  toVersion6: ['ALTER TABLE events DROP COLUMN source', 'ALTER TABLE documents DROP COLUMN unread',
    'ALTER TABLE documents DROP COLUMN unread_text', 'DELETE FROM schema_version WHERE version >= 7'],
};

function suite(name: string, engine: Engine): void {
  describe(`stored sources (${name})`, () => {
    let e: Awaited<ReturnType<Engine['open']>>;
    before(async () => {
      e = await engine.open();
      await e.store.putDocuments(documents());
      await e.store.importEvents(imported());
      // A review edit writes its event again: it keeps its source.
      const edited = (await e.store.queryEvents({ country: 'DEU' }, { limit: 10 }))[0]!;
      await e.store.queries().review(edited.id, { action: 'edit', changes: { date: '2024-03-16' }, who: 'test' });
    });
    after(async () => e?.cleanup());

    it('every write path stores the source the document gives, and the integrity check agrees', async () => {
      assert.deepEqual(await e.store.checkIntegrity(), []);
      // Hosts (lower-case, no www., no user or port), the input file without its line, the origin: 7 sources in all
      // (astanatimes, kz.reuters, notes/c.txt, d's origin "coded", tass, gdelt, icews) over 4 documents and 4 dataset rows.
      assert.deepEqual(await windowCoverage(e.store), { documents: 8, sources: 7 });
    });

    it('a reviewed report kept when its document comes back from another host takes the new source', async () => {
      const kept = (await e.store.queryEvents({ country: 'RUS', types: ['ACCUSE'] }, { limit: 1 }))[0]!;
      await e.store.setReviewStatus(kept.id, 'confirmed', 'test');
      const before = await windowCoverage(e.store);
      // Document c again, changed, now with a URL on a host already counted: one source fewer.
      await e.store.putDocuments([doc('c', 'https://astanatimes.example/c2', 'notes/c.txt:7',
        [ev('c', 0, 'CONSULT', ['KAZ'], ['CHN'], { date: '2024-05-10', text: 'changed' })])]);
      assert.deepEqual(await e.store.checkIntegrity(), []);
      assert.deepEqual(await windowCoverage(e.store), { documents: before.documents, sources: before.sources - 1 });
    });

    it('a database of schema version 6 migrates: the sources are filled and every figure is the same', async () => {
      const want = await figures(e.store);
      for (const q of engine.toVersion6) await e.sql(q);
      const store = await e.reopen();
      assert.equal((await store.stats()).schemaVersion, 9);
      assert.deepEqual(await store.checkIntegrity(), []);
      assert.deepEqual(await figures(store), want);
    });

    it('the integrity check notices a stored source that is not what the document says', async () => {
      await e.sql(`UPDATE events SET source = 'elsewhere.example' WHERE origin = 'gdelt' AND source_url IS NULL`);
      const problems = await e.store.checkIntegrity();
      assert.ok(problems.includes('source:gdelt:3'), problems.join(', '));
    });
  });
}

suite('duckdb', duck);
withPostgres('stored sources (postgres)', () => suite('postgres', postgres));
