/**
 * PostgreSQL for the tests: MULTIVECTOR_TEST_PG names a server (a URL whose user may create databases; .ci/run
 * starts a throw-away cluster and sets it, scripts/pg-cluster.sh does it by hand). Each store gets a database
 * of its own, dropped afterwards. Without a server, the PostgreSQL tests skip with a message when run by hand,
 * and fail under CI=true: CI always runs them.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { it } from 'node:test';
import pg from 'pg';

export const PG_URL = process.env.MULTIVECTOR_TEST_PG ?? '';

const MISSING = 'no PostgreSQL server for the tests: start one with `scripts/pg-cluster.sh start` and set MULTIVECTOR_TEST_PG (see README)';

/**
 * Registers the tests `body` declares when a server is given; otherwise one test that skips (by hand) or fails
 * (CI=true) saying why.
 */
export function withPostgres(name: string, body: (url: string) => void): void {
  if (PG_URL) {
    body(PG_URL);
    return;
  }
  if (process.env.CI === 'true') it(`${name}: PostgreSQL is required under CI`, () => assert.fail(MISSING));
  else it(name, { skip: MISSING }, () => undefined);
}

async function admin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** A fresh, empty database on the server of `url`: its URL, and a way to drop it. */
export async function freshDatabase(url = PG_URL): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `mv_test_${randomBytes(6).toString('hex')}`;
  await admin(url, (c) => c.query(`CREATE DATABASE ${name}`));
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: () => admin(url, async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }),
  };
}
