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

withPostgres('schema version 9 on postgres: the unused partner functions', () => {
  const functions = async (url: string) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      return (await c.query<{ f: string }>(`SELECT proname AS f FROM pg_proc WHERE proname IN ('mv_out_partners', 'mv_in_partners') ORDER BY 1`))
        .rows.map((r) => r.f);
    } finally {
      await c.end();
    }
  };
  const sql = async (url: string, text: string) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      await c.query(text);
    } finally {
      await c.end();
    }
  };

  it('are dropped, and a version 8 database upgrades whether it still has them or not', async () => {
    const db = await freshDatabase();
    try {
      await (await openStore({ path: db.url })).close();
      assert.deepEqual(await functions(db.url), []);
      const asVersion8 = async (withFunctions: boolean) => {
        await sql(db.url, 'DELETE FROM schema_version WHERE version = 9');
        if (withFunctions) {
          for (const f of ['mv_out_partners', 'mv_in_partners']) {
            await sql(db.url, `CREATE FUNCTION ${f}(actor text[], recipient text[], code text) RETURNS text[]
              LANGUAGE sql IMMUTABLE AS $$ SELECT actor $$`);
          }
        }
        const store = await openStore({ path: db.url });
        try {
          assert.equal((await store.stats()).schemaVersion, 10);
        } finally {
          await store.close();
        }
        assert.deepEqual(await functions(db.url), []);
      };
      await asVersion8(true);
      await asVersion8(false);
    } finally {
      await db.drop();
    }
  });
});
