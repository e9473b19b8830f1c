/**
 * The API's and briefs' queries (Store.queries()) give the same answers on both engines: documents listed,
 * searched and read back with their events, events searched and sorted every way, and reviews (confirm, reject,
 * edit with changed parties and date) written with their log entries. Needs a PostgreSQL test server (./_pg.ts).
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { NotFoundError } from '../../src/errors.ts';
import type { EventType } from '../../src/model/event.ts';
import { contentHash, eventId } from '../../src/store/ids.ts';
import type { EventSort } from '../../src/store/queries.ts';
import type { DocumentWithEvents, NewEvent, Store } from '../../src/store/store.ts';
import { openFreshDuckDb, openFreshPostgres } from './_engines.ts';
import { withPostgres } from './_pg.ts';

function ev(doc: string, sentence: number, type: EventType, actor: string[], recipient: string[], date: string | null, text: string): NewEvent {
  const base = { doc, sentence, text, event_type: type, mode: null, context: [], actor, recipient, date, location: null, value: null,
    cameo: null, origin: 'coded' as const, confidence: (sentence % 3) / 3 };
  return { ...base, id: eventId(base) };
}

function docs(): DocumentWithEvents[] {
  return ['Astana talks', 'Beijing visit', 'Moscow summit', 'Tashkent forum'].map((title, i) => {
    const id = `doc-${i}`;
    return {
      doc: { id, title, url: `https://news.example/${i}`, date: `2024-0${i + 1}-10`, lang: 'en', content_hash: contentHash(title), source: `feed.jsonl:${i}` },
      events: [
        ev(id, 0, 'CONSULT', ['KAZ'], ['CHN'], `2024-0${i + 1}-09`, `Kazakhstan met China in ${title}.`),
        ev(id, 1, i % 2 ? 'AGREE' : 'ACCUSE', ['KAZ', 'UZB'], ['RUS'], i === 3 ? null : `2024-0${i + 1}`, `A joint statement at ${title}.`),
      ],
    };
  });
}

const noTime = <T>(v: T): T => JSON.parse(JSON.stringify(v, (k, x) => (k === 'ingested_at' || k === 'at' ? '' : x)));

withPostgres('the API queries on DuckDB and PostgreSQL', () => {
  const opened: Array<{ store: Store; cleanup(): Promise<void> }> = [];
  before(async () => {
    opened.push(await openFreshDuckDb(), await openFreshPostgres());
    for (const { store } of opened) await store.putDocuments(docs());
  });
  after(async () => {
    for (const o of opened) await o.cleanup();
  });
  const both = async <T>(fn: (s: Store) => Promise<T>): Promise<[T, T]> => [await fn(opened[0]!.store), await fn(opened[1]!.store)];

  it('documents: listed, searched, read back with their events', async () => {
    for (const page of [{ limit: 10, offset: 0 }, { limit: 2, offset: 1 }, { limit: 10, offset: 0, q: 'MOSCOW' }, { limit: 10, offset: 0, q: 'doc-1' }]) {
      const [a, b] = await both((s) => s.queries().listDocuments(page));
      assert.ok(a.total > 0);
      assert.deepEqual(noTime(b), noTime(a));
    }
    const [a, b] = await both((s) => s.queries().getDocument('doc-2'));
    assert.equal(a?.events, 2);
    assert.deepEqual(noTime(b), noTime(a));
    assert.deepEqual(...(await both((s) => s.queries().getDocument('none'))));
    const [ea, eb] = await both(async (s) => [...(await s.queries().eventsOfDocuments(['doc-0', 'doc-3', 'none'], { limit: 1 })).entries()]);
    assert.equal(ea.length, 3);
    assert.deepEqual(eb, ea);
  });

  it('events: searched in their text and sorted every way', async () => {
    for (const sort of ['date', '-date', 'type', 'confidence', 'stored'] as EventSort[]) {
      for (const filter of [{}, { q: 'JOINT' }, { country: 'rus', from: '2024-02' }]) {
        const [a, b] = await both((s) => s.queries().searchEvents(filter, { limit: 5, offset: 1, sort }));
        assert.deepEqual(b, a, `${sort} ${JSON.stringify(filter)}`);
      }
    }
  });

  it('reviews: confirm, reject and edit, each with its log entry, the same on both', async () => {
    const [target] = (await opened[0]!.store.queryEvents({ doc: 'doc-1' }));
    assert.ok(target);
    const steps = [
      { action: 'confirm' as const, who: 'ana' },
      { action: 'edit' as const, who: 'bo', note: 'host is Uzbekistan', changes: { recipient: ['UZB'], date: '2024-02-11', mode: 'visit' } },
      { action: 'reject' as const, who: 'ana' },
    ];
    for (const step of steps) {
      const id: string = target.id;
      const [ra, rb] = await both((s): Promise<unknown> => s.queries().review(id, step));
      assert.deepEqual(noTime(rb), noTime(ra));
    }
    assert.deepEqual(noTime(await opened[1]!.store.reviewLog(target.id)), noTime(await opened[0]!.store.reviewLog(target.id)));
    const [ha, hb] = await both((s) => s.queryHappenings({ reviewStatuses: ['rejected', 'auto'] }, { limit: 100 }));
    assert.deepEqual(hb, ha);
    for (const o of opened) {
      await assert.rejects(o.store.queries().review('none', { action: 'confirm', who: 'x' }), NotFoundError);
      assert.deepEqual(await o.store.checkIntegrity(), []);
    }
  });
});
