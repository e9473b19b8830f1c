/**
 * The Store contract, engine-independent: every engine runs this suite (see store-duckdb.test.ts).
 * `factory()` gives a fresh, empty store and a way to reopen the same database.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { InputError, StoreError } from '../../src/errors.ts';
import { toSpec, type EventType } from '../../src/model/event.ts';
import { BATCH_ROWS as DUCKDB_ROUND } from '../../src/store/duckdb/_happenings.ts';
import { clusterHappenings, happeningKey, isClusterable } from '../../src/store/happenings.ts';
import { contentHash, eventId } from '../../src/store/ids.ts';
import { BATCH_ROWS as POSTGRES_ROUND } from '../../src/store/postgres/_happenings.ts';
import type { DocumentWithEvents, EventFilter, NewEvent, Store } from '../../src/store/store.ts';

export interface EngineFixture {
  store: Store;
  /** Closes the current store and opens the same database again. */
  reopen(): Promise<Store>;
  /** A directory for export files. */
  dir: string;
  cleanup(): Promise<void>;
}

function ev(doc: string, sentence: number, type: EventType, actor: string[], recipient: string[], extra: Partial<NewEvent> = {}): NewEvent {
  const base = {
    doc, sentence, text: `sentence ${sentence} of ${doc}`, event_type: type, mode: null, context: [], actor, recipient,
    date: '2024-05-10', location: null, value: null, cameo: null, origin: 'coded' as const, ...extra,
  };
  return { ...base, id: extra.id ?? eventId(base) };
}

function docWith(id: string, text: string, events: NewEvent[]): DocumentWithEvents {
  return {
    doc: { id, title: `title ${id}`, url: `https://example.org/${id}`, date: '2024-05-10', lang: 'en', content_hash: contentHash(text), source: `corpus.jsonl:${id.length}` },
    events,
  };
}

/** Ten dataset events spread over types, dyads, dates and origins, for the filter table. */
function datasetEvents(): NewEvent[] {
  const rows: Array<[string, EventType, string[], string[], string | null, NewEvent['origin']]> = [
    ['a1', 'CONSULT', ['KAZ'], ['CHN'], '2024-03-05', 'gdelt'],
    ['a2', 'CONSULT', ['CHN'], ['KAZ'], '2024-12-31', 'gdelt'],
    ['a3', 'CONSULT', ['KAZ', 'CHN'], [], '2024-07', 'icews'],
    ['a4', 'CONSULT', ['KAZ'], ['RUS'], '2024-06-01', 'gdelt'],
    ['a5', 'AGREE', ['KAZ'], ['CHN'], '2024-06-01', 'plover'],
    ['a6', 'CONSULT', ['KAZ'], ['CHN'], '2023-12-31', 'gdelt'],
    ['a7', 'CONSULT', ['KAZ'], ['CHN'], '2025-01-01', 'gdelt'],
    ['a8', 'CONSULT', ['KAZ'], ['CHN'], '2024', 'icews'],
    ['a9', 'SANCTION', ['USA'], ['RUS'], null, 'manual'],
    ['a10', 'CONSULT', ['EU'], ['KAZ'], '2024-02-29', 'plover'],
  ];
  return rows.map(([id, type, actor, recipient, date, origin]) =>
    ev(`doc-${id}`, 0, type, actor, recipient, { id: `${origin}:${id}`, date, origin, goldstein: 1.5, num_mentions: 3, tone: -0.5 }));
}

