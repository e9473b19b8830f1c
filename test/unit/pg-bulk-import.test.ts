/**
 * A bulk dataset import into an empty PostgreSQL database takes the paths a small one does not (issue 12): the
 * secondary indexes of events and of the coverage aggregate dropped and built again after the rows, the clustering
 * reading only the rows that can share a happening, the aggregate's rows made in two statements. The same file is
 * imported into DuckDB: events (with their happenings), measures and counts must be equal, the integrity check (which
 * derives the aggregate the plain way) must find nothing, the indexes must all be back and serve queries, and the
 * same file imported again must add nothing. Needs a PostgreSQL test server (./_pg.ts).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import pg from 'pg';
import { importFile } from '../../src/import/index.ts';
import { GDELT_COLUMNS } from '../../src/import/columns.ts';
import { openStore, type Store } from '../../src/store/store.ts';
import { openFreshDuckDb } from './_engines.ts';
import { freshDatabase, withPostgres } from './_pg.ts';

const FIX = new URL('../fixtures/store/', import.meta.url).pathname;
/** Rows: enough for over 10,000 aggregate rows (the bulk refresh) and more rows than stored (the index rebuild). */
const ROWS = 8000;
const CODES = ['AUS', 'NZL', 'KAZ', 'CHN'];

/** GDELT 2.0 rows from one good fixture row: pairs of countries (some the same), days that cluster, a few documents. */
function bulkRows(): string {
  const good = readFileSync(join(FIX, 'gdelt2-sample.CSV'), 'utf8').split('\n').find((l) => l.startsWith('410412353\t'))!.split('\t');
  const col = (name: string) => GDELT_COLUMNS.gdelt2.indexOf(name);
  const day0 = Date.UTC(2014, 11, 20);
  const out: string[] = [];
  for (let i = 0; i < ROWS; i++) {
    const r = [...good];
    r[col('GLOBALEVENTID')] = String(700_000_000 + i);
    // Three days apart at most within a pair's rows of a day, across a year's end.
    r[col('SQLDATE')] = new Date(day0 + ((i * 7) % 40) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
    r[col('Actor1CountryCode')] = CODES[i % 4]!;
    r[col('Actor2CountryCode')] = CODES[Math.floor(i / 4) % 4]!;
    r[col('SOURCEURL')] = `https://news${i % 5}.example/story/${i % 97}`;
    out.push(r.join('\t'));
  }
  return `${out.join('\n')}\n`;
}

withPostgres('bulk dataset import into PostgreSQL', () => {
  let dir: string;
  let file: string;
  let duck: { store: Store; cleanup(): Promise<void> };
  let db: { url: string; drop(): Promise<void> };
  let store: Store;
  const indexes = async () => {
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    try {
      return (await c.query<{ d: string }>(`SELECT indexdef AS d FROM pg_indexes
        WHERE tablename IN ('events', 'coverage_evidence') ORDER BY indexname`)).rows.map((r) => r.d);
    } finally {
      await c.end();
    }
  };
  const aggregateRows = async () => {
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    try {
      return Number((await c.query<{ n: string }>('SELECT count(*) AS n FROM coverage_evidence')).rows[0]!.n);
    } finally {
      await c.end();
    }
  };
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mv-pg-bulk-'));
    file = join(dir, 'bulk.export.CSV');
    writeFileSync(file, bulkRows());
    duck = await openFreshDuckDb();
    db = await freshDatabase();
    store = await openStore({ path: db.url });
  });
  after(async () => {
    await store?.close();
    await db?.drop();
    await duck?.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores what DuckDB stores, with every index back and serving queries; the same file again adds nothing', async () => {
    const before = await indexes();
    assert.ok(before.some((d) => d.includes('coverage_evidence_code')) && before.some((d) => d.includes('events_parties')));
    const a = await importFile(duck.store, 'gdelt', file);
    const b = await importFile(store, 'gdelt', file);
    assert.deepEqual({ ...b, ms: 0 }, { ...a, ms: 0 });
    assert.equal(b.added, ROWS);
    assert.deepEqual(await indexes(), before);
    // (Enough rows for the aggregate's bulk refresh, src/store/postgres/_coverage.ts BULK_ROWS.)
    assert.ok(await aggregateRows() > 10_000);
    assert.deepEqual(await store.checkIntegrity(), []);
    const [x, y] = await Promise.all([duck.store, store].map((s) => s.queryEvents({}, { limit: 100_000 })));
    assert.equal(y!.length, ROWS);
    assert.deepEqual(y, x);
    // Some reports share a happening (the clustering ran), and a country's events come back through its index.
    assert.ok(y!.some((e) => e.happening !== e.id));
    const [kx, ky] = await Promise.all([duck.store, store].map((s) => s.queryEvents({ country: 'KAZ', partner: 'CHN' }, { limit: 100_000 })));
    assert.ok(ky!.length > 0);
    assert.deepEqual(ky, kx);
    // The coverage measure reads the aggregate, through its rebuilt indexes.
    const coverage = async (s: Store) => (await s.measures().coverage({ focal: 'KAZ', filter: {}, granularity: 'month' }))
      .map((r) => JSON.stringify(r)).sort();
    const cy = await coverage(store);
    assert.ok(cy.length > 0);
    assert.deepEqual(cy, await coverage(duck.store));

    const again = await importFile(store, 'gdelt', file);
    assert.equal(again.added, 0);
    assert.equal(again.duplicates, ROWS);
    assert.equal((await store.queryEvents({}, { limit: 100_000 })).length, ROWS);
    assert.deepEqual(await store.checkIntegrity(), []);
  });
});
