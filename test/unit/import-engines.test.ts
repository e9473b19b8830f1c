/**
 * Engine-native dataset import gives the same result on both engines: the GDELT 1.0, GDELT 2.0 and ICEWS
 * fixtures, and a file of bad rows (wrong width, ids that are not integers, impossible or ancient dates, empty
 * codes), are imported into a DuckDB file and a PostgreSQL database; counts, problems (file, line, field,
 * reason) and every stored event must be equal. Needs a PostgreSQL test server (./_pg.ts).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { importFile, type Dataset } from '../../src/import/index.ts';
import type { Store } from '../../src/store/store.ts';
import { openFreshDuckDb, openFreshPostgres } from './_engines.ts';
import { withPostgres } from './_pg.ts';

const FIX = new URL('../fixtures/store/', import.meta.url).pathname;

/** GDELT 2.0 rows made bad one way each, from a good row of the fixture. */
function badRows(): string {
  const good = readFileSync(join(FIX, 'gdelt2-sample.CSV'), 'utf8').split('\n').find((l) => l.startsWith('410413392\t'))!.split('\t');
  const row = (id: string, changes: Record<number, string>) => good.map((v, i) => (i === 0 ? id : changes[i] ?? v)).join('\t');
  return [
    row('900000001', {}),
    row('x900000002', {}),
    row('900000003', { 1: '20230230' }),
    row('900000004', { 1: '09990101' }),
    row('900000005', { 1: '2023011' }),
    row('900000006', { 26: '' }),
    row('900000007', { 26: '999' }),
    good.slice(0, 10).join('\t'),
    row('900000008', { 30: 'not-a-number', 31: '12x' }),
    row('900000001', {}),
  ].join('\n') + '\n';
}

withPostgres('dataset import on DuckDB and PostgreSQL', () => {
  let dir: string;
  const stores: Array<{ store: Store; cleanup(): Promise<void> }> = [];
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mv-import-engines-'));
    writeFileSync(join(dir, 'bad.CSV'), badRows());
    stores.push(await openFreshDuckDb(), await openFreshPostgres());
  });
  after(async () => {
    for (const s of stores) await s.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  const cases: Array<[string, Dataset, () => string]> = [
    ['GDELT 1.0', 'gdelt', () => join(FIX, 'gdelt1-sample.txt')],
    ['GDELT 2.0', 'gdelt', () => join(FIX, 'gdelt2-sample.CSV')],
    ['ICEWS', 'icews', () => join(FIX, 'icews-sample.tab')],
    ['bad rows', 'gdelt', () => join(dir, 'bad.CSV')],
  ];
  for (const [name, dataset, file] of cases) {
    it(`imports the same from ${name}`, async () => {
      const counts = [];
      for (const { store } of stores) counts.push({ ...(await importFile(store, dataset, file())), ms: 0 });
      assert.deepEqual(counts[1], counts[0]);
      const [duck, pg] = await Promise.all(stores.map(({ store }) => store.queryEvents({}, { limit: 100_000 })));
      assert.ok(duck!.length > 0);
      assert.deepEqual(pg, duck);
      assert.deepEqual(await stores[1]!.store.checkIntegrity(), []);
    });
  }
});
