/** The Store contract on the DuckDB engine, with a real database file in a temp dir. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/store/store.ts';
import { storeSuite } from './store.suite.ts';

storeSuite('duckdb', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mv-store-'));
  const path = join(dir, 'test.duckdb');
  let store: Store = await openStore({ path });
  return {
    get store() {
      return store;
    },
    dir,
    async reopen() {
      await store.close();
      store = await openStore({ path });
      return store;
    },
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
