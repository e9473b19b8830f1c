/**
 * Cross-check of the measures on the real GDELT sample: the file is imported into a temporary store and the
 * balance/partner figures are compared with a plain-SQL computation run directly on the CSV with
 * @duckdb/node-api (positional GDELT 2.0 columns, the mapping tables read as data) — no code shared with the
 * store or the analytics.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { balance, partners } from '../../src/analytics/index.ts';
import { importFile } from '../../src/import/index.ts';
import { openStore, type Store } from '../../src/store/store.ts';

const CSV = fileURLToPath(new URL('../../../shared/data/gdelt/20150218230000.export.CSV', import.meta.url));
const DATA = fileURLToPath(new URL('../../data/cameo/', import.meta.url));
/** Partners compared one by one: ISO3 codes that CAMEO spells the same way. */
const PARTNERS = ['RUS', 'CHN', 'GBR', 'FRA', 'DEU', 'ISR', 'IRN', 'UKR', 'EGY', 'LBY', 'CAN', 'JPN', 'IND', 'SYR', 'IRQ'];
const FOCALS = ['USA', 'RUS', 'GBR'];

let dir: string;
let store: Store;
let conn: DuckDBConnection;
let instance: DuckDBInstance;

const q = async <T>(sql: string): Promise<T[]> => (await conn.runAndReadAll(sql)).getRowObjectsJson() as T[];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mv-gdelt-measures-'));
  store = await openStore({ path: join(dir, 'g.duckdb') });
  const counts = await importFile(store, 'gdelt', CSV);
  assert.ok(counts.added > 1000, `imported ${counts.added}`);
  instance = await DuckDBInstance.create(':memory:');
  conn = await instance.connect();
  // Independent reading: actor = known-group mapping, else the country code (mapped when the table says so).
  await conn.run(`CREATE TABLE amap AS SELECT cameo, nullif(code, '') AS code FROM read_csv('${DATA}cameo-actors.tsv',
    delim = '\t', header = true, comment = '#', all_varchar = true)`);
  await conn.run(`CREATE TABLE emap AS SELECT cameo FROM read_csv('${DATA}cameo-plover.tsv',
    delim = '\t', header = true, comment = '#', all_varchar = true)`);
  await conn.run(`CREATE TABLE g AS
    WITH raw AS (SELECT * FROM read_csv('${CSV}', delim = '\t', header = false, quote = '', all_varchar = true))
    SELECT column00 AS gid, column26 AS ev, column29 AS quad, try_cast(column30 AS DOUBLE) AS goldstein,
      coalesce(k1.code, CASE WHEN c1.cameo IS NOT NULL THEN c1.code ELSE raw.column07 END) AS a1,
      coalesce(k2.code, CASE WHEN c2.cameo IS NOT NULL THEN c2.code ELSE raw.column17 END) AS a2
    FROM raw
    LEFT JOIN amap k1 ON k1.cameo = raw.column08 LEFT JOIN amap k2 ON k2.cameo = raw.column18
    LEFT JOIN amap c1 ON c1.cameo = raw.column07 LEFT JOIN amap c2 ON c2.cameo = raw.column17
    WHERE column26 IN (SELECT cameo FROM emap)`);
});

after(async () => {
  await store?.close();
  conn?.closeSync();
  instance?.closeSync();
  rmSync(dir, { recursive: true, force: true });
});

describe('measures on the GDELT sample agree with plain SQL on the CSV', () => {
  for (const focal of FOCALS) {
    it(`${focal}: focal events, per-partner counts, directions, Goldstein sums, cooperation/conflict`, async () => {
      const [tot] = await q<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM g WHERE a1 = '${focal}' OR a2 = '${focal}'`);
      const ref = await q<{ p: string; n: number; n_out: number; n_in: number; gs: number; coop: number; conflict: number }>(`
        SELECT p, count(*)::INTEGER AS n, count(*) FILTER (WHERE a1 = '${focal}')::INTEGER AS n_out,
          count(*) FILTER (WHERE a2 = '${focal}')::INTEGER AS n_in, sum(goldstein)::DOUBLE AS gs,
          count(*) FILTER (WHERE quad IN ('1', '2'))::INTEGER AS coop, count(*) FILTER (WHERE quad IN ('3', '4'))::INTEGER AS conflict
        FROM (SELECT *, CASE WHEN a1 = '${focal}' THEN a2 ELSE a1 END AS p FROM g
              WHERE (a1 = '${focal}' OR a2 = '${focal}') AND a1 IS DISTINCT FROM a2)
        WHERE p IN (${PARTNERS.map((c) => `'${c}'`).join(', ')}) GROUP BY p`);
      // every row of the CSV is a report: compared with the rows, the measures count reports, not happenings
      const b = await balance(store.measures(), focal, { granularity: 'year', filter: { unit: 'reports' } });
      assert.equal(b.total.focal_events, tot!.n);
      const mine = await partners(store.measures(), focal, { filter: { unit: 'reports' } });
      const by = new Map(mine.partners.map((p) => [p.partner, p]));
      assert.ok(ref.length >= 3, `${focal} has few partners in the sample`);
      for (const r of ref) {
        const m = by.get(r.p);
        assert.ok(m, `${focal}–${r.p} missing`);
        assert.deepEqual([m.events, m.events_out, m.events_in, m.coop, m.conflict], [r.n, r.n_out, r.n_in, r.coop, r.conflict], `${focal}–${r.p}`);
        assert.ok(Math.abs(m.score - r.gs) < 1e-6, `${focal}–${r.p} Goldstein ${m.score} vs ${r.gs}`);
      }
      // Singleton vectors equal their one partner.
      for (const [vec, code] of [['russia', 'RUS'], ['china', 'CHN']] as const) {
        if (code === focal) continue;
        const v = b.total.vectors.find((x) => x.vector === vec)!;
        assert.equal(v.events, ref.find((r) => r.p === code)?.n ?? 0, `${focal} ${vec}`);
      }
    });
  }
});
