/**
 * Engine-native dataset import: the rows stream in as text (already split by line and checked as UTF-8 by
 * src/import), DuckDB splits them into columns, checks ids and dates, maps CAMEO codes, actors and geography
 * through small lookup tables, stages the result in a temporary table, and inserts the rows whose ids are
 * not stored yet. One pass over the rows; memory bounded by the engine (it spills to disk); one transaction.
 */
import { InputError } from '../../errors.ts';
import { cameoActorRows, cameoPloverRows, entityNameRows, fipsRows } from '../../model/cameo.ts';
import { QUAD_CLASS } from '../../model/event.ts';
import { ploverScore } from '../../model/plover.ts';
import { GDELT_COLUMNS, ICEWS_COLUMNS } from '../../import/columns.ts';
import type { DelimitedImport, ImportCounts } from '../store.ts';
import { sqlString, type Db } from './_db.ts';
import { appendEvents, EVENT_COLUMNS } from './_party.ts';

const q = (c: string) => `"${c}"`;

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

/**
 * Fields of the staged raw rows by column name (empty and `nulls` become NULL), with `width` (the row's
 * column count) and `line` (its line in the file).
 */
function fieldsSql(cols: readonly string[], nulls: string[]): string {
  const isNull = (v: string) => nulls.map((n) => `${v} = ${sqlString(n)}`).join(' OR ');
  const fields = cols.map((c, i) => `CASE WHEN ${isNull(`f[${i + 1}]`)} THEN NULL ELSE f[${i + 1}] END AS ${q(c)}`);
  return `SELECT line, len(f) AS width, ${fields.join(', ')} FROM (SELECT line, string_split(raw, '\t') AS f FROM _raw)`;
}

/** A date column: NULL unless the text has the exact shape and is a real calendar day. */
const dateSql = (col: string, shape: string, format: string) =>
  `CASE WHEN regexp_full_match(${col}, '${shape}') THEN try_strptime(${col}, '${format}')::DATE END`;

/**
 * The first thing wrong with a row, as (field, reason) CASE arms in order: width, id, date (real day,
 * year 1000 or later), event code. NULL reason = a good row.
 */
function checksSql(width: number, id: string, date: { col: string; shape: string }, code: string): { field: string; reason: string } {
  const arms = [
    [`width <> ${width}`, 'NULL', `'row has ' || width || ' columns, expected ${width}'`],
    ['eid IS NULL', sqlString(id), sqlString(`${id} is not an integer`)],
    ['d IS NULL', sqlString(date.col), sqlString(`${date.col} is not a real ${date.shape} date`)],
    ['year(d) < 1000', sqlString(date.col), sqlString(`${date.col} is before the year 1000`)],
    [`${q(code)} IS NULL`, sqlString(code), sqlString(`${code} is empty`)],
  ];
  return {
    field: `CASE ${arms.map(([w, f]) => `WHEN ${w} THEN ${f}`).join(' ')} END`,
    reason: `CASE ${arms.map(([w, , r]) => `WHEN ${w} THEN ${r}`).join(' ')} END`,
  };
}

