/**
 * Engine-native dataset import on PostgreSQL: the raw rows stream to the server by COPY into a staging table
 * as they arrive; the mapping (../_import-sql.ts) stages them in one SQL pass into a second staging table;
 * then the rows whose ids are not stored yet are inserted in one write transaction. Memory
 * stays bounded (the server spills); the write lock is held only for the final insert.
 */
import { cameoActorRows, cameoPloverRows, entityNameRows, fipsRows } from '../../model/cameo.ts';
import { QUAD_CLASS } from '../../model/event.ts';
import { ploverScore } from '../../model/plover.ts';
import { alreadyImported, importReport, stagedCounts, stagedRows } from '../_import-report.ts';
import { stageSql, type ImportSpellings } from '../_import-sql.ts';
import type { DelimitedImport, ImportCounts } from '../store.ts';
import { copyField, takeWriteLock, type Conn, type Pg } from './_db.ts';
import { POSTGRES } from './_dialect.ts';
import { EVENT_COLUMNS } from './_rows.ts';
import { appendEvents } from './_write.ts';

/** The lookup tables, loaded once per connection into temporary tables. */
async function ensureLookups(c: Conn): Promise<void> {
  if ((await c.one<{ t: string | null }>(`SELECT to_regclass('pg_temp._cameo_map')::text AS t`))?.t) return;
  const cameo = cameoPloverRows();
  await c.run(`CREATE TEMP TABLE _cameo_map AS SELECT cameo, type, nullif(mode, '') AS mode,
      CASE WHEN context = '' THEN '{}'::text[] ELSE string_to_array(context, ';') END AS context, score, quad::smallint AS quad
    FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::integer[]) AS t(cameo, type, mode, context, score, quad)`,
  [cameo.map((r) => r.cameo), cameo.map((r) => r.type), cameo.map((r) => r.mode ?? ''), cameo.map((r) => r.context.join(';')),
    cameo.map((r) => ploverScore(r.type, r.mode)), cameo.map((r) => QUAD_CLASS[r.type])]);
  const actors = cameoActorRows();
  await c.run(`CREATE TEMP TABLE _actor_map AS SELECT * FROM unnest($1::text[], $2::text[]) AS t(cameo, code)`,
    [actors.map((r) => r.cameo), actors.map((r) => r.code)]);
  const fips = fipsRows();
  await c.run(`CREATE TEMP TABLE _fips_map AS SELECT * FROM unnest($1::text[], $2::text[]) AS t(fips, iso3)`,
    [fips.map((r) => r.fips), fips.map((r) => r.iso3)]);
  const names = entityNameRows();
  await c.run(`CREATE TEMP TABLE _name_map AS SELECT * FROM unnest($1::text[], $2::text[]) AS t(name, code)`,
    [names.map((r) => r.name), names.map((r) => r.code)]);
  for (const [t, k] of [['_cameo_map', 'cameo'], ['_actor_map', 'cameo'], ['_fips_map', 'fips'], ['_name_map', 'name']]) {
    await c.run(`CREATE INDEX ON ${t} (${k})`);
    await c.run(`ANALYZE ${t}`);
  }
}

/** Numbers are checked by shape before their cast: a bad field is NULL, never an exception that stops the import. */
const INT = `'^\\s*[+-]?[0-9]{1,9}\\s*$'`;
const BIGINT = `'^\\s*[+-]?[0-9]{1,18}\\s*$'`;
const FLOAT = `'^\\s*[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?\\s*$'`;

/** A calendar day from year, month and day texts, or NULL when it is not one. */
function daySql(y: string, m: string, d: string): string {
  const Y = `greatest((${y})::integer, 1)`;
  return `CASE WHEN (${m})::integer BETWEEN 1 AND 12 AND (${d})::integer >= 1 AND (${d})::integer <= extract(day FROM
      make_date(${Y}, (${m})::integer, 1) + interval '1 month - 1 day')::integer
    THEN make_date(${Y}, (${m})::integer, (${d})::integer) END`;
}

