/**
 * Coding workers on a queue, as they run: `ingest --queue` sends documents to Redis, `worker` processes (any
 * number) code and store them in PostgreSQL, `queue` shows what waits and what is parked. Needs the test
 * servers (./_redis.ts, ./_pg.ts); the errors for a queue that cannot be reached need neither.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openStore, type Store } from '../../src/store/store.ts';
import { freshDatabase, withPostgres } from './_pg.ts';
import { freePort, freshQueue, withRedis } from './_redis.ts';

const BIN = new URL('../../bin/multivector', import.meta.url).pathname;
const EXAMPLES = new URL('../../examples/docs.jsonl', import.meta.url).pathname;
const ENV = { ...process.env, MULTIVECTOR_DB: '', MULTIVECTOR_QUEUE: '' };

const cli = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: ENV, timeout: 180_000 });
const startCli = (args: string[]): ChildProcess & { out: () => string } => {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: ENV });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  return Object.assign(child, { out: () => out });
};
const exited = async (c: ChildProcess): Promise<number | null> => (c.exitCode !== null ? c.exitCode : (await once(c, 'exit'))[0] as number | null);

const dir = mkdtempSync(join(tmpdir(), 'mv-queue-'));
/** A corpus of `n` example documents (with events), and a file with one document the coder refuses. */
function corpus(n: number): string {
  const file = join(dir, `docs-${n}.jsonl`);
  writeFileSync(file, `${readFileSync(EXAMPLES, 'utf8').split('\n').filter(Boolean).slice(0, n).join('\n')}\n`);
  return file;
}
const BAD = join(dir, 'bad.jsonl');
writeFileSync(BAD, `${JSON.stringify({
  id: 'huge-amount', date: '2024-01-02',
  text: 'Kazakhstan and China signed an investment agreement worth $90000000000000000000000 billion on Tuesday.',
})}\n`);

const added = (out: string) => [...out.matchAll(/worker stopped: (\d+) added/g)].reduce((n, m) => n + Number(m[1]), 0);

/** What a direct ingest of the file stores (the reference for the workers). */
async function reference(file: string): Promise<{ documents: number; events: number }> {
  const db = join(dir, `ref-${Math.random().toString(36).slice(2)}.duckdb`);
  const r = cli(['ingest', file, '--db', db, '--threads', '1']);
  assert.equal(r.status, 0, r.stderr);
  const s = JSON.parse(cli(['stats', '--json', '--db', db]).stdout) as { documents: number; events: number };
  return { documents: s.documents, events: s.events };
}

async function check(url: string, expected: { documents: number; events: number }): Promise<void> {
  const store: Store = await openStore({ path: url });
  try {
    const s = await store.stats();
    assert.deepEqual({ documents: s.documents, events: s.events }, expected);
    assert.deepEqual(await store.checkIntegrity(), []);
  } finally {
    await store.close();
  }
}

describe('a queue that cannot be reached, or is no queue', () => {
  let down: string;
  before(async () => {
    down = `redis://127.0.0.1:${await freePort()}`;
  });
  // Table: each command with a dead queue is one clear line naming the queue, exit 69; a bad URL is exit 2.
  const cases: Array<{ name: string; args: (q: string) => string[]; status: number; message: RegExp }> = [
    { name: 'ingest --queue, Redis down', args: (q) => ['ingest', BAD, '--queue', q], status: 69, message: /cannot reach the queue at redis:\/\/127\.0\.0\.1:\d+.*connection refused/ },
    { name: 'worker, Redis down', args: (q) => ['worker', '--queue', q, '--db', join(dir, 'w.duckdb')], status: 69, message: /cannot reach the queue/ },
    { name: 'queue, Redis down', args: (q) => ['queue', '--queue', q], status: 69, message: /cannot reach the queue/ },
    { name: 'not a Redis URL', args: () => ['queue', '--queue', 'http://localhost:6379'], status: 2, message: /field "queue": "http:\/\/localhost:6379" is not a Redis URL/ },
    { name: 'a password is never shown', args: (q) => ['queue', '--queue', q.replace('//', '//u:s3cret@')], status: 69, message: /redis:\/\/u:\*\*\*@/ },
    { name: 'worker without a queue', args: () => ['worker'], status: 2, message: /no queue: give --queue/ },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = cli(c.args(down));
      assert.equal(r.status, c.status, r.stderr);
      assert.match(r.stderr, c.message);
      assert.doesNotMatch(r.stderr, /\n\s+at |ECONNREFUSED|s3cret/);
      assert.equal(r.stderr.trim().split('\n').filter((l) => l.startsWith('multivector:')).length, 1, r.stderr);
    });
  }
});

