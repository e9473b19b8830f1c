/**
 * The ingest answer read back page by page from a real DuckDB file: it never mixes two versions of a document
 * stored again while the answer is read, and a store that ignored the offset ends the answer with an error
 * instead of a loop (the store is the real one; only its page reads are intercepted to reorder or break them).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { StoreError } from '../../src/errors.ts';
import { ANSWER_PAGE, documentsJson, firstPages, type AnswerHead } from '../../src/server/_ingest-answer.ts';
import { contentHash, eventId } from '../../src/store/ids.ts';
import type { ServerQueries } from '../../src/store/queries.ts';
import { openStore, type DocumentWithEvents, type NewEvent, type Store } from '../../src/store/store.ts';

/** A document of `n` coded events, its event types and sentences telling versions apart. */
function docOf(id: string, text: string, n: number): DocumentWithEvents {
  const events: NewEvent[] = Array.from({ length: n }, (_, i) => {
    const base = {
      doc: id, sentence: i, text: `${text} ${i}`, event_type: 'CONSULT' as const, mode: null, context: [], actor: ['KAZ'], recipient: ['CHN'],
      date: `2024-05-${String(1 + (i % 28)).padStart(2, '0')}`, location: null, value: null, cameo: null, origin: 'coded' as const,
    };
    return { ...base, id: eventId(base) };
  });
  return { doc: { id, title: id, url: null, date: '2024-05-01', lang: 'en', content_hash: contentHash(text), source: 'test' }, events };
}

async function withStore(fn: (store: Store) => Promise<void>) {
  const dir = mkdtempSync(join(tmpdir(), 'mv-answer-'));
  const store = await openStore({ path: join(dir, 'db.duckdb') });
  try {
    await fn(store);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The answer's JSON text, or the error that ended it. */
async function answer(queries: ServerQueries, heads: AnswerHead[]): Promise<{ json?: string; error?: unknown; events: number }> {
  const counted = { events: 0 };
  const parts: string[] = [];
  try {
    for await (const s of documentsJson(queries, heads, await firstPages(queries, heads, 0), counted)) parts.push(s);
    return { json: parts.join(''), events: counted.events };
  } catch (error) {
    return { error, events: counted.events };
  }
}

const headsOf = async (store: Store, docs: DocumentWithEvents[]): Promise<AnswerHead[]> =>
  (await store.putDocuments(docs)).map((o) => ({ id: o.id, status: o.status, lang: 'en', readable: true, version: o.version }));

describe('the ingest answer, page by page', () => {
  it('lists a document stored again mid-answer in its first version only, and says it was superseded', () => withStore(async (store) => {
    const n = ANSWER_PAGE.events * 2 + 30;
    const heads = await headsOf(store, [docOf('race', 'first', n), docOf('calm', 'calm', 3)]);
    const real = store.queries();
    let reads = 0;
    // Another request stores `race` again between the answer's first and second page of it.
    const racing: ServerQueries = {
      ...real,
      async eventsOfDocuments(ids, page) {
        if (++reads === 2) await store.putDocuments([docOf('race', 'second', n)]);
        return real.eventsOfDocuments(ids, page);
      },
    };
    const got = await answer(racing, heads);
    assert.equal(got.error, undefined);
    const body = JSON.parse(got.json!) as Array<{ id: string; superseded?: boolean; events: Array<{ text: string }> }>;
    const race = body[0]!;
    assert.equal(race.superseded, true);
    assert.equal(race.events.length, ANSWER_PAGE.events, 'the first page, read before the document changed');
    assert.ok(race.events.every((e) => e.text.startsWith('first ')), 'no event of the second version');
    assert.equal(body[1]!.superseded, undefined);
    assert.equal(body[1]!.events.length, 3);
    assert.equal(got.events, ANSWER_PAGE.events + 3);
    // Read with the version stored now, the document is whole and of one version.
    const again = await answer(real, [{ ...heads[0]!, version: contentHash('second') }]);
    const whole = JSON.parse(again.json!) as Array<{ superseded?: boolean; events: Array<{ text: string }> }>;
    assert.equal(whole[0]!.superseded, undefined);
    assert.equal(whole[0]!.events.length, n);
    assert.ok(whole[0]!.events.every((e) => e.text.startsWith('second ')));
  }));

  it('a document stored again before its first page is listed with no events, superseded', () => withStore(async (store) => {
    const heads = await headsOf(store, [docOf('early', 'first', 5)]);
    await store.putDocuments([docOf('early', 'second', 4)]);
    const got = await answer(store.queries(), heads);
    const body = JSON.parse(got.json!) as Array<{ superseded?: boolean; events: unknown[] }>;
    assert.deepEqual([body[0]!.superseded, body[0]!.events.length], [true, 0]);
  }));

  it('a page that repeats the end of the one before (pages shifted meanwhile) lists those events once', () => withStore(async (store) => {
    const n = ANSWER_PAGE.events * 2 + 7;
    const heads = await headsOf(store, [docOf('shift', 'text', n)]);
    const real = store.queries();
    const shifted: ServerQueries = {
      ...real,
      eventsOfDocuments: (ids, page) => real.eventsOfDocuments(ids, { ...page, offset: Math.max(0, (page.offset ?? 0) - 3) }),
    };
    const got = await answer(shifted, heads);
    assert.equal(got.error, undefined);
    const ids = (JSON.parse(got.json!) as Array<{ events: Array<{ id: string }> }>)[0]!.events.map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length, 'an event listed twice');
    assert.equal(ids.length, n);
    assert.equal(got.events, n);
  }));

  it('a store that ignores the offset ends the answer with a StoreError, not an endless loop', () => withStore(async (store) => {
    const heads = await headsOf(store, [docOf('loop', 'text', ANSWER_PAGE.events + 1)]);
    const real = store.queries();
    let reads = 0;
    const ignoring: ServerQueries = {
      ...real,
      eventsOfDocuments(ids, page) {
        // Bounded here so that the old loop fails this test instead of hanging it.
        if (++reads > 50) throw new Error('the answer kept reading');
        return real.eventsOfDocuments(ids, { ...page, offset: 0 });
      },
    };
    const got = await answer(ignoring, heads);
    assert.ok(got.error instanceof StoreError, String(got.error));
    assert.match((got.error as Error).message, /document loop again at offset 250/);
    assert.equal(reads, 2);
    assert.equal(got.events, ANSWER_PAGE.events);
  }));
});