/** The staged rows: every mapped column of events plus `line`, `status` (ok | unmapped | malformed), `field` and `reason`. */
function gdeltStageSql(spec: DelimitedImport): string {
  const cols = GDELT_COLUMNS[spec.format as keyof typeof GDELT_COLUMNS];
  const hasUrl = cols.includes('SOURCEURL');
  const actor = (n: 1 | 2) => `CASE WHEN coalesce(g${n}.code, c${n}.code) IS NULL THEN []::VARCHAR[] ELSE [coalesce(g${n}.code, c${n}.code)] END`;
  const check = checksSql(cols.length, 'GLOBALEVENTID', { col: 'SQLDATE', shape: 'YYYYMMDD' }, 'EventCode');
  return `CREATE TEMP TABLE _stage AS
  WITH src AS (${fieldsSql(cols, [''])}
  ), typed AS (
    SELECT src.*, try_cast(GLOBALEVENTID AS BIGINT) AS eid, ${dateSql('SQLDATE', '\\d{8}', '%Y%m%d')} AS d
    FROM src
  ), checked AS (
    SELECT typed.*, ${check.field} AS field, ${check.reason} AS reason FROM typed
  )
  SELECT line, field, reason,
    CASE WHEN reason IS NOT NULL THEN 'malformed' WHEN m.cameo IS NULL THEN 'unmapped' ELSE 'ok' END AS status,
    'gdelt:' || eid::VARCHAR AS id, 'gdelt' AS origin,
    ${hasUrl ? `coalesce(SOURCEURL, 'gdelt:' || eid::VARCHAR)` : `'gdelt:' || eid::VARCHAR`} AS doc,
    0 AS sentence, '' AS text, m.type AS event_type, nullif(m.mode, '') AS mode, m.context,
    ${actor(1)} AS actor, ${actor(2)} AS recipient,
    list_distinct(${actor(1)} || ${actor(2)}) AS parties,
    strftime(d, '%Y-%m-%d') AS date, d AS date_start, f.iso3 AS location,
    NULL::DOUBLE AS value_amount, NULL::VARCHAR AS value_currency, EventCode AS cameo, m.score,
    coalesce(CASE WHEN QuadClass IN ('1', '2', '3', '4') THEN QuadClass::TINYINT END, m.quad) AS quad_class,
    try_cast(GoldsteinScale AS DOUBLE) AS goldstein, try_cast(NumMentions AS INTEGER) AS num_mentions,
    try_cast(NumSources AS INTEGER) AS num_sources, try_cast(NumArticles AS INTEGER) AS num_articles,
    try_cast(AvgTone AS DOUBLE) AS tone, ${hasUrl ? 'SOURCEURL' : 'NULL::VARCHAR'} AS source_url,
    NULL::INTEGER AS span_start, NULL::INTEGER AS span_end, NULL::DOUBLE AS confidence
  FROM checked
  LEFT JOIN _cameo_map m ON m.cameo = checked.EventCode
  LEFT JOIN _actor_map g1 ON g1.cameo = checked.Actor1KnownGroupCode
  LEFT JOIN _actor_map c1 ON c1.cameo = checked.Actor1CountryCode
  LEFT JOIN _actor_map g2 ON g2.cameo = checked.Actor2KnownGroupCode
  LEFT JOIN _actor_map c2 ON c2.cameo = checked.Actor2CountryCode
  LEFT JOIN _fips_map f ON f.fips = checked.ActionGeo_CountryCode`;
}

/** ICEWS names a country ("Russian Federation"); without one, an organisation or a sector says who it is. */
function icewsActor(side: 'Source' | 'Target', alias: string): string {
  const generic = `CASE
      WHEN ${q(`${side} Sectors`)} ILIKE '%Multinational Corporation%' THEN 'MNC'
      WHEN ${q(`${side} Sectors`)} ILIKE '%Nongovernmental Organization%' THEN 'NGO'
      WHEN ${q(`${side} Sectors`)} ILIKE '%Insurgents%' OR ${q(`${side} Sectors`)} ILIKE '%Rebel%' THEN 'IMG' END`;
  const code = `coalesce(${alias}c.code, ${alias}n.code, ${alias}p.code, ${generic})`;
  return `CASE WHEN ${code} IS NULL THEN []::VARCHAR[] ELSE [${code}] END`;
}

function icewsStageSql(): string {
  const check = checksSql(ICEWS_COLUMNS.length, 'Event ID', { col: 'Event Date', shape: 'YYYY-MM-DD' }, 'CAMEO Code');
  return `CREATE TEMP TABLE _stage AS
  WITH src AS (${fieldsSql(ICEWS_COLUMNS, ['', 'NA'])}
  ), typed AS (
    SELECT src.*, try_cast(${q('Event ID')} AS BIGINT) AS eid,
      ${dateSql(q('Event Date'), '\\d{4}-\\d{2}-\\d{2}', '%Y-%m-%d')} AS d,
      lower(regexp_extract(${q('Source Name')}, '\\(([^)]+)\\)\\s*$', 1)) AS s_inner,
      lower(regexp_extract(${q('Target Name')}, '\\(([^)]+)\\)\\s*$', 1)) AS t_inner
    FROM src
  ), checked AS (
    SELECT typed.*, ${check.field} AS field, ${check.reason} AS reason FROM typed
  )
  SELECT line, field, reason,
    CASE WHEN reason IS NOT NULL THEN 'malformed' WHEN m.cameo IS NULL THEN 'unmapped' ELSE 'ok' END AS status,
    'icews:' || eid::VARCHAR AS id, 'icews' AS origin,
    'icews:' || coalesce(${q('Story ID')}, eid::VARCHAR) AS doc,
    coalesce(try_cast(${q('Sentence Number')} AS INTEGER), 0) AS sentence, '' AS text,
    m.type AS event_type, nullif(m.mode, '') AS mode, m.context,
    ${icewsActor('Source', 's')} AS actor, ${icewsActor('Target', 't')} AS recipient,
    list_distinct(${icewsActor('Source', 's')} || ${icewsActor('Target', 't')}) AS parties,
    strftime(d, '%Y-%m-%d') AS date, d AS date_start, lc.code AS location,
    NULL::DOUBLE AS value_amount, NULL::VARCHAR AS value_currency, ${q('CAMEO Code')} AS cameo, m.score,
    m.quad AS quad_class, try_cast(Intensity AS DOUBLE) AS goldstein, NULL::INTEGER AS num_mentions,
    NULL::INTEGER AS num_sources, NULL::INTEGER AS num_articles, NULL::DOUBLE AS tone, NULL::VARCHAR AS source_url,
    NULL::INTEGER AS span_start, NULL::INTEGER AS span_end, NULL::DOUBLE AS confidence
  FROM checked
  LEFT JOIN _cameo_map m ON m.cameo = checked.${q('CAMEO Code')}
  LEFT JOIN _name_map sc ON sc.name = lower(checked.${q('Source Country')})
  LEFT JOIN _name_map sn ON sn.name = lower(checked.${q('Source Name')})
  LEFT JOIN _name_map sp ON sp.name = checked.s_inner
  LEFT JOIN _name_map tc ON tc.name = lower(checked.${q('Target Country')})
  LEFT JOIN _name_map tn ON tn.name = lower(checked.${q('Target Name')})
  LEFT JOIN _name_map tp ON tp.name = checked.t_inner
  LEFT JOIN _name_map lc ON lc.name = lower(checked.Country)`;
}

