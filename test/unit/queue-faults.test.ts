/**
 * The queue's workers under faults, as they run, on a Redis and a PostgreSQL of this test's own (both stopped
 * and started mid-test): a worker killed with SIGKILL mid-run, Redis restarted during a run, PostgreSQL stopped
 * during a run and started again. After each: every document stored once (the same documents and events as a
 * direct ingest), the integrity check clean, nothing left waiting or parked.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, it } from 'node:test';
import pg from 'pg';
import { queueStatus } from '../../src/queue/status.ts';
import { openStore } from '../../src/store/store.ts';
import { corpus } from '../fixtures/store/make-corpus.ts';
import { freePort, privateRedis, withRedis } from './_redis.ts';
import { freshDatabase, withPostgres } from './_pg.ts';

const BIN = new URL('../../bin/multivector', import.meta.url).pathname;
const CLUSTER = new URL('../../scripts/pg-cluster.sh', import.meta.url).pathname;
const ENV = { ...process.env, MULTIVECTOR_DB: '', MULTIVECTOR_QUEUE: '' };
const DOCS = 60;

const cli = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: ENV, timeout: 180_000 });
function worker(queue: string, db: string, extra: string[] = []): ChildProcess & { out: () => string } {
  const child = spawn(process.execPath, [BIN, 'worker', '--queue', queue, '--db', db, '--lock', '2', ...extra], { stdio: ['ignore', 'pipe', 'pipe'], env: ENV });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  return Object.assign(child, { out: () => out });
}
const exited = async (c: ChildProcess): Promise<number | null> => (c.exitCode !== null ? c.exitCode : (await once(c, 'exit'))[0] as number | null);

/** Documents stored now (0 while the server is away). */
async function stored(url: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  try {
    await c.connect();
    return Number((await c.query('SELECT count(*) AS n FROM documents')).rows[0].n);
  } catch {
    return 0;
  } finally {
    await c.end().catch(() => undefined);
  }
}

async function until(what: string, ok: () => Promise<boolean>, ms = 240_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > end) assert.fail(`timed out waiting until ${what}`);
    await sleep(250);
  }
}

/**
 * Every document may be stored while jobs are still in the queue (each test says why); the worker is stopped
 * only once none is waiting, active or retrying, so the queue's final state is the one checked.
 */
const settled = (queue: string): Promise<void> => until('the queue has settled', async () => {
  const q = await queueStatus(queue, { limit: 0 });
  return !q.waiting && !q.active && !q.retrying;
});

async function snapshot(url: string): Promise<{ docs: number; events: string[]; integrity: string[] }> {
  const store = await openStore({ path: url });
  try {
    const events: string[] = [];
    for await (const batch of store.iterateEvents({})) events.push(...batch.map((e) => e.id));
    return { docs: (await store.stats()).documents, events: events.sort(), integrity: await store.checkIntegrity() };
  } finally {
    await store.close();
  }
}

const canRunCluster = existsSync('/usr/lib/postgresql');

withRedis('queue workers under faults', () => {
  withPostgres('queue workers under faults', () => {
    let dir: string;
    let pgDir: string;
    let pgUrl: string;
    let input: string;
    let redis: Awaited<ReturnType<typeof privateRedis>>;
    let expected: Awaited<ReturnType<typeof snapshot>>;
    const cluster = (...args: string[]) => execFileSync(CLUSTER, args, { encoding: 'utf8' }).trim();

    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'mv-queue-faults-'));
      input = join(dir, 'corpus.jsonl');
      writeFileSync(input, corpus(DOCS));
      pgDir = mkdtempSync(join(tmpdir(), 'mv-queue-pg-'));
      if (canRunCluster) pgUrl = cluster('start', pgDir, String(await freePort()));
      redis = await privateRedis();
      const clean = await freshDatabase(pgUrl);
      const r = cli(['ingest', input, '--db', clean.url, '--threads', '1']);
      assert.equal(r.status, 0, r.stderr);
      expected = await snapshot(clean.url);
      assert.equal(expected.docs, DOCS);
      await clean.drop();
    });
    after(() => {
      redis?.stop();
      if (canRunCluster) cluster('stop', pgDir);
      rmSync(dir, { recursive: true, force: true });
    });

    const queueEmpty = () => {
      const s = JSON.parse(cli(['queue', '--queue', redis.url, '--format', 'json']).stdout) as Record<string, number>;
      assert.deepEqual([s.waiting, s.active, s.retrying, s.parked], [0, 0, 0, 0]);
    };

    it('a worker killed with SIGKILL mid-run loses nothing: another finishes, nothing is stored twice', { timeout: 400_000 }, async () => {
      const db = await freshDatabase(pgUrl);
      try {
        assert.equal(cli(['ingest', input, '--queue', redis.url]).status, 0);
        const doomed = worker(redis.url, db.url);
        await until('the doomed worker has stored a few documents', async () => (await stored(db.url)) >= 5);
        doomed.kill('SIGKILL');
        await exited(doomed);
        assert.ok((await stored(db.url)) < DOCS, 'killed before the end');
        const rescuer = worker(redis.url, db.url, ['--drain']);
        assert.equal(await exited(rescuer), 0, rescuer.out());
        assert.deepEqual(await snapshot(db.url), expected);
        queueEmpty();
      } finally {
        await db.drop();
      }
    });

    it('Redis restarted during a run: the worker reconnects and finishes; nothing lost or doubled', { timeout: 400_000 }, async () => {
      const db = await freshDatabase(pgUrl);
      try {
        assert.equal(cli(['ingest', input, '--queue', redis.url]).status, 0);
        const w = worker(redis.url, db.url);
        await until('a few documents are stored', async () => (await stored(db.url)) >= 5);
        redis.pause();
        await sleep(1500);
        redis.resume();
        await until('every document is stored', async () => (await stored(db.url)) >= DOCS);
        // A document committed while Redis was away could not be marked done: its job comes back when its lock
        // lapses and is found stored already.
        await settled(redis.url);
        w.kill('SIGTERM');
        assert.equal(await exited(w), 0, w.out());
        assert.match(w.out(), /lost the queue at redis:\/\/127\.0\.0\.1:\d+; reconnecting/);
        assert.deepEqual(await snapshot(db.url), expected);
        queueEmpty();
      } finally {
        await db.drop();
      }
    });

    it('PostgreSQL stopped during a run and started again: the documents are retried, then stored once', { timeout: 400_000, skip: canRunCluster ? false : 'needs PostgreSQL binaries' }, async () => {
      const db = await freshDatabase(pgUrl);
      try {
        assert.equal(cli(['ingest', input, '--queue', redis.url]).status, 0);
        const w = worker(redis.url, db.url);
        await until('a few documents are stored', async () => (await stored(db.url)) >= 5);
        cluster('pause', pgDir);
        await until('the worker has met the outage', async () => /retrying \(\d\/5\)/.test(w.out()), 60_000);
        cluster('resume', pgDir, new URL(pgUrl).port);
        await until('every document is stored', async () => (await stored(db.url)) >= DOCS);
        // Each document is committed before its job completes, and one whose commit reached PostgreSQL but whose
        // answer was lost in the outage failed for the worker: its job is retried after its back-off and finds
        // the document stored already.
        await settled(redis.url);
        w.kill('SIGTERM');
        assert.equal(await exited(w), 0, w.out());
        // The outage is one line per retried document: no stack trace, no SQL.
        assert.doesNotMatch(w.out(), /\n\s+at |SELECT|INSERT/);
        assert.deepEqual(await snapshot(db.url), expected);
        queueEmpty();
      } finally {
        await db.drop();
      }
    });
  });
});
