/**
 * The stored engagement cells (src/store/_engagement-sql.ts) against engagement read from the events alone, on a real
 * DuckDB file (and a real PostgreSQL when MULTIVECTOR_TEST_PG is set): random stores written through every write path
 * — documents stored, stored again changed (their events replaced), datasets imported and imported again, reviews that
 * reject, confirm and restore, edits (the event replaced) — must give the same engagement rows and the same balance for
 * random windows (edges inside months, the month of today, open ends), groupings, units, origins and review statuses;
 * and the integrity check, which compares the stored cells with the derived ones, must find nothing.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { balance } from '../../src/analytics/balance.ts';
import { loadRates } from '../../src/analytics/rates.ts';
import type { EventType } from '../../src/model/event.ts';
import { Db } from '../../src/store/duckdb/_db.ts';
import { duckDbMeasures, duckDbPlainEngagement } from '../../src/store/duckdb/measures.ts';
import { contentHash } from '../../src/store/ids.ts';
import type { EngagementRow, Granularity, Grouping, MeasureQueries } from '../../src/store/measures.ts';
import { Pg } from '../../src/store/postgres/_db.ts';
import { postgresMeasures, postgresPlainEngagement } from '../../src/store/postgres/measures.ts';
import { openStore, type DocumentWithEvents, type NewEvent, type Origin, type ReviewStatus, type Store } from '../../src/store/store.ts';
import { freshDatabase, withPostgres } from './_pg.ts';

const CODES = ['KAZ', 'CHN', 'RUS', 'DEU', 'USA'];
const TYPES: EventType[] = ['CONSULT', 'AGREE', 'ACCUSE'];

const iso = (d: Date) => d.toISOString().slice(0, 10);
const now = new Date();
/** Today, the first of this month and the last of the previous one: the month of today is read from the events. */
const TODAY = iso(now);
const MONTH_START = iso(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)));
const LAST_MONTH_END = iso(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0)));

type GenEvent = {
  type: EventType; actor: string[]; recipient: string[]; date: string | null; loc: string | null;
  value: { amount: number; currency: string } | null; dated: boolean;
};
type Op =
  | { op: 'put'; doc: number; version: number; events: GenEvent[] }
  | { op: 'import'; origin: Origin; events: Array<GenEvent & { n: number }> }
  | { op: 'review'; pick: number; status: ReviewStatus }
  | { op: 'edit'; pick: number; date: string | null };

// Few dates, close together (reports of one happening are common), on both sides of month ends and of today.
const date = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom('2023', '2024-02', '2024') },
  { weight: 6, arbitrary: fc.constantFrom('2023-12-30', '2024-01-01', '2024-01-02', '2024-01-31', '2024-02-10', '2024-02-12',
    '2024-03-01', LAST_MONTH_END, MONTH_START, TODAY, '2030-01-01') },
);
const codes = fc.uniqueArray(fc.constantFrom(...CODES), { minLength: 0, maxLength: 3 });
const value = fc.option(fc.record({ amount: fc.integer({ min: 1, max: 1000 }), currency: fc.constantFrom('USD', 'EUR', 'XXX') }), { nil: null });
// `dated`: the document is dated 2024-02-11, so later events are flagged (after-document) and left out of measures.
const genEvent: fc.Arbitrary<GenEvent> = fc.record({
  type: fc.constantFrom(...TYPES), actor: codes, recipient: codes, date, loc: fc.constantFrom(null, 'KAZ'), value, dated: fc.boolean(),
}).filter((e) => e.actor.length > 0);
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('put' as const), doc: fc.nat(4), version: fc.nat(1), events: fc.array(genEvent, { maxLength: 4 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('import' as const), origin: fc.constantFrom<Origin>('gdelt', 'icews', 'plover'),
    events: fc.array(genEvent.chain((e) => fc.nat(8).map((n) => ({ ...e, n }))), { maxLength: 5 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('review' as const), pick: fc.nat(), status: fc.constantFrom<ReviewStatus>('rejected', 'confirmed', 'auto') }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('edit' as const), pick: fc.nat(), date }) },
);