/** Rows per appender call while staging (the appender is closed and flushed between batches). */
const APPEND_BATCH = 50_000;

export async function importDelimited(db: Db, spec: DelimitedImport, strict: boolean): Promise<ImportCounts> {
  if (spec.once !== undefined && (await db.one(`SELECT 1 FROM imported_files WHERE key = $1`, [spec.once]))) {
    return { rows: 0, added: 0, duplicates: 0, unmapped: 0, malformed: 0, problems: [], already: true };
  }
  await ensureLookups(db);
  const name = spec.displayName;
  for (const t of ['_raw', '_stage', '_new']) await db.run(`DROP TABLE IF EXISTS ${t}`);
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
    await db.run(spec.format === 'icews' ? icewsStageSql() : gdeltStageSql(spec));
    await db.run('DROP TABLE _raw');
    const counts = await db.one<{ ok: number; unmapped: number; malformed: number }>(`SELECT
      count(*) FILTER (WHERE status = 'ok')::INTEGER AS ok,
      count(*) FILTER (WHERE status = 'unmapped')::INTEGER AS unmapped,
      count(*) FILTER (WHERE status = 'malformed')::INTEGER AS malformed FROM _stage`);
    const malformed = counts?.malformed ?? 0;
    const problems = malformed
      ? (await db.all<{ line: number; field: string | null; reason: string }>(
        `SELECT line, field, reason FROM _stage WHERE status = 'malformed' ORDER BY line LIMIT 20`))
        .map((p) => ({ file: name, line: p.line, ...(p.field ? { field: p.field } : {}), reason: p.reason }))
      : [];
    if (strict && malformed > 0) {
      const first = problems[0];
      throw new InputError(`${malformed} malformed row(s); first: ${first?.reason ?? 'unknown'}`, {
        where: { file: name, ...(first?.line ? { line: first.line } : {}), ...(first?.field ? { field: first.field } : {}) },
      });
    }
    const added = await db.transaction(async () => {
      await db.run(`CREATE OR REPLACE TEMP TABLE _new AS
        SELECT ${EVENT_COLUMNS} FROM (SELECT DISTINCT ON (id) * FROM _stage WHERE status = 'ok') s
        WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = s.id)`);
      const n = await appendEvents(db, '_new');
      // Remembered with its rows, so a crash leaves the file either imported and remembered, or neither.
      if (spec.once !== undefined) {
        await db.run(`INSERT INTO imported_files (key, imported_at, "rows", added) VALUES ($1, $2, $3, $4)`,
          [spec.once, new Date().toISOString(), (counts?.ok ?? 0) + (counts?.unmapped ?? 0) + malformed, n]);
      }
      return n;
    });
    const ok = counts?.ok ?? 0;
    return {
      rows: ok + (counts?.unmapped ?? 0) + malformed,
      added, duplicates: ok - added, unmapped: counts?.unmapped ?? 0, malformed, problems,
    };
  } finally {
    for (const t of ['_raw', '_stage', '_new']) await db.run(`DROP TABLE IF EXISTS ${t}`);
  }
}
