/**
 * The worker's put batcher (src/queue/_batcher.ts) on a real DuckDB store: documents finished together share
 * a transaction (bounded by count), a lone document is stored after the wait, putting again stores nothing, and
 * a document the store refuses fails alone while the rest of its batch is stored.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { EventType } from '../../src/model/event.ts';
import { PutBatcher } from '../../src/queue/_batcher.ts';
import { contentHash, eventId } from '../../src/store/ids.ts';
import { openStore, type DocumentWithEvents, type Store } from '../../src/store/store.ts';

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'mv-batcher-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

function doc(id: string, type: string = 'CONSULT'): DocumentWithEvents {
  const base = { doc: id, sentence: 0, text: `${id} s0`, event_type: type as EventType, mode: null, context: [], actor: ['KAZ'],
    recipient: ['CHN'], date: '2024-05-10', location: null, value: null, cameo: null, origin: 'coded' as const };
  return {
    doc: { id, title: id, url: null, date: '2024-05-10', lang: 'en', content_hash: contentHash(id), source: null },
    events: [{ ...base, id: eventId(base) }],
  };
}

/** The store, counting its putDocuments calls (each one transaction). */
function counted(store: Store): { store: Store; calls: number[] } {
  const calls: number[] = [];
  const wrapped = new Proxy(store, {
    get(target, key, receiver) {
      if (key === 'putDocuments') return (batch: DocumentWithEvents[]) => (calls.push(batch.length), target.putDocuments(batch));
      const v = Reflect.get(target, key, receiver) as unknown;
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
  return { store: wrapped, calls };
}

describe('queue put batcher', () => {
  const cases = [
    { name: '10 at once, at most 4 per transaction', docs: 10, max: 4, calls: [4, 4, 2] },
    { name: '3 at once, at most 16 per transaction (the wait ends the batch)', docs: 3, max: 16, calls: [3] },
    { name: 'batches of 1: one transaction per document', docs: 3, max: 1, calls: [1, 1, 1] },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const real = await openStore({ path: join(dir, `${c.docs}-${c.max}.duckdb`) });
      try {
        const { store, calls } = counted(real);
        const b = new PutBatcher(store, c.max, 50);
        const docs = Array.from({ length: c.docs }, (_, i) => doc(`d${i}`));
        const outcomes = await Promise.all(docs.map((d) => b.put(d)));
        assert.deepEqual(outcomes.map((o) => o?.status), docs.map(() => 'added'));
        assert.deepEqual(calls, c.calls);
        assert.equal(await real.countEvents({}), c.docs);
        // Put again (a job redone after its worker died): nothing stored twice.
        const again = await Promise.all(docs.map((d) => b.put(d)));
        assert.deepEqual(again.map((o) => o?.status), docs.map(() => 'unchanged'));
        assert.equal(await real.countEvents({}), c.docs);
        assert.deepEqual(await real.checkIntegrity(), []);
      } finally {
        await real.close();
      }
    });
  }

  it('a document the store refuses fails alone; the rest of its batch is stored', async () => {
    const store = await openStore({ path: join(dir, 'refused.duckdb') });
    try {
      const b = new PutBatcher(store, 8, 50);
      const results = await Promise.allSettled([b.put(doc('a')), b.put(doc('bad', 'NOT-A-TYPE')), b.put(doc('c'))]);
      assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'rejected', 'fulfilled']);
      assert.equal(await store.countEvents({}), 2);
      assert.deepEqual((await store.documentHashes(['a', 'bad', 'c'])).size, 2);
      assert.deepEqual(await store.checkIntegrity(), []);
    } finally {
      await store.close();
    }
  });
});
