/**
 * The parts of the measures' SQL that are the same on every engine (semantics in ./measures.ts): the filter's
 * extra conditions, periods and dating, the score, a report's source, the aggregations after an engine's
 * `pairs`, and the folding of rows into results. Engines build their own `pairs` (DuckDB from its event_party
 * rows, PostgreSQL from partner functions) and spell their lists; the rest is written once, here.
 */
import type { Dialect } from './_dialect.ts';
import type { CorpusRow, Granularity, HostedResult, ListedEvent, MeasureFilter, MeasureQueries } from './measures.ts';
import type { EventFilter } from './store.ts';

/** The event filter of a measure: `focal` (when given) must take part. */
export function measureFilter(f: MeasureFilter, focal?: string): EventFilter {
  return {
    ...(focal ? { country: focal } : {}),
    ...(f.types?.length ? { types: f.types } : {}),
    ...(f.origins?.length ? { origins: f.origins } : {}),
    ...(f.reviewStatuses?.length ? { reviewStatuses: f.reviewStatuses } : {}),
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
  };
}

/**
 * `where` (the event filter's clause) with what every measure adds: rejected events out unless asked for,
 * dated events only with `dated`, implausible dates out, and each happening once (unless counting reports).
 */
export function measureWhere(where: string, f: MeasureFilter, dated = false): string {
  // Implausible dates: flagged at write time (dated well after the document), or in the future of now
  // (checked here, so it needs no rewrite as time passes).
  const plausible = `date_flag IS NULL AND (date_start IS NULL OR date_start <= current_date)`;
  // Counting happenings: each happening through its representative report (see ./measures.ts, Unit).
  const unit = f.unit === 'reports' ? '' : 'coalesce(h_rep, true)';
  return [where, f.reviewStatuses?.length ? '' : `review_status <> 'rejected'`, dated ? 'date_start IS NOT NULL' : '', plausible, unit]
    .filter(Boolean).join(' AND ');
}

/** The label of a period starting on the DATE `col`: YYYY-MM, YYYY-Qn or YYYY. */
export function periodSql<P>(d: Dialect<P>, g: Granularity | null | undefined, col = 'bucket'): string {
  if (g === 'month') return `substr(${d.day(col)}, 1, 7)`;
  if (g === 'quarter') return `substr(${d.day(col)}, 1, 4) || '-Q' || extract(quarter FROM ${col})::integer::text`;
  if (g === 'year') return `substr(${d.day(col)}, 1, 4)`;
  return 'NULL::text';
}

/** The date precision a period needs: a year needs a year, a quarter or a month needs a month. */
const NEED: Record<Granularity, number> = { year: 1, quarter: 2, month: 2 };

/**
 * The first day of an event's period (grouping on a DATE is cheaper than on its label; label at the end), or
 * NULL when the event is undated or its date is too imprecise for the period. `prec` is the date's precision.
 */
export function bucketSql(g: Granularity | null | undefined, prec: string): string {
  return g ? `CASE WHEN ${prec} >= ${NEED[g]} THEN date_trunc('${g}', date_start)::date END` : 'NULL::date';
}

/** Where an event sits for a series: 'period', 'imprecise', 'undated'; 'total' when there is no series. */
export function datingSql(g: Granularity | null | undefined, prec: string): string {
  return g ? `CASE WHEN date_start IS NULL THEN 'undated' WHEN ${prec} >= ${NEED[g]} THEN 'period' ELSE 'imprecise' END`
    : `'total'`;
}

/** Goldstein for imported CAMEO events when present, else the PLOVER score. */
export const SCORE_SQL = `CASE WHEN origin IN ('gdelt', 'icews') AND goldstein IS NOT NULL THEN goldstein ELSE score END`;

const SUMS = ['events_out', 'events_in', 'events', 'score_out', 'score_in', 'score', 'coop', 'conflict'];

/**
 * Engagement after the CTEs `keyed` (bucket, dating, key, s, quad_class, yr, value_currency, po, pi, amount)
 * and `rates`: aggregated per currency and year first, so the rates join runs on a few rows, not on every pair;
 * with `withTotals`, the window totals from the same pass (dating 'total').
 */
