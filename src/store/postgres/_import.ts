/**
 * Engine-native dataset import on PostgreSQL: the rows stream to the server by COPY into a staging table of
 * text columns as they arrive (COPY's own parser splits them at tabs: splitting in SQL cost more than all the
 * rest); the mapping (../_import-sql.ts) stages them in one SQL pass into a second staging table;
 * then the rows whose ids are not stored yet are inserted in one write transaction. Memory
 * stays bounded (the server spills); the write lock is held only for the final insert.
 */
import { cameoActorRows, cameoPloverRows, entityNameRows, fipsRows } from '../../model/cameo.ts';
import { QUAD_CLASS } from '../../model/event.ts';
import { ploverScore } from '../../model/plover.ts';
import { alreadyImported, importReport, stagedCounts, stagedRows } from '../_import-report.ts';
import { datasetColumns, stageSql, usedFields, type ImportSpellings } from '../_import-sql.ts';
import type { DelimitedImport, ImportCounts } from '../store.ts';
import { copyField, takeWriteLock, type Conn, type Pg } from './_db.ts';
import { POSTGRES } from './_dialect.ts';
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

/**
 * Numbers and days are checked by shape before their cast: a bad field is NULL, never an exception that stops
 * the import. The common shapes (plain digits, a decimal, a day of the first 28) pass a cheap check
 * (translate, length); anything else goes through the full pattern, which costs several times more per field.
 */
const INT = `'^\\s*[+-]?[0-9]{1,9}\\s*$'`;
const BIGINT = `'^\\s*[+-]?[0-9]{1,18}\\s*$'`;
const FLOAT = `'^\\s*[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?\\s*$'`;
const C = 'COLLATE "C"';
const noDigits = (c: string) => `translate(${c}, '0123456789', '')`;
const digits = (c: string, max: number) => `length(${c}) BETWEEN 1 AND ${max} AND ${noDigits(c)} = ''`;
// An optional leading minus, digits and at most one point, at least one digit.
const decimal = (c: string) => `length(${c}) <= 30 AND ${noDigits(c)} ${C} IN ('', '.', '-', '-.') AND strpos(${c}, '-') <= 1
  AND translate(${c}, '-.', '') <> ''`;
/** A day `c` of the shape `YYYY?MM?DD` (offsets of month and day) that is surely real: month 1–12, day 1–28. */
const plainDay = (c: string, m: number, d: number) => `substr(${c}, ${m}, 2) ${C} BETWEEN '01' AND '12'
  AND substr(${c}, ${d}, 2) ${C} BETWEEN '01' AND '28' AND substr(${c}, 1, 4) <> '0000'`;

/** A calendar day from year, month and day texts, or NULL when it is not one. */
function daySql(y: string, m: string, d: string): string {
  const Y = `greatest((${y})::integer, 1)`;
  return `CASE WHEN (${m})::integer BETWEEN 1 AND 12 AND (${d})::integer >= 1 AND (${d})::integer <= extract(day FROM
      make_date(${Y}, (${m})::integer, 1) + interval '1 month - 1 day')::integer
    THEN make_date(${Y}, (${m})::integer, (${d})::integer) END`;
}

const SPELLINGS: ImportSpellings = {
  // Split by COPY (copyLines).
  split: 'split AS (SELECT * FROM _raw)',
  field: (i) => `c${i}`,
  materialized: 'MATERIALIZED',
  tryBigint: (c) => `CASE WHEN ${digits(c, 18)} OR ${c} ~ ${BIGINT} THEN ${c}::bigint END`,
  tryInt: (c) => `CASE WHEN ${digits(c, 9)} OR ${c} ~ ${INT} THEN ${c}::integer END`,
  tryFloat: (c) => `CASE WHEN ${decimal(c)} OR ${c} ~ ${FLOAT} THEN ${c}::float8 END`,
  // 'YYYYMMDD' and 'YYYY-MM-DD' read as dates whatever the server's DateStyle.
  parseDay: (c, shape) => (shape === 'YYYYMMDD'
    ? `CASE WHEN length(${c}) = 8 AND ${noDigits(c)} = '' THEN CASE WHEN ${plainDay(c, 5, 7)} THEN ${c}::date
        ELSE ${daySql(`substr(${c}, 1, 4)`, `substr(${c}, 5, 2)`, `substr(${c}, 7, 2)`)} END END`
    : `CASE WHEN length(${c}) = 10 AND ${noDigits(c)} = '--' AND substr(${c}, 5, 1) = '-' AND substr(${c}, 8, 1) = '-'
        THEN CASE WHEN ${plainDay(c, 6, 9)} THEN ${c}::date
        ELSE ${daySql(`substr(${c}, 1, 4)`, `substr(${c}, 6, 2)`, `substr(${c}, 9, 2)`)} END END`),
  emptyList: `'{}'::text[]`,
  listOf: (x) => `ARRAY[${x}]`,
  // Lists of up to two codes (every dataset row's parties) sorted inline: mv_distinct is a function call per row.
  distinct: (list) => `CASE WHEN cardinality(${list}) <= 1 THEN ${list}
    WHEN cardinality(${list}) = 2 THEN CASE WHEN (${list})[1] = (${list})[2] THEN ARRAY[(${list})[1]]
      WHEN (${list})[1] COLLATE "C" < (${list})[2] THEN ${list} ELSE ARRAY[(${list})[2], (${list})[1]] END
    ELSE mv_distinct(${list}) END`,
};

