/**
 * Engine-native dataset import: DuckDB reads the delimited file itself (read_csv, all columns as text),
 * maps CAMEO codes, actors and geography through small lookup tables, stages the result in a temporary
 * table, and inserts the rows whose ids are not stored yet. One pass over the file; constant memory
 * (DuckDB spills to disk), one transaction.
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
const columnsStruct = (cols: readonly string[]) => `{${cols.map((c) => `${sqlString(c)}: 'VARCHAR'`).join(', ')}}`;

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

/** The staged rows: every mapped column of events plus `status` (ok | unmapped | malformed) and `reason`. */
function gdeltStageSql(spec: DelimitedImport): string {
  const cols = GDELT_COLUMNS[spec.format as keyof typeof GDELT_COLUMNS];
  const hasUrl = cols.includes('SOURCEURL');
  const actor = (n: 1 | 2) => `CASE WHEN coalesce(g${n}.code, c${n}.code) IS NULL THEN []::VARCHAR[] ELSE [coalesce(g${n}.code, c${n}.code)] END`;
  return `CREATE TEMP TABLE _stage AS
  WITH src AS (
    SELECT * FROM read_csv(${sqlString(spec.path)}, delim = '\t', header = false, quote = '', escape = '',
      auto_detect = false, columns = ${columnsStruct(cols)}, store_rejects = true,
      rejects_table = '_rejects', rejects_scan = '_rejects_scan', max_line_size = 10000000)
  ), typed AS (
    SELECT src.*, try_cast(GLOBALEVENTID AS BIGINT) AS gid, try_strptime(SQLDATE, '%Y%m%d')::DATE AS d
    FROM src
  )
  SELECT
    CASE WHEN gid IS NULL THEN 'malformed' WHEN d IS NULL THEN 'malformed'
         WHEN EventCode IS NULL THEN 'malformed' WHEN m.cameo IS NULL THEN 'unmapped' ELSE 'ok' END AS status,
    CASE WHEN gid IS NULL THEN 'GLOBALEVENTID is not an integer' WHEN d IS NULL THEN 'SQLDATE is not a YYYYMMDD date'
         WHEN EventCode IS NULL THEN 'EventCode is empty' END AS reason,
    'gdelt:' || gid::VARCHAR AS id, 'gdelt' AS origin,
    ${hasUrl ? `coalesce(SOURCEURL, 'gdelt:' || gid::VARCHAR)` : `'gdelt:' || gid::VARCHAR`} AS doc,
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
  FROM typed
  LEFT JOIN _cameo_map m ON m.cameo = typed.EventCode
  LEFT JOIN _actor_map g1 ON g1.cameo = typed.Actor1KnownGroupCode
  LEFT JOIN _actor_map c1 ON c1.cameo = typed.Actor1CountryCode
  LEFT JOIN _actor_map g2 ON g2.cameo = typed.Actor2KnownGroupCode
  LEFT JOIN _actor_map c2 ON c2.cameo = typed.Actor2CountryCode
  LEFT JOIN _fips_map f ON f.fips = typed.ActionGeo_CountryCode`;
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

function icewsStageSql(spec: DelimitedImport): string {
  return `CREATE TEMP TABLE _stage AS
  WITH src AS (
    SELECT * FROM read_csv(${sqlString(spec.path)}, delim = '\t', header = true, quote = '', escape = '',
      auto_detect = false, columns = ${columnsStruct(ICEWS_COLUMNS)}, nullstr = ['NA', ''], store_rejects = true,
      rejects_table = '_rejects', rejects_scan = '_rejects_scan', max_line_size = 10000000)
  ), typed AS (
    SELECT src.*, try_cast(${q('Event ID')} AS BIGINT) AS eid, try_strptime(${q('Event Date')}, '%Y-%m-%d')::DATE AS d,
      lower(regexp_extract(${q('Source Name')}, '\\(([^)]+)\\)\\s*$', 1)) AS s_inner,
      lower(regexp_extract(${q('Target Name')}, '\\(([^)]+)\\)\\s*$', 1)) AS t_inner
    FROM src
  )
  SELECT
    CASE WHEN eid IS NULL THEN 'malformed' WHEN d IS NULL THEN 'malformed'
         WHEN ${q('CAMEO Code')} IS NULL THEN 'malformed' WHEN m.cameo IS NULL THEN 'unmapped' ELSE 'ok' END AS status,
    CASE WHEN eid IS NULL THEN 'Event ID is not an integer' WHEN d IS NULL THEN 'Event Date is not a YYYY-MM-DD date'
         WHEN ${q('CAMEO Code')} IS NULL THEN 'CAMEO Code is empty' END AS reason,
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
  FROM typed
  LEFT JOIN _cameo_map m ON m.cameo = typed.${q('CAMEO Code')}
  LEFT JOIN _name_map sc ON sc.name = lower(typed.${q('Source Country')})
  LEFT JOIN _name_map sn ON sn.name = lower(typed.${q('Source Name')})
  LEFT JOIN _name_map sp ON sp.name = typed.s_inner
  LEFT JOIN _name_map tc ON tc.name = lower(typed.${q('Target Country')})
  LEFT JOIN _name_map tn ON tn.name = lower(typed.${q('Target Name')})
  LEFT JOIN _name_map tp ON tp.name = typed.t_inner
  LEFT JOIN _name_map lc ON lc.name = lower(typed.Country)`;
}

/** Line numbers of rows that parsed but failed validation: a second, raw pass, run only when there are some. */
async function locateInvalid(db: Db, spec: DelimitedImport, limit: number): Promise<Array<{ line: number; reason: string }>> {
  const gdelt = spec.format !== 'icews';
  const f = (i: number) => `nullif(f[${i}], '')`;
  const checks = gdelt
    ? `CASE WHEN try_cast(${f(1)} AS BIGINT) IS NULL THEN 'GLOBALEVENTID is not an integer'
            WHEN try_strptime(${f(2)}, '%Y%m%d') IS NULL THEN 'SQLDATE is not a YYYYMMDD date'
            WHEN ${f(27)} IS NULL THEN 'EventCode is empty' END`
    : `CASE WHEN try_cast(${f(1)} AS BIGINT) IS NULL THEN 'Event ID is not an integer'
            WHEN try_strptime(${f(2)}, '%Y-%m-%d') IS NULL THEN 'Event Date is not a YYYY-MM-DD date'
            WHEN ${f(7)} IS NULL OR f[7] = 'NA' THEN 'CAMEO Code is empty' END`;
  const width = gdelt ? GDELT_COLUMNS[spec.format as keyof typeof GDELT_COLUMNS].length : ICEWS_COLUMNS.length;
  return db.all<{ line: number; reason: string }>(`
    SELECT line, reason FROM (
      SELECT line, ${checks} AS reason FROM (
        SELECT row_number() OVER ()::INTEGER AS line, string_split(raw, '\t') AS f
        FROM read_csv(${sqlString(spec.path)}, delim = '\x01', header = false, quote = '', escape = '',
          auto_detect = false, columns = {'raw': 'VARCHAR'}, max_line_size = 10000000)
      ) WHERE len(f) = ${width} ${gdelt ? '' : 'AND line > 1'}
    ) WHERE reason IS NOT NULL ORDER BY line LIMIT ${limit}`);
}

export async function importDelimited(db: Db, spec: DelimitedImport, strict: boolean): Promise<ImportCounts> {
  await ensureLookups(db);
  const name = spec.displayName ?? spec.path;
  await db.run('DROP TABLE IF EXISTS _stage');
  await db.run('DROP TABLE IF EXISTS _rejects');
  await db.run('DROP TABLE IF EXISTS _rejects_scan');
  try {
    await db.run(spec.format === 'icews' ? icewsStageSql(spec) : gdeltStageSql(spec));
    const counts = await db.one<{ ok: number; unmapped: number; malformed: number }>(`SELECT
      count(*) FILTER (WHERE status = 'ok')::INTEGER AS ok,
      count(*) FILTER (WHERE status = 'unmapped')::INTEGER AS unmapped,
      count(*) FILTER (WHERE status = 'malformed')::INTEGER AS malformed FROM _stage`);
    const rejects = await db.all<{ line: number; reason: string }>(
      `SELECT line::INTEGER AS line, min(error_type || ': ' || error_message) AS reason FROM _rejects GROUP BY line ORDER BY line`);
    const invalid = counts?.malformed ? await locateInvalid(db, spec, 20) : [];
    const problems = [...rejects.map((r) => ({ line: r.line, reason: r.reason.split('\n')[0]! })), ...invalid]
      .sort((a, b) => a.line - b.line);
    const malformed = (counts?.malformed ?? 0) + rejects.length;
    if (strict && malformed > 0) {
      const first = problems[0];
      throw new InputError(`${malformed} malformed row(s); first: ${first?.reason ?? 'unknown'}`, {
        where: { file: name, ...(first ? { line: first.line } : {}) },
      });
    }
    const added = await db.transaction(async () => {
      await db.run(`CREATE OR REPLACE TEMP TABLE _new AS
        SELECT ${EVENT_COLUMNS} FROM (SELECT DISTINCT ON (id) * FROM _stage WHERE status = 'ok') s
        WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = s.id)`);
      return appendEvents(db, '_new');
    });
    const ok = counts?.ok ?? 0;
    return {
      rows: ok + (counts?.unmapped ?? 0) + malformed,
      added, duplicates: ok - added, unmapped: counts?.unmapped ?? 0, malformed,
      problems: problems.slice(0, 20),
    };
  } finally {
    await db.run('DROP TABLE IF EXISTS _stage');
    await db.run('DROP TABLE IF EXISTS _new');
  }
}
