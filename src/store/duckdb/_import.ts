/**
 * Engine-native dataset import on DuckDB: the rows stream in as text (already split by line and checked as
 * UTF-8 by src/import) and are appended to a temporary table; the mapping (../_import-sql.ts) stages them in
 * one SQL pass; the rows whose ids are not stored yet are inserted. Memory bounded by the engine (it spills to
 * disk); one transaction.
 */
import { cameoActorRows, cameoPloverRows, entityNameRows, fipsRows } from '../../model/cameo.ts';
import { QUAD_CLASS } from '../../model/event.ts';
import { ploverScore } from '../../model/plover.ts';
import { alreadyImported, importReport, stagedCounts, stagedRows } from '../_import-report.ts';
import { stageSql, type ImportSpellings } from '../_import-sql.ts';
import type { DelimitedImport, ImportCounts } from '../store.ts';
import type { Db } from './_db.ts';
import { DUCKDB } from './_dialect.ts';
import { appendEvents, EVENT_COLUMNS } from './_party.ts';

const SPELLINGS: ImportSpellings = {
  split: `split AS (SELECT line, f, len(f) AS width FROM (SELECT line, string_split(raw, chr(9)) AS f FROM _raw) s)`,
  field: (i) => `f[${i}]`,
  materialized: '',
  tryBigint: (c) => `try_cast(${c} AS BIGINT)`,
  tryInt: (c) => `try_cast(${c} AS INTEGER)`,
  tryFloat: (c) => `try_cast(${c} AS DOUBLE)`,
  parseDay: (c, shape) => (shape === 'YYYYMMDD'
    ? `CASE WHEN regexp_full_match(${c}, '\\d{8}') THEN try_strptime(${c}, '%Y%m%d')::DATE END`
    : `CASE WHEN regexp_full_match(${c}, '\\d{4}-\\d{2}-\\d{2}') THEN try_strptime(${c}, '%Y-%m-%d')::DATE END`),
  emptyList: '[]::VARCHAR[]',
  listOf: (x) => `[${x}]`,
  distinct: (list) => `list_distinct(${list})`,
};

/** The lookup tables, loaded once per connection into TEMP tables. */
async function ensureLookups(db: Db): Promise<void> {
  const exists = await db.one<{ n: number }>(
    `SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE temporary AND table_name = '_cameo_map'`);
  if (exists?.n) return;
  await db.run(`CREATE TEMP TABLE _cameo_raw (cameo VARCHAR, type VARCHAR, mode VARCHAR, context VARCHAR, score DOUBLE, quad DOUBLE)`);
  await db.append('_cameo_raw', cameoPloverRows().map((r) => [
    r.cameo, r.type, r.mode, r.context.join(';'), ploverScore(r.type, r.mode), QUAD_CLASS[r.type],
  ]));
  await db.run(`CREATE TEMP TABLE _cameo_map AS SELECT cameo, type, mode,
    CASE WHEN context = '' THEN []::VARCHAR[] ELSE string_split(context, ';') END AS context,
    score, quad::TINYINT AS quad FROM _cameo_raw`);
  await db.run(`CREATE TEMP TABLE _actor_map (cameo VARCHAR, code VARCHAR)`);
  await db.append('_actor_map', cameoActorRows().map((r) => [r.cameo, r.code]));
  await db.run(`CREATE TEMP TABLE _fips_map (fips VARCHAR, iso3 VARCHAR)`);
  await db.append('_fips_map', fipsRows().map((r) => [r.fips, r.iso3]));
  await db.run(`CREATE TEMP TABLE _name_map (name VARCHAR, code VARCHAR)`);
  await db.append('_name_map', entityNameRows().map((r) => [r.name, r.code]));
}

/** Rows per appender call while staging (the appender is closed and flushed between batches; it lets the event loop turn every APPEND_YIELD_ROWS rows, see ./_db.ts). */
const APPEND_BATCH = 50_000;
const TEMP = ['_raw', '_stage', '_new'];

export async function importDelimited(db: Db, spec: DelimitedImport, strict: boolean): Promise<ImportCounts> {
  if (spec.once !== undefined && (await db.one(`SELECT 1 FROM imported_files WHERE key = $1`, [spec.once]))) return alreadyImported();
  await ensureLookups(db);
  for (const t of TEMP) await db.run(`DROP TABLE IF EXISTS ${t}`);
  try {
    // The raw rows go to the engine as they stream in; splitting, typing and mapping are one SQL pass.
    await db.run('CREATE TEMP TABLE _raw (line INTEGER, raw VARCHAR)');
    let rows: Array<[number, string]> = [];
    for await (const batch of spec.rows) {
      for (let i = 0; i < batch.texts.length; i++) rows.push([batch.lines[i]!, batch.texts[i]!]);
      if (rows.length >= APPEND_BATCH) {
        await db.append('_raw', rows);
        rows = [];
      }
    }
    if (rows.length) await db.append('_raw', rows);
    await db.run(stageSql(spec, DUCKDB, SPELLINGS));
    await db.run('DROP TABLE _raw');
    const counts = await stagedCounts(db, spec.displayName, strict);
    const added = await db.transaction(async () => {
      await db.run(`CREATE OR REPLACE TEMP TABLE _new AS
        SELECT ${EVENT_COLUMNS} FROM (SELECT DISTINCT ON (id) * FROM _stage WHERE status = 'ok') s
        WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = s.id)`);
      const n = await appendEvents(db, '_new');
      // Remembered with its rows, so a crash leaves the file either imported and remembered, or neither.
      if (spec.once !== undefined) {
        await db.run(`INSERT INTO imported_files (key, imported_at, "rows", added) VALUES ($1, $2, $3, $4)`,
          [spec.once, new Date().toISOString(), stagedRows(counts), n]);
      }
      return n;
    });
    return importReport(counts, added);
  } finally {
    for (const t of TEMP) await db.run(`DROP TABLE IF EXISTS ${t}`);
  }
}
