/**
 * Engine-native dataset import on PostgreSQL, as on DuckDB (../duckdb/_import.ts): the raw rows stream to the
 * server by COPY into a staging table as they arrive; splitting, typing, checking and mapping (CAMEO codes,
 * actors, geography through small lookup tables) are one SQL pass into a second staging table; then the rows
 * whose ids are not stored yet are inserted (INSERT … ON CONFLICT DO NOTHING) in one write transaction. Memory
 * stays bounded (the server spills); the write lock is held only for the final insert.
 */
import { InputError } from '../../errors.ts';
import { GDELT_COLUMNS, ICEWS_COLUMNS } from '../../import/columns.ts';
import { cameoActorRows, cameoPloverRows, entityNameRows, fipsRows } from '../../model/cameo.ts';
import { QUAD_CLASS } from '../../model/event.ts';
import { ploverScore } from '../../model/plover.ts';
import type { DelimitedImport, ImportCounts } from '../store.ts';
import { copyField, takeWriteLock, type Conn, type Pg } from './_db.ts';
import { EVENT_COLUMNS } from './_rows.ts';
import { appendEvents } from './_write.ts';

const q = (c: string) => `"${c}"`;
const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

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

/** The raw rows split at tabs, once: `f` the fields, `width` their number. */
const SPLIT = `split AS MATERIALIZED (SELECT line, string_to_array(raw, E'\\t') AS f,
    cardinality(string_to_array(raw || E'\\t', E'\\t')) - 1 AS width FROM _raw)`;

/** Fields of the split rows by column name (empty and `nulls` become NULL), with `width` and `line`. */
function fieldsSql(cols: readonly string[], nulls: string[], used: readonly string[] = cols): string {
  // Only the columns the mapping reads (GDELT has 61, a dozen matter): each is copied through the steps below.
  const fields = cols.flatMap((c, i) => (used.includes(c)
    ? [`CASE WHEN f[${i + 1}] IN (${nulls.map(lit).join(', ')}) THEN NULL ELSE f[${i + 1}] END AS ${q(c)}`] : []));
  // Split once per row (a subquery would be inlined and split the row again for every field it reads).
  return `SELECT line, width, ${fields.join(', ')} FROM split`;
}

/** A calendar day from year, month and day texts, or NULL when it is not one (no exception: checked first). */
function daySql(y: string, m: string, d: string): string {
  const Y = `greatest((${y})::integer, 1)`;
  return `CASE WHEN (${m})::integer BETWEEN 1 AND 12 AND (${d})::integer >= 1 AND (${d})::integer <= extract(day FROM
      make_date(${Y}, (${m})::integer, 1) + interval '1 month - 1 day')::integer
    THEN make_date(${Y}, (${m})::integer, (${d})::integer) END`;
}

const INT = `'^\\s*[+-]?[0-9]{1,9}\\s*$'`;
const BIGINT = `'^\\s*[+-]?[0-9]{1,18}\\s*$'`;
const FLOAT = `'^\\s*[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?\\s*$'`;
const tryInt = (c: string) => `CASE WHEN ${c} ~ ${INT} THEN ${c}::integer END`;
const tryFloat = (c: string) => `CASE WHEN ${c} ~ ${FLOAT} THEN ${c}::float8 END`;

/** The first thing wrong with a row, as (field, reason) CASE expressions (see ../duckdb/_import.ts checksSql). */
function checksSql(width: number, id: string, date: { col: string; shape: string }, code: string): { field: string; reason: string } {
  const arms = [
    [`width <> ${width}`, 'NULL', `'row has ' || width || ' columns, expected ${width}'`],
    ['eid IS NULL', lit(id), lit(`${id} is not an integer`)],
    ['d IS NULL', lit(date.col), lit(`${date.col} is not a real ${date.shape} date`)],
    ['extract(year FROM d) < 1000', lit(date.col), lit(`${date.col} is before the year 1000`)],
    [`${q(code)} IS NULL`, lit(code), lit(`${code} is empty`)],
  ];
  return {
    field: `CASE ${arms.map(([w, f]) => `WHEN ${w} THEN ${f}`).join(' ')} END`,
    reason: `CASE ${arms.map(([w, , r]) => `WHEN ${w} THEN ${r}`).join(' ')} END`,
  };
}

const one = (code: string) => `CASE WHEN ${code} IS NULL THEN '{}'::text[] ELSE ARRAY[${code}] END`;

