/**
 * PostgreSQL benchmarks (need a server: MULTIVECTOR_BENCH_PG, else MULTIVECTOR_TEST_PG, a URL whose user may create
 * databases; scripts/pg-cluster.sh starts one; skipped without).
 * - benchPgImport: a GDELT 2.0 export of BENCH_PG_IMPORT_ROWS rows (default 1,000,000; generated from the real sample
 *   as in ./store.ts) imported by `multivector import`'s code path into PostgreSQL, next to a plain COPY of the same
 *   file into a bare 61-column table in the same run (target: import >= 50% of the COPY rate).
 * - benchPgBalance: `balance` for KAZ by month over 2015–2024 at each of BENCH_PG_BALANCE_SIZES generated events
 *   (default 1M and 10M; src/store/duckdb/synthetic.ts), the same events in a DuckDB file and in PostgreSQL (COPYed from
 *   the DuckDB file), median of BENCH_PG_BALANCE_RUNS (default 3) each, and whether the figures agree.
 * Run standalone: node --import tsx bench/run.ts postgres
 */
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { balance } from '../src/analytics/balance.ts';
import { importFile } from '../src/import/index.ts';
import { fillSyntheticEvents } from '../src/store/duckdb/synthetic.ts';
import { openStore, type Store } from '../src/store/store.ts';
import { freshDatabase } from '../test/unit/_pg.ts';
import { generateGdelt } from './store.ts';

const SERVER = process.env.MULTIVECTOR_BENCH_PG || process.env.MULTIVECTOR_TEST_PG || '';
const SAMPLE = fileURLToPath(new URL('../../shared/data/gdelt/20150218230000.export.CSV', import.meta.url));
const IMPORT_ROWS = Number(process.env.BENCH_PG_IMPORT_ROWS ?? 1_000_000);
const BALANCE_SIZES = (process.env.BENCH_PG_BALANCE_SIZES ?? '1000000,10000000').split(',').map(Number);
/** Balance runs timed per engine and size (after one untimed run): a PostgreSQL run at 10M takes minutes here. */
const BALANCE_RUNS = Number(process.env.BENCH_PG_BALANCE_RUNS ?? 3);

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** A plain COPY of the file into a bare table of 61 text columns (no quoting: GDELT has none). */
async function plainCopy(url: string, file: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(`DROP TABLE IF EXISTS raw_bench`);
    await c.query(`CREATE TABLE raw_bench (${Array.from({ length: 61 }, (_, i) => `c${i} text`).join(', ')})`);
    await pipeline(createReadStream(file), c.query(copyFrom(`COPY raw_bench FROM STDIN WITH (FORMAT csv, DELIMITER E'\\t', QUOTE E'\\x01')`)));
    const n = (await c.query<{ n: string }>('SELECT count(*) AS n FROM raw_bench')).rows[0]!.n;
    await c.query('DROP TABLE raw_bench');
    return Number(n);
  } finally {
    await c.end();
  }
}

