/**
 * The README's partitioning DDL ("Beyond one database server") on real PostgreSQL partitions: it is read from the
 * README itself and run on a database holding imported events; then more is imported (and the same again), and
 * everything must equal an unpartitioned database fed the same files, with nothing stored twice and a month's query
 * reading that month's partition only. Needs a PostgreSQL test server (./_pg.ts).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, it } from 'node:test';
import pg from 'pg';
import { balance, partners } from '../../src/analytics/index.ts';
import { importFile, type Dataset } from '../../src/import/index.ts';
import { openStore, type Store } from '../../src/store/store.ts';
import { freshDatabase, withPostgres } from './_pg.ts';

const FIX = new URL('../fixtures/store/', import.meta.url).pathname;
const README = new URL('../../README.md', import.meta.url).pathname;

/** The SQL block under the README's partition-ddl marker. */
function partitionDdl(): string {
  const text = readFileSync(README, 'utf8');
  const at = text.indexOf('<!-- partition-ddl:');
  assert.ok(at >= 0, 'the README has the partition DDL');
  const m = /```sql\n([^]*?)```/.exec(text.slice(at));
  assert.ok(m, 'a sql block follows the marker');
  return m[1]!;
}

async function sql<T>(url: string, text: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query(text);
    return (Array.isArray(r) ? r.at(-1)!.rows : r.rows) as T[];
  } finally {
    await c.end();
  }
}

const FIRST: Array<[Dataset, string]> = [['gdelt', 'gdelt1-sample.txt']];
const THEN: Array<[Dataset, string]> = [['gdelt', 'gdelt2-sample.CSV'], ['icews', 'icews-sample.tab'], ['gdelt', 'gdelt2-sample.CSV']];

withPostgres('the README partitioning DDL on PostgreSQL', () => {
  const dbs: Array<{ url: string; drop(): Promise<void> }> = [];
  const stores: Store[] = [];
  const added: number[][] = [[], []];
  before(async () => {
    dbs.push(await freshDatabase(), await freshDatabase());
    for (const [i, db] of dbs.entries()) {
      let store = await openStore({ path: db.url });
      for (const [d, f] of FIRST) added[i]!.push((await importFile(store, d, FIX + f)).added);
      if (i === 1) {
        await store.close();
        await sql(db.url, partitionDdl());
        store = await openStore({ path: db.url });
      }
      for (const [d, f] of THEN) added[i]!.push((await importFile(store, d, FIX + f)).added);
      await store.setReviewStatus((await store.queryEvents({}, { limit: 1 }))[0]!.id, 'rejected', 'test');
      stores.push(store);
    }
  });
  after(async () => {
    for (const s of stores) await s.close();
    for (const db of dbs) await db.drop();
  });

  it('events is partitioned by month and holds what an unpartitioned database holds', async () => {
    const parts = await sql<{ n: number }>(dbs[1]!.url, `SELECT count(*)::integer AS n FROM pg_inherits WHERE inhparent = 'events'::regclass`);
    assert.ok(parts[0]!.n > 100, 'a partition per month and a default one');
    assert.deepEqual(added[1], added[0], 'the same rows added by each import; the repeated import adds none');
    assert.equal(added[0]!.at(-1), 0);
    const [flat, parted] = stores as [Store, Store];
    assert.deepEqual(await parted.queryEvents({}, { limit: 10_000 }), await flat.queryEvents({}, { limit: 10_000 }));
    assert.deepEqual({ ...(await parted.stats()), bytes: 0 }, { ...(await flat.stats()), bytes: 0 });
    assert.deepEqual(await parted.queryHappenings({}, { limit: 1000 }), await flat.queryHappenings({}, { limit: 1000 }));
    for (const focal of ['USA', 'CHN']) {
      assert.deepEqual(await balance(parted.measures(), focal, { granularity: 'month' }), await balance(flat.measures(), focal, { granularity: 'month' }));
      assert.deepEqual(await partners(parted.measures(), focal), await partners(flat.measures(), focal));
    }
    assert.deepEqual(await parted.checkIntegrity(), []);
    const dup = await sql<{ n: number }>(dbs[1]!.url, 'SELECT count(*)::integer AS n FROM (SELECT id FROM events GROUP BY id HAVING count(*) > 1) d');
    assert.equal(dup[0]!.n, 0);
  });

  it('a month\'s query reads that month\'s partition only, and rows sit in their month', async () => {
    const plan = (await sql<{ 'QUERY PLAN': string }>(dbs[1]!.url,
      `EXPLAIN SELECT count(*) FROM events WHERE date_start >= DATE '2014-02-01' AND date_start < DATE '2014-03-01'`)).map((r) => r['QUERY PLAN']).join('\n');
    assert.match(plan, /events_2014_02/);
    assert.doesNotMatch(plan, /events_2014_01|events_2014_03|events_default/);
    const where = await sql<{ part: string; n: number }>(dbs[1]!.url,
      `SELECT tableoid::regclass::text AS part, count(*)::integer AS n FROM events GROUP BY 1 ORDER BY 1`);
    assert.ok(where.some((r) => r.part === 'events_2014_02' && r.n > 0), JSON.stringify(where));
    assert.ok(where.some((r) => r.part === 'events_2018_06' && r.n > 0), JSON.stringify(where));
  });
});
