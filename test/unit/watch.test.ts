/**
 * The watcher against a real loopback server whose answers change between polls: RSS, Atom and JSON Feed;
 * conditional requests; the same item under two URLs; one happening from three sources; an edited item;
 * timeouts, 500s, malformed XML, redirect loops, oversize answers; GDELT files imported once; alerts to a webhook.
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCoder } from '../../src/coder/index.ts';
import { openStore, type Store } from '../../src/store/store.ts';
import { readFileSync } from 'node:fs';
import { DEFAULT_SOURCES_FILE, loadSources, parseSources, Watcher, type SourcesFile } from '../../src/watch/index.ts';
import { makeZip } from './zip-helpers.ts';
import { atom, gdeltZip, jsonFeed, lastUpdate, rss, startFeedServer, type FeedServer, type Item } from './watch-helpers.ts';
import { CATCH_UP } from '../../src/watch/_gdelt-source.ts';

const coder = createCoder();
const day = (back: number) => new Date(Date.now() - back * 86_400_000).toISOString().slice(0, 10);
const spoken = (d: string) => new Date(`${d}T12:00:00Z`).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

/** A report of Tokayev meeting Xi in Astana on `d` (the same happening whoever writes it). */
const meeting = (id: string, link: string, d: string, extra = ''): Item => ({
  id, link, date: d, title: `Tokayev meets Xi ${id}`,
  text: `Kazakh President Kassym-Jomart Tokayev met Chinese President Xi Jinping in Astana on ${spoken(d)}.${extra}`,
});
const visit = (id: string, link: string, d: string, partner: string): Item => ({
  id, link, date: d, title: `Visit ${id}`,
  text: `Kazakh President Kassym-Jomart Tokayev met ${partner} in Astana on ${spoken(d)}.`,
});

let server: FeedServer;
let store: Store;

const file = (sources: unknown[], extra: Record<string, unknown> = {}): SourcesFile => parseSources({ sources, ...extra }, 'test-sources.json');
const watcher = (f: SourcesFile, limits = {}) => new Watcher({ store, coder, sources: f, limits: { timeoutMs: 2000, ...limits } });
const docCount = async () => (await store.stats()).documents;

before(async () => {
  server = await startFeedServer();
});
after(async () => {
  await server.close();
});
beforeEach(async () => {
  await store?.close();
  store = await openStore({ path: ':memory:' });
  server.routes.clear();
  server.log.length = 0;
});
after(async () => {
  await store?.close();
});

