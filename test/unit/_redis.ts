/**
 * Redis for the queue's tests: MULTIVECTOR_TEST_REDIS names a server (.ci/run starts a throw-away one and sets
 * it; scripts/redis-server.sh does it by hand). Each test takes a database of its own (of the 256 the script
 * configures), emptied first. Without a server, the queue's tests skip with a message when run by hand, and
 * fail under CI=true: CI always runs them. Fault tests start a private server (`privateRedis`) they may stop.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { Redis } from 'ioredis';

export const REDIS_URL = process.env.MULTIVECTOR_TEST_REDIS ?? '';

const MISSING = 'no Redis server for the tests: start one with `scripts/redis-server.sh start DIR` and set MULTIVECTOR_TEST_REDIS (see README)';
const SCRIPT = new URL('../../scripts/redis-server.sh', import.meta.url).pathname;

/** Registers the tests `body` declares when a server is given; otherwise one test that skips (by hand) or fails (CI=true). */
export function withRedis(name: string, body: (url: string) => void): void {
  if (REDIS_URL) {
    body(REDIS_URL);
    return;
  }
  if (process.env.CI === 'true') it(`${name}: Redis is required under CI`, () => assert.fail(MISSING));
  else it(name, { skip: MISSING }, () => undefined);
}

/** A queue of its own on the test server: an emptied database, taken in turn (1..255). */
export async function freshQueue(url = REDIS_URL): Promise<string> {
  const admin = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await admin.connect();
    const n = await admin.incr('multivector-test:next-db');
    const db = 1 + ((n - 1) % 255);
    await admin.select(db);
    await admin.flushdb();
    const u = new URL(url);
    u.pathname = `/${db}`;
    return u.toString();
  } finally {
    admin.disconnect();
  }
}

/** A loopback port nobody listens on now. */
export async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as { port: number };
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

/** A Redis server of the test's own (scripts/redis-server.sh), to stop and start again. */
export async function privateRedis(): Promise<{ url: string; pause(): void; resume(): void; stop(): void }> {
  const dir = join(mkdtempSync(join(tmpdir(), 'mv-redis-')), 'r');
  const port = await freePort();
  const run = (...args: string[]) => {
    const r = spawnSync(SCRIPT, args, { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout.trim();
  };
  const url = run('start', dir, String(port));
  return { url, pause: () => run('pause', dir), resume: () => run('resume', dir), stop: () => run('stop', dir) };
}
