/**
 * The stored coverage aggregate (src/store/_coverage-sql.ts) against coverage read from the events themselves
 * (the engines' scan references), on a real DuckDB file and a real PostgreSQL: random stores written through every
 * write path — documents stored, stored again unchanged, re-coded (their events replaced), datasets imported and
 * imported again (no double count), reviews that reject, confirm and edit (an edit replaces the event) — must give
 * the same coverage rows for random queries (focal, partner, grouping, direction, unit, window, types, origins,
 * review statuses, granularity), and the integrity check, which compares the stored rows with the derived ones,
 * must find nothing. An existing DuckDB file without the aggregate gets it built on open.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { EventType } from '../../src/model/event.ts';
import { Db } from '../../src/store/duckdb/_db.ts';
import { duckDbMeasures, duckDbScanCoverage } from '../../src/store/duckdb/measures.ts';
import { contentHash } from '../../src/store/ids.ts';
import type { Granularity, Grouping, MeasureQueries } from '../../src/store/measures.ts';
import { Pg } from '../../src/store/postgres/_db.ts';
import { postgresMeasures, postgresScanCoverage } from '../../src/store/postgres/measures.ts';
import { openStore, type DocumentWithEvents, type NewEvent, type Origin, type ReviewStatus, type Store } from '../../src/store/store.ts';
import { freshDatabase, withPostgres } from './_pg.ts';

const CODES = ['KAZ', 'CHN', 'RUS', 'DEU', 'USA'];
const TYPES: EventType[] = ['CONSULT', 'AGREE', 'ACCUSE'];
const HOSTS = ['https://a.example/x', 'https://www.b.example/y', 'http://c.example:8080/z', null];

type GenEvent = { type: EventType; actor: string[]; recipient: string[]; date: string | null; loc: string | null };
type Op =
  | { op: 'put'; doc: number; version: number; host: number; events: GenEvent[] }
  | { op: 'import'; origin: Origin; events: Array<GenEvent & { n: number; host: number }> }
  | { op: 'review'; pick: number; status: ReviewStatus }
  | { op: 'edit'; pick: number; date: string | null };

// Few dates, close together, so reports of one happening are common (same parties and type, dates within days).
const date = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom('2023', '2024-02') },
  { weight: 6, arbitrary: fc.constantFrom('2023-12-30', '2024-01-02', '2024-02-10', '2024-02-12', '2024-03-01', '2030-01-01') },
);
const codes = fc.uniqueArray(fc.constantFrom(...CODES), { minLength: 0, maxLength: 3 });
const genEvent: fc.Arbitrary<GenEvent> = fc.record({
  type: fc.constantFrom(...TYPES), actor: codes, recipient: codes, date, loc: fc.constantFrom(null, 'KAZ', 'CHN'),
}).filter((e) => e.actor.length > 0);
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('put' as const), doc: fc.nat(5), version: fc.nat(1), host: fc.nat(HOSTS.length - 1),
    events: fc.array(genEvent, { maxLength: 4 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('import' as const), origin: fc.constantFrom<Origin>('gdelt', 'icews', 'plover'),
    events: fc.array(fc.record({ type: fc.constantFrom(...TYPES), actor: codes, recipient: codes, date, loc: fc.constant(null),
      n: fc.nat(8), host: fc.nat(HOSTS.length - 1) }).filter((e) => e.actor.length > 0), { maxLength: 5 }) }) },
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
  partner: fc.option(fc.constantFrom('CHN', 'RUS', 'KAZ'), { nil: undefined }),
  direction: fc.constantFrom('both' as const, 'out' as const, 'in' as const),
  unit: fc.constantFrom('happenings' as const, 'reports' as const),
  from: fc.option(fc.constantFrom('2024', '2024-01-02', '2024-02'), { nil: undefined }),
  to: fc.option(fc.constantFrom('2024-02-11', '2024'), { nil: undefined }),
  types: fc.option(fc.subarray(TYPES, { minLength: 1 }), { nil: undefined }),
  origins: fc.option(fc.subarray<Origin>(['coded', 'gdelt', 'icews', 'plover'], { minLength: 1 }), { nil: undefined }),
  reviewStatuses: fc.option(fc.subarray<ReviewStatus>(['auto', 'confirmed', 'rejected'], { minLength: 1 }), { nil: undefined }),
});

function newEvent(id: string, doc: string, origin: Origin, e: GenEvent, sourceUrl: string | null = null): NewEvent {
  return {
    id, origin, doc, sentence: 0, text: `${e.type} of ${e.actor.join(',')} to ${e.recipient.join(',')}`, event_type: e.type, mode: null,
    context: [], actor: e.actor, recipient: e.recipient, date: e.date, location: e.loc, value: null, cameo: null, source_url: sourceUrl,
  };
}

/** Applies the operations through the store's write paths (reviews pick among the events stored so far). */
async function apply(store: Store, ops: Op[]): Promise<void> {
  const ids: string[] = [];
  for (const o of ops) {
    if (o.op === 'put') {
      const id = `doc-${o.doc}`;
      const text = `document ${o.doc} version ${o.version} ${JSON.stringify(o.events)}`;
      const batch: DocumentWithEvents = {
        doc: { id, title: id, url: HOSTS[o.host] ?? null, date: '2024-02-11', lang: 'en', content_hash: contentHash(text),
          source: `feed-${o.host}.jsonl:${o.doc}` },
        events: o.events.map((e, i) => newEvent(`coded:${id}:${contentHash(text).slice(0, 8)}:${i}`, id, 'coded', e)),
      };
      await store.putDocuments([batch]);
      ids.push(...batch.events.map((e) => e.id));
    } else if (o.op === 'import') {
      const events = o.events.map((e) => newEvent(`${o.origin}:${e.n}`, `${o.origin}-doc-${e.n % 3}`, o.origin, e, HOSTS[e.host] ?? null));
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

type Measures = { agg: MeasureQueries['coverage']; scan: MeasureQueries['coverage'] };

type Query = typeof query extends fc.Arbitrary<infer Q> ? Q : never;

async function compare(m: Measures, queries: Query[]): Promise<void> {
  for (const q of queries) {
    const args = {
      focal: q.focal, granularity: q.granularity, grouping: GROUPINGS[q.grouping], direction: q.direction,
      ...(q.partner ? { partner: q.partner } : {}),
      filter: {
        unit: q.unit, ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}), ...(q.types ? { types: q.types } : {}),
        ...(q.origins ? { origins: q.origins } : {}), ...(q.reviewStatuses ? { reviewStatuses: q.reviewStatuses } : {}),
      },
    };
    assert.deepEqual(await m.agg(args), await m.scan(args), JSON.stringify(args));
  }
}

const scenario = fc.record({ ops: fc.array(op, { minLength: 1, maxLength: 14 }), queries: fc.array(query, { minLength: 4, maxLength: 8 }) });

describe('coverage aggregate (duckdb)', () => {
  it('equals coverage read from the events after random writes, and the integrity check finds nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mv-cov-'));
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
          await compare({ agg: duckDbMeasures(db).coverage, scan: duckDbScanCoverage(db) }, queries);
        } finally {
          db.close();
        }
      }), { numRuns: 8, seed: 9 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is built when a database without it is opened, once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mv-cov-'));
    try {
      const path = join(dir, 'old.duckdb');
      const store = await openStore({ path });
      await apply(store, [
        { op: 'put', doc: 1, version: 0, host: 0, events: [{ type: 'CONSULT', actor: ['KAZ'], recipient: ['CHN'], date: '2024-01-02', loc: null }] },
        { op: 'import', origin: 'gdelt', events: [{ type: 'CONSULT', actor: ['KAZ'], recipient: ['CHN'], date: '2024-01-02', loc: null, n: 1, host: 1 },
          { type: 'ACCUSE', actor: ['RUS'], recipient: ['KAZ'], date: '2024-02', loc: null, n: 2, host: 0 }] },
      ]);
      const want = await store.measures().coverage({ focal: 'KAZ', filter: {}, granularity: 'month' });
      // Three documents (one coded, two dataset ones) from two hosts.
      assert.deepEqual(want.find((r) => r.scope === 'all' && r.dating === 'total'),
        { period: null, dating: 'total', key: null, scope: 'all', documents: 3, sources: 2 });
      await store.close();
      // The file as a store before the aggregate (schema 8) left it.
      const db = await Db.open(path);
      for (const q of ['DROP TABLE coverage_evidence', 'DROP TABLE evidence_names', 'DROP SEQUENCE evidence_name_seq',
        'DELETE FROM schema_version WHERE version = 9']) await db.run(q);
      db.close();
      for (let i = 0; i < 2; i++) {
        const again = await openStore({ path });
        assert.equal((await again.stats()).schemaVersion, 9);
        assert.deepEqual(await again.checkIntegrity(), []);
        assert.deepEqual(await again.measures().coverage({ focal: 'KAZ', filter: {}, granularity: 'month' }), want);
        await again.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

withPostgres('coverage aggregate (postgres)', () => describe('coverage aggregate (postgres)', () => {
  it('equals coverage read from the events after random writes, and the integrity check finds nothing', async () => {
    await fc.assert(fc.asyncProperty(scenario, async ({ ops, queries }) => {
      const fresh = await freshDatabase();
      const store = await openStore({ path: fresh.url });
      const db = await Pg.open(fresh.url, 'coverage test');
      try {
        await apply(store, ops);
        assert.deepEqual(await store.checkIntegrity(), []);
        await compare({ agg: postgresMeasures(db).coverage, scan: postgresScanCoverage(db) }, queries);
      } finally {
        await db.close();
        await store.close();
        await fresh.drop();
      }
    }), { numRuns: 5, seed: 9 });
  });
}));
