/**
 * Dataset rows mapped to events in SQL (DuckDB's import; PostgreSQL's maps them in JavaScript as they stream,
 * ./_import-map.ts, the same mapping, which test/unit/import-engines.test.ts holds to equal results): the raw rows staged as `_raw (line, raw)` are split at
 * tabs, typed, checked (the first thing wrong with a row, by field) and mapped (CAMEO codes, actors and
 * geography through the lookup tables `_cameo_map`, `_actor_map`, `_fips_map`, `_name_map` each engine loads)
 * into `_stage`: every events column plus `line`, `status` (ok | unmapped | malformed), `field` and `reason`.
 * The engine supplies its spellings (ImportSpellings and its Dialect).
 */
import { GDELT_COLUMNS, ICEWS_COLUMNS } from '../import/columns.ts';
import { sqlLiteral as lit, type Dialect } from './_dialect.ts';
import type { DelimitedImport } from './store.ts';

export interface ImportSpellings {
  /** A CTE named `split` over `_raw`: `line`, `width` (the number of fields at tabs) and the fields (see `field`). */
  split: string;
  /** The `i`th field (1-based) of a `split` row. */
  field(i: number): string;
  /**
   * The keyword that makes a CTE step computed once ('MATERIALIZED'), or '' where the engine decides well: the
   * typed step (its casts are read by several checks and columns); the other steps are cheap to inline.
   */
  materialized: string;
  /** Texts to a number, NULL when they are not one. */
  tryBigint(col: string): string;
  tryInt(col: string): string;
  tryFloat(col: string): string;
  /** A DATE from a text of this exact shape, NULL unless it is a real calendar day. */
  parseDay(col: string, shape: 'YYYYMMDD' | 'YYYY-MM-DD'): string;
  /** A list of texts: empty, of one element, and a list's distinct elements. */
  emptyList: string;
  listOf(x: string): string;
  distinct(list: string): string;
}

const q = (c: string) => `"${c}"`;