const GROUPINGS: Array<Grouping | undefined> = [
  undefined,
  { members: [{ code: 'CHN', group: 'east' }, { code: 'RUS', group: 'east' }, { code: 'DEU', group: 'west' }], rest: 'rest' },
  { members: [{ code: 'CHN', group: 'east' }, { code: 'USA', group: 'west' }], rest: null },
];
const query = fc.record({
  focal: fc.constantFrom('KAZ', 'CHN', 'RUS'),
  granularity: fc.constantFrom<Granularity | null>(null, 'month', 'quarter', 'year'),
  grouping: fc.nat(GROUPINGS.length - 1),
  unit: fc.constantFrom('happenings' as const, 'reports' as const),
  from: fc.option(fc.constantFrom('2024', '2024-01-02', '2024-02', '2024-01-01', '2024-02-11', MONTH_START, TODAY), { nil: undefined }),
  to: fc.option(fc.constantFrom('2024-02-11', '2024', '2024-01-31', '2024-02', LAST_MONTH_END, TODAY), { nil: undefined }),
  origins: fc.option(fc.subarray<Origin>(['coded', 'gdelt', 'icews', 'plover'], { minLength: 1 }), { nil: undefined }),
  reviewStatuses: fc.option(fc.subarray<ReviewStatus>(['auto', 'confirmed', 'rejected'], { minLength: 1 }), { nil: undefined }),
  totals: fc.boolean(),
});
type Query = typeof query extends fc.Arbitrary<infer Q> ? Q : never;

function newEvent(id: string, doc: string, origin: Origin, e: GenEvent): NewEvent {
  return {
    id, origin, doc, sentence: 0, text: `${e.type} of ${e.actor.join(',')} to ${e.recipient.join(',')}`, event_type: e.type, mode: null,
    context: e.value ? ['economic'] : [], actor: e.actor, recipient: e.recipient, date: e.date, location: e.loc, value: e.value, cameo: null,
    source_url: null,
  };
}

/** Applies the operations through the store's write paths (reviews and edits pick among the events stored so far). */
async function apply(store: Store, ops: Op[]): Promise<void> {
  const ids: string[] = [];
  for (const o of ops) {
    if (o.op === 'put') {
      const id = `doc-${o.doc}`;
      const text = `document ${o.doc} version ${o.version} ${JSON.stringify(o.events)}`;
      const batch: DocumentWithEvents = {
        doc: { id, title: id, url: null, date: o.events.some((e) => e.dated) ? '2024-02-11' : null, lang: 'en', content_hash: contentHash(text), source: null },
        events: o.events.map((e, i) => newEvent(`coded:${id}:${contentHash(text).slice(0, 8)}:${i}`, id, 'coded', e)),
      };
      await store.putDocuments([batch]);
      ids.push(...batch.events.map((e) => e.id));
    } else if (o.op === 'import') {
      const events = o.events.map((e) => newEvent(`${o.origin}:${e.n}`, `${o.origin}-doc-${e.n % 3}`, o.origin, e));
      await store.importEvents(events);
      ids.push(...events.map((e) => e.id));
    } else if (ids.length) {
      const id = ids[o.pick % ids.length]!;
      if (!await store.getEvent(id)) continue;
      if (o.op === 'review') await store.setReviewStatus(id, o.status, 'tester');
      else await store.queries().review(id, { action: 'edit', changes: { date: o.date }, who: 'tester' });
    }
  }
}

/** Rows with their sums of scores and money rounded far below any shown figure (the same numbers, added in another order). */
const norm = (rows: EngagementRow[]) => rows.map((r) => ({
  ...r, score: Math.round(r.score * 1e6), score_out: Math.round(r.score_out * 1e6), score_in: Math.round(r.score_in * 1e6), usd: Math.round(r.usd * 1e4),
}));

