/**
 * Crash safety of `multivector watch`: the real CLI, following a loopback fx.server, is killed with SIGKILL in the
 * middle of a poll (once while storing a feed's items, once while waiting on a feed that does not answer), then
 * started again. Nothing is lost, nothing is duplicated, and every GDELT file is imported exactly once.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { openStore } from '../../src/store/store.ts';
import { feedFixture, gdeltZip, lastUpdate, rss, type Item } from './watch-helpers.ts';

const BIN = new URL('../../bin/multivector', import.meta.url).pathname;
const EU = ['France', 'Germany', 'Italy', 'Spain', 'Poland', 'Austria', 'Belgium', 'Hungary', 'Greece', 'Finland', 'Sweden', 'Portugal',
  'Ireland', 'Denmark', 'Croatia', 'Slovakia', 'Slovenia', 'Romania', 'Bulgaria', 'Latvia'];
const day = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
const spoken = new Date(`${day}T12:00:00Z`).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
const items = (feed: string): Item[] => EU.map((c, i) => ({
  id: `${feed}-${i}`, link: `http://news.test/${feed}/${i}`, date: day, title: `${feed} ${c}`,
  text: `Kazakh President Kassym-Jomart Tokayev met the President of ${c} in Astana on ${spoken}. Report ${feed}-${i}.`,
}));

let sourcesFile: string;
const stamp = (back: number) => new Date(Math.floor(Date.now() / 900_000) * 900_000 - back * 900_000).toISOString().replace(/\D/g, '').slice(0, 14);
const files = [stamp(2), stamp(1), stamp(0)];

const fx = feedFixture('mv-watch-kill-', ({ server, dir }) => {
  sourcesFile = join(dir, 'sources.json');
  writeFileSync(sourcesFile, JSON.stringify({
    timeout: '20s',
    sources: [
      { name: 'one', url: `${server.url}/one`, type: 'feed', every: '1s' },
      { name: 'gdelt', url: `${server.url}/gdeltv2/lastupdate.txt`, type: 'gdelt2', every: '1s' },
      { name: 'slow', url: `${server.url}/slow`, type: 'feed', every: '1s' },
      { name: 'two', url: `${server.url}/two`, type: 'feed', every: '1s' },
    ],
  }));
  server.routes.set('/one', { body: rss(items('one')) });
  server.routes.set('/two', { body: rss(items('two')) });
  server.routes.set('/slow', { hang: true });
  files.forEach((t, i) => server.routes.set(`/gdeltv2/${t}.export.CSV.zip`, { body: gdeltZip(10_000 * (i + 1), 50), type: 'application/zip' }));
  server.routes.set('/gdeltv2/lastupdate.txt', { body: lastUpdate(`${server.url}/gdeltv2/${files[0]}.export.CSV.zip`), type: 'text/plain' });
});

/** Starts watch (with --once when `once`); its output is collected. */
function start(db: string, once: boolean) {
  const child = spawn(process.execPath, [BIN, 'watch', '--sources', sourcesFile, '--db', db, ...(once ? ['--once'] : [])], { stdio: ['ignore', 'pipe', 'pipe'] });
  const run = { child, out: '', done: null as unknown as Promise<{ code: number | null; signal: NodeJS.Signals | null }> };
  child.stdout.on('data', (d: Buffer) => { run.out += d; });
  child.stderr.on('data', (d: Buffer) => { run.out += d; });
  run.done = new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  return run;
}

const until = async (cond: () => boolean, ms = 60_000) => {
  const t = Date.now();
  while (!cond()) {
    if (Date.now() - t > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 2));
  }
};

it('kill -9 in the middle of polls, then a restart: nothing lost, nothing duplicated, each GDELT file imported once', async () => {
  const db = join(fx.dir, 'watch.duckdb');
  // 1. Killed just after the first feed answered: its items are being coded and stored.
  const a = start(db, false);
  await until(() => fx.server.log.some((r) => r.path === '/one'));
  await new Promise((r) => setTimeout(r, 40));
  a.child.kill('SIGKILL');
  assert.equal((await a.done).signal, 'SIGKILL');
  // 2. Killed while waiting on the feed that does not answer, after a GDELT file came in.
  const slow = () => fx.server.log.filter((r) => r.path === '/slow').length;
  const before = slow();
  const b = start(db, false);
  await until(() => /gdelt: \d+ new/.test(b.out) && slow() > before);
  b.child.kill('SIGKILL');
  assert.equal((await b.done).signal, 'SIGKILL', b.out);
  // 3. The feed answers again, two more GDELT intervals passed; a last run polls everything once and ends.
  fx.server.routes.set('/slow', { body: rss([]) });
  fx.server.routes.set('/gdeltv2/lastupdate.txt', { body: lastUpdate(`${fx.server.url}/gdeltv2/${files[2]}.export.CSV.zip`), type: 'text/plain' });
  const c = start(db, true);
  assert.equal((await c.done).code, 0, c.out);

  const store = await openStore({ path: db, readOnly: true });
  try {
    assert.deepEqual(await store.checkIntegrity(), []);
    assert.equal((await store.stats()).documents, 2 * EU.length, 'every item of both feeds, once');
    assert.equal(await store.countEvents({ origins: ['gdelt'] }), 150, 'three GDELT files of 50 events, once each');
    const urls = files.map((t) => `${fx.server.url}/gdeltv2/${t}.export.CSV.zip`);
    assert.equal((await store.importedFiles(urls)).size, 3);
    const status = new Map((await store.sourceStatus()).map((s) => [s.name, s]));
    assert.equal(status.get('slow')!.failures, 0);
    assert.equal(status.get('gdelt')!.failures, 0);
  } finally {
    await store.close();
  }
});