/**
 * The rows as COPY text lines of `_raw` (line number, width, then the `fields` the mapping reads, by 1-based
 * position): a row of the expected width (`columns`) goes as those fields, cut at its tabs here (COPY parses
 * and stores what it is sent: the unread columns cost it more than the cut costs us); one of another width
 * as NULLs, to be reported by its width.
 */
async function* copyLines(rows: DelimitedImport['rows'], columns: number, fields: number[]): AsyncGenerator<string> {
  const nulls = '\t\\N'.repeat(fields.length);
  const starts = new Int32Array(columns + 1);
  for await (const batch of rows) {
    let chunk = '';
    for (let i = 0; i < batch.texts.length; i++) {
      const text = batch.texts[i]!;
      let width = 1;
      for (let at = text.indexOf('\t'); at >= 0; at = text.indexOf('\t', at + 1)) {
        if (width < columns) starts[width] = at + 1;
        width++;
      }
      let out = nulls;
      if (width === columns) {
        out = '';
        for (const f of fields) out += `\t${text.slice(starts[f - 1], f < columns ? starts[f]! - 1 : text.length)}`;
        if (out.includes('\\') || out.includes('\r')) out = out.replace(/[\\\r]/g, (c) => copyField(c));
      }
      chunk += `${batch.lines[i]!}\t${width}${out}\n`;
    }
    if (chunk) yield chunk;
  }
}

/** Sorts and hashes of a bulk import kept in memory rather than spilled in pieces of the default 4 MB. */
const IMPORT_WORK_MEM = '256MB';

export function importDelimited(db: Pg, spec: DelimitedImport, strict: boolean): Promise<ImportCounts> {
  return db.use(async (c) => {
    if (spec.once !== undefined && (await c.one('SELECT 1 FROM imported_files WHERE key = $1', [spec.once]))) return alreadyImported();
    await ensureLookups(c);
    // One transaction from the COPY on: staging tables and settings end with it, whatever happens.
    await c.run('BEGIN');
    let done = false;
    try {
      await c.run(`SET LOCAL work_mem = '${IMPORT_WORK_MEM}'`);
      const columns = datasetColumns(spec.format).length;
      const fields = usedFields(spec.format);
      await c.run('DROP TABLE IF EXISTS _stage');
      await c.run(`CREATE TEMP TABLE _raw (line integer, width integer, ${fields.map((f) => `c${f} text`).join(', ')}) ON COMMIT DROP`);
      await c.copyIn('COPY _raw FROM STDIN', copyLines(spec.rows, columns, fields));
      await c.run(stageSql(spec, POSTGRES, SPELLINGS));
      await c.run('DROP TABLE _raw');
      const counts = await stagedCounts(c, spec.displayName, strict);
      await takeWriteLock(c);
      // Remembered with its rows, under the write lock: two processes importing one file store it once.
      if (spec.once !== undefined && (await c.one('SELECT 1 FROM imported_files WHERE key = $1', [spec.once]))) {
        await c.run('ROLLBACK');
        done = true;
        return alreadyImported();
      }
      const added = await appendEvents(c, `(SELECT * FROM _stage WHERE status = 'ok')`);
      if (spec.once !== undefined) {
        await c.run(`INSERT INTO imported_files (key, imported_at, "rows", added) VALUES ($1, $2, $3, $4)`,
          [spec.once, new Date().toISOString(), stagedRows(counts), added]);
      }
      await c.run('DROP TABLE _stage');
      await c.run('COMMIT');
      done = true;
      return importReport(counts, added);
    } finally {
      if (!done) await c.run('ROLLBACK').catch(() => undefined);
    }
  });
}