export function engagementTail<P>(d: Dialect<P>, g: Granularity | null | undefined, withTotals: boolean): string {
  const C = d.collate;
  return `agg AS (
          SELECT bucket, dating, key, value_currency, yr,
            count(*) FILTER (WHERE po) AS events_out, count(*) FILTER (WHERE pi) AS events_in, count(*) AS events,
            coalesce(sum(s) FILTER (WHERE po), 0) AS score_out, coalesce(sum(s) FILTER (WHERE pi), 0) AS score_in,
            coalesce(sum(s), 0) AS score,
            count(*) FILTER (WHERE quad_class IN (1, 2)) AS coop, count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict,
            sum(amount) AS amount, count(amount) AS value_events
          FROM keyed GROUP BY bucket, dating, key, value_currency, yr
        ), per AS (
          SELECT bucket, dating, key, ${SUMS.map((c) => `sum(${c}) AS ${c}`).join(', ')},
            coalesce(sum(amount / r.per_usd), 0) AS usd, sum(value_events) AS value_events,
            coalesce(sum(value_events) FILTER (WHERE amount IS NOT NULL AND r.per_usd IS NULL), 0) AS unconverted_events
          FROM agg LEFT JOIN rates r ON r.currency = agg.value_currency AND r.year = agg.yr
          GROUP BY bucket, dating, key
        ), out AS (
          SELECT * FROM per ${withTotals ? `
          UNION ALL
          SELECT NULL::date AS bucket, 'total' AS dating, key, ${[...SUMS, 'usd', 'value_events', 'unconverted_events'].map((c) => `sum(${c}) AS ${c}`).join(', ')}
          FROM per GROUP BY key` : ''}
        )
        SELECT ${periodSql(d, g)} AS period, dating, key,
          events_out::integer AS events_out, events_in::integer AS events_in, events::integer AS events,
          score_out::float8 AS score_out, score_in::float8 AS score_in, score::float8 AS score,
          coop::integer AS coop, conflict::integer AS conflict, usd::float8 AS usd,
          value_events::integer AS value_events, unconverted_events::integer AS unconverted_events
        FROM out ORDER BY bucket NULLS FIRST, dating ${C}, events DESC, key ${C} NULLS LAST`;
}

/** A dyad's series from `pairs`, for the partner placeholder `partner`. */
export function dyadTail<P>(d: Dialect<P>, g: Granularity | null | undefined, partner: string): string {
  return `SELECT ${periodSql(d, g)} AS period, dating, count(*)::integer AS events, count(*) FILTER (WHERE po)::integer AS events_out,
          count(*) FILTER (WHERE pi)::integer AS events_in, coalesce(sum(s), 0)::float8 AS score,
          count(*) FILTER (WHERE quad_class = 1)::integer AS q1, count(*) FILTER (WHERE quad_class = 2)::integer AS q2,
          count(*) FILTER (WHERE quad_class = 3)::integer AS q3, count(*) FILTER (WHERE quad_class = 4)::integer AS q4
        FROM pairs WHERE partner = ${partner}
        GROUP BY bucket, dating ORDER BY bucket NULLS FIRST, dating ${d.collate}`;
}

/**
 * Coverage after the CTE `src` (bucket, dating, key, doc, source: one row per counted report document and key, in
 * any multiplicity): distinct documents and sources per key and overall, per period and for the window. Engines
 * read `src` from the stored aggregate (./_coverage-sql.ts); `scanCoverageSrc` reads it from the events themselves.
 */
export function coverageTail<P>(d: Dialect<P>, g: Granularity | null | undefined): string {
  const C = d.collate;
  // Rows de-duplicated once, then four plain distinct counts (per key, per period, per key over the window, the
  // window): over the aggregate's numbered rows that took half the time of distinct pairs over grouping sets.
  return `u AS (
          SELECT DISTINCT bucket, dating, key, doc, source FROM src
        ), agg AS (
          SELECT bucket, dating, key, 'key' AS scope, count(DISTINCT doc) AS documents, count(DISTINCT source) AS sources
          FROM u GROUP BY bucket, dating, key
          UNION ALL SELECT bucket, dating, NULL, 'all', count(DISTINCT doc), count(DISTINCT source) FROM u GROUP BY bucket, dating
          UNION ALL SELECT NULL::date, 'total', key, 'key', count(DISTINCT doc), count(DISTINCT source) FROM u GROUP BY key
          UNION ALL SELECT NULL::date, 'total', NULL, 'all', count(DISTINCT doc), count(DISTINCT source) FROM u HAVING count(*) > 0
        )
        SELECT ${periodSql(d, g)} AS period, dating, key, scope, documents::integer AS documents, sources::integer AS sources
        FROM agg ORDER BY bucket NULLS FIRST, dating ${C}, scope ${C}, key ${C} NULLS LAST`;
}

/** Keys per coverage query the packed tail can number (14 bits); partner codes and vector groups are far fewer. */
export const PACKED_KEYS = 16384;
/** 2^31: document and source numbers (evidence_names.n, a 32-bit INTEGER) sit below it in a packed BIGINT. */
const NAME_SPACE = 2147483648;