/** The GDELT columns the mapping reads (GDELT has 61; each field read is carried through every step). */
const GDELT_USED = ['GLOBALEVENTID', 'SQLDATE', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor2CountryCode',
  'Actor2KnownGroupCode', 'EventCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'ActionGeo_CountryCode', 'SOURCEURL'];

/** The columns of a dataset's rows, in order (a row of another width is malformed). */
export function datasetColumns(format: DelimitedImport['format']): readonly string[] {
  return format === 'icews' ? ICEWS_COLUMNS : GDELT_COLUMNS[format];
}

/** Fields of the split rows by column name (empty and `nulls` become NULL), with `width` and `line`. */
function fieldsSql(s: ImportSpellings, cols: readonly string[], nulls: string[], used: readonly string[] = cols): string {
  const fields = cols.flatMap((c, i) => (used.includes(c)
    ? [`CASE WHEN ${s.field(i + 1)} IN (${nulls.map(lit).join(', ')}) THEN NULL ELSE ${s.field(i + 1)} END AS ${q(c)}`] : []));
  return `SELECT line, width, ${fields.join(', ')} FROM split`;
}

/**
 * The first thing wrong with a row, as (field, reason) CASE expressions in order: width, id, date (real day,
 * year 1000 or later), event code. NULL reason = a good row.
 */
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

/** The columns every dataset's stage ends with, and its status from the checks and the CAMEO mapping. */
const STATUS = `CASE WHEN reason IS NOT NULL THEN 'malformed' WHEN m.cameo IS NULL THEN 'unmapped' ELSE 'ok' END AS status`;
const NO_SPAN = 'NULL::integer AS span_start, NULL::integer AS span_end, NULL::float8 AS confidence';

/** The statement that creates `_stage` from `_raw` for a delimited dataset. */
export function stageSql<P>(spec: DelimitedImport, d: Dialect<P>, s: ImportSpellings): string {
  return spec.format === 'icews' ? icewsStageSql(d, s) : gdeltStageSql(spec, d, s);
}

function gdeltStageSql<P>(spec: DelimitedImport, d: Dialect<P>, s: ImportSpellings): string {
  const cols = datasetColumns(spec.format);
  const hasUrl = cols.includes('SOURCEURL');
  const one = (code: string) => `CASE WHEN ${code} IS NULL THEN ${s.emptyList} ELSE ${s.listOf(code)} END`;
  const actor = (n: 1 | 2) => one(`coalesce(g${n}.code, c${n}.code)`);
  const check = checksSql(cols.length, 'GLOBALEVENTID', { col: 'SQLDATE', shape: 'YYYYMMDD' }, 'EventCode');
  const id = `'gdelt:' || eid::text`;
  const m = s.materialized;
  return `CREATE TEMP TABLE _stage AS
  WITH ${s.split}, src AS (${fieldsSql(s, cols, [''], GDELT_USED)}
  ), typed AS ${m} (
    SELECT src.*, ${s.tryBigint('"GLOBALEVENTID"')} AS eid, ${s.parseDay('"SQLDATE"', 'YYYYMMDD')} AS d FROM src
  ), checked AS (
    SELECT typed.*, ${check.field} AS field, ${check.reason} AS reason FROM typed
  )
  SELECT line, field, reason, ${STATUS},
    ${id} AS id, 'gdelt' AS origin, ${hasUrl ? `coalesce("SOURCEURL", ${id})` : id} AS doc,
    0 AS sentence, '' AS text, m.type AS event_type, nullif(m.mode, '') AS mode, m.context,
    ${actor(1)} AS actor, ${actor(2)} AS recipient, ${s.distinct(`${actor(1)} || ${actor(2)}`)} AS parties,
    ${d.day('d')} AS date, d AS date_start, f.iso3 AS location,
    NULL::float8 AS value_amount, NULL::text AS value_currency, "EventCode" AS cameo, m.score,
    coalesce(CASE WHEN "QuadClass" IN ('1', '2', '3', '4') THEN "QuadClass"::smallint END, m.quad) AS quad_class,
    ${s.tryFloat('"GoldsteinScale"')} AS goldstein, ${s.tryInt('"NumMentions"')} AS num_mentions,
    ${s.tryInt('"NumSources"')} AS num_sources, ${s.tryInt('"NumArticles"')} AS num_articles,
    ${s.tryFloat('"AvgTone"')} AS tone, ${hasUrl ? '"SOURCEURL"' : 'NULL::text'} AS source_url, ${NO_SPAN}
  FROM checked
  LEFT JOIN _cameo_map m ON m.cameo = checked."EventCode"
  LEFT JOIN _actor_map g1 ON g1.cameo = checked."Actor1KnownGroupCode"
  LEFT JOIN _actor_map c1 ON c1.cameo = checked."Actor1CountryCode"
  LEFT JOIN _actor_map g2 ON g2.cameo = checked."Actor2KnownGroupCode"
  LEFT JOIN _actor_map c2 ON c2.cameo = checked."Actor2CountryCode"
  LEFT JOIN _fips_map f ON f.fips = checked."ActionGeo_CountryCode"`;
}

function icewsStageSql<P>(d: Dialect<P>, s: ImportSpellings): string {
  const check = checksSql(ICEWS_COLUMNS.length, 'Event ID', { col: 'Event Date', shape: 'YYYY-MM-DD' }, 'CAMEO Code');
  // ICEWS names a country ("Russian Federation"); without one, an organisation or a sector says who it is.
  const actor = (side: 'Source' | 'Target', alias: string) => {
    const sectors = q(`${side} Sectors`);
    const generic = `CASE
      WHEN ${sectors} ILIKE '%Multinational Corporation%' THEN 'MNC'
      WHEN ${sectors} ILIKE '%Nongovernmental Organization%' THEN 'NGO'
      WHEN ${sectors} ILIKE '%Insurgents%' OR ${sectors} ILIKE '%Rebel%' THEN 'IMG' END`;
    const code = `coalesce(${alias}c.code, ${alias}n.code, ${alias}p.code, ${generic})`;
    return `CASE WHEN ${code} IS NULL THEN ${s.emptyList} ELSE ${s.listOf(code)} END`;
  };
  const inner = (col: string) => `lower(${d.regexpGroup(q(col), `'\\(([^)]+)\\)\\s*$'`)})`;
  const m = s.materialized;
  return `CREATE TEMP TABLE _stage AS
  WITH ${s.split}, src AS (${fieldsSql(s, ICEWS_COLUMNS, ['', 'NA'])}
  ), typed AS ${m} (
    SELECT src.*, ${s.tryBigint(q('Event ID'))} AS eid, ${s.parseDay(q('Event Date'), 'YYYY-MM-DD')} AS d,
      ${inner('Source Name')} AS s_inner, ${inner('Target Name')} AS t_inner
    FROM src
  ), checked AS (
    SELECT typed.*, ${check.field} AS field, ${check.reason} AS reason FROM typed
  )
  SELECT line, field, reason, ${STATUS},
    'icews:' || eid::text AS id, 'icews' AS origin, 'icews:' || coalesce(${q('Story ID')}, eid::text) AS doc,
    coalesce(${s.tryInt(q('Sentence Number'))}, 0) AS sentence, '' AS text,
    m.type AS event_type, nullif(m.mode, '') AS mode, m.context,
    ${actor('Source', 's')} AS actor, ${actor('Target', 't')} AS recipient,
    ${s.distinct(`${actor('Source', 's')} || ${actor('Target', 't')}`)} AS parties,
    ${d.day('d')} AS date, d AS date_start, lc.code AS location,
    NULL::float8 AS value_amount, NULL::text AS value_currency, ${q('CAMEO Code')} AS cameo, m.score,
    m.quad AS quad_class, ${s.tryFloat('"Intensity"')} AS goldstein, NULL::integer AS num_mentions,
    NULL::integer AS num_sources, NULL::integer AS num_articles, NULL::float8 AS tone, NULL::text AS source_url, ${NO_SPAN}
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
