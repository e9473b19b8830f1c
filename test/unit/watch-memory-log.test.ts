/**
 * The memory log (MULTIVECTOR_MEMORY_LOG): `serve --watch` (buildServer) and the CLI's `watch` write, at start,
 * periodically and at stop, the process's memory and each component's structures (the poller, the result cache,
 * the coding threads, DuckDB's buffers) — shown on a loopback feed, a DuckDB file and the real `bin/multivector`.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { isInputError } from '../../src/errors.ts';
import { formatMemoryRecord, memoryLogSeconds, memoryLogTarget, type MemoryRecord } from '../../src/memory-log.ts';
import { buildServer } from '../../src/server/index.ts';
import { openStore } from '../../src/store/store.ts';
import { parseSources } from '../../src/watch/index.ts';
import { feedFixture, rss, type Item } from './watch-helpers.ts';

const BIN = new URL('../../bin/multivector', import.meta.url).pathname;
const run = promisify(execFile);
const day = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
const spoken = new Date(`${day}T12:00:00Z`).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
const item = (i: number): Item => ({
  id: `i${i}`, link: `http://news.test/${i}`, date: day, title: `Meeting ${i}`,
  text: `Kazakh President Kassym-Jomart Tokayev met Chinese President Xi Jinping in Astana on ${spoken}.`,
});
const records = (file: string) => readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as MemoryRecord);

const fx = feedFixture('mv-memory-log-', ({ server }) => server.routes.set('/feed', { body: rss([item(1), item(2)]) }));

it('serve --watch: records at start, every interval and at close, with the process and each component', async () => {
  const file = join(fx.dir, 'serve.jsonl');
  const store = await openStore({ path: join(fx.dir, 'serve.duckdb') });
  const sources = parseSources({ sources: [{ name: 'feed', url: `${fx.server.url}/feed`, type: 'feed', every: '1s' }] }, 'test');
  const app = await buildServer({
    store, token: 'test-token-0123456789abcdef', watch: { sources, limits: { timeoutMs: 10_000 } },
    memoryLog: { target: { kind: 'file', path: file }, everyMs: 100 },
  });
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    // Until the poll has stored the items and a record after it was written.
    for (let i = 0; i < 1200; i++) {
      const done = (await store.stats()).documents === 2;
      if (done && records(file).some((r) => Number(r.components.watcher?.polls) >= 1 && Number(r.components.coding?.threads) >= 1)) break;
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    await app.close();
    await store.close();
  }
  assert.equal(statSync(file).mode & 0o777, 0o600);
  const all = records(file);
  assert.equal(all[0]!.phase, 'start');
  assert.equal(all.at(-1)!.phase, 'end');
  assert.ok(all.filter((r) => r.phase === 'tick').length >= 1);
  for (const r of all) {
    assert.equal(r.process, 'serve');
    for (const k of ['rss', 'heap_used', 'heap_total', 'external', 'array_buffers'] as const) assert.ok(r.memory[k] > 0 || k === 'array_buffers', k);
    assert.deepEqual(Object.keys(r.components).sort(), ['cache', 'coding', 'engine', 'watcher']);
  }
  const end = all.at(-1)!;
  assert.equal(end.components.watcher!.sources, 1);
  assert.equal(end.components.watcher!.statuses, 1);
  assert.ok(Number(end.components.watcher!.polls) >= 1);
  assert.equal(end.components.coding!.heap_limit_mb, 2048);
  assert.equal(typeof end.components.cache!.entries, 'number');
  assert.match(String(end.components.engine!.limit), /iB$/);
  assert.ok(Number(end.components.engine!.total_bytes) > 0, 'DuckDB holds the stored rows');
  assert.match(formatMemoryRecord(end), /^memory \(serve, end\): rss [\d.]+ MB; heap [\d.]+ MB\/[\d.]+ MB; .*watcher: sources 1, statuses 1/);
});

it('watch --once: a start and an end record on stderr with MULTIVECTOR_MEMORY_LOG=1, and in a file with a path', async () => {
  const sources = join(fx.dir, 'sources.json');
  writeFileSync(sources, JSON.stringify({ sources: [{ name: 'feed', url: `${fx.server.url}/feed`, type: 'feed' }] }));
  const db = join(fx.dir, 'watch.duckdb');
  const env = { ...process.env, MULTIVECTOR_MEMORY_LOG: '1', MULTIVECTOR_DUCKDB_MEMORY: '256MB' };
  const { stderr } = await run(BIN, ['watch', '--once', '--quiet', '--sources', sources, '--db', db], { env });
  const lines = stderr.split('\n').filter((l) => l.startsWith('memory ('));
  assert.equal(lines.length, 2, stderr);
  assert.match(lines[0]!, /^memory \(watch, start\): rss .*; watcher: sources 1, statuses 0, behind 0, polling -, polls 0; coding: threads 0, .*heap_limit_mb 2048; engine: limit 244\.1 MiB/);
  assert.match(lines[1]!, /^memory \(watch, end\): .*watcher: .*polls 1; coding: threads [12], /);
  const file = join(fx.dir, 'watch.jsonl');
  await run(BIN, ['watch', '--once', '--quiet', '--sources', sources, '--db', db], { env: { ...env, MULTIVECTOR_MEMORY_LOG: file } });
  assert.deepEqual(records(file).map((r) => [r.process, r.phase]), [['watch', 'start'], ['watch', 'end']]);
});

describe('the variables', () => {
  it('MULTIVECTOR_MEMORY_LOG: unset, empty or 0 is off; 1 or stderr is stderr; else a file; a folder is refused', () => {
    for (const v of [undefined, '', ' ', '0']) assert.equal(memoryLogTarget({ MULTIVECTOR_MEMORY_LOG: v }), null);
    for (const v of ['1', 'stderr', 'STDERR']) assert.deepEqual(memoryLogTarget({ MULTIVECTOR_MEMORY_LOG: v }), { kind: 'stderr' });
    assert.deepEqual(memoryLogTarget({ MULTIVECTOR_MEMORY_LOG: '/var/log/mv.jsonl' }), { kind: 'file', path: '/var/log/mv.jsonl' });
    assert.throws(() => memoryLogTarget({ MULTIVECTOR_MEMORY_LOG: '/var/log/' }), (e: unknown) => isInputError(e) && e.where.field === 'MULTIVECTOR_MEMORY_LOG');
    assert.equal(memoryLogSeconds({}), 30);
    assert.equal(memoryLogSeconds({ MULTIVECTOR_MEMORY_LOG_SECONDS: '2.5' }), 2.5);
    for (const v of ['0', '-1', 'soon']) {
      assert.throws(() => memoryLogSeconds({ MULTIVECTOR_MEMORY_LOG_SECONDS: v }), (e: unknown) => isInputError(e) && e.where.field === 'MULTIVECTOR_MEMORY_LOG_SECONDS');
    }
  });

  it('a bad value stops `watch` before it opens anything (exit 2)', async () => {
    const db = join(fx.dir, 'never.duckdb');
    const sources = join(fx.dir, 'sources.json');
    const r = await run(BIN, ['watch', '--once', '--sources', sources, '--db', db], { env: { ...process.env, MULTIVECTOR_MEMORY_LOG_SECONDS: 'soon', MULTIVECTOR_MEMORY_LOG: '1' } })
      .then(() => null, (e: { code: number; stderr: string }) => e);
    assert.equal(r?.code, 2);
    assert.match(r.stderr, /MULTIVECTOR_MEMORY_LOG_SECONDS.*not a number of seconds/);
  });
});