async function compare(cells: MeasureQueries, plain: MeasureQueries['engagement'], queries: Query[]): Promise<void> {
  const rates = loadRates().rows;
  for (const q of queries) {
    const filter = {
      unit: q.unit, ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}),
      ...(q.origins ? { origins: q.origins } : {}), ...(q.reviewStatuses ? { reviewStatuses: q.reviewStatuses } : {}),
    };
    const args = { focal: q.focal, filter, granularity: q.granularity, rates, totals: q.totals, ...(GROUPINGS[q.grouping] ? { grouping: GROUPINGS[q.grouping] } : {}) };
    assert.deepEqual(norm(await cells.engagement(args)), norm(await plain(args)), JSON.stringify(args));
    // The balance as served, through the cells and through the plain query: every figure the same.
    const g = q.granularity ?? 'month';
    assert.deepEqual(await balance(cells, q.focal, { filter, granularity: g }), await balance({ ...cells, engagement: plain }, q.focal, { filter, granularity: g }),
      `balance ${JSON.stringify(filter)} ${g}`);
  }
}

const scenario = fc.record({ ops: fc.array(op, { minLength: 1, maxLength: 14 }), queries: fc.array(query, { minLength: 4, maxLength: 8 }) });

describe('engagement cells (duckdb)', () => {
  it('give the engagement and the balance of the events after random writes, and the integrity check finds nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mv-cells-'));
    let run = 0;
    try {
      await fc.assert(fc.asyncProperty(scenario, async ({ ops, queries }) => {
        const path = join(dir, `c${run++}.duckdb`);
        const store = await openStore({ path });
        try {
          await apply(store, ops);
          assert.deepEqual(await store.checkIntegrity(), []);
        } finally {
          await store.close();
        }
        const db = await Db.open(path, true);
        try {
          await compare(duckDbMeasures(db), duckDbPlainEngagement(db), queries);
        } finally {
          db.close();
        }
      }), { numRuns: 10, seed: 9 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('are built when a database without them is opened, and the integrity check sees a wrong cell', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mv-cells-'));
    try {
      const path = join(dir, 'old.duckdb');
      const store = await openStore({ path });
      const ev = (type: EventType, actor: string[], recipient: string[], date: string): GenEvent => ({ type, actor, recipient, date, loc: null, value: null, dated: false });
      await apply(store, [
        { op: 'put', doc: 1, version: 0, events: [ev('CONSULT', ['KAZ'], ['CHN'], '2024-01-02'), ev('AGREE', ['KAZ'], ['CHN', 'RUS'], '2024-01-05')] },
        { op: 'import', origin: 'gdelt', events: [{ ...ev('ACCUSE', ['RUS'], ['KAZ'], '2024-02-03'), n: 1 }] },
      ]);
      const args = { focal: 'KAZ', filter: {}, granularity: 'month' as const, rates: loadRates().rows, totals: true };
      const want = await store.measures().engagement(args);
      assert.equal(want.find((r) => r.dating === 'total' && r.key === 'CHN')?.events, 2);
      await store.close();
      // The file as a store before the cells (schema 9) left it.
      const db = await Db.open(path);
      for (const q of ['DROP TABLE engagement_cells', 'DELETE FROM schema_version WHERE version = 10']) await db.run(q);
      db.close();
      const again = await openStore({ path });
      try {
        assert.equal((await again.stats()).schemaVersion, 10);
        assert.deepEqual(await again.checkIntegrity(), []);
        assert.deepEqual(await again.measures().engagement(args), want);
      } finally {
        await again.close();
      }
      const broken = await Db.open(path);
      await broken.run(`UPDATE engagement_cells SET n = n + 1 WHERE partner = 'RUS' AND id IS NULL`);
      broken.close();
      const check = await openStore({ path });
      try {
        assert.deepEqual(await check.checkIntegrity(), ['engagement:KAZ:2024-02']);
      } finally {
        await check.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

withPostgres('engagement cells (postgres)', () => describe('engagement cells (postgres)', () => {
  it('give the engagement and the balance of the events after random writes, and the integrity check finds nothing', async () => {
    await fc.assert(fc.asyncProperty(scenario, async ({ ops, queries }) => {
      const fresh = await freshDatabase();
      const store = await openStore({ path: fresh.url });
      const db = await Pg.open(fresh.url, 'engagement cells test');
      try {
        await apply(store, ops);
        assert.deepEqual(await store.checkIntegrity(), []);
        await compare(postgresMeasures(db), postgresPlainEngagement(db), queries);
      } finally {
        await db.close();
        await store.close();
        await fresh.drop();
      }
    }), { numRuns: 6, seed: 9 });
  });
}));