const SPELLINGS: ImportSpellings = {
  // Split once per row (a subquery would be inlined and split the row again for every field it reads).
  split: `split AS MATERIALIZED (SELECT line, string_to_array(raw, E'\\t') AS f,
    cardinality(string_to_array(raw || E'\\t', E'\\t')) - 1 AS width FROM _raw)`,
  materialized: 'MATERIALIZED',
  tryBigint: (c) => `CASE WHEN ${c} ~ ${BIGINT} THEN ${c}::bigint END`,
  tryInt: (c) => `CASE WHEN ${c} ~ ${INT} THEN ${c}::integer END`,
  tryFloat: (c) => `CASE WHEN ${c} ~ ${FLOAT} THEN ${c}::float8 END`,
  parseDay: (c, shape) => (shape === 'YYYYMMDD'
    ? `CASE WHEN ${c} ~ '^[0-9]{8}$' THEN ${daySql(`substr(${c}, 1, 4)`, `substr(${c}, 5, 2)`, `substr(${c}, 7, 2)`)} END`
    : `CASE WHEN ${c} ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN ${daySql(`substr(${c}, 1, 4)`, `substr(${c}, 6, 2)`, `substr(${c}, 9, 2)`)} END`),
  emptyList: `'{}'::text[]`,
  listOf: (x) => `ARRAY[${x}]`,
  distinct: (list) => `mv_distinct(${list})`,
};

/** The rows as COPY text lines (line number, raw row), in chunks. */
async function* copyLines(rows: DelimitedImport['rows']): AsyncGenerator<string> {
  for await (const batch of rows) {
    let chunk = '';
    for (let i = 0; i < batch.texts.length; i++) chunk += `${batch.lines[i]!}\t${copyField(batch.texts[i]!)}\n`;
    if (chunk) yield chunk;
  }
}

const TEMP = ['_raw', '_stage', '_new'];

export function importDelimited(db: Pg, spec: DelimitedImport, strict: boolean): Promise<ImportCounts> {
  return db.use(async (c) => {
    if (spec.once !== undefined && (await c.one('SELECT 1 FROM imported_files WHERE key = $1', [spec.once]))) return alreadyImported();
    await ensureLookups(c);
    for (const t of TEMP) await c.run(`DROP TABLE IF EXISTS ${t}`);
    try {
      await c.run('CREATE TEMP TABLE _raw (line integer, raw text)');
      await c.copyIn('COPY _raw (line, raw) FROM STDIN', copyLines(spec.rows));
      await c.run(stageSql(spec, POSTGRES, SPELLINGS));
      await c.run('DROP TABLE _raw');
      const counts = await stagedCounts(c, spec.displayName, strict);
      await c.run(`CREATE TEMP TABLE _new AS SELECT ${EVENT_COLUMNS} FROM _stage WHERE status = 'ok'`);
      await c.run('DROP TABLE _stage');
      await c.run('BEGIN');
      let added: number;
      let done = false;
      try {
        await takeWriteLock(c);
        // Remembered with its rows, under the write lock: two processes importing one file store it once.
        if (spec.once !== undefined && (await c.one('SELECT 1 FROM imported_files WHERE key = $1', [spec.once]))) {
          await c.run('ROLLBACK');
          done = true;
          return alreadyImported();
        }
        added = await appendEvents(c, '_new');
        if (spec.once !== undefined) {
          await c.run(`INSERT INTO imported_files (key, imported_at, "rows", added) VALUES ($1, $2, $3, $4)`,
            [spec.once, new Date().toISOString(), stagedRows(counts), added]);
        }
        await c.run('COMMIT');
        done = true;
      } finally {
        if (!done) await c.run('ROLLBACK').catch(() => undefined);
      }
      return importReport(counts, added);
    } finally {
      for (const t of TEMP) await c.run(`DROP TABLE IF EXISTS ${t}`).catch(() => undefined);
    }
  });
}
