/**
 * The poller inside the observatory and its status surfaces: `serve --watch` (buildServer with `watch`) follows a
 * loopback feed while the API answers, GET /api/sources reports it, the measures see the new events at once
 * (the result cache is cleared); and the CLI's `watch --once` then `sources` on a database file.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, it } from 'node:test';
import { buildServer } from '../../src/server/index.ts';
import { openStore } from '../../src/store/store.ts';
import { parseSources } from '../../src/watch/index.ts';
import { feedFixture, rss, type Item } from './watch-helpers.ts';

const BIN = new URL('../../bin/multivector', import.meta.url).pathname;
const run = promisify(execFile);
const day = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
const spoken = new Date(`${day}T12:00:00Z`).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
const item = (i: number, who: string): Item => ({
  id: `i${i}`, link: `http://news.test/${i}`, date: day, title: `Meeting ${i}`,
  text: `Kazakh President Kassym-Jomart Tokayev met ${who} in Astana on ${spoken}.`,
});

const fx = feedFixture('mv-watch-serve-');

it('serve --watch: new items reach the API and the measures while it runs; /api/sources reports each source', async () => {
  fx.server.routes.set('/feed', { body: rss([item(1, 'Chinese President Xi Jinping')]) });
  fx.server.routes.set('/broken', { status: 500 });
  const store = await openStore({ path: ':memory:' });
  const sources = parseSources({ sources: [
    { name: 'feed', url: `${fx.server.url}/feed`, type: 'feed', every: '1s' },
    { name: 'broken', url: `${fx.server.url}/broken`, type: 'feed', every: '1s' },
  ] }, 'test');
  const app = await buildServer({ store, token: 'test-token-0123456789abcdef', watch: { sources, limits: { timeoutMs: 2000 } } });
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const addr = app.server.address();
    const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    const get = async <T>(path: string) => (await (await fetch(`${base}${path}`)).json()) as T;
    const partners = () => get<{ partners: Array<{ partner: string }> }>('/api/measures/partners?focal=KAZ');
    const until = async (cond: () => Promise<boolean>) => {
      for (let i = 0; i < 400 && !(await cond()); i++) await new Promise((r) => setTimeout(r, 25));
    };
    await until(async () => (await get<{ documents: number }>('/api/stats')).documents === 1);
    assert.deepEqual((await partners()).partners.map((p) => p.partner), ['CHN']);
    // A new item between polls: it reaches the measures (asked before, so cached) without a restart.
    fx.server.routes.set('/feed', { body: rss([item(1, 'Chinese President Xi Jinping'), item(2, 'Russian President Vladimir Putin')]) });
    await until(async () => (await get<{ documents: number }>('/api/stats')).documents === 2);
    // The cache is cleared when the poll ends, a moment after its documents are committed (and counted).
    await until(async () => (await partners()).partners.length === 2);
    assert.deepEqual((await partners()).partners.map((p) => p.partner).sort(), ['CHN', 'RUS']);
    const s = await get<{ watching: boolean; sources: Array<{ name: string; items_added: number; failures: number; last_error: string | null }> }>('/api/sources');
    assert.equal(s.watching, true);
    assert.deepEqual(s.sources.map((x) => x.name), ['feed', 'broken']);
    assert.equal(s.sources[0]!.items_added, 2);
    assert.ok(s.sources[1]!.failures >= 1);
    assert.match(s.sources[1]!.last_error ?? '', /HTTP 500/);
  } finally {
    await app.close();
    await store.close();
  }
});

it('serve --watch codes feed items in the worker threads: health keeps answering while a large poll is coded', async () => {
  // Items of about 25 KB of real news text each: coding them takes seconds, on the server's thread one long block.
  const texts = readFileSync(new URL('../../examples/docs.jsonl', import.meta.url), 'utf8').split('\n').filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const big = (k: number) => {
    const parts: string[] = [];
    for (let n = 0, i = k * 7; n < 25_000; i++) n += (parts[parts.length] = texts[i % texts.length]!).length;
    return parts.join('\n\n');
  };
  fx.server.routes.set('/big', { body: rss(Array.from({ length: 16 }, (_, k) => ({ ...item(100 + k, 'Chinese President Xi Jinping'), text: big(k) }))) });
  const store = await openStore({ path: ':memory:' });
  const sources = parseSources({ sources: [{ name: 'big', url: `${fx.server.url}/big`, type: 'feed', every: '1h' }] }, 'test');
  let pollMs = 0;
  const app = await buildServer({
    store, token: 'test-token-0123456789abcdef',
    watch: { sources, limits: { timeoutMs: 60_000 }, onEvent: (e) => { if (e.kind === 'poll') pollMs = e.ms; } },
  });
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const addr = app.server.address();
    const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    const latencies: number[] = [];
    while (!pollMs) {
      const t = performance.now();
      assert.equal((await fetch(`${base}/api/health`)).status, 200);
      if (!pollMs) latencies.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 10));
    }
    const worst = Math.max(...latencies);
    assert.equal((await store.stats()).documents, 16);
    // Relative to the poll, so it holds on a fast machine and a loaded one: coding on the event loop held one
    // health check for nearly the whole poll.
    assert.ok(latencies.length >= 5, `${latencies.length} health checks answered during a ${pollMs} ms poll`);
    assert.ok(worst < pollMs / 8, `slowest health check ${Math.round(worst)} ms during a ${pollMs} ms poll`);
  } finally {
    await app.close();
    await store.close();
  }
});

it('CLI: watch --once stores and reports; sources lists every configured source with its status', async () => {
  fx.server.routes.set('/cli', { body: rss([item(3, 'Uzbek President Shavkat Mirziyoyev')]) });
  const file = join(fx.dir, 'sources.json');
  writeFileSync(file, JSON.stringify({ sources: [
    { name: 'cli', url: `${fx.server.url}/cli`, type: 'feed' },
    { name: 'gone', url: `${fx.server.url}/gone`, type: 'feed' },
  ] }));
  const db = join(fx.dir, 'cli.duckdb');
  const once = await run(process.execPath, [BIN, 'watch', '--once', '--sources', file, '--db', db]).catch((e: { code: number; stdout: string; stderr: string }) => e);
  assert.equal((once as { code?: number }).code, 69, 'a failed source makes --once exit 69');
  assert.match((once as { stderr: string }).stderr, /gone: failed \(1 in a row; next poll [^)]+\): .*\/gone: HTTP 404/);
  assert.match((once as { stdout: string }).stdout, /2 polls, 1 new items/);
  const { stdout } = await run(process.execPath, [BIN, 'sources', '--sources', file, '--db', db, '--format', 'json']);
  const r = JSON.parse(stdout) as { sources: Array<{ name: string; items_added: number; failures: number }> };
  assert.deepEqual(r.sources.map((x) => [x.name, x.items_added, x.failures]), [['cli', 1, 0], ['gone', 0, 1]]);
  const table = await run(process.execPath, [BIN, 'sources', '--sources', file, '--db', db]);
  assert.match(table.stdout, /^source\s+type\s+last poll/m);
  // A mistake in the sources file is one line naming the file and field, exit 2.
  writeFileSync(file, JSON.stringify({ sources: [{ name: 'x', url: 'ftp://x', type: 'feed' }] }));
  const bad = await run(process.execPath, [BIN, 'watch', '--once', '--sources', file, '--db', db]).catch((e: { code: number; stderr: string }) => e);
  assert.equal((bad as { code: number }).code, 2);
  assert.equal((bad as { stderr: string }).stderr, `multivector: ${file}: field "sources[0].url": an http(s) URL\n`);
});

it('CLI: watch prints each new alert as it appears, with its webhook delivery; sources lists the alerts', async () => {
  // Twelve EU leaders in Astana within days: the EU vector takes Kazakhstan's engagement this month (an alert).
  const eu = ['France', 'Germany', 'Italy', 'Spain', 'Poland', 'Austria', 'Belgium', 'Hungary', 'Greece', 'Finland', 'Sweden', 'Portugal'];
  fx.server.routes.set('/eu', { body: rss(eu.map((c, i) => item(200 + i, `the President of ${c}`))) });
  fx.server.routes.set('/hook', { status: 204 });
  const file = join(fx.dir, 'alerts.json');
  writeFileSync(file, JSON.stringify({ webhook: `${fx.server.url}/hook`, sources: [{ name: 'eu', url: `${fx.server.url}/eu`, type: 'feed' }] }));
  const db = join(fx.dir, 'alerts.duckdb');
  const once = await run(process.execPath, [BIN, 'watch', '--once', '--quiet', '--sources', file, '--db', db]);
  const printed = once.stderr.split('\n').filter((l) => l.startsWith('alert: '));
  assert.ok(printed.length >= 1, once.stderr);
  assert.ok(printed.every((l) => l.endsWith('(webhook: sent 204)')), once.stderr);
  assert.equal(fx.server.log.filter((r) => r.path === '/hook' && r.method === 'POST').length, printed.length);
  const { stdout } = await run(process.execPath, [BIN, 'sources', '--sources', file, '--db', db, '--format', 'json']);
  const r = JSON.parse(stdout) as { alerts: Array<{ message: string; delivery: string }> };
  assert.deepEqual(r.alerts.map((a) => `alert: ${a.message} (webhook: ${a.delivery})`).sort(), [...printed].sort());
});
