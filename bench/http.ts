/**
 * HTTP load on the overview endpoints: 1,000,000 generated events in a temporary DuckDB file, the real
 * `multivector serve` in a child process on 127.0.0.1, autocannon from this process (100 connections, 30 s)
 * cycling balance, partners and headline for KAZ. Reports requests/s, p99 latency and errors against the
 * targets (p99 < 100 ms, no errors); the first (uncached) answer of each endpoint is timed too.
 * Run standalone: node --import tsx bench/http.ts   (BENCH_HTTP_EVENTS, BENCH_HTTP_SECONDS to change)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { fillSyntheticEvents } from '../src/store/duckdb/synthetic.ts';

const EVENTS = Number(process.env.BENCH_HTTP_EVENTS ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 30);
const CONNECTIONS = 100;
const TARGET_P99_MS = 100;
const PATHS = ['/api/measures/balance?focal=KAZ', '/api/measures/partners?focal=KAZ', '/api/measures/headline?focal=KAZ'];
const BIN = fileURLToPath(new URL('../bin/multivector', import.meta.url));

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** Starts `multivector serve` and resolves with its URL once it prints it. */
function startServer(db: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0', '--host', '127.0.0.1', '--no-examples'], {
      env: { ...process.env, MULTIVECTOR_TOKEN: 'bench-token-0123456789abcdef' }, stdio: ['ignore', 'pipe', 'pipe'],
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

export async function benchHttp(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'mv-bench-http-'));
  const db = join(dir, 'http.duckdb');
  const lines: string[] = [];
  let child: ChildProcess | undefined;
  try {
    let t0 = performance.now();
    await fillSyntheticEvents(db, EVENTS, { clustered: true });
    lines.push(`http: ${fmt(EVENTS)} generated events stored in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const server = await startServer(db);
    child = server.child;
    const cold: string[] = [];
    for (const p of PATHS) {
      t0 = performance.now();
      const res = await fetch(server.url + p);
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${p}: HTTP ${res.status}`);
      cold.push(`${p.replace(/^\/api\/measures\/|\?.*$/g, '')} ${fmt(performance.now() - t0)} ms`);
    }
    lines.push(`http: first (uncached) answers: ${cold.join(', ')}`);

    const result = await autocannon({
      url: server.url, connections: CONNECTIONS, duration: SECONDS,
      requests: PATHS.map((path) => ({ method: 'GET' as const, path })),
    });
    const errors = result.errors + result.timeouts + result.non2xx;
    const p99 = result.latency.p99;
    lines.push(
      `http: ${CONNECTIONS} connections for ${SECONDS} s on balance, partners, headline (KAZ): ${fmt(result.requests.average)} requests/s, ` +
      `latency mean ${result.latency.average.toFixed(1)} ms, p99 ${p99} ms, max ${result.latency.max} ms; ` +
      `${fmt(result.requests.total)} requests, ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx`,
      `http: ${p99 < TARGET_P99_MS && errors === 0 ? 'meets' : 'MISSES'} the target (p99 < ${TARGET_P99_MS} ms, zero errors)`,
    );
    return lines;
  } finally {
    if (child) await stop(child);
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const l of await benchHttp()) console.log(l);
}