/**
 * coverageTail over the stored aggregate, where documents and sources are numbers (evidence_names): the same rows in
 * the same order, several times cheaper. Each row's group (period, dating, key) is packed into one integer, and with
 * its document (or source) into one BIGINT, so every de-duplication and distinct count hashes a single integer
 * column instead of dates, texts and numbers together (at 1M events coverage took half of an uncached balance, most
 * of it in those hashes). Layout of `x`: bits 0–30 the name's number, 31–44 the key's number (kk), 45–46 the
 * dating, 47– the month (year * 12 + month, 0 without a bucket). The scan reference keeps coverageTail, over names.
 */
export function packedCoverageTail<P>(d: Dialect<P>, g: Granularity | null | undefined): string {
  const C = d.collate;
  const K = PACKED_KEYS;
  const N = NAME_SPACE;
  // group number g = ((month * 4 + dating) * K + key number); x = g * N + name.
  const dating = `CASE s.dating WHEN 'period' THEN 0 WHEN 'imprecise' THEN 1 WHEN 'undated' THEN 2 ELSE 3 END`;
  const month = `CASE WHEN s.bucket IS NULL THEN 0 ELSE (extract(year FROM s.bucket) * 12 + extract(month FROM s.bucket))::bigint END`;
  const unpackBucket = (m: string) => `CASE WHEN ${m} = 0 THEN NULL::date ELSE make_date((((${m}) - 1 - ((${m}) - 1) % 12) / 12)::integer,
            (((${m}) - 1) % 12 + 1)::integer, 1) END`;
  const unpackDating = (dc: string) => `CASE ${dc} WHEN 0 THEN 'period' WHEN 1 THEN 'imprecise' WHEN 2 THEN 'undated' ELSE 'total' END`;
  // Counts per packed group of the distinct values `set` holds (doc and source sets alike), at the three levels.
  const levels = (set: string) => `
          SELECT 1 AS lvl, x >> 31 AS grp, count(*) AS n FROM ${set} GROUP BY x >> 31
          UNION ALL SELECT 2, y >> 45, count(*) FROM (SELECT DISTINCT ((x >> 45) << 45) + x % ${N} AS y FROM ${set}) a GROUP BY y >> 45
          UNION ALL SELECT 3, y >> 31, count(*) FROM (SELECT DISTINCT ((x >> 31) % ${K}) * ${N} + x % ${N} AS y FROM ${set}) b GROUP BY y >> 31
          UNION ALL SELECT 4, 0, count(DISTINCT x % ${N}) FROM ${set} HAVING count(*) > 0`;
  return `kk AS (
          SELECT key, row_number() OVER (ORDER BY key ${C})::bigint AS kn FROM (SELECT DISTINCT key FROM src) k
        ), p AS (
          SELECT ((${month} * 4 + ${dating}) * ${K} + kk.kn) * ${N} AS gx, s.doc, s.source FROM src s JOIN kk ON kk.key = s.key
        ), dx AS (
          SELECT DISTINCT gx + doc AS x FROM p
        ), sx AS (
          SELECT DISTINCT gx + source AS x FROM p WHERE source IS NOT NULL
        ), dn AS (${levels('dx')}
        ), sn AS (${levels('sx')}
        ), lv AS (
          SELECT dn.lvl, dn.grp, dn.n AS documents, coalesce(sn.n, 0) AS sources
          FROM dn LEFT JOIN sn ON sn.lvl = dn.lvl AND sn.grp = dn.grp
        ), agg AS (
          SELECT ${unpackBucket('grp >> 16')} AS bucket, ${unpackDating('(grp >> 14) % 4')} AS dating, kk.key,
            'key' AS scope, documents, sources FROM lv JOIN kk ON kk.kn = lv.grp % ${K} WHERE lvl = 1
          UNION ALL SELECT ${unpackBucket('grp >> 2')}, ${unpackDating('grp % 4')}, NULL, 'all', documents, sources FROM lv WHERE lvl = 2
          UNION ALL SELECT NULL::date, 'total', kk.key, 'key', documents, sources FROM lv JOIN kk ON kk.kn = lv.grp WHERE lvl = 3
          UNION ALL SELECT NULL::date, 'total', NULL, 'all', documents, sources FROM lv WHERE lvl = 4
        )
        SELECT ${periodSql(d, g)} AS period, dating, key, scope, documents::integer AS documents, sources::integer AS sources
        FROM agg ORDER BY bucket NULLS FIRST, dating ${C}, scope ${C}, key ${C} NULLS LAST`;
}

/**
 * `src` for coverageTail read from the events, without the stored aggregate: the reference the aggregate is checked
 * against (test/unit/coverage-aggregate.test.ts). After the CTE `k` (id, h = happening, bucket, dating, key): the
 * reports each brings (every report of a happening; counting reports, each report itself) with their documents and
 * sources. `reports` is where the engine finds a focal event's reports, as `r` with id, happening, doc and the
 * stored source (./_source.ts), and a condition on them that narrows the search ('' for none).
 */
