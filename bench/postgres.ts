/**
 * PostgreSQL benchmarks (need a server: MULTIVECTOR_BENCH_PG, else MULTIVECTOR_TEST_PG, a URL whose user may create
 * databases; scripts/pg-cluster.sh starts one; skipped without).
 * - benchPgImport: a GDELT 2.0 export of BENCH_PG_IMPORT_ROWS rows (default 1,000,000; generated from the real sample
 *   as in ./store.ts) imported by `multivector import`'s code path into PostgreSQL, next to a plain COPY of the same
 *   file into a bare 61-column table in the same run (target: import >= 50% of the COPY rate).
 * - benchPgBalance: `balance` for KAZ by month over 2015–2024 on BENCH_PG_BALANCE_SIZE generated events (default
 *   1,000,000; src/store/duckdb/synthetic.ts), the same events in a DuckDB file and in PostgreSQL (copied through the
 *   Store interface), median of 7 each, and whether the figures agree.
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
const BALANCE_SIZE = Number(process.env.BENCH_PG_BALANCE_SIZE ?? 1_000_000);

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

export async function benchPgBalance(): Promise<string[]> {
  if (!SERVER) return ['postgres balance: skipped (no MULTIVECTOR_BENCH_PG or MULTIVECTOR_TEST_PG)'];
  const dir = mkdtempSync(join(tmpdir(), 'mv-bench-pg-bal-'));
  const db = await freshDatabase(SERVER);
  try {
    const path = join(dir, 'b.duckdb');
    await fillSyntheticEvents(path, BALANCE_SIZE, { clustered: false });
    const duck = await openStore({ path, readOnly: true });
    const pgStore = await openStore({ path: db.url });
    try {
      const t = performance.now();
      for await (const batch of duck.iterateEvents({})) {
        await pgStore.importEvents(batch);
      }
      const copyS = (performance.now() - t) / 1000;
      await pgStore.compact(); // ANALYZE
      const d = await timeBalance(duck);
      const p = await timeBalance(pgStore);
      return [
        `postgres balance: ${fmt(BALANCE_SIZE)} events (copied into PostgreSQL through the Store in ${copyS.toFixed(0)}s)`,
        `postgres balance: KAZ by month 2015–2024: DuckDB median ${d.ms.toFixed(0)} ms, PostgreSQL median ${p.ms.toFixed(0)} ms ` +
          `(${(p.ms / d.ms).toFixed(1)}x); same figures: ${d.figures === p.figures ? 'yes' : 'NO'}`,
      ];
    } finally {
      await duck.close();
      await pgStore.close();
    }
  } finally {
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}
