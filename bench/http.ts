/**
 * HTTP load: 1,000,000 generated events in a temporary DuckDB file, the real `multivector serve` in a child
 * process on 127.0.0.1, autocannon from this process (100 connections, 30 s each run):
 * - the overview endpoints (balance, partners, headline for KAZ; cached after the first answer): requests/s,
 *   p99 and errors against the targets (p99 < 100 ms, no errors); the first (uncached) answer of each is timed;
 * - the uncached balance: every request a window the cache has not seen, so each one is a query;
 * - `/api/health` while the largest allowed ingest (a 5 MB NDJSON body) is being coded: p50/p99/max of
 *   health checks sent one after another until the ingest answers, against the target (p99 < 100 ms), over the whole
 *   request and separately for its steps as the server reports them (coding, storing, answering); and the
 *   server's late timer firings meanwhile, held by its own work or starved of CPU (./_loop-lag.mjs).
 * - benchHttpEngines: the same generated events (BENCH_HTTP_ENGINE_EVENTS, default 1,000,000) served from the DuckDB
 *   file and from PostgreSQL (MULTIVECTOR_BENCH_PG or MULTIVECTOR_TEST_PG; skipped without), one after the other:
 *   the overview endpoints at 100 connections (cached) and the uncached balance, p99 of each engine side by side.
 * Run standalone: node --import tsx bench/http.ts   (BENCH_HTTP_EVENTS, BENCH_HTTP_SECONDS to change;
 * BENCH_HTTP_RUNS=cached,uncached,ingest picks runs; BENCH_HTTP_NODE_ARGS passes node options to the server alone;
 * BENCH_HTTP_DB=FILE keeps the generated events in FILE and serves a copy of it in later runs: filling 1M events
 * takes minutes on a loaded machine, the runs themselves seconds)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { fillSyntheticEvents } from '../src/store/duckdb/synthetic.ts';
import { openStore } from '../src/store/store.ts';
import { freshDatabase } from '../test/unit/_pg.ts';
import { copyToPostgres } from './postgres.ts';

const EVENTS = Number(process.env.BENCH_HTTP_EVENTS ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 30);
const CONNECTIONS = 100;
const RUNS = new Set((process.env.BENCH_HTTP_RUNS ?? 'cached,uncached,ingest').split(','));
const TARGET_P99_MS = 100;
const PATHS = ['/api/measures/balance?focal=KAZ', '/api/measures/partners?focal=KAZ', '/api/measures/headline?focal=KAZ'];
const BIN = fileURLToPath(new URL('../bin/multivector', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../examples/docs.jsonl', import.meta.url));
const TOKEN = 'bench-token-0123456789abcdef';
/** Just under the server's default body limit (5 MB). */
const INGEST_BYTES = 5 * 1024 * 1024 - 64 * 1024;
const TARGET_HEALTH_P99_MS = 100;
/** The server's record of late timer firings (./_loop-lag.mjs), beside its database. */
const LOOP_LAG = new URL('./_loop-lag.mjs', import.meta.url).href;
const lagFile = (db: string) => `${db}.loop-lag.json`;
/** Node options for the server alone, e.g. `--cpu-prof --cpu-prof-dir=DIR` to see what holds its event loop. */
const NODE_ARGS = (process.env.BENCH_HTTP_NODE_ARGS ?? '').split(' ').filter(Boolean);
/** Where the generated events are kept between runs (see the header), or ''. */
const KEEP = process.env.BENCH_HTTP_DB ?? '';

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** Starts `multivector serve` and resolves with its URL once it prints it. */
function startServer(db: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', LOOP_LAG, ...NODE_ARGS, BIN, 'serve', '--db', db, '--port', '0', '--host', '127.0.0.1', '--no-examples'], {
      env: { ...process.env, MULTIVECTOR_TOKEN: TOKEN, MV_LOOP_LAG_FILE: lagFile(db) }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => fail(new Error('the server did not start within 120 s')), 120_000);
    const fail = (e: Error) => {
      clearTimeout(timer);
      child.kill('SIGTERM');
      reject(new Error(`${e.message}\n${err}`));
    };
    child.stderr!.on('data', (d: Buffer) => { err += d.toString(); });
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /observatory on (http:\/\/\S+?)\/? /.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]!.replace(/\/$/, '') });
      }
    });
    child.on('exit', (code) => fail(new Error(`the server exited with code ${code}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  });
}

/** The p-th percentile (0–100) of sorted values. */
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/** Balance over windows the cache has not seen: 2,000 distinct start days cycled (the cache keeps 500). */
async function uncachedBalance(url: string): Promise<string> {
  let i = 0;
  const day = (k: number) => new Date(Date.UTC(2015, 0, 1) + (k % 2000) * 86_400_000).toISOString().slice(0, 10);
  const result = await autocannon({
    // A minute before a request counts as timed out (and is sent again): a slow answer is measured, not abandoned.
    url, connections: CONNECTIONS, duration: SECONDS, timeout: 60,
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: `/api/measures/balance?focal=KAZ&from=${day(i++)}` }) }],
  });
  return `http: uncached balance (KAZ, a new window each request), ${CONNECTIONS} connections for ${SECONDS} s: ` +
    `${fmt(result.requests.average)} requests/s, latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
    `max ${result.latency.max} ms; ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx`;
}

/** The overview endpoints (cached after their first answer) at CONNECTIONS connections for SECONDS. */
async function cachedOverview(url: string): Promise<{ lines: string[]; p99: number }> {
  const result = await autocannon({
    url, connections: CONNECTIONS, duration: SECONDS,
    requests: PATHS.map((path) => ({ method: 'GET' as const, path })),
  });
  const errors = result.errors + result.timeouts + result.non2xx;
  const p99 = result.latency.p99;
  return {
    p99,
    lines: [
      `http: ${CONNECTIONS} connections for ${SECONDS} s on balance, partners, headline (KAZ): ${fmt(result.requests.average)} requests/s, ` +
      `latency mean ${result.latency.average.toFixed(1)} ms, p99 ${p99} ms, max ${result.latency.max} ms; ` +
      `${fmt(result.requests.total)} requests, ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx`,
      `http: ${p99 < TARGET_P99_MS && errors === 0 ? 'meets' : 'MISSES'} the target (p99 < ${TARGET_P99_MS} ms, zero errors)`,
    ],
  };
}

/** First answers of the overview endpoints (each computed, then cached), ms. */
async function firstAnswers(url: string): Promise<string> {
  const cold: string[] = [];
  for (const p of PATHS) {
    const t0 = performance.now();
    const res = await fetch(url + p);
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${p}: HTTP ${res.status}`);
    cold.push(`${p.replace(/^\/api\/measures\/|\?.*$/g, '')} ${fmt(performance.now() - t0)} ms`);
  }
  return cold.join(', ');
}

/**
 * An NDJSON body of about `bytes` bytes: documents of about 20 KB (example texts run together, as a long article
 * or a press digest), under new ids so every one is coded.
 */
function largeIngestBody(bytes: number): { body: string; docs: number } {
  const texts = readFileSync(EXAMPLES, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text);
  const out: string[] = [];
  let size = 0;
  for (let i = 0, t = 0; ; i++) {
    const parts: string[] = [];
    for (let n = 0; n < 20_000; t++) {
      const text = texts[t % texts.length]!;
      parts.push(text);
      n += text.length;
    }
    const line = JSON.stringify({ id: `bench-${i}`, date: '2024-05-01', text: parts.join('\n\n') });
    if (size + Buffer.byteLength(line) + 1 > bytes) break;
    out.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return { body: out.join('\n'), docs: out.length };
}

/** One HTTP request without fetch's 300 s header timeout (a blocked server must be measured, not given up on). */
function request(url: string, o: { method?: string; body?: string; headers?: Record<string, string> } = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: o.method ?? 'GET', headers: o.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(o.body);
  });
}

/**
 * Waits until the server has worked off what a previous run left queued (requests autocannon gave up on are still
 * answered): three health checks in a row under 100 ms, or 5 minutes.
 */
async function settle(url: string): Promise<void> {
  const until = performance.now() + 300_000;
  for (let fast = 0; fast < 3 && performance.now() < until;) {
    const t = performance.now();
    await request(`${url}/api/health`);
    fast = performance.now() - t < 100 ? fast + 1 : 0;
    await new Promise((res) => setTimeout(res, 200));
  }
}

/** When the ingest run sent its request and had its answer, on the monotonic clock the server's record uses too. */
const ingestSpan: { from?: bigint; to?: bigint } = {};

/**
 * What the server's main thread did in its late timer firings during the ingest: ran (its own work held the event
 * loop), waited for a core (the machine gave it none), or neither (blocked in a call); each by most of the window.
 */
function loopLag(file: string): string[] {
  if (ingestSpan.from === undefined || ingestSpan.to === undefined || !existsSync(file)) return [];
  const late = (JSON.parse(readFileSync(file, 'utf8')) as Array<[string, string, number, number | null, number | null]>)
    .filter(([a, b]) => BigInt(b) >= ingestSpan.from! && BigInt(a) <= ingestSpan.to!);
  const head = `http: server loop during the ingest: ${late.length} late timer firings (> 40 ms)`;
  if (late.some(([, , , run]) => run === null)) return [`${head}; the kernel does not say what the thread did`];
  const kind = ([, , gap, run, wait]: (typeof late)[number]) => (run! >= gap / 2 ? 'held' : wait! >= gap / 2 ? 'starved' : 'blocked');
  const of = (k: string) => {
    const xs = late.filter((x) => kind(x) === k);
    return `${xs.length}${xs.length ? ` (longest ${Math.max(...xs.map((x) => x[2])).toFixed(0)} ms)` : ''}`;
  };
  return [`${head}: ${of('held')} held by the server's own work, ${of('starved')} waiting for a core, ${of('blocked')} ` +
    `blocked in a call; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`];
}

/** The steps of an ingest request /api/health reports (requests in each now). */
const INGEST_STEPS = ['coding', 'storing', 'answering'] as const;
type IngestStep = (typeof INGEST_STEPS)[number];
const STEP_NAMES: Record<IngestStep, string> = {
  coding: 'the server said it was coding', storing: 'it said it was storing', answering: 'it said it was answering (read back, sent)',
};

/** Health checks one after another while the largest allowed ingest is coded and stored; their latency per step. */
async function healthWhileIngesting(url: string): Promise<string[]> {
  await settle(url);
  const { body, docs } = largeIngestBody(INGEST_BYTES);
  const t0 = performance.now();
  ingestSpan.from = process.hrtime.bigint();
  let done = false;
  const ingest = request(`${url}/api/ingest`, {
    method: 'POST', body, headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${TOKEN}` },
  }).then((r) => ({ ...r, ms: performance.now() - t0 }), (e: unknown) => ({ status: 0, body: String(e), ms: performance.now() - t0 }))
    .finally(() => { done = true; });
  // Each check's latency, and the step the server said the ingest was in when it answered (servers before they said
  // so count only in "all").
  const all: number[] = [];
  const byStep: Record<IngestStep, number[]> = { coding: [], storing: [], answering: [] };
  while (!done) {
    const t = performance.now();
    const r = await request(`${url}/api/health`);
    if (r.status !== 200) throw new Error(`/api/health: HTTP ${r.status}`);
    const ms = performance.now() - t;
    all.push(ms);
    const steps = (JSON.parse(r.body) as { ingest?: Record<IngestStep, number> }).ingest;
    for (const step of INGEST_STEPS) if (steps?.[step]) byStep[step].push(ms);
    await new Promise((res) => setTimeout(res, 10));
  }
  const res = await ingest;
  ingestSpan.to = process.hrtime.bigint();
  const events = res.status === 200 ? (JSON.parse(res.body) as { events: number }).events : 0;
  const stats = (times: number[]) => {
    const sorted = [...times].sort((a, b) => a - b);
    return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] ?? NaN, n: sorted.length };
  };
  const line = (what: string, x: ReturnType<typeof stats>) => `http: /api/health ${what} (${x.n} checks): p50 ${x.p50.toFixed(1)} ms, ` +
    `p99 ${x.p99.toFixed(1)} ms, max ${x.max.toFixed(1)} ms; ${x.p99 < TARGET_HEALTH_P99_MS ? 'meets' : 'MISSES'} the target (p99 < ${TARGET_HEALTH_P99_MS} ms)`;
  return [
    `http: ingest of ${fmt(Buffer.byteLength(body) / 1024)} KB (${fmt(docs)} documents): HTTP ${res.status}, ${fmt(events)} events, ${(res.ms / 1000).toFixed(1)} s`,
    line('while the ingest was answered (read, coded, stored, read back, sent)', stats(all)),
    // p99 of few checks is their slowest: the count says how much to read into it.
    ...INGEST_STEPS.map((step) => (byStep[step].length ? line(`while ${STEP_NAMES[step]}`, stats(byStep[step])) : `http: /api/health while ${STEP_NAMES[step]}: no check landed in that step`)),
  ];
}

export async function benchHttp(log: (line: string) => void = () => undefined): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'mv-bench-http-'));
  const db = join(dir, 'http.duckdb');
  const lines: string[] = [];
  const push = (...l: string[]) => { lines.push(...l); l.forEach(log); };
  let child: ChildProcess | undefined;
  try {
    const t0 = performance.now();
    if (KEEP && existsSync(KEEP)) {
      copyFileSync(KEEP, db);
      push(`http: generated events from ${KEEP} (BENCH_HTTP_EVENTS does not apply)`);
    } else {
      await fillSyntheticEvents(db, EVENTS, { clustered: true });
      push(`http: ${fmt(EVENTS)} generated events stored in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      // Closed by now (fillSyntheticEvents checkpoints and closes): the file is whole without its WAL.
      if (KEEP) copyFileSync(db, KEEP);
    }
    const server = await startServer(db);
    child = server.child;
    push(`http: first (uncached) answers: ${await firstAnswers(server.url)}`);

    if (RUNS.has('cached')) push(...(await cachedOverview(server.url)).lines);
    if (RUNS.has('uncached')) push(await uncachedBalance(server.url));
    if (RUNS.has('ingest')) push(...await healthWhileIngesting(server.url));
    return lines;
  } finally {
    if (child) await stop(child);
    push(...loopLag(lagFile(db)));
    rmSync(dir, { recursive: true, force: true });
  }
}

const ENGINE_EVENTS = Number(process.env.BENCH_HTTP_ENGINE_EVENTS ?? 1_000_000);
const PG_SERVER = process.env.MULTIVECTOR_BENCH_PG || process.env.MULTIVECTOR_TEST_PG || '';

/** The same events served from each engine in turn: cached overview p99 and uncached balance, side by side. */
export async function benchHttpEngines(log: (line: string) => void = () => undefined): Promise<string[]> {
  if (!PG_SERVER) return ['http engines: skipped (no MULTIVECTOR_BENCH_PG or MULTIVECTOR_TEST_PG)'];
  const dir = mkdtempSync(join(tmpdir(), 'mv-bench-http-engines-'));
  const file = join(dir, 'http.duckdb');
  const pg = await freshDatabase(PG_SERVER);
  const lines: string[] = [];
  const push = (...l: string[]) => { lines.push(...l); l.forEach(log); };
  try {
    await fillSyntheticEvents(file, ENGINE_EVENTS, { clustered: true });
    const duck = await openStore({ path: file, readOnly: true });
    const pgStore = await openStore({ path: pg.url });
    try {
      push(`http engines: ${fmt(ENGINE_EVENTS)} generated events, copied into PostgreSQL in ${(await copyToPostgres(duck, pgStore)).toFixed(0)} s`);
    } finally {
      await duck.close();
      await pgStore.close();
    }
    const p99: Record<string, number> = {};
    for (const [engine, db] of [['DuckDB', file], ['PostgreSQL', pg.url]] as const) {
      const server = await startServer(db);
      try {
        push(`http engines: ${engine}: first (uncached) answers: ${await firstAnswers(server.url)}`);
        const cached = await cachedOverview(server.url);
        p99[engine] = cached.p99;
        push(...cached.lines.map((l) => l.replace(/^http: /, `http engines: ${engine}: `)));
        push((await uncachedBalance(server.url)).replace(/^http: /, `http engines: ${engine}: `));
      } finally {
        await stop(server.child);
      }
    }
    push(`http engines: cached overview p99 at ${CONNECTIONS} connections: DuckDB ${p99.DuckDB} ms, PostgreSQL ${p99.PostgreSQL} ms`);
    return lines;
  } finally {
    await pg.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await benchHttp((l) => console.log(l));
}
