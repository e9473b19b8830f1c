/**
 * PostgreSQL benchmarks (need a server: MULTIVECTOR_BENCH_PG, else MULTIVECTOR_TEST_PG, a URL whose user may create
 * databases; scripts/pg-cluster.sh starts one; skipped without).
 * - benchPgImport: a GDELT 2.0 export of BENCH_PG_IMPORT_ROWS rows (default 1,000,000; generated from the real sample
 *   as in ./store.ts) imported by `multivector import`'s code path into PostgreSQL, next to a plain COPY of the same
 *   file into a bare 61-column table in the same run (target: import >= 50% of the COPY rate).
 * - benchPgBalance: `balance` for KAZ by month over 2015–2024 on n = BENCH_PG_BALANCE_SIZE and on 4n generated events
 *   (default n = 250,000, so 4n = 1M; src/store/duckdb/synthetic.ts), the same events in a DuckDB file and in PostgreSQL
 *   (copied through the Store interface), median of 7 each, whether the figures agree, the growth for 4x the
 *   events, and a linear extrapolation to 10M events (labelled as such: 10M does not fit this machine's time).
 * Run standalone: node --import tsx bench/run.ts postgres
 */
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
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
const BALANCE_SIZE = Number(process.env.BENCH_PG_BALANCE_SIZE ?? 250_000);

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
  for (let i = 0; i < 7; i++) {
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

/** Balance at one size on both engines: DuckDB and PostgreSQL medians (ms) and whether the figures agree. */
async function balanceAt(size: number): Promise<{ duck: number; pg: number; same: boolean; copyS: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'mv-bench-pg-bal-'));
  const db = await freshDatabase(SERVER);
  try {
    const path = join(dir, 'b.duckdb');
    await fillSyntheticEvents(path, size, { clustered: false });
    const duck = await openStore({ path, readOnly: true });
    const pgStore = await openStore({ path: db.url });
    try {
      const copyS = await copyToPostgres(duck, pgStore);
      const d = await timeBalance(duck);
      const p = await timeBalance(pgStore);
      return { duck: d.ms, pg: p.ms, same: d.figures === p.figures, copyS };
    } finally {
      await duck.close();
      await pgStore.close();
    }
  } finally {
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Balance by month at n and 4n events on both engines (BENCH_PG_BALANCE_SIZE = n, default 250,000): the growth
 * for 4x the events says how far the 10M figure of the issue can be extrapolated from what runs here.
 */
export async function benchPgBalance(): Promise<string[]> {
  if (!SERVER) return ['postgres balance: skipped (no MULTIVECTOR_BENCH_PG or MULTIVECTOR_TEST_PG)'];
  const out: string[] = [];
  const runs: Array<{ size: number; duck: number; pg: number }> = [];
  for (const size of [BALANCE_SIZE, 4 * BALANCE_SIZE]) {
    const r = await balanceAt(size);
    runs.push({ size, ...r });
    out.push(`postgres balance: ${fmt(size)} events (copied into PostgreSQL through the Store in ${r.copyS.toFixed(0)}s): KAZ by month ` +
      `2015–2024: DuckDB median ${r.duck.toFixed(0)} ms, PostgreSQL median ${r.pg.toFixed(0)} ms (${(r.pg / r.duck).toFixed(1)}x); ` +
      `same figures: ${r.same ? 'yes' : 'NO'}`);
  }
  const [a, b] = runs as [typeof runs[0], typeof runs[0]];
  const grow = (x: number, y: number) => (y / x).toFixed(2);
  out.push(`postgres balance: 4x the events: DuckDB ${grow(a.duck, b.duck)}x the time, PostgreSQL ${grow(a.pg, b.pg)}x (linear = 4x)`);
  // Linear from the larger run (the growth above shows whether that holds): not a measurement.
  const at10m = (ms: number) => (ms * 10_000_000 / b.size / 1000).toFixed(1);
  out.push(`postgres balance: extrapolated linearly to 10,000,000 events (not measured here): DuckDB ~${at10m(b.duck)} s, ` +
    `PostgreSQL ~${at10m(b.pg)} s`);
  return out;
}
