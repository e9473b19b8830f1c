/**
 * Every store engine a test runs against: the DuckDB file always, PostgreSQL when a test server is given
 * (./_pg.ts; skipped by hand without one, a failure under CI). `forEachEngine` declares the same tests once per
 * engine, each engine's in a describe of its own.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'node:test';
import { openStore, type Store } from '../../src/store/store.ts';
import { freshDatabase, withPostgres } from './_pg.ts';

export type EngineName = 'duckdb' | 'postgres';

/** A fresh, empty store and a way to close and remove it. */
export type OpenFresh = () => Promise<{ store: Store; cleanup(): Promise<void> }>;

export const openFreshDuckDb: OpenFresh = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mv-engine-'));
  const store = await openStore({ path: join(dir, 'test.duckdb') });
  return {
    store,
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

export const openFreshPostgres: OpenFresh = async () => {
  const db = await freshDatabase();
  const store = await openStore({ path: db.url });
  return {
    store,
    async cleanup() {
      await store.close();
      await db.drop();
    },
  };
};

export function forEachEngine(name: string, body: (open: OpenFresh, engine: EngineName) => void): void {
  describe(`${name} (duckdb)`, () => body(openFreshDuckDb, 'duckdb'));
  withPostgres(`${name} (postgres)`, () => describe(`${name} (postgres)`, () => body(openFreshPostgres, 'postgres')));
}