export async function benchPgImport(): Promise<string[]> {
  if (!SERVER) return ['postgres import: skipped (no MULTIVECTOR_BENCH_PG or MULTIVECTOR_TEST_PG)'];
  const dir = mkdtempSync(join(tmpdir(), 'mv-bench-pg-'));
  const db = await freshDatabase(SERVER);
  try {
    const file = join(dir, 'gdelt-bench.export.CSV');
    await generateGdelt(file, IMPORT_ROWS);
    const raw: number[] = [];
    for (let i = 0; i < 2; i++) {
      const t = performance.now();
      await plainCopy(db.url, file);
      raw.push(performance.now() - t);
    }
    const rawMs = Math.min(...raw);
    const store = await openStore({ path: db.url });
    try {
      let t = performance.now();
      const r = await importFile(store, 'gdelt', file);
      const importMs = performance.now() - t;
      t = performance.now();
      const again = await importFile(store, 'gdelt', file);
      const againMs = performance.now() - t;
      const rawRate = IMPORT_ROWS / (rawMs / 1000);
      const rate = IMPORT_ROWS / (importMs / 1000);
      return [
        `postgres import: plain COPY -> bare table: ${(rawMs / 1000).toFixed(2)}s = ${fmt(rawRate)} rows/s`,
        `postgres import: multivector import gdelt: ${(importMs / 1000).toFixed(2)}s = ${fmt(rate)} rows/s (${fmt(r.added)} added, ` +
          `${fmt(r.unmapped)} CAMEO 01/02 skipped, ${r.malformed} malformed)`,
        `postgres import: ratio ${(100 * rate / rawRate).toFixed(0)}% of plain COPY (target >= 50%)`,
        `postgres import: same file again: ${(againMs / 1000).toFixed(2)}s, ${fmt(again.added)} added, ${fmt(again.duplicates)} already stored`,
      ];
    } finally {
      await store.close();
    }
  } finally {
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function timeBalance(store: Store): Promise<{ ms: number; figures: string }> {
  const run = () => balance(store.measures(), 'KAZ', { granularity: 'month', filter: { from: '2015', to: '2024' } });
  const first = await run();
  const times: number[] = [];
  for (let i = 0; i < BALANCE_RUNS; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  return { ms: median(times), figures: JSON.stringify(first.series.map((p) => p.counts)) };
}

/** The synthetic events of the DuckDB file `path` copied into PostgreSQL through the Store interface (seconds taken). */
export async function copyToPostgres(duck: Store, pgStore: Store): Promise<number> {
  const t = performance.now();
  for await (const batch of duck.iterateEvents({})) await pgStore.importEvents(batch);
  await pgStore.compact(); // ANALYZE
  return (performance.now() - t) / 1000;
}

/**
 * The events of the DuckDB store file `path` (with the happenings, sources and date flags DuckDB computed) put into
 * the PostgreSQL database `url` by a plain COPY of a CSV file DuckDB writes, the indexes built after: the Store's
 * write path would cluster 10M events again, one import at a time, for hours on this machine. Seconds taken.
 */
export async function copyFileToPostgres(path: string, url: string, dir: string): Promise<number> {
  const t = performance.now();
  const csv = join(dir, 'events.csv');
  const cols = ['id', 'origin', 'doc', 'sentence', 'text', 'event_type', 'mode', 'context', 'actor', 'recipient', 'parties', 'date',
    'date_start', 'location', 'value_amount', 'value_currency', 'cameo', 'score', 'quad_class', 'goldstein', 'num_mentions',
    'num_sources', 'num_articles', 'tone', 'source_url', 'span_start', 'span_end', 'review_status', 'doc_changed', 'created_at',
    'confidence', 'date_flag', 'hkey', 'happening', 'h_rep', 'source'];
  const lists = ['context', 'actor', 'recipient', 'parties'];
  const duck = await DuckDBInstance.create(path, { access_mode: 'READ_ONLY' });
  try {
    const conn = await duck.connect();
    // Lists as PostgreSQL array literals (codes and context names hold no commas, quotes or braces).
    await conn.run(`COPY (SELECT ${cols.map((c) => (lists.includes(c) ? `'{' || array_to_string(${c}, ',') || '}' AS ${c}` : c)).join(', ')}
      FROM events) TO '${csv}' (FORMAT csv, HEADER false)`);
    conn.closeSync();
  } finally {
    duck.closeSync();
  }
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const indexes = (await c.query<{ name: string; def: string }>(`SELECT i.indexrelid::regclass::text AS name,
        pg_get_indexdef(i.indexrelid) AS def FROM pg_index i WHERE i.indrelid = 'events'::regclass AND NOT i.indisprimary`)).rows;
    await c.query('BEGIN');
    await c.query(`SET LOCAL maintenance_work_mem = '512MB'`);
    for (const x of indexes) await c.query(`DROP INDEX ${x.name}`);
    await c.query('ALTER TABLE events DROP CONSTRAINT events_pkey');
    await pipeline(createReadStream(csv), c.query(copyFrom(`COPY events (${cols.join(', ')}) FROM STDIN (FORMAT csv)`)));
    await c.query('ALTER TABLE events ADD CONSTRAINT events_pkey PRIMARY KEY (id)');
    for (const x of indexes) await c.query(x.def);
    await c.query('COMMIT');
    await c.query('ANALYZE events');
  } finally {
    await c.end();
    rmSync(csv, { force: true });
  }
  return (performance.now() - t) / 1000;
}

/** Balance at one size on both engines: DuckDB and PostgreSQL medians (ms) and whether the figures agree. */
async function balanceAt(size: number): Promise<{ duck: number; pg: number; same: boolean; fillS: number; copyS: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'mv-bench-pg-bal-'));
  const db = await freshDatabase(SERVER);
  try {
    const path = join(dir, 'b.duckdb');
    let t = performance.now();
    await fillSyntheticEvents(path, size, { clustered: false });
    const fillS = (performance.now() - t) / 1000;
    const pgStore = await openStore({ path: db.url }); // the schema
    await pgStore.close();
    const copyS = await copyFileToPostgres(path, db.url, dir);
    const duck = await openStore({ path, readOnly: true });
    const pgRead = await openStore({ path: db.url });
    try {
      t = performance.now();
      const d = await timeBalance(duck);
      const p = await timeBalance(pgRead);
      return { duck: d.ms, pg: p.ms, same: d.figures === p.figures, fillS, copyS };
    } finally {
      await duck.close();
      await pgRead.close();
    }
  } finally {
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Balance by month at each of BENCH_PG_BALANCE_SIZES (default 1M and 10M generated events) on both engines: the
 * events are generated in a DuckDB file (src/store/duckdb/synthetic.ts, uniform dates 2015–2025, skewed country
 * pairs) and the same rows COPYed into PostgreSQL (copyFileToPostgres).
 */
export async function benchPgBalance(): Promise<string[]> {
  if (!SERVER) return ['postgres balance: skipped (no MULTIVECTOR_BENCH_PG or MULTIVECTOR_TEST_PG)'];
  const out: string[] = [];
  const runs: Array<{ size: number; duck: number; pg: number }> = [];
  for (const size of BALANCE_SIZES) {
    const r = await balanceAt(size);
    runs.push({ size, ...r });
    out.push(`postgres balance: ${fmt(size)} events (generated in DuckDB in ${r.fillS.toFixed(0)}s, COPYed into PostgreSQL with its ` +
      `indexes in ${r.copyS.toFixed(0)}s): KAZ by month 2015–2024: DuckDB median of ${BALANCE_RUNS} ${r.duck.toFixed(0)} ms, ` +
      `PostgreSQL median of ${BALANCE_RUNS} ${r.pg.toFixed(0)} ms (${(r.pg / r.duck).toFixed(1)}x); same figures: ${r.same ? 'yes' : 'NO'}`);
  }
  const [a, b] = runs;
  if (a && b && b.size > a.size) {
    const grow = (x: number, y: number) => (y / x).toFixed(2);
    out.push(`postgres balance: ${(b.size / a.size).toFixed(0)}x the events: DuckDB ${grow(a.duck, b.duck)}x the time, ` +
      `PostgreSQL ${grow(a.pg, b.pg)}x`);
  }
  return out;
}
