/**
 * Store benchmarks.
 * - benchImport: a GDELT 2.0 export of >= 1,000,000 rows generated from the real sample (ids and dates varied),
 *   imported by `multivector import`'s code path, next to DuckDB's own read_csv of the same file into a bare
 *   table in the same run (target: import >= 50% of that rate).
 * - benchQuery: the filtered query (country KAZ, partner CHN, type CONSULT, 2024-01..2024-12) over 1M and 10M
 *   generated events (target: < 100 ms at 10M), inserted in date order and in random order (1M-row batches
 *   through the store's write path, compaction as the store does it).
 * Run standalone: node --import tsx bench/store.ts [import|query]
 */
import { createReadStream, createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { importFile } from '../src/import/index.ts';
import { fillSyntheticEvents, rawReadCsv } from '../src/store/duckdb/synthetic.ts';
import { openStore, type EventFilter } from '../src/store/store.ts';

const SAMPLE = fileURLToPath(new URL('../../shared/data/gdelt/20150218230000.export.CSV', import.meta.url));
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000_000);
const QUERY_SIZES = (process.env.BENCH_QUERY_SIZES ?? '1000000,10000000').split(',').map(Number);

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (t0: number) => performance.now() - t0;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Writes `rows` GDELT 2.0 rows: the sample's rows over and over, each copy with new ids and a later day. */
export async function generateGdelt(out: string, rows: number): Promise<void> {
  const sample: string[][] = [];
  for await (const line of createInterface({ input: createReadStream(SAMPLE, 'utf8'), crlfDelay: Infinity })) {
    if (line) sample.push(line.split('\t'));
  }
  const ws = createWriteStream(out);
  const day0 = Date.UTC(2015, 0, 1);
  let written = 0;
  for (let copy = 0; written < rows; copy++) {
    // One copy per day, like consecutive daily exports.
    const d = new Date(day0 + copy * 86_400_000);
    const ymd = d.toISOString().slice(0, 10).replace(/-/g, '');
    const chunk: string[] = [];
    for (const cols of sample) {
      if (written >= rows) break;
      const c = [...cols];
      c[0] = String(500_000_000 + written);
      c[1] = ymd;
      c[2] = ymd.slice(0, 6);
      c[3] = ymd.slice(0, 4);
      chunk.push(c.join('\t'));
      written++;
    }
    if (!ws.write(chunk.join('\n') + '\n')) await new Promise<void>((r) => ws.once('drain', () => r()));
  }
  await new Promise<void>((res, rej) => ws.end((e?: Error | null) => (e ? rej(e) : res())));
}

export async function benchImport(): Promise<string[]> {
  if (!existsSync(SAMPLE)) return [`import: skipped (no GDELT sample at ${SAMPLE})`];
  const dir = mkdtempSync(join(tmpdir(), 'mv-bench-import-'));
  try {
    const file = join(dir, 'gdelt-bench.export.CSV');
    let t = performance.now();
    await generateGdelt(file, IMPORT_ROWS);
    const genMs = ms(t);
    // DuckDB's own read_csv into a bare table (best of two, so file caching favours the yardstick).
    const raw: number[] = [];
    for (let i = 0; i < 2; i++) {
      const rawDb = join(dir, `raw${i}.duckdb`);
      t = performance.now();
      await rawReadCsv(rawDb, file);
      raw.push(ms(t));
      rmSync(rawDb, { force: true });
    }
    const rawMs = Math.min(...raw);
    const store = await openStore({ path: join(dir, 'store.duckdb') });
    let r;
    let again;
    try {
      t = performance.now();
      r = await importFile(store, 'gdelt', file);
      const importMs = ms(t);
      t = performance.now();
      again = await importFile(store, 'gdelt', file);
      const againMs = ms(t);
      const rawRate = IMPORT_ROWS / (rawMs / 1000);
      const importRate = IMPORT_ROWS / (importMs / 1000);
      return [
        `import: generated GDELT 2.0 file of ${fmt(IMPORT_ROWS)} rows in ${(genMs / 1000).toFixed(1)}s`,
        `import: DuckDB read_csv -> bare table: ${(rawMs / 1000).toFixed(2)}s = ${fmt(rawRate)} rows/s`,
        `import: multivector import gdelt:       ${(importMs / 1000).toFixed(2)}s = ${fmt(importRate)} rows/s ` +
          `(${fmt(r.added)} added, ${fmt(r.unmapped)} CAMEO 01/02 skipped, ${r.malformed} malformed)`,
        `import: ratio ${(100 * importRate / rawRate).toFixed(0)}% of DuckDB's read_csv (target >= 50%)`,
        `import: same file again: ${(againMs / 1000).toFixed(2)}s, ${fmt(again.added)} added, ${fmt(again.duplicates)} already stored`,
      ];
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const FILTER: EventFilter = { country: 'KAZ', partner: 'CHN', types: ['CONSULT'], from: '2024-01', to: '2024-12' };

export async function benchQuery(): Promise<string[]> {
  const lines: string[] = [];
  for (const clustered of [true, false]) lines.push(...await benchQueryOrder(clustered));
  return lines;
}

async function benchQueryOrder(clustered: boolean): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'mv-bench-query-'));
  const lines: string[] = [];
  const results: Array<{ n: number; q: number }> = [];
  const order = clustered ? 'date order' : 'random order';
  try {
    for (const n of QUERY_SIZES) {
      const path = join(dir, `q${n}.duckdb`);
      let t = performance.now();
      await fillSyntheticEvents(path, n, { clustered });
      const fillMs = ms(t);
      const store = await openStore({ path, readOnly: true });
      try {
        await store.queryEvents(FILTER, { limit: 100 }); // warm-up: first touch loads the file's blocks
        const q: number[] = [];
        const c: number[] = [];
        let hits = 0;
        for (let i = 0; i < 7; i++) {
          t = performance.now();
          await store.queryEvents(FILTER, { limit: 100 });
          q.push(ms(t));
          t = performance.now();
          hits = await store.countEvents(FILTER);
          c.push(ms(t));
        }
        results.push({ n, q: median(q) });
        lines.push(`query (${order}): ${fmt(n)} events (generated in ${(fillMs / 1000).toFixed(1)}s): KAZ+CHN CONSULT 2024 -> ${hits} events; ` +
          `list (first 100) median ${median(q).toFixed(1)} ms, count median ${median(c).toFixed(1)} ms`);
      } finally {
        await store.close();
        rmSync(path, { force: true });
      }
    }
    if (results.length >= 2) {
      const a = results[0]!;
      const b = results[results.length - 1]!;
      lines.push(`query (${order}): ${fmt(a.n)} -> ${fmt(b.n)} events (x${(b.n / a.n).toFixed(0)}): latency x${(b.q / a.q).toFixed(1)}; ` +
        `${b.q < 100 ? 'meets' : 'MISSES'} the < 100 ms target at ${fmt(b.n)}`);
    }
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const which = process.argv[2];
  if (!which || which === 'import') for (const l of await benchImport()) console.log(l);
  if (!which || which === 'query') for (const l of await benchQuery()) console.log(l);
}
