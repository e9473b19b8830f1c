/**
 * The coding threads have a heap limit (CoderPool `heapMb`, resourceLimits.maxOldGenerationSizeMb). Shown on the
 * real parts (a loopback server, a DuckDB file, the watcher with a pool of real worker threads capped at MIN_HEAP_MB (160 MB)): an
 * article page whose DOM needs more than the cap ends its worker; that item's article is reported as not read (its
 * feed summary stored instead), the other items' articles are read and stored, the worker is replaced, and the next
 * poll goes on as usual. Nothing here depends on time: the budgets are far above what the pages take.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, it } from 'node:test';
import { isInputError } from '../../src/errors.ts';
import { CoderPool, MIN_HEAP_MB } from '../../src/ingest/coder-pool.ts';
import { readFeedBytes } from '../../src/read/index.ts';
import { contentHash } from '../../src/store/ids.ts';
import { openStore } from '../../src/store/store.ts';
import { parseSources, Watcher } from '../../src/watch/index.ts';
import { feedFixture, rss, type Item } from './watch-helpers.ts';

const day = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
const spoken = new Date(`${day}T12:00:00Z`).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
const SENTENCE = `Kazakh President Kassym-Jomart Tokayev met Chinese President Xi Jinping in Astana on ${spoken}.`;
const PARA = `<p>${SENTENCE} The two leaders discussed trade, transit and energy, and signed a joint statement.</p>`;
const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body><article>${body}</article></body></html>`;
const summary = (name: string) => `${SENTENCE} (${name})`;

const fx = feedFixture('mv-worker-heap-');

it('a page that needs more than a coding thread\'s heap is that item\'s error; the other items and the next poll go on', async () => {
  // About 7 MB of HTML: its DOM takes several times the 160 MB cap; a page of a few paragraphs takes little.
  const pages: Record<string, string> = { one: page(PARA.repeat(3)), huge: page(PARA.repeat(52_000)), two: page(PARA.repeat(2)), three: page(PARA) };
  for (const [name, body] of Object.entries(pages)) fx.server.routes.set(`/page/${name}`, { body, type: 'text/html; charset=utf-8' });
  const item = (name: string): Item => ({ id: name, link: `${fx.server.url}/page/${name}`, date: day, title: `Report ${name}`, text: summary(name) });
  fx.server.routes.set('/feed', { body: rss(['one', 'huge', 'two'].map(item)) });
  const store = await openStore({ path: join(fx.dir, 'heap.duckdb') });
  const pool = new CoderPool({ workers: 1, heapMb: MIN_HEAP_MB, budgetMs: Infinity, readBudgetMs: 10 * 60_000 });
  const sources = parseSources({ sources: [{ name: 'heavy', url: `${fx.server.url}/feed`, type: 'feed', fetchArticle: true }] }, 'test');
  const watcher = new Watcher({ store, coder: pool, sources, limits: { timeoutMs: 60_000, maxBytes: 16 * 1024 * 1024 } });
  try {
    const [s] = await watcher.runOnce();
    assert.equal(s!.failures, 0, s!.last_error ?? '');
    assert.equal(s!.items_added, 3, 'every item is stored');
    assert.match(s!.last_error ?? '', new RegExp(`^1 item\\(s\\) refused; first: ${fx.server.url}/page/huge: article not read \\(reading the page ` +
      `${fx.server.url}/page/huge needed more than the ${MIN_HEAP_MB} MB of memory a coding thread may use`));
    const url = (name: string) => `${fx.server.url}/page/${name}`;
    // The text of each item as the feed gives it (title and summary).
    const fromFeed = new Map([...readFeedBytes(Buffer.from(rss(['one', 'huge', 'two', 'three'].map(item))), 'feed', 'heavy')]
      .flatMap((r) => (r.kind === 'doc' ? [[r.doc.url ?? r.doc.id, contentHash(r.doc.text)] as const] : [])));
    const summaryHash = (name: string) => fromFeed.get(url(name)) ?? assert.fail(`${name} not in the feed`);
    const hashes = await store.documentHashes(['one', 'huge', 'two'].map(url));
    assert.equal(hashes.get(url('huge')), summaryHash('huge'), 'the huge page\'s item keeps the feed\'s summary');
    for (const name of ['one', 'two']) {
      assert.ok(hashes.has(url(name)) && hashes.get(url(name)) !== summaryHash(name), `${name}: the article is stored, not the summary`);
    }
    // The worker that ran out was replaced: the next poll reads and codes as before.
    fx.server.routes.set('/feed', { body: rss(['one', 'huge', 'two', 'three'].map(item)) });
    const [again] = await watcher.runOnce();
    assert.equal(again!.failures, 0, again!.last_error ?? '');
    assert.equal(again!.items_added, 4);
    assert.equal(pool.memoryStats().threads, 1);
    const three = (await store.documentHashes([url('three')])).get(url('three'));
    assert.ok(three !== undefined && three !== summaryHash('three'), 'three: the article is stored');
    assert.ok(again!.events_added >= 4, 'the items are coded into events');
  } finally {
    await watcher.stop();
    await pool.close();
    await store.close();
  }
});

it(`a heap limit below ${MIN_HEAP_MB} MB, or not a whole number, is refused`, () => {
  for (const heapMb of [64, 159, 0, -1, 100.5, Number.NaN]) {
    assert.throws(() => new CoderPool({ heapMb }), (e: unknown) => isInputError(e) && e.where.field === 'heapMb' && /at least 160/.test(e.message), String(heapMb));
  }
  assert.equal(new CoderPool({}).heapMb, 2048);
});