describe('feeds', () => {
  it('reads RSS 2.0, Atom and JSON Feed; a second poll is conditional (304) and stores nothing again', async () => {
    const d = day(2);
    server.routes.set('/rss', { body: rss([visit('r1', `${server.url}/a/1`, d, 'Chinese President Xi Jinping')]), etag: '"r1"' });
    server.routes.set('/atom', { body: atom([visit('a1', `${server.url}/a/2`, d, 'Russian President Vladimir Putin')]), etag: '"a1"' });
    server.routes.set('/json', { body: jsonFeed([visit('j1', `${server.url}/a/3`, d, 'Uzbek President Shavkat Mirziyoyev')]), type: 'application/feed+json', etag: '"j1"' });
    const f = file(['rss', 'atom', 'json'].map((n) => ({ name: n, url: `${server.url}/${n}`, type: 'feed' })));
    const w = watcher(f);
    const first = await w.runOnce();
    assert.deepEqual(first.map((s) => [s.name, s.items_added, s.failures, s.last_error]), [['rss', 1, 0, null], ['atom', 1, 0, null], ['json', 1, 0, null]]);
    assert.ok(first.every((s) => s.events_added >= 1), 'each item is coded into events');
    assert.equal(await docCount(), 3);
    const ua = server.log.find((r) => r.path === '/rss')!.headers['user-agent'];
    assert.match(String(ua), /^multivector\//);
    server.log.length = 0;
    const second = await watcher(f).runOnce();
    assert.deepEqual(second.map((s) => s.items_added), [1, 1, 1]);
    assert.deepEqual(server.log.map((r) => r.headers['if-none-match']), ['"r1"', '"a1"', '"j1"'], 'validators sent back (kept in the store)');
    assert.equal(await docCount(), 3);
  });

  it('a feed with only Last-Modified is asked If-Modified-Since next time; a 304 stores nothing', async () => {
    const stamp = 'Mon, 02 Nov 2026 08:00:00 GMT';
    server.routes.set('/lm', { body: rss([visit('l1', `${server.url}/lm/1`, day(2), 'Chinese President Xi Jinping')]), lastModified: stamp });
    const f = file([{ name: 'lm', url: `${server.url}/lm`, type: 'feed' }]);
    const [first] = await watcher(f).runOnce();
    assert.equal(first!.last_modified, stamp);
    assert.equal(server.log[0]!.headers['if-modified-since'], undefined);
    const [second] = await watcher(f).runOnce();
    assert.equal(server.log[1]!.headers['if-modified-since'], stamp, 'the validator kept in the store is sent back');
    assert.deepEqual([second!.items_added, second!.failures, await docCount()], [1, 0, 1]);
  });

  // Redirects are followed by hand within the limit (DEFAULT_LIMITS.maxRedirects, 5), to http(s) only.
  const redirects: Array<[string, Array<[string, string]>, RegExp | null]> = [
    ['five hops are followed', [['/r1', '/r2'], ['/r2', '/r3'], ['/r3', '/r4'], ['/r4', '/r5'], ['/r5', '/target']], null],
    ['six hops are too many', [['/s1', '/s2'], ['/s2', '/s3'], ['/s3', '/s4'], ['/s4', '/s5'], ['/s5', '/s6'], ['/s6', '/target']], /more than 5 redirects/],
    ['a redirect out of http(s) is refused', [['/f1', 'file:///etc/passwd']], /redirected to file:\/\/\/etc\/passwd, not an http\(s\) URL/],
  ];
  for (const [label, hops, error] of redirects) {
    it(`redirects: ${label}`, async () => {
      server.routes.set('/target', { body: rss([visit('t', `${server.url}/t/1`, day(2), 'Chinese President Xi Jinping')]) });
      for (const [from, to] of hops) server.routes.set(from, { redirect: to });
      const [s] = await watcher(file([{ name: 'r', url: `${server.url}${hops[0]![0]}`, type: 'feed' }])).runOnce();
      if (error) assert.match(s!.last_error ?? '', error);
      else assert.deepEqual([s!.failures, s!.items_added], [0, 1]);
    });
  }

  it('new items are added; the same item under two URLs is stored once; an edited item is coded again', async () => {
    const d = day(3);
    const one = meeting('1', `${server.url}/news/1`, d);
    server.routes.set('/f', { body: rss([one]) });
    const f = file([{ name: 'f', url: `${server.url}/f`, type: 'feed' }, { name: 'g', url: `${server.url}/g`, type: 'feed' }]);
    server.routes.set('/g', { body: rss([]) });
    await watcher(f).runOnce();
    assert.equal(await docCount(), 1);
    // Another feed carries the same article under another address (and a tracking parameter on the first one).
    server.routes.set('/g', { body: rss([{ ...one, id: 'other', link: `${server.url}/mirror/1` }, { ...one, id: 'utm', link: `${server.url}/news/1?utm_source=rss` }]) });
    const two = visit('2', `${server.url}/news/2`, d, 'Russian President Vladimir Putin');
    server.routes.set('/f', { body: rss([one, two]) });
    const s = await watcher(f).runOnce();
    assert.equal(await docCount(), 2, 'one new item; the copies are not stored');
    assert.deepEqual(s.map((x) => x.items_added), [2, 0]);
    // The first item is edited: same link, new text (and the mirror carries the edit too).
    const edited = { ...one, text: `${one.text} They signed an agreement on transit trade.` };
    server.routes.set('/f', { body: rss([edited, two]) });
    server.routes.set('/g', { body: rss([{ ...edited, id: 'other', link: `${server.url}/mirror/1` }]) });
    const before = (await store.queryEvents({ doc: one.link })).length;
    await watcher(f).runOnce();
    assert.equal(await docCount(), 2);
    const afterEdit = await store.queryEvents({ doc: one.link });
    assert.ok(afterEdit.length > before, 'the edited text was coded again');
    assert.deepEqual(await store.checkIntegrity(), []);
  });

  it('one happening reported by three sources is one happening with three reports', async () => {
    const d = day(4);
    for (const [n, path] of [['A', '/s1'], ['B', '/s2'], ['C', '/s3']] as const) {
      server.routes.set(path, { body: rss([meeting(n, `${server.url}/${n}/story`, d, ` Source ${n} reports it.`)]) });
    }
    // The first source is polled alone first: the others join the happening already stored.
    await watcher(file([{ name: 's1', url: `${server.url}/s1`, type: 'feed' }])).runOnce();
    await watcher(file([1, 2, 3].map((i) => ({ name: `s${i}`, url: `${server.url}/s${i}`, type: 'feed' })))).runOnce();
    const { happenings } = await store.queryHappenings({ country: 'KAZ', types: ['CONSULT'] });
    assert.equal(happenings.length, 1);
    assert.equal(happenings[0]!.reports.length, 3);
    assert.equal((await store.stats()).documents, 3);
  });

  it('a timeout, a 500, malformed XML, a redirect loop and an oversize answer fail their source only, with back-off', async () => {
    const d = day(2);
    server.routes.set('/ok', { body: rss([meeting('ok', `${server.url}/ok/1`, d)]) });
    server.routes.set('/slow', { hang: true });
    server.routes.set('/err', { status: 500, body: 'boom' });
    server.routes.set('/bad', { body: '<?xml version="1.0"?><rss version="2.0"><channel><item><title>x</title></channel></rss>' });
    server.routes.set('/loop1', { redirect: '/loop2' });
    server.routes.set('/loop2', { redirect: '/loop1' });
    server.routes.set('/big', { body: rss([meeting('big', `${server.url}/big/1`, d, ' More.'.repeat(3000))]) });
    server.routes.set('/hop', { redirect: '/ok' });
    const names = ['slow', 'err', 'bad', 'loop1', 'big', 'hop', 'ok'];
    const f = file(names.map((n) => ({ name: n, url: `${server.url}/${n}`, type: 'feed', every: '10s' })));
    const w = watcher(f, { timeoutMs: 500, maxBytes: 8000 });
    const s = new Map((await w.runOnce()).map((x) => [x.name, x]));
    const err = (n: string) => s.get(n)!.last_error ?? '';
    assert.match(err('slow'), /no complete answer within 0\.5 s/);
    assert.match(err('err'), /HTTP 500/);
    assert.match(err('bad'), /not well-formed XML/);
    assert.match(err('bad'), new RegExp(`^${server.url}/bad:1: not well-formed XML`), 'names the feed and the line, once');
    assert.match(err('loop1'), /redirect loop/);
    assert.match(err('big'), /larger than the limit of 8000 bytes/);
    assert.equal(s.get('hop')!.failures, 0, 'a redirect within the limit is followed');
    // The redirect leads to the same feed as 'ok': its item is stored once, by the first of the two.
    assert.equal(s.get('hop')!.items_added + s.get('ok')!.items_added, 1);
    for (const n of ['slow', 'err', 'bad', 'loop1', 'big']) {
      const x = s.get(n)!;
      assert.equal(x.failures, 1, n);
      const wait = (Date.parse(x.next_poll!) - Date.parse(x.last_poll!)) / 1000;
      assert.ok(wait >= 20 && wait < 40, `${n}: back-off of twice the interval (${wait} s)`);
    }
    // Failing again doubles the wait; a recovery resets it.
    server.routes.set('/big', { body: rss([meeting('big', `${server.url}/big/1`, d)]) });
    const again = new Map((await w.runOnce()).map((x) => [x.name, x]));
    const waitErr = (Date.parse(again.get('err')!.next_poll!) - Date.parse(again.get('err')!.last_poll!)) / 1000;
    assert.equal(again.get('err')!.failures, 2);
    assert.ok(waitErr >= 38 && waitErr < 60, `second failure waits four intervals (${waitErr} s)`);
    assert.equal(again.get('big')!.failures, 0);
    assert.equal(again.get('big')!.last_error, null);
  });

  it('fetches the article page of a summary-only item when the source asks for it', async () => {
    const d = day(2);
    server.routes.set('/sum', { body: rss([{ id: 's', link: `${server.url}/article/7`, date: d, title: 'Talks in Astana', text: 'Read more.' }]) });
    server.routes.set('/article/7', {
      type: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><title>Talks in Astana</title></head><body><nav>Menu</nav><article><h1>Talks in Astana</h1>
        <p>${meeting('x', '', d).text}</p><p>The leaders discussed trade, transit and energy at length during the talks.</p></article></body></html>`,
    });
    await watcher(file([{ name: 'sum', url: `${server.url}/sum`, type: 'feed', fetchArticle: true }])).runOnce();
    const events = await store.queryEvents({ doc: `${server.url}/article/7` });
    assert.ok(events.some((e) => e.event_type === 'CONSULT'), 'coded from the article, not the summary');
    // Polled again: the article is not fetched again.
    server.log.length = 0;
    await watcher(file([{ name: 'sum', url: `${server.url}/sum`, type: 'feed', fetchArticle: true }])).runOnce();
    assert.equal(server.log.filter((r) => r.path === '/article/7').length, 0);
  });

  it('an edited summary has its article read again and coded again; an unreadable one keeps the stored article', async () => {
    const d = day(2);
    const f = file([{ name: 'sum', url: `${server.url}/sum`, type: 'feed', fetchArticle: true }]);
    const summary = (text: string) => rss([{ id: 's', link: `${server.url}/article/8`, date: d, title: 'Talks in Astana', text }]);
    const page = (body: string) => ({
      type: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><title>Talks</title></head><body><article><h1>Talks</h1><p>${body}</p>
        <p>The leaders discussed trade, transit and energy at length during the talks in the capital.</p></article></body></html>`,
    });
    const doc = `${server.url}/article/8`;
    const fetches = () => server.log.filter((r) => r.path === '/article/8').length;
    const partners = async () => [...new Set((await store.queryEvents({ doc })).flatMap((e) => [...e.actor, ...e.recipient]))].filter((c) => c !== 'KAZ').sort();
    server.routes.set('/sum', { body: summary('Talks in Astana.') });
    server.routes.set('/article/8', page(meeting('x', '', d).text));
    let [s] = await watcher(f).runOnce();
    assert.deepEqual([s!.items_added, fetches()], [1, 1]);
    assert.deepEqual(await partners(), ['CHN']);
    // The summary is edited (the article with it): the article is read again and its events replace the old ones.
    server.routes.set('/sum', { body: summary('Talks in Astana, updated.') });
    server.routes.set('/article/8', page(visit('y', '', d, 'Russian President Vladimir Putin').text));
    [s] = await watcher(f).runOnce();
    assert.equal(fetches(), 2);
    assert.deepEqual([s!.items_added, s!.failures], [1, 0]);
    assert.deepEqual(await partners(), ['RUS']);
    assert.equal(await docCount(), 1);
    // Unchanged summary: not read again.
    await watcher(f).runOnce();
    assert.equal(fetches(), 2);
    // Edited again, but the article cannot be read now: the stored article stays (not replaced by the summary).
    server.routes.set('/sum', { body: summary('Talks in Astana, updated twice.') });
    server.routes.set('/article/8', { status: 500 });
    [s] = await watcher(f).runOnce();
    assert.equal(fetches(), 3);
    assert.match(s!.last_error ?? '', /article not read.*the stored article stays/);
    assert.deepEqual(await partners(), ['RUS']);
  });
});

describe('scaling', () => {
  /**
   * The watcher's own path (fetch, read, leave out known items, code, store): items dated three days apart, so the
   * happenings blocks (type, parties, year) keep one size as the feed grows (their clustering is measured on its
   * own in the store's tests). CPU time of this process (DuckDB's threads included), so other load on the machine
   * does not count.
   */
  it('a poll of 4n new items takes under five times n (fastest of three alternating rounds)', async () => {
    const partners = ['Chinese President Xi Jinping', 'Russian President Vladimir Putin', 'the President of France', 'the President of Italy'];
    const feedOf = (n: number) => rss(Array.from({ length: n }, (_, i) => ({
      ...visit(`s${i}`, `${server.url}/scale/${i}`, day(1 + 3 * i), partners[i % partners.length]!), title: `Item ${i}`,
    })));
    const bodies = new Map([[100, feedOf(100)], [400, feedOf(400)]]);
    const time = async (n: number) => {
      await store.close();
      store = await openStore({ path: ':memory:' });
      server.routes.set('/scale', { body: bodies.get(n)! });
      const w = watcher(file([{ name: 'scale', url: `${server.url}/scale`, type: 'feed' }]), { maxBytes: 10_000_000 });
      const cpu = process.cpuUsage();
      const st = await w.poll(file([{ name: 'scale', url: `${server.url}/scale`, type: 'feed' }]).sources[0]!);
      const used = process.cpuUsage(cpu);
      assert.equal(st.items_added, n);
      return (used.user + used.system) / 1000;
    };
    await time(100);
    const small: number[] = [];
    const large: number[] = [];
    for (let r = 0; r < 3; r++) {
      small.push(await time(100));
      large.push(await time(400));
    }
    const ratio = Math.min(...large) / Math.min(...small);
    assert.ok(ratio < 5, `4n/n = ${ratio.toFixed(2)} (n ${Math.min(...small).toFixed(0)} ms, 4n ${Math.min(...large).toFixed(0)} ms CPU)`);
  });
});

describe('GDELT 2.0', () => {
  const stamp = (minutesBack: number) => {
    const t = Math.floor(Date.now() / 900_000) * 900_000 - minutesBack * 60_000;
    return new Date(t).toISOString().replace(/\D/g, '').slice(0, 14);
  };

  it('imports each listed file once, catches up a missed interval, and retries a listed file that is missing', async () => {
    const [t0, t1, t2, t3] = [stamp(45), stamp(30), stamp(15), stamp(0)];
    const url = (t: string) => `${server.url}/gdeltv2/${t}.export.CSV.zip`;
    const f = file([{ name: 'gdelt', url: `${server.url}/gdeltv2/lastupdate.txt`, type: 'gdelt2' }]);
    server.routes.set('/gdeltv2/lastupdate.txt', { body: lastUpdate(url(t0)), type: 'text/plain' });
    server.routes.set(`/gdeltv2/${t0}.export.CSV.zip`, { body: gdeltZip(1000, 5), type: 'application/zip' });
    let s = (await watcher(f).runOnce())[0]!;
    assert.equal(s.items_added, 1);
    assert.equal(s.events_added, 5);
    s = (await watcher(f).runOnce())[0]!;
    assert.equal(s.items_added, 1, 'the same listing imports nothing again');
    // Two intervals later: t1 was missed (never listed while we looked), t2 is listed; both come in, in order.
    server.routes.set(`/gdeltv2/${t1}.export.CSV.zip`, { body: gdeltZip(2000, 3), type: 'application/zip' });
    server.routes.set(`/gdeltv2/${t2}.export.CSV.zip`, { body: gdeltZip(3000, 2), type: 'application/zip' });
    server.routes.set('/gdeltv2/lastupdate.txt', { body: lastUpdate(url(t2)), type: 'text/plain' });
    s = (await watcher(f).runOnce())[0]!;
    assert.equal(s.items_added, 3);
    assert.equal(s.events_added, 10);
    // Listed but missing: the poll fails and is retried; when the file comes, it is imported.
    server.routes.set('/gdeltv2/lastupdate.txt', { body: lastUpdate(url(t3)), type: 'text/plain' });
    s = (await watcher(f).runOnce())[0]!;
    assert.equal(s.failures, 1);
    assert.match(s.last_error ?? '', new RegExp(`${t3}\\.export\\.CSV\\.zip.*HTTP 404`));
    server.routes.set(`/gdeltv2/${t3}.export.CSV.zip`, { body: gdeltZip(4000, 4), type: 'application/zip' });
    s = (await watcher(f).runOnce())[0]!;
    assert.equal(s.failures, 0);
    assert.equal(s.items_added, 4);
    assert.equal(s.events_added, 14);
    assert.equal(await store.countEvents({ origins: ['gdelt'] }), 14);
    assert.deepEqual([...await store.importedFiles([t0, t1, t2, t3].map(url))].sort(), [t0, t1, t2, t3].map(url).sort());
    // Each file was downloaded once.
    for (const t of [t0, t1, t2]) assert.equal(server.log.filter((r) => r.path === `/gdeltv2/${t}.export.CSV.zip`).length, 1, t);
  });
});

describe('GDELT 2.0 after a long gap', () => {
  it('a gap of more than a day is caught up file by file, a bounded slice per poll, none repeated or skipped', async () => {
    const stamp = (intervals: number) => new Date(Math.floor(Date.now() / 900_000 - intervals) * 900_000).toISOString().replace(/\D/g, '').slice(0, 14);
    const url = (t: string) => `${server.url}/gdeltv2/${t}.export.CSV.zip`;
    const f = file([{ name: 'gdelt', url: `${server.url}/gdeltv2/lastupdate.txt`, type: 'gdelt2' }]);
    const src = f.sources[0]!;
    const GAP = 100;
    const ts = Array.from({ length: GAP + 1 }, (_, k) => stamp(GAP - k));
    // GDELT leaves some intervals empty: three files of the gap are missing (never the listed one).
    const missing = new Set([25, 50, 75]);
    server.routes.set('/gdeltv2/lastupdate.txt', { body: lastUpdate(url(ts[0]!)), type: 'text/plain' });
    ts.forEach((t, k) => { if (!missing.has(k)) server.routes.set(`/gdeltv2/${t}.export.CSV.zip`, { body: gdeltZip(10_000 + k * 10, 1), type: 'application/zip' }); });
    const w = watcher(f);
    assert.equal((await w.poll(src)).items_added, 1);
    // Twenty-five hours later (the poller was stopped): the list names the newest file only.
    server.routes.set('/gdeltv2/lastupdate.txt', { body: lastUpdate(url(ts[GAP]!)), type: 'text/plain' });
    const before = Date.now();
    let s = await w.poll(src);
    assert.equal(s.items_added, 1 + CATCH_UP - 3, 'a day of files in the first poll after the gap (three of them missing)');
    assert.ok(Date.parse(s.next_poll!) - before < 60_000, 'the rest comes at the next poll, at once');
    // The rest, with a new watcher (a restart): where to go on from is in the store.
    s = await watcher(f).poll(src);
    assert.equal(s.items_added, GAP + 1 - 3);
    assert.ok(Date.parse(s.next_poll!) - Date.now() > 10 * 60_000, 'caught up: back to the source\'s interval');
    assert.equal(await store.countEvents({ origins: ['gdelt'] }), GAP + 1 - 3);
    s = await watcher(f).runOnce().then((x) => x[0]!);
    assert.equal(s.items_added, GAP + 1 - 3, 'nothing more');
    // Every file fetched once (the missing ones too: remembered as passed over).
    for (const [k, t] of ts.entries()) {
      assert.equal(server.log.filter((r) => r.path === `/gdeltv2/${t}.export.CSV.zip`).length, 1, `file ${k}`);
    }
    assert.equal((await store.importedFiles(ts.map(url))).size, GAP + 1);
  });

  it('watch --once catches up the whole gap', async () => {
    const stamp = (intervals: number) => new Date(Math.floor(Date.now() / 900_000 - intervals) * 900_000).toISOString().replace(/\D/g, '').slice(0, 14);
    const url = (t: string) => `${server.url}/gdeltv2/${t}.export.CSV.zip`;
    const f = file([{ name: 'gdelt', url: `${server.url}/gdeltv2/lastupdate.txt`, type: 'gdelt2' }]);
    const ts = Array.from({ length: CATCH_UP + 5 }, (_, k) => stamp(CATCH_UP + 4 - k));
    ts.forEach((t, k) => server.routes.set(`/gdeltv2/${t}.export.CSV.zip`, { body: gdeltZip(50_000 + k * 10, 1), type: 'application/zip' }));
    server.routes.set('/gdeltv2/lastupdate.txt', { body: lastUpdate(url(ts[0]!)), type: 'text/plain' });
    await watcher(f).runOnce();
    server.routes.set('/gdeltv2/lastupdate.txt', { body: lastUpdate(url(ts[ts.length - 1]!)), type: 'text/plain' });
    const [s] = await watcher(f).runOnce();
    assert.equal(s!.items_added, ts.length);
  });
});

describe('GDELT 1.0', () => {
  it('imports the newest daily file first, then each newer one once', async () => {
    const f = file([{ name: 'g1', url: `${server.url}/events/index.html`, type: 'gdelt1' }]);
    const index = (days: string[]) => `<html><body><ul>${days.map((d) => `<li><a href="${d}.export.CSV.zip">${d}.export.CSV.zip</a> (1MB)</li>`).join('')}
      <li><a href="GDELT.MASTERREDUCEDV2.1979-2013.zip">GDELT.MASTERREDUCEDV2.1979-2013.zip</a></li></ul></body></html>`;
    const row = readFileSync(new URL('../fixtures/store/gdelt1-sample.txt', import.meta.url), 'utf8').split('\n').find((l) => l.split('\t').length >= 57 && (l.split('\t')[26] ?? '').startsWith('04'))!;
    const zip = (first: number, n: number) => makeZip([{ name: 'x.export.CSV', data: Array.from({ length: n }, (_, i) => [String(first + i), ...row.split('\t').slice(1)].join('\t')).join('\n') + '\n' }]);
    server.routes.set('/events/index.html', { body: index(['20261127', '20261128']), type: 'text/html' });
    server.routes.set('/events/20261127.export.CSV.zip', { body: zip(100, 2), type: 'application/zip' });
    server.routes.set('/events/20261128.export.CSV.zip', { body: zip(200, 3), type: 'application/zip' });
    let s = (await watcher(f).runOnce())[0]!;
    assert.deepEqual([s.items_added, s.events_added, s.failures], [1, 3, 0], 'only the newest file on a first poll');
    server.routes.set('/events/index.html', { body: index(['20261127', '20261128', '20261129']), type: 'text/html' });
    server.routes.set('/events/20261129.export.CSV.zip', { body: zip(300, 4), type: 'application/zip' });
    s = (await watcher(f).runOnce())[0]!;
    s = (await watcher(f).runOnce())[0]!;
    assert.deepEqual([s.items_added, s.events_added, s.failures], [2, 7, 0]);
    assert.equal(server.log.filter((r) => r.path === '/events/20261127.export.CSV.zip').length, 0);
  });
});

describe('alerts', () => {
  it('lists new alerts once and POSTs them to the webhook', async () => {
    // Twelve EU leaders in Astana in one month: the EU vector takes all of Kazakhstan's engagement.
    const eu = ['France', 'Germany', 'Italy', 'Spain', 'Poland', 'Austria', 'Belgium', 'Hungary', 'Greece', 'Finland', 'Sweden', 'Portugal'];
    const items = eu.map((c, i) => visit(`c${i}`, `${server.url}/c/${i}`, day(1), `the President of ${c}`));
    server.routes.set('/cn', { body: rss(items) });
    server.routes.set('/hook', { status: 204 });
    const f = file([{ name: 'cn', url: `${server.url}/cn`, type: 'feed' }], { webhook: `${server.url}/hook`, focal: 'KAZ' });
    await watcher(f).runOnce();
    const alerts = await store.alerts();
    assert.ok(alerts.length >= 1, 'an alert appeared');
    assert.ok(alerts.every((a) => a.delivery === 'sent 204'));
    const posts = server.log.filter((r) => r.path === '/hook');
    assert.equal(posts.length, alerts.length);
    assert.equal((JSON.parse(posts[0]!.body) as { alert: { focal: string } }).alert.focal, 'KAZ');
    // Polled again with a new item: the same alerts are not sent twice.
    server.routes.set('/cn', { body: rss([...items, visit('n', `${server.url}/c/new`, day(1), 'Russian President Vladimir Putin')]) });
    await watcher(f).runOnce();
    assert.equal(server.log.filter((r) => r.path === '/hook').length, (await store.alerts()).length);
  });
});

describe('sources file', () => {
  const cases: Array<[string, unknown, RegExp, string | undefined]> = [
    ['no sources', {}, /expected array/i, 'sources'],
    ['bad type', { sources: [{ name: 'a', url: 'http://x.test/', type: 'ftp' }] }, /feed|gdelt/, 'sources[0].type'],
    ['bad url', { sources: [{ name: 'a', url: 'file:///etc/passwd', type: 'feed' }] }, /http\(s\) URL/, 'sources[0].url'],
    ['bad every', { sources: [{ name: 'a', url: 'http://x.test/', type: 'feed', every: 'often' }] }, /duration/, 'sources[0].every'],
    ['unknown key', { sources: [{ name: 'a', url: 'http://x.test/', type: 'feed', evry: '1m' }] }, /evry/, 'sources[0]'],
    ['same name', { sources: [{ name: 'a', url: 'http://x.test/', type: 'feed' }, { name: 'a', url: 'http://y.test/', type: 'feed' }] }, /unique/, 'sources[1].name'],
  ];
  for (const [label, value, message, field] of cases) {
    it(`refuses ${label}, naming the file and field`, () => {
      assert.throws(() => parseSources(value, 'my-sources.json'), (e: { where: { file?: string; field?: string }; message: string }) => {
        assert.equal(e.where.file, 'my-sources.json');
        assert.equal(e.where.field, field);
        assert.match(e.message, message);
        return true;
      });
    });
  }
  it('the shipped sources file is valid, and says where each address is documented', () => {
    const f = loadSources();
    assert.ok(f.sources.some((x) => x.type === 'gdelt2' && x.url === 'http://data.gdeltproject.org/gdeltv2/lastupdate.txt'));
    const raw = JSON.parse(readFileSync(DEFAULT_SOURCES_FILE, 'utf8')) as { sources: Array<{ comment?: string }> };
    assert.ok(raw.sources.every((x) => (x.comment ?? '').length > 20));
  });

  it('reads durations and defaults', () => {
    const f = parseSources({ sources: [{ name: 'a', url: 'http://x.test/', type: 'feed' }, { name: 'b', url: 'http://x.test/b', type: 'gdelt2', every: '90s' }] }, 'f');
    assert.deepEqual(f.sources.map((s) => s.every), [900, 90]);
    assert.equal(f.focal, 'KAZ');
  });
});
