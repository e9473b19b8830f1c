/**
 * Coding throughput, inside one process and across workers (needs PostgreSQL and Redis for the workers:
 * MULTIVECTOR_BENCH_PG / MULTIVECTOR_TEST_PG and MULTIVECTOR_BENCH_REDIS / MULTIVECTOR_TEST_REDIS; skipped without).
 * - benchIngestThreads: `ingest` of a generated corpus (BENCH_QUEUE_DOCS documents of ~10 sentences) into a DuckDB
 *   file with 1 coding thread and with one per core, same run: the ratio is what worker threads bring.
 * - benchWorkers: the same corpus queued, then coded into PostgreSQL by 1 and by 2 `multivector worker` processes
 *   (the scaling ratio), each with one document per transaction (--batch 1) and with batches of 16; beside it the
 *   ceilings of the two shared services measured in the same run: documents queued per second (Redis) and coded
 *   documents stored per second, one and 16 per transaction (PostgreSQL), which say what saturates first as
 *   workers are added.
 * Run standalone: node --import tsx bench/run.ts queue
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCoder } from '../src/coder/index.ts';
import { CoderPool } from '../src/ingest/coder-pool.ts';
import { ingest, toNewEvents } from '../src/ingest/index.ts';
import { enqueueItems } from '../src/queue/enqueue.ts';
import { readDocuments } from '../src/read/index.ts';
import { contentHash } from '../src/store/ids.ts';
import { openStore } from '../src/store/store.ts';
import { freshDatabase } from '../test/unit/_pg.ts';
import { freshQueue } from '../test/unit/_redis.ts';
import { generateCorpus } from './coder.ts';

const PG = process.env.MULTIVECTOR_BENCH_PG || process.env.MULTIVECTOR_TEST_PG || '';
const REDIS = process.env.MULTIVECTOR_BENCH_REDIS || process.env.MULTIVECTOR_TEST_REDIS || '';
const DOCS = Number(process.env.BENCH_QUEUE_DOCS ?? 600);
const BIN = new URL('../bin/multivector', import.meta.url).pathname;

const rate = (n: number, ms: number) => (n / (ms / 1000)).toFixed(1);

async function corpusFile(dir: string): Promise<string> {
  const file = join(dir, 'corpus.jsonl');
  await generateCorpus(file, DOCS * 10);
  return file;
}

export async function benchIngestThreads(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'mv-bench-threads-'));
  try {
    const file = await corpusFile(dir);
    const out: string[] = [];
    const runs: Record<number, number> = {};
    for (const threads of [1, availableParallelism()]) {
      const store = await openStore({ path: join(dir, `t${threads}.duckdb`) });
      const pool = new CoderPool({ workers: threads, budgetMs: Infinity, yieldCpu: false });
      try {
        const p = await ingest([file], { store, coder: pool });
        runs[threads] = p.ms;
        out.push(`ingest threads: ${threads} coding thread(s): ${p.documents} docs in ${(p.ms / 1000).toFixed(1)}s = ${rate(p.documents, p.ms)} docs/s`);
      } finally {
        await pool.close();
        await store.close();
      }
    }
    const n = availableParallelism();
    out.push(`ingest threads: ${n} threads / 1 thread = ${(runs[1]! / runs[n]!).toFixed(2)}x on ${n} cores`);
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function runWorkers(n: number, queue: string, db: string, batch: number): Promise<number> {
  const t = performance.now();
  return Promise.all(Array.from({ length: n }, async () => {
    const child = spawn(process.execPath, [BIN, 'worker', '--queue', queue, '--db', db, '--drain', '--batch', String(batch)], { stdio: 'ignore' });
    const [code] = await once(child, 'exit');
    if (code !== 0) throw new Error(`worker exited ${code}`);
  })).then(() => performance.now() - t);
}

export async function benchWorkers(): Promise<string[]> {
  if (!PG || !REDIS) return ['queue workers: skipped (needs MULTIVECTOR_TEST_PG and MULTIVECTOR_TEST_REDIS)'];
  const dir = mkdtempSync(join(tmpdir(), 'mv-bench-workers-'));
  const out: string[] = [];
  try {
    const file = await corpusFile(dir);
    // Each worker count with one document per transaction (--batch 1, as before batching) and with batches of 16.
    const times: Record<string, number> = {};
    for (const n of [1, 2]) {
      for (const batch of [1, 16]) {
        const queue = await freshQueue(REDIS);
        const db = await freshDatabase(PG);
        try {
          const q = await enqueueItems(queue, readDocuments([file]));
          if (n === 1 && batch === 1) out.push(`queue workers: enqueue (Redis): ${q.added} docs in ${(q.ms / 1000).toFixed(2)}s = ${rate(q.added, q.ms)} docs/s`);
          const ms = await runWorkers(n, queue, db.url, batch);
          times[`${n}/${batch}`] = ms;
          out.push(`queue workers: ${n} worker(s), 1 coding thread each, --batch ${batch}: ${DOCS} docs in ${(ms / 1000).toFixed(1)}s = ` +
            `${rate(DOCS, ms)} docs/s (process start included)`);
        } finally {
          await db.drop();
        }
      }
    }
    out.push(`queue workers: 2 workers / 1 worker = ${(times['1/16']! / times['2/16']!).toFixed(2)}x on ${availableParallelism()} cores; ` +
      `batches of 16 / one per transaction = ${(times['1/1']! / times['1/16']!).toFixed(2)}x (1 worker), ${(times['2/1']! / times['2/16']!).toFixed(2)}x (2)`);
    // PostgreSQL's side of a worker: storing coded documents one transaction each, coding done beforehand.
    const db = await freshDatabase(PG);
    const store = await openStore({ path: db.url });
    try {
      const coder = createCoder();
      const coded = [];
      for await (const item of readDocuments([file])) {
        if (item.kind !== 'doc') continue;
        const d = item.doc;
        coded.push({ doc: { id: d.id, title: null, url: null, date: d.date ?? null, lang: d.lang ?? null, content_hash: contentHash(d.text), source: null }, events: toNewEvents(d, coder) });
      }
      // Half the documents one per transaction, the other half 16 per transaction (as a worker's batches).
      const half = Math.floor(coded.length / 2);
      let t = performance.now();
      for (const c of coded.slice(0, half)) await store.putDocuments([c]);
      const one = performance.now() - t;
      t = performance.now();
      const rest = coded.slice(half);
      for (let i = 0; i < rest.length; i += 16) await store.putDocuments(rest.slice(i, i + 16));
      const batched = performance.now() - t;
      out.push(`queue workers: store only (PostgreSQL): one transaction per document ${rate(half, one)} docs/s, ` +
        `16 per transaction ${rate(rest.length, batched)} docs/s (${((rest.length / batched) / (half / one)).toFixed(1)}x)`);
    } finally {
      await store.close();
      await db.drop();
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
