/** The Store contract on the DuckDB engine, with a real database file in a temp dir. */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { afterEach, describe, it } from 'node:test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/store/store.ts';
import { storeSuite } from './store.suite.ts';
import { isInputError } from '../../src/errors.ts';
import { duckdbMemoryLimit } from '../../src/store/duckdb/_db.ts';

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

describe('MULTIVECTOR_DUCKDB_MEMORY', () => {
  const ENV = 'MULTIVECTOR_DUCKDB_MEMORY';
  const saved = process.env[ENV];
  afterEach(() => {
    if (saved === undefined) delete process.env[ENV];
    else process.env[ENV] = saved;
  });

  it('sets the memory limit of a database file opened for writing and read-only, and stores and reads under it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mv-store-mem-'));
    const path = join(dir, 'mem.duckdb');
    try {
      process.env[ENV] = '512MB';
      let store = await openStore({ path });
      assert.equal((await store.engineMemory!()).limit, '488.2 MiB');
      await store.putDocuments([{ doc: { id: 'd1', title: null, url: null, date: '2025-01-02', lang: 'en', content_hash: 'h1', source: null }, events: [] }]);
      await store.close();
      process.env[ENV] = '1.5GiB';
      store = await openStore({ path, readOnly: true });
      assert.equal((await store.engineMemory!()).limit, '1.5 GiB');
      assert.equal((await store.stats()).documents, 1);
      await store.close();
      delete process.env[ENV];
      store = await openStore({ path });
      assert.notEqual((await store.engineMemory!()).limit, '1.5 GiB', 'unset: DuckDB\'s default');
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a value that is not a memory size, or too small, naming the variable, before the file is created', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mv-store-mem-'));
    const path = join(dir, 'never.duckdb');
    try {
      for (const [value, message] of [['lots', /not a memory size/], ['512', /not a memory size/], ['512 parsecs', /not a memory size/],
        ['-1GB', /not a memory size/], ['100KB', /too little memory/]] as const) {
        process.env[ENV] = value;
        await assert.rejects(openStore({ path }), (e: unknown) => {
          assert.ok(isInputError(e), `${value}: ${String(e)}`);
          assert.match(e.message, message);
          assert.equal(e.where.field, ENV);
          return true;
        });
      }
      assert.equal(existsSync(path), false);
      assert.equal(duckdbMemoryLimit({ [ENV]: ' 2 gb ' }), '2gb');
      assert.equal(duckdbMemoryLimit({ [ENV]: '' }), null);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
