/**
 * The Store contract on the PostgreSQL engine, each test on a fresh database of the test server (./_pg.ts), and the
 * engine's own migrations.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import pg from 'pg';
import { openStore, type Store } from '../../src/store/store.ts';
import { freshDatabase, withPostgres } from './_pg.ts';
import { storeSuite } from './store.suite.ts';

withPostgres('Store contract: postgres', () => {
  storeSuite('postgres', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mv-store-pg-'));
    const db = await freshDatabase();
    let store: Store = await openStore({ path: db.url });
    return {
      get store() {
        return store;
      },
      dir,
      async reopen() {
        await store.close();
        store = await openStore({ path: db.url });
        return store;
      },
      async cleanup() {
        await store.close();
        await db.drop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  });
});