/** The GDELT columns the mapping reads. */
const GDELT_USED = ['GLOBALEVENTID', 'SQLDATE', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor2CountryCode',
  'Actor2KnownGroupCode', 'EventCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'ActionGeo_CountryCode', 'SOURCEURL'];

function gdeltStageSql(spec: DelimitedImport): string {
  const cols = GDELT_COLUMNS[spec.format as keyof typeof GDELT_COLUMNS];
  const hasUrl = cols.includes('SOURCEURL');
  const actor = (n: 1 | 2) => one(`coalesce(g${n}.code, c${n}.code)`);
  const check = checksSql(cols.length, 'GLOBALEVENTID', { col: 'SQLDATE', shape: 'YYYYMMDD' }, 'EventCode');
  const id = `'gdelt:' || eid::text`;
  return `CREATE TEMP TABLE _stage AS
  WITH ${SPLIT}, src AS MATERIALIZED (${fieldsSql(cols, [''], GDELT_USED)}
  ), typed AS MATERIALIZED (
    SELECT src.*, CASE WHEN "GLOBALEVENTID" ~ ${BIGINT} THEN "GLOBALEVENTID"::bigint END AS eid,
      CASE WHEN "SQLDATE" ~ '^[0-9]{8}$' THEN ${daySql('substr("SQLDATE", 1, 4)', 'substr("SQLDATE", 5, 2)', 'substr("SQLDATE", 7, 2)')} END AS d
    FROM src
  ), checked AS MATERIALIZED (
    SELECT typed.*, ${check.field} AS field, ${check.reason} AS reason FROM typed
  )
  SELECT line, field, reason,
    CASE WHEN reason IS NOT NULL THEN 'malformed' WHEN m.cameo IS NULL THEN 'unmapped' ELSE 'ok' END AS status,
    ${id} AS id, 'gdelt' AS origin, ${hasUrl ? `coalesce("SOURCEURL", ${id})` : id} AS doc,
    0 AS sentence, '' AS text, m.type AS event_type, m.mode, m.context,
    ${actor(1)} AS actor, ${actor(2)} AS recipient, mv_distinct(${actor(1)} || ${actor(2)}) AS parties,
    to_char(d, 'YYYY-MM-DD') AS date, d AS date_start, f.iso3 AS location,
    NULL::float8 AS value_amount, NULL::text AS value_currency, "EventCode" AS cameo, m.score,
    coalesce(CASE WHEN "QuadClass" IN ('1', '2', '3', '4') THEN "QuadClass"::smallint END, m.quad) AS quad_class,
    ${tryFloat('"GoldsteinScale"')} AS goldstein, ${tryInt('"NumMentions"')} AS num_mentions,
    ${tryInt('"NumSources"')} AS num_sources, ${tryInt('"NumArticles"')} AS num_articles,
    ${tryFloat('"AvgTone"')} AS tone, ${hasUrl ? '"SOURCEURL"' : 'NULL::text'} AS source_url,
    NULL::integer AS span_start, NULL::integer AS span_end, NULL::float8 AS confidence
  FROM checked
  LEFT JOIN _cameo_map m ON m.cameo = checked."EventCode"
  LEFT JOIN _actor_map g1 ON g1.cameo = checked."Actor1KnownGroupCode"
  LEFT JOIN _actor_map c1 ON c1.cameo = checked."Actor1CountryCode"
  LEFT JOIN _actor_map g2 ON g2.cameo = checked."Actor2KnownGroupCode"
  LEFT JOIN _actor_map c2 ON c2.cameo = checked."Actor2CountryCode"
  LEFT JOIN _fips_map f ON f.fips = checked."ActionGeo_CountryCode"`;
}

/** ICEWS names a country; without one, an organisation or a sector says who it is (as on DuckDB). */
function icewsActor(side: 'Source' | 'Target', alias: string): string {
  const sectors = q(`${side} Sectors`);
  const generic = `CASE
      WHEN ${sectors} ILIKE '%Multinational Corporation%' THEN 'MNC'
      WHEN ${sectors} ILIKE '%Nongovernmental Organization%' THEN 'NGO'
      WHEN ${sectors} ILIKE '%Insurgents%' OR ${sectors} ILIKE '%Rebel%' THEN 'IMG' END`;
  return one(`coalesce(${alias}c.code, ${alias}n.code, ${alias}p.code, ${generic})`);
}

function icewsStageSql(): string {
  const check = checksSql(ICEWS_COLUMNS.length, 'Event ID', { col: 'Event Date', shape: 'YYYY-MM-DD' }, 'CAMEO Code');
  const date = q('Event Date');
  return `CREATE TEMP TABLE _stage AS
  WITH ${SPLIT}, src AS MATERIALIZED (${fieldsSql(ICEWS_COLUMNS, ['', 'NA'])}
  ), typed AS MATERIALIZED (
    SELECT src.*, CASE WHEN ${q('Event ID')} ~ ${BIGINT} THEN ${q('Event ID')}::bigint END AS eid,
      CASE WHEN ${date} ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN ${daySql(`substr(${date}, 1, 4)`, `substr(${date}, 6, 2)`, `substr(${date}, 9, 2)`)} END AS d,
      lower(substring(${q('Source Name')} FROM '\\(([^)]+)\\)\\s*$')) AS s_inner,
      lower(substring(${q('Target Name')} FROM '\\(([^)]+)\\)\\s*$')) AS t_inner
    FROM src
  ), checked AS MATERIALIZED (
    SELECT typed.*, ${check.field} AS field, ${check.reason} AS reason FROM typed
  )
  SELECT line, field, reason,
    CASE WHEN reason IS NOT NULL THEN 'malformed' WHEN m.cameo IS NULL THEN 'unmapped' ELSE 'ok' END AS status,
    'icews:' || eid::text AS id, 'icews' AS origin, 'icews:' || coalesce(${q('Story ID')}, eid::text) AS doc,
    coalesce(${tryInt(q('Sentence Number'))}, 0) AS sentence, '' AS text,
    m.type AS event_type, m.mode, m.context,
    ${icewsActor('Source', 's')} AS actor, ${icewsActor('Target', 't')} AS recipient,
    mv_distinct(${icewsActor('Source', 's')} || ${icewsActor('Target', 't')}) AS parties,
    to_char(d, 'YYYY-MM-DD') AS date, d AS date_start, lc.code AS location,
    NULL::float8 AS value_amount, NULL::text AS value_currency, ${q('CAMEO Code')} AS cameo, m.score,
    m.quad AS quad_class, ${tryFloat('"Intensity"')} AS goldstein, NULL::integer AS num_mentions,
    NULL::integer AS num_sources, NULL::integer AS num_articles, NULL::float8 AS tone, NULL::text AS source_url,
    NULL::integer AS span_start, NULL::integer AS span_end, NULL::float8 AS confidence
  FROM checked
  LEFT JOIN _cameo_map m ON m.cameo = checked.${q('CAMEO Code')}
  LEFT JOIN _name_map sc ON sc.name = lower(checked.${q('Source Country')})
  LEFT JOIN _name_map sn ON sn.name = lower(checked.${q('Source Name')})
  LEFT JOIN _name_map sp ON sp.name = checked.s_inner
  LEFT JOIN _name_map tc ON tc.name = lower(checked.${q('Target Country')})
  LEFT JOIN _name_map tn ON tn.name = lower(checked.${q('Target Name')})
  LEFT JOIN _name_map tp ON tp.name = checked.t_inner
  LEFT JOIN _name_map lc ON lc.name = lower(checked."Country")`;
}

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
  const name = spec.displayName;
  const already: ImportCounts = { rows: 0, added: 0, duplicates: 0, unmapped: 0, malformed: 0, problems: [], already: true };
  return db.use(async (c) => {
    if (spec.once !== undefined && (await c.one('SELECT 1 FROM imported_files WHERE key = $1', [spec.once]))) return already;
    await ensureLookups(c);
    for (const t of TEMP) await c.run(`DROP TABLE IF EXISTS ${t}`);
    try {
      await c.run('CREATE TEMP TABLE _raw (line integer, raw text)');
      await c.copyIn('COPY _raw (line, raw) FROM STDIN', copyLines(spec.rows));
      await c.run(spec.format === 'icews' ? icewsStageSql() : gdeltStageSql(spec));
      await c.run('DROP TABLE _raw');
      const counts = await c.one<{ ok: number; unmapped: number; malformed: number }>(`SELECT
        count(*) FILTER (WHERE status = 'ok')::integer AS ok,
        count(*) FILTER (WHERE status = 'unmapped')::integer AS unmapped,
        count(*) FILTER (WHERE status = 'malformed')::integer AS malformed FROM _stage`);
      const malformed = counts?.malformed ?? 0;
      const problems = malformed
        ? (await c.all<{ line: number; field: string | null; reason: string }>(
          `SELECT line, field, reason FROM _stage WHERE status = 'malformed' ORDER BY line LIMIT 20`))
          .map((p) => ({ file: name, line: p.line, ...(p.field ? { field: p.field } : {}), reason: p.reason }))
        : [];
      if (strict && malformed > 0) {
        const first = problems[0];
        throw new InputError(`${malformed} malformed row(s); first: ${first?.reason ?? 'unknown'}`, {
          where: { file: name, ...(first?.line ? { line: first.line } : {}), ...(first?.field ? { field: first.field } : {}) },
        });
      }
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
          return already;
        }
        added = await appendEvents(c, '_new');
        if (spec.once !== undefined) {
          await c.run(`INSERT INTO imported_files (key, imported_at, "rows", added) VALUES ($1, $2, $3, $4)`,
            [spec.once, new Date().toISOString(), (counts?.ok ?? 0) + (counts?.unmapped ?? 0) + malformed, added]);
        }
        await c.run('COMMIT');
        done = true;
      } finally {
        if (!done) await c.run('ROLLBACK').catch(() => undefined);
      }
      const ok = counts?.ok ?? 0;
      return { rows: ok + (counts?.unmapped ?? 0) + malformed, added, duplicates: ok - added, unmapped: counts?.unmapped ?? 0, malformed, problems };
    } finally {
      for (const t of TEMP) await c.run(`DROP TABLE IF EXISTS ${t}`).catch(() => undefined);
    }
  });
}