withRedis('coding workers on a queue', () => {
  withPostgres('coding workers on a queue', () => {
    let db: { url: string; drop(): Promise<void> };
    let queue: string;
    const file = corpus(40);
    let expected: { documents: number; events: number };
    before(async () => {
      db = await freshDatabase();
      queue = await freshQueue();
      expected = await reference(file);
    });
    after(async () => db?.drop());

    it('two workers store every queued document once, as a direct ingest does', async () => {
      const q = cli(['ingest', file, '--queue', queue]);
      assert.equal(q.status, 0, q.stderr);
      assert.match(q.stdout, /queued 40 documents/);
      const status = JSON.parse(cli(['queue', '--queue', queue, '--format', 'json']).stdout) as { waiting: number };
      assert.equal(status.waiting, 40);
      const workers = [0, 1].map(() => startCli(['worker', '--queue', queue, '--db', db.url, '--drain', '--lock', '5']));
      for (const w of workers) assert.equal(await exited(w), 0, w.out());
      assert.equal(added(workers.map((w) => w.out()).join('\n')), 40);
      await check(db.url, expected);
      const after = JSON.parse(cli(['queue', '--queue', queue, '--format', 'json']).stdout) as Record<string, number>;
      assert.deepEqual([after.waiting, after.active, after.retrying, after.parked], [0, 0, 0, 0]);
    });

    it('queueing the same corpus again stores nothing new', async () => {
      assert.equal(cli(['ingest', file, '--queue', queue]).status, 0);
      const w = cli(['worker', '--queue', queue, '--db', db.url, '--drain']);
      assert.equal(w.status, 0, w.stderr);
      assert.match(w.stdout, /0 added, 0 re-coded, 40 unchanged/);
      await check(db.url, expected);
    });

    it('a document the coder refuses is parked at once with its error, and shown; the rest is stored', async () => {
      const q = cli(['ingest', BAD, '--queue', queue]);
      assert.equal(q.status, 0, q.stderr);
      const w = cli(['worker', '--queue', queue, '--db', db.url, '--drain']);
      assert.equal(w.status, 0, w.stderr);
      assert.match(w.stderr, /parked: .*bad\.jsonl:1: field "value": .*out of range/);
      const shown = cli(['queue', '--queue', queue]);
      assert.equal(shown.status, 0, shown.stderr);
      assert.match(shown.stdout, /0 waiting, 0 with a worker, 0 retrying, 1 parked/);
      assert.match(shown.stdout, /huge-amount/);
      const json = JSON.parse(cli(['queue', '--queue', queue, '--format', 'json']).stdout) as { parkedDocuments: Array<{ attempts: number; source: string }> };
      // Refused on its first try: a document's own problem is not retried.
      assert.equal(json.parkedDocuments[0]?.attempts, 1);
      assert.match(json.parkedDocuments[0]?.source ?? '', /bad\.jsonl:1$/);
      // Sent back, it is tried again (and parked again: its text has not changed).
      const retried = cli(['queue', '--queue', queue, '--retry']);
      assert.match(retried.stdout, /1 parked documents sent back to the queue\n.*1 waiting/);
      await check(db.url, expected);
    });
  });
});
