/**
 * The PostgreSQL engine under concurrency and faults, with real `multivector ingest` processes on a throw-away
 * cluster of this test's own (scripts/pg-cluster.sh; it is stopped and started mid-test):
 * - two ingests of the same corpus at once store it once (no duplicate document or event), as one ingest does;
 * - a review written while an ingest re-codes the same documents is kept;
 * - PostgreSQL stopped during an ingest: the ingest fails with one clear line (no stack, no SQL), nothing half
 *   written; PostgreSQL started again, a re-run finishes the job with the same result as a clean run.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { openStore } from '../../src/store/store.ts';
import { corpus } from '../fixtures/store/make-corpus.ts';
import { freshDatabase, withPostgres } from './_pg.ts';

const BIN = new URL('../../bin/multivector', import.meta.url).pathname;
const CLUSTER = new URL('../../scripts/pg-cluster.sh', import.meta.url).pathname;
const DOCS = 120;

interface Run { code: number | null; stderr: string }

/** Runs `multivector ingest`; `onProgress` sees the documents read after each committed batch. */
function ingest(input: string, db: string, onProgress?: (docs: number) => void): Promise<Run> {
  const child = spawn(process.execPath, [BIN, 'ingest', input, '--db', db, '--batch', '4'], {
    stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, MULTIVECTOR_PROGRESS_MS: '0' },
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
    const seen = [...stderr.matchAll(/ingest: (\d+) docs/g)].map((m) => Number(m[1]));
    if (seen.length) onProgress?.(Math.max(...seen));
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

async function snapshot(db: string): Promise<{ docs: number; events: Map<string, string[]>; integrity: string[] }> {
  const store = await openStore({ path: db });
  try {
    const events = new Map<string, string[]>();
    for await (const batch of store.iterateEvents({})) {
      for (const e of batch) events.set(e.doc, [...(events.get(e.doc) ?? []), e.id].sort());
    }
    return { docs: (await store.stats()).documents, events, integrity: await store.checkIntegrity() };
  } finally {
    await store.close();
  }
}

const canRunCluster = existsSync('/usr/lib/postgresql');

withPostgres('PostgreSQL under concurrent ingests and a server stop', () => {
  let dir: string;
  // The cluster's own directory (not inside `dir`: as root the server runs as postgres, which must reach it).
  let pgDir: string;
  let input: string;
  let url: string;
  const port = 20_000 + Math.floor(Math.random() * 30_000);
  const cluster = (...args: string[]) => execFileSync(CLUSTER, args, { encoding: 'utf8' }).trim();

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'mv-pg-faults-'));
    input = join(dir, 'corpus.jsonl');
    writeFileSync(input, corpus(DOCS));
    pgDir = mkdtempSync(join(tmpdir(), 'mv-pg-cluster-'));
    if (canRunCluster) url = cluster('start', pgDir, String(port));
  });
  after(() => {
    if (canRunCluster) cluster('stop', pgDir);
    rmSync(dir, { recursive: true, force: true });
  });

  it('two ingests of the same corpus at once store it once, as one ingest does', { timeout: 300_000 }, async () => {
    const clean = await freshDatabase(url);
    const both = await freshDatabase(url);
    try {
      assert.equal((await ingest(input, clean.url)).code, 0);
      const expected = await snapshot(clean.url);
      assert.equal(expected.docs, DOCS);
      const runs = await Promise.all([ingest(input, both.url), ingest(input, both.url)]);
      assert.deepEqual(runs.map((r) => r.code), [0, 0], runs.map((r) => r.stderr).join('\n'));
      const got = await snapshot(both.url);
      assert.equal(got.docs, DOCS);
      assert.deepEqual(got.integrity, []);
      assert.deepEqual(got.events, expected.events);
    } finally {
      await clean.drop();
      await both.drop();
    }
  });

  it('a review written during an ingest of the same documents is kept', { timeout: 300_000 }, async () => {
    const db = await freshDatabase(url);
    try {
      assert.equal((await ingest(input, db.url)).code, 0);
      const store = await openStore({ path: db.url });
      try {
        const [first] = await store.queryEvents({}, { limit: 1 });
        assert.ok(first);
        // A second ingest of the same corpus (all unchanged) runs while the review is written.
        const running = ingest(input, db.url);
        await store.setReviewStatus(first.id, 'confirmed', 'reviewer');
        assert.equal((await running).code, 0);
        assert.equal((await store.getEvent(first.id))?.review_status, 'confirmed');
        assert.equal((await store.reviewLog(first.id)).length, 1);
        assert.deepEqual(await store.checkIntegrity(), []);
      } finally {
        await store.close();
      }
    } finally {
      await db.drop();
    }
  });

  it('PostgreSQL stopped during an ingest: one clear error, nothing half written; a re-run after the restart finishes the job', { timeout: 300_000, skip: canRunCluster ? false : 'needs PostgreSQL binaries (apt-get install postgresql)' }, async () => {
    const clean = await freshDatabase(url);
    const db = await freshDatabase(url);
    try {
      assert.equal((await ingest(input, clean.url)).code, 0);
      const expected = await snapshot(clean.url);
      let stopped = false;
      const r = await ingest(input, db.url, (docs) => {
        if (stopped || docs < DOCS * 0.3) return;
        stopped = true;
        cluster('pause', pgDir);
      });
      assert.ok(stopped, 'the server was stopped mid-ingest');
      cluster('resume', pgDir, String(port));
      if (r.code !== 0) {
        // One line naming the server and what to do; no stack trace, no SQL, no driver text.
        assert.equal(r.code, 4, r.stderr);
        const last = r.stderr.trim().split('\n').filter((l) => !/ingest: \d+ docs/.test(l));
        assert.equal(last.length, 1, r.stderr);
        // (which of these the client sees depends on when the server went away: "… server … is shutting down" or
        // "lost the connection to the PostgreSQL server …")
        assert.match(last[0]!, /PostgreSQL server/);
        assert.match(last[0]!, /shutting down|closed the connection|lost the connection|cannot reach/);
        assert.doesNotMatch(r.stderr, /\bat .*\.ts:\d+|SELECT|INSERT|SQLSTATE/);
      }
      const mid = await snapshot(db.url);
      assert.deepEqual(mid.integrity, [], 'only whole documents after the stop');
      for (const [doc, ids] of mid.events) assert.deepEqual(ids, expected.events.get(doc), `events of ${doc}`);
      assert.ok(mid.docs < DOCS || r.code === 0);
      assert.equal((await ingest(input, db.url)).code, 0);
      const final = await snapshot(db.url);
      assert.equal(final.docs, DOCS);
      assert.deepEqual(final.integrity, []);
      assert.deepEqual(final.events, expected.events);
    } finally {
      await clean.drop();
      await db.drop();
    }
  });
});
