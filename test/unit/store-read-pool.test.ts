/**
 * The DuckDB store reads on a pool of reading connections beside its one writer, on a real database file:
 * a read never waits for a write in progress (and sees the state before it), every committed write is seen
 * by the next read, concurrent measures answer as they do one at a time, and closing waits for reads.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { EventType } from '../../src/model/event.ts';
import type { MeasureFilter } from '../../src/store/measures.ts';
import { openStore, type NewEvent, type Store } from '../../src/store/store.ts';
import { ev, FIXTURE } from './server-helpers.ts';

const TYPES: EventType[] = ['CONSULT', 'AGREE', 'ACCUSE', 'AID', 'COOPERATE'];
const CODES = ['KAZ', 'CHN', 'RUS', 'USA', 'TUR', 'UZB'];

/** `n` dataset events with ids from `from` on, over 2015–2024. */
function events(n: number, from = 0): NewEvent[] {
  return Array.from({ length: n }, (_, k) => {
    const i = from + k;
    const date = `${2015 + (i % 10)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    return ev(`g${i}`, `gd${i}`, TYPES[i % TYPES.length]!, [CODES[i % CODES.length]!], [CODES[(i * 7 + 1) % CODES.length]!], date, { origin: 'gdelt' });
  });
}

let dir: string;
let store: Store;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mv-pool-'));
  store = await openStore({ path: join(dir, 'pool.duckdb') });
  await store.putDocuments(FIXTURE);
  await store.importEvents(events(4_000));
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('reads beside the writer', () => {
  it('a read does not wait for a write in progress, and sees the state before it', async () => {
    const before = await store.countEvents({});
    let written = false;
    const write = store.importEvents(events(8_000, 100_000)).then((r) => { written = true; return r; });
    // Give the write a head start: it is running (or queued to run) on the writer before the read is asked.
    await new Promise((res) => setImmediate(res));
    const count = await store.countEvents({});
    assert.equal(written, false, 'the read answered while the write was still running');
    assert.equal(count, before);
    assert.equal((await write).added, 8_000);
    assert.equal(await store.countEvents({}), before + 8_000);
  });

  it('every committed write is seen by the next read, on any connection', async () => {
    for (let round = 0; round < 8; round++) {
      const before = await Promise.all([store.countEvents({}), store.stats(), store.countEvents({ country: 'KAZ' })]);
      await store.importEvents(events(3, 500_000 + round * 3).map((e) => ({ ...e, actor: ['KAZ'] })));
      // Several reads at once take several connections of the pool: each sees the write.
      const after = await Promise.all([store.countEvents({}), store.stats(), store.countEvents({ country: 'KAZ' }), store.countEvents({})]);
      assert.equal(after[0], before[0] + 3);
      assert.equal(after[1].events, before[1].events + 3);
      assert.equal(after[2], before[2] + 3);
      assert.equal(after[3], before[0] + 3);
    }
  });

  it('concurrent measures answer exactly as they do one at a time', async () => {
    const q = store.measures();
    const asks: { focal: string; filter: MeasureFilter }[] = CODES.flatMap((focal) =>
      [{}, { from: '2018' }, { to: '2020-06' }, { types: ['AGREE', 'AID'] as EventType[] }].map((filter) => ({ focal, filter })));
    const one = (a: (typeof asks)[number]) => q.engagement({ ...a, granularity: 'quarter', rates: [], totals: true });
    const serial = [];
    for (const a of asks) serial.push(await one(a));
    const parallel = await Promise.all(asks.map(one));
    assert.deepEqual(parallel, serial);
  });

  it('closing waits for the reads in flight', async () => {
    const s = await openStore({ path: join(dir, 'pool.duckdb.copy') });
    await s.importEvents(events(2_000));
    const reads = [s.countEvents({}), s.stats(), s.measures().engagement({ focal: 'KAZ', filter: {}, granularity: 'month', rates: [], totals: true })];
    await s.close();
    const [count, stats] = await Promise.all(reads);
    assert.equal(count, 2_000);
    assert.equal((stats as { events: number }).events, 2_000);
    await assert.rejects(s.countEvents({}), /closed/);
  });
});