export function storeSuite(engine: string, factory: () => Promise<EngineFixture>): void {
  const withStore = (fn: (f: EngineFixture) => Promise<void>) => async () => {
    const f = await factory();
    try {
      await fn(f);
    } finally {
      await f.cleanup();
    }
  };

  describe(`Store contract: ${engine}`, () => {
    it('starts empty, migrated, with the spec\'s entities', withStore(async ({ store }) => {
      const s = await store.stats();
      assert.equal(s.events, 0);
      assert.equal(s.documents, 0);
      assert.ok(s.schemaVersion >= 1);
      const ents = await store.entities();
      const byCode = new Map(ents.map((e) => [e.code, e]));
      assert.equal(byCode.get('KAZ')?.kind, 'state');
      assert.equal(byCode.get('XKX')?.kind, 'state');
      assert.equal(byCode.get('SCO')?.kind, 'igo');
      assert.equal(byCode.get('IMG')?.kind, 'generic');
    }));

    it('stores a document with its events and reads every field back', withStore(async ({ store }) => {
      const e = ev('d1', 2, 'SUPPORT', ['KAZ'], ['CHN'], {
        mode: null, context: ['economic'], value: { amount: 1.5e9, currency: 'USD' }, cameo: '057', location: 'CHN',
        span: { start: 10, end: 52 }, date: '2024-05',
      });
      const [out] = await store.putDocuments([docWith('d1', 'text one', [e])]);
      assert.deepEqual(out, { id: 'd1', status: 'added', events: 1, keptReviewed: 0, version: contentHash('text one') });
      const got = await store.getEvent(e.id);
      assert.ok(got);
      assert.deepEqual(toSpec(got), toSpec(e));
      assert.equal(got.origin, 'coded');
      assert.equal(got.review_status, 'auto');
      assert.equal(got.doc_changed, false);
      assert.equal(got.score, 5, 'PLOVER score of SUPPORT');
      assert.equal(got.quad_class, 1);
      assert.deepEqual(got.span, { start: 10, end: 52 });
      assert.equal(await store.getEvent('no-such-id'), null);
      assert.deepEqual(await store.documentHashes(['d1', 'd2']), new Map([['d1', contentHash('text one')]]));
    }));

    it('skips an unchanged document and replaces the events of a changed one, keeping reviewed events flagged', withStore(async ({ store }) => {
      const keep = ev('d1', 0, 'CONSULT', ['KAZ'], ['CHN']);
      const drop = ev('d1', 1, 'AGREE', ['KAZ'], ['RUS']);
      const reviewedGone = ev('d1', 2, 'ACCUSE', ['USA'], ['RUS']);
      await store.putDocuments([docWith('d1', 'v1', [keep, drop, reviewedGone])]);
      assert.deepEqual((await store.putDocuments([docWith('d1', 'v1', [keep])]))[0]?.status, 'unchanged');
      assert.equal(await store.countEvents({ doc: 'd1' }), 3, 'unchanged content leaves events alone');

      await store.setReviewStatus(keep.id, 'confirmed', 'tester');
      await store.setReviewStatus(reviewedGone.id, 'rejected', 'tester');
      const fresh = ev('d1', 3, 'COOPERATE', ['KAZ'], ['UZB']);
      const [out] = await store.putDocuments([docWith('d1', 'v2', [keep, fresh])]);
      assert.equal(out?.status, 'replaced');
      assert.equal(out?.keptReviewed, 2);
      const events = await store.queryEvents({ doc: 'd1' });
      const byId = new Map(events.map((e) => [e.id, e]));
      assert.equal(byId.has(drop.id), false, 'unreviewed old event removed');
      assert.equal(byId.get(keep.id)?.review_status, 'confirmed');
      assert.equal(byId.get(keep.id)?.doc_changed, false, 'still supported by the new text');
      assert.equal(byId.get(reviewedGone.id)?.doc_changed, true, 'reviewed, no longer coded: kept and flagged');
      assert.ok(byId.has(fresh.id));
      assert.equal(events.length, 3);
      assert.deepEqual(await store.checkIntegrity(), []);
    }));

    it('commits a batch whole or not at all', withStore(async ({ store }) => {
      const good = docWith('g1', 'good', [ev('g1', 0, 'CONSULT', ['KAZ'], ['CHN'])]);
      const bad = docWith('g2', 'bad', [{ ...ev('g2', 0, 'CONSULT', ['KAZ'], ['CHN']), event_type: null as unknown as EventType }]);
      await assert.rejects(store.putDocuments([good, bad]), (e: unknown) => {
        // The engine's own words (its error class, the statement) stay in the cause, for the logs.
        assert.ok(e instanceof StoreError, String(e));
        assert.doesNotMatch(e.message, /constraint|error:|insert|select|null/i);
        return true;
      });
      assert.equal((await store.stats()).documents, 0);
      assert.equal(await store.countEvents({}), 0);
      await store.putDocuments([good]);
      assert.equal(await store.countEvents({}), 1, 'the store is usable after a rolled-back batch');
    }));

    it('imports dataset events once: a second import adds nothing', withStore(async ({ store }) => {
      const events = datasetEvents();
      assert.deepEqual(await store.importEvents(events), { added: 10, duplicates: 0 });
      assert.deepEqual(await store.importEvents([...events, events[0]!]), { added: 0, duplicates: 11 });
      assert.equal(await store.countEvents({}), 10);
      const got = await store.getEvent('gdelt:a1');
      assert.equal(got?.goldstein, 1.5);
      assert.equal(got?.num_mentions, 3);
      assert.equal(got?.tone, -0.5);
    }));

    const filterCases: Array<[string, EventFilter, string[]]> = [
      ['no filter', {}, ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9', 'a10']],
      ['country KAZ partner CHN type CONSULT 2024-01..2024-12', { country: 'KAZ', partner: 'CHN', types: ['CONSULT'], from: '2024-01', to: '2024-12' }, ['a1', 'a2', 'a3', 'a8']],
      ['partner on either side', { country: 'CHN', partner: 'KAZ' }, ['a1', 'a2', 'a3', 'a5', 'a6', 'a7', 'a8']],
      ['country as recipient', { country: 'RUS' }, ['a4', 'a9']],
      ['lower-case codes', { country: 'kaz', partner: 'rus' }, ['a4']],
      ['several types', { types: ['AGREE', 'SANCTION'] }, ['a5', 'a9']],
      ['day precision bounds are inclusive', { from: '2024-06-01', to: '2024-06-01' }, ['a4', 'a5']],
      ['year precision', { from: '2025', to: '2025' }, ['a7']],
      ['month precision includes a month-precise date', { from: '2024-07', to: '2024-07' }, ['a3']],
      ['leap day', { from: '2024-02-29', to: '2024-02' }, ['a10']],
      ['origin', { origins: ['icews', 'manual'] }, ['a3', 'a8', 'a9']],
      ['undated events drop out of date ranges', { country: 'USA', from: '2000' }, []],
      ['review status', { reviewStatuses: ['confirmed'] }, []],
    ];
    for (const [name, filter, ids] of filterCases) {
      it(`filters: ${name}`, withStore(async ({ store }) => {
        await store.importEvents(datasetEvents());
        const got = (await store.queryEvents(filter)).map((e) => e.id.split(':')[1]).sort();
        assert.deepEqual(got, [...ids].sort());
        assert.equal(await store.countEvents(filter), ids.length);
      }));
    }

    it('rejects malformed periods as input errors', withStore(async ({ store }) => {
      for (const bad of ['2024-13', '24', '2024-02-30', 'May']) {
        await assert.rejects(store.queryEvents({ from: bad }), InputError, bad);
      }
    }));

    it('pages and iterates in date order', withStore(async ({ store }) => {
      await store.importEvents(datasetEvents());
      const all = await store.queryEvents({});
      const dates = all.map((e) => e.date);
      assert.equal(dates[dates.length - 1], null, 'undated last');
      const p1 = await store.queryEvents({}, { limit: 4 });
      const p2 = await store.queryEvents({}, { limit: 4, offset: 4 });
      assert.deepEqual([...p1, ...p2].map((e) => e.id), all.slice(0, 8).map((e) => e.id));
      const iterated: string[] = [];
      for await (const batch of store.iterateEvents({})) iterated.push(...batch.map((e) => e.id));
      assert.deepEqual(iterated, all.map((e) => e.id));
    }));

    it('reads the events of documents a page at a time: the pages joined are every event once, in order', withStore(async ({ store }) => {
      // Ties on the date (and undated events) make the id the order's tie-break: pages must not depend on chance.
      const dates = ['2024-05-10', '2024-05-10', null, '2024-05-01', '2024-05-10', null, '2024', '2024-05-10'];
      const a = dates.map((date, i) => ev('pg-a', i, 'CONSULT', ['KAZ'], ['CHN'], { date, text: `a ${i}` }));
      const b = [0, 1, 2].map((i) => ev('pg-b', i, 'AGREE', ['KAZ'], ['RUS'], { text: `b ${i}` }));
      await store.putDocuments([docWith('pg-a', 'a', a), docWith('pg-b', 'b', b), docWith('pg-c', 'c', [])]);
      const ids = ['pg-a', 'pg-b', 'pg-c', 'none'];
      const whole = await store.queries().eventsOfDocuments(ids, { limit: 1000 });
      assert.deepEqual(ids.map((id) => whole.get(id)?.length), [8, 3, 0, 0]);
      for (const size of [1, 3, 8]) {
        const joined = new Map<string, string[]>(ids.map((id) => [id, []]));
        // The ingest answer's loop: the next page of every document until none fills a page.
        for (let offset = 0, full = true; full; offset += size) {
          const page = await store.queries().eventsOfDocuments(ids, { limit: size, offset });
          full = false;
          for (const id of ids) {
            const got = page.get(id)!;
            assert.ok(got.length <= size);
            joined.get(id)!.push(...got.map((e) => e.id));
            full ||= got.length === size;
          }
        }
        for (const id of ids) {
          assert.deepEqual(joined.get(id), whole.get(id)!.map((e) => e.id), `${id}, pages of ${size}`);
          assert.equal(new Set(joined.get(id)).size, joined.get(id)!.length, `${id}, pages of ${size}: an event repeated`);
        }
      }
      assert.deepEqual(new Set(whole.get('pg-a')!.map((e) => e.id)), new Set(a.map((e) => e.id)));
    }));

    it('reads the events of documents by version: a document stored again (or unread, or gone) is left out', withStore(async ({ store }) => {
      const one = [0, 1, 2].map((i) => ev('ver-a', i, 'CONSULT', ['KAZ'], ['CHN'], { text: `one ${i}` }));
      const [a1, b1] = await store.putDocuments([docWith('ver-a', 'one', one), docWith('ver-b', 'bee', [ev('ver-b', 0, 'AGREE', ['KAZ'], ['RUS'])])]);
      assert.equal(a1!.version, contentHash('one'));
      // Stored again with the same text: unchanged, the same version.
      const [same] = await store.putDocuments([docWith('ver-a', 'one', one)]);
      assert.deepEqual([same!.status, same!.version], ['unchanged', a1!.version]);
      const versions = new Map([['ver-a', a1!.version], ['ver-b', b1!.version]]);
      const page = await store.queries().eventsOfDocuments(['ver-a', 'ver-b'], { limit: 2, offset: 1, versions });
      assert.deepEqual(page.get('ver-a')!.map((e) => e.id), (await store.queries().eventsOfDocuments(['ver-a'], { limit: 2, offset: 1 })).get('ver-a')!.map((e) => e.id));
      assert.equal(page.get('ver-b')!.length, 0);
      const two = [ev('ver-a', 0, 'REJECT', ['KAZ'], ['CHN'], { text: 'two' })];
      const [a2] = await store.putDocuments([docWith('ver-a', 'two', two)]);
      assert.equal(a2!.status, 'replaced');
      assert.notEqual(a2!.version, a1!.version);
      const after = await store.queries().eventsOfDocuments(['ver-a', 'ver-b', 'none'], { limit: 10, versions: new Map([...versions, ['none', 'x']]) });
      assert.deepEqual([...after.keys()], ['ver-b'], 'the old version of ver-a and a document never stored are left out');
      const now = await store.queries().eventsOfDocuments(['ver-a'], { limit: 10, versions: new Map([['ver-a', a2!.version]]) });
      assert.deepEqual(now.get('ver-a')!.map((e) => e.id), two.map((e) => e.id));
      // A document stored unread has its own version: its hash read as unread.
      const [u] = await store.putDocuments([{ ...docWith('ver-u', 'ohne', []), doc: { ...docWith('ver-u', 'ohne', []).doc, lang: 'de', unread_text: 'ohne' } }]);
      assert.equal(u!.version, `unread:${contentHash('ohne')}`);
      assert.deepEqual([...(await store.queries().eventsOfDocuments(['ver-u'], { limit: 1, versions: new Map([['ver-u', u!.version]]) })).keys()], ['ver-u']);
    }));

    it('clusters a block larger than a round of re-clustering over several rounds, as the pure clustering does it whole', withStore(async ({ store }) => {
      // One key and year, more reports than two rounds of either engine: day, month and year dates, places, values.
      let seed = 11;
      const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
      const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
      const events = Array.from({ length: 2 * Math.max(DUCKDB_ROUND, POSTGRES_ROUND) + 500 }, (_, i) => {
        const day = `2024-${pick(['03', '04'])}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
        const p = rnd();
        return ev('big', i, 'CONSULT', ['KAZ'], ['RUS'], {
          date: p < 0.7 ? day : p < 0.9 ? day.slice(0, 7) : '2024', location: pick([null, null, 'KAZ', 'RUS', 'CHN']),
          ...(rnd() < 0.2 ? { value: { amount: 1e6, currency: 'USD' } } : {}),
        });
      });
      await store.putDocuments([docWith('big', 'big block', events)]);
      const reports = events.map((e) => ({
        id: e.id, key: happeningKey(e), date: e.date, location: e.location, clusterable: isClusterable(e), valued: e.value !== null,
      }));
      const want = new Map(clusterHappenings(reports).map((a) => [a.id, a.happening]));
      assert.ok(new Set(want.values()).size > 20, 'many happenings in the block');
      const got = await store.queryEvents({}, { limit: events.length + 1 });
      assert.equal(got.length, events.length);
      for (const e of got) assert.equal(e.happening, want.get(e.id), e.id);
      assert.deepEqual(await store.checkIntegrity(), []);
    }));

    it('exports jsonl in the spec format, and csv and parquet', withStore(async ({ store, dir }) => {
      await store.importEvents(datasetEvents());
      const filter: EventFilter = { country: 'KAZ', partner: 'CHN' };
      const expected = (await store.queryEvents(filter)).map((e) => toSpec(e));
      const jsonl = join(dir, 'out.jsonl');
      assert.equal(await store.exportEvents(filter, 'jsonl', jsonl), expected.length);
      const lines = readFileSync(jsonl, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
      assert.deepEqual(lines, expected);
      const csv = join(dir, 'out.csv');
      assert.equal(await store.exportEvents({}, 'csv', csv), 10);
      const csvLines = readFileSync(csv, 'utf8').trim().split('\n');
      assert.equal(csvLines.length, 11);
      assert.match(csvLines[0]!, /^id,origin,doc,/);
      const parquet = join(dir, 'out.parquet');
      assert.equal(await store.exportEvents({ origins: ['gdelt'] }, 'parquet', parquet), 5);
      assert.equal(readFileSync(parquet).subarray(0, 4).toString(), 'PAR1');
    }));

    it('keeps an append-only review log', withStore(async ({ store }) => {
      const e = ev('d1', 0, 'CONSULT', ['KAZ'], ['CHN']);
      await store.putDocuments([docWith('d1', 't', [e])]);
      const a = await store.appendReview({ event_id: e.id, who: 'ana', action: 'edit', before: { mode: null }, after: { mode: 'visit' } });
      await store.setReviewStatus(e.id, 'confirmed', 'bo');
      const log = await store.reviewLog(e.id);
      assert.equal(log.length, 2);
      assert.deepEqual(log[0], a);
      assert.equal(log[0]?.who, 'ana');
      assert.deepEqual(log[0]?.after, { mode: 'visit' });
      assert.equal(log[1]?.action, 'status');
      assert.deepEqual(log[1]?.after, { review_status: 'confirmed' });
      assert.ok(log[1]!.id > log[0]!.id);
      assert.match(log[0]!.at, /^\d{4}-\d{2}-\d{2}T/);
      assert.deepEqual(await store.reviewLog('other'), []);
      await assert.rejects(store.setReviewStatus('missing', 'confirmed', 'bo'), /no event/);
    }));

    it('persists across reopen without migrating twice', withStore(async (f) => {
      await f.store.importEvents(datasetEvents());
      await f.store.putDocuments([docWith('d1', 't', [ev('d1', 0, 'CONSULT', ['KAZ'], ['CHN'])])]);
      const before = await f.store.stats();
      const again = await f.reopen();
      const after = await again.stats();
      assert.equal(after.events, 11);
      assert.equal(after.documents, 1);
      assert.equal(after.schemaVersion, before.schemaVersion);
      assert.deepEqual(after.byOrigin, before.byOrigin);
      assert.deepEqual(await again.checkIntegrity(), []);
    }));

    it('reports counts by origin, type and year', withStore(async ({ store }) => {
      await store.importEvents(datasetEvents());
      const s = await store.stats();
      assert.deepEqual(s.byOrigin.find((r) => r.origin === 'gdelt'), { origin: 'gdelt', events: 5 });
      assert.deepEqual(s.byType.find((r) => r.event_type === 'CONSULT'), { event_type: 'CONSULT', events: 8 });
      assert.deepEqual(s.byYear, [{ year: 2023, events: 1 }, { year: 2024, events: 7 }, { year: 2025, events: 1 }, { year: null, events: 1 }]);
    }));

    it('finds stored documents by URL or content, under any id', withStore(async ({ store }) => {
      await store.putDocuments([docWith('d1', 'text one', []), docWith('d2', 'text two', [])]);
      const found = await store.knownDocuments({ urls: ['https://example.org/d1', 'https://example.org/none'], hashes: [contentHash('text two')] });
      assert.deepEqual(found, [
        { id: 'd1', url: 'https://example.org/d1', content_hash: contentHash('text one') },
        { id: 'd2', url: 'https://example.org/d2', content_hash: contentHash('text two') },
      ]);
      assert.deepEqual(await store.knownDocuments({ urls: [], hashes: [] }), []);
    }));

    it('remembers an import under its once key in the same transaction, and imports it once', withStore(async (f) => {
      const row = (id: number) => [id, '20240305', '202403', '2024', '2024.1781', 'KAZ', 'KAZAKHSTAN', 'KAZ', ...Array(7).fill(''), 'CHN', 'CHINA', 'CHN',
        ...Array(7).fill(''), '1', '042', '042', '04', '1', '1.9', '2', '1', '2', '3.5', ...Array(24).fill(''), '20240305120000', 'https://example.org/a'].join('\t');
      const spec = (once: string) => ({
        format: 'gdelt2' as const, displayName: 'f.CSV', once,
        rows: (async function* () { yield { lines: [1, 2], texts: [row(1), row(2)] }; })(),
      });
      const first = await f.store.importDelimited(spec('http://x.test/1.export.CSV.zip'));
      assert.equal(first.added, 2);
      assert.equal(first.already, undefined);
      const again = await f.store.importDelimited(spec('http://x.test/1.export.CSV.zip'));
      assert.equal(again.already, true);
      assert.equal(again.rows, 0);
      const store = await f.reopen();
      assert.deepEqual([...await store.importedFiles(['http://x.test/1.export.CSV.zip', 'http://x.test/2.export.CSV.zip'])], ['http://x.test/1.export.CSV.zip']);
      assert.equal(await store.countEvents({}), 2);
      // Files passed over (missing) are remembered too; the newest key under a prefix is where a catch-up resumes.
      await store.rememberKeys(['http://x.test/3.export.CSV.zip', 'http://x.test/1.export.CSV.zip', 'http://x.test/3.export.CSV.zip']);
      assert.equal((await store.importedFiles(['http://x.test/3.export.CSV.zip'])).size, 1);
      assert.equal(await store.newestImported('http://x.test/'), 'http://x.test/3.export.CSV.zip');
      assert.equal(await store.newestImported('http://y.test/'), null);
      assert.equal(await store.countEvents({}), 2);
    }));

    it('a later import of an earlier report takes over the stored happening, which its stored reports follow', withStore(async ({ store }) => {
      // The stored reports' assignment changes by a write of new ones: the representative is the earliest day.
      const v = (id: string, date: string) => ev(`doc-${id}`, 0, 'AGREE', ['KAZ'], ['CHN'], { id: `manual:${id}`, date, origin: 'manual' });
      const happening = async (id: string) => (await store.getEvent(`manual:${id}`))!.happening;
      await store.importEvents([v('b', '2024-05-06'), v('c', '2024-05-07')]);
      assert.equal(await happening('c'), 'manual:b');
      await store.importEvents([v('a', '2024-05-05'), v('z', '2024-09-01')]);
      for (const id of ['a', 'b', 'c']) assert.equal(await happening(id), 'manual:a', id);
      assert.equal(await happening('z'), 'manual:z');
      assert.equal((await store.stats()).happenings, 2);
      assert.deepEqual(await store.checkIntegrity(), []);
    }));

    it('clusters a happening across the year end, write by write, and parts it when the link goes', withStore(async ({ store }) => {
      // One visit reported on 31 December and on 1 and 2 January, written in separate imports (each write
      // re-clusters only the years it touches, grown to the years linked across the year end).
      const v = (id: string, date: string) => ev(`doc-${id}`, 0, 'CONSULT', ['KAZ'], ['RUS'], { id: `manual:${id}`, date, origin: 'manual', mode: 'visit' });
      const happening = async (id: string) => (await store.getEvent(`manual:${id}`))!.happening;
      await store.importEvents([v('dec31', '2023-12-31')]);
      await store.importEvents([v('jan01', '2024-01-01')]);
      assert.equal(await happening('jan01'), 'manual:dec31');
      await store.importEvents([v('jan02', '2024-01-02'), v('y2024', '2024' as string), v('mar', '2024-03-20')]);
      assert.equal(await happening('jan02'), 'manual:dec31', 'within two days of every report');
      assert.equal(await happening('y2024'), 'manual:y2024', '2024 has two happenings: the year date cannot say which');
      assert.equal((await store.stats()).happenings, 3);
      // Rejecting the December report leaves 2024 on its own: January's reports are one happening of 2024.
      await store.setReviewStatus('manual:dec31', 'rejected', 'test');
      assert.equal(await happening('jan01'), 'manual:jan01');
      assert.equal(await happening('jan02'), 'manual:jan01');
      assert.equal(await happening('dec31'), 'manual:dec31');
      assert.deepEqual(await store.checkIntegrity(), []);
    }));

    it('keeps source status and alerts across a reopen; an alert is new once', withStore(async (f) => {
      const st = {
        name: 'feed', url: 'https://example.org/feed', type: 'feed', etag: '"e1"', last_modified: 'Mon, 30 Nov 2026 10:00:00 GMT',
        last_poll: '2026-11-30T10:00:00.000Z', last_success: '2026-11-30T10:00:00.000Z', next_poll: '2026-11-30T10:15:00.000Z',
        failures: 0, items_added: 3, events_added: 5, last_error: null,
      };
      await f.store.saveSourceStatus(st);
      await f.store.saveSourceStatus({ ...st, failures: 2, last_error: 'HTTP 500', items_added: 4 });
      const alert = { key: 'KAZ|2026-11|china|share', focal: 'KAZ', period: '2026-11', vector: 'china', kind: 'share', share: 0.6, previous: null, message: 'China takes 60%', delivery: null };
      const fresh = await f.store.addAlerts([alert, alert]);
      assert.equal(fresh.length, 1);
      assert.ok(fresh[0]!.first_seen);
      assert.deepEqual(await f.store.addAlerts([alert]), []);
      await f.store.setAlertDelivery(alert.key, 'sent 204');
      const store = await f.reopen();
      assert.deepEqual(await store.sourceStatus(), [{ ...st, failures: 2, last_error: 'HTTP 500', items_added: 4 }]);
      const [a] = await store.alerts();
      assert.deepEqual({ ...a, first_seen: undefined }, { ...alert, delivery: 'sent 204', first_seen: undefined });
    }));
  });
}