export function scanCoverageSrc(f: MeasureFilter, reports: { from: string; where: string }): string {
  const join = f.unit === 'reports' ? 'r.id = k.id' : 'coalesce(r.happening, r.id) = k.h';
  return `src AS (
          SELECT k.bucket, k.dating, k.key, r.doc, r.source
          FROM k JOIN ${reports.from} ON ${join}${reports.where ? ` AND ${reports.where}` : ''}
        )`;
}

/** Deals from `pairs` (with context and value columns) and `rates`; `only` an extra condition or ''. */
export function dealsTail<P>(d: Dialect<P>, only: string): string {
  const C = d.collate;
  return `SELECT partner, yr::integer AS year, context[1] AS context, value_currency AS currency,
          sum(value_amount / np)::float8 AS amount,
          CASE WHEN max(r.per_usd) IS NULL THEN NULL ELSE sum(value_amount / np / r.per_usd) END::float8 AS usd,
          count(*)::integer AS events
        FROM pairs LEFT JOIN rates r ON r.currency = pairs.value_currency AND r.year = pairs.yr
        WHERE value_amount IS NOT NULL ${only}
        GROUP BY partner, yr, context[1], value_currency
        ORDER BY usd DESC NULLS LAST, partner ${C}, year NULLS LAST, context[1] ${C} NULLS FIRST, value_currency ${C}`;
}

type Run = <T>(sql: string, params: unknown[]) => Promise<T[]>;

/**
 * Hosted events: counts per period and the most recent events, both over `build()` (a fresh parameter list
 * and its condition each time); `prec` is the engine's date precision expression.
 */
export async function hostedMeasure<P>(d: Dialect<P>, all: Run, o: {
  build: () => { params: unknown[]; where: string }; granularity?: Granularity | null; limit: number; prec: string;
}): Promise<HostedResult> {
  const a = o.build();
  const rows = await all<{ period: string | null; dating: string; events: number }>(
    `SELECT ${periodSql(d, o.granularity)} AS period, dating, events::integer AS events FROM (
       SELECT ${bucketSql(o.granularity, o.prec)} AS bucket, ${datingSql(o.granularity, o.prec)} AS dating, count(*) AS events
       FROM events WHERE ${a.where} GROUP BY 1, 2) x
     ORDER BY bucket NULLS FIRST`, a.params);
  const byPeriod = rows.filter((r) => r.dating === 'period' || r.dating === 'total').map(({ period, events }) => ({ period, events }));
  const count = (dating: string) => rows.filter((r) => r.dating === dating).reduce((n, r) => n + r.events, 0);
  const b = o.build();
  const events = await all<ListedEvent>(
    `SELECT id, date, event_type, mode, actor, recipient, location, text, origin FROM events WHERE ${b.where}
     ORDER BY date_start DESC NULLS LAST, id LIMIT ${Math.max(0, Math.floor(o.limit))}`, b.params);
  return { total: rows.reduce((n, r) => n + r.events, 0), byPeriod, imprecise: count('imprecise'), undated: count('undated'), events };
}

/** A row of the corpus query: kind 'all' (n, first, last), 'network' (n), 'origin' and 'code' (key, n). */
export interface CorpusPart { kind: string; key: string | null; n: number; first: string | null; last: string | null }

export function foldCorpus(rows: CorpusPart[]): CorpusRow {
  const one = rows.find((r) => r.kind === 'all');
  return {
    events: one?.n ?? 0, network_events: rows.find((r) => r.kind === 'network')?.n ?? 0,
    first: one?.first ?? null, last: one?.last ?? null,
    origins: rows.filter((r) => r.kind === 'origin').map((r) => ({ origin: r.key!, events: r.n })).sort((a, b) => b.events - a.events || (a.origin < b.origin ? -1 : 1)),
    top: rows.filter((r) => r.kind === 'code').map((r) => ({ code: r.key!, events: r.n })).sort((a, b) => b.events - a.events || (a.code < b.code ? -1 : 1)),
  };
}

/**
 * The conditions on a coverage query's pairs, the same on every engine: the direction, the partner, and keys no
 * group takes left out when the grouping has no rest. `cols` names the pair's direction flags and partner; `p`
 * binds a parameter in the engine's spelling.
 */
export function coverageConds(q: Parameters<MeasureQueries['coverage']>[0], cols: { po: string; pi: string; partner: string },
  p: (v: string) => string): string[] {
  const { grouping, partner, direction = 'both' } = q;
  return [
    direction === 'out' ? cols.po : direction === 'in' ? cols.pi : '',
    partner ? `${cols.partner} = ${p(partner.toUpperCase())}` : '',
    grouping && grouping.rest == null ? 'g.grp IS NOT NULL' : '',
  ].filter(Boolean);
}
