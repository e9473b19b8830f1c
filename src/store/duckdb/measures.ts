/**
 * MeasureQueries on DuckDB: every measure is one aggregate query over `events`; only aggregated rows come
 * back to JS. Semantics (partners, directions, score, money split, periods) are documented in ../measures.ts.
 */
import type {
  CorpusRow, CoverageRow, DealRow, DyadRow, EdgeRow, EngagementRow, Granularity, Grouping, HostedResult, ListedEvent, MeasureFilter,
  MeasureQueries, RateRow, VisitRow, VolumeRow,
} from '../measures.ts';
import type { Db, Params } from './_db.ts';
import { DATE_PREC_SQL, inPartnersSql, outPartnersSql } from './_party.ts';
import { whereClause } from './_rows.ts';
import { visitsSelect } from './_visits.ts';

/** Wraps each query (standalone use runs them directly). */
export type Serialise = <T>(fn: () => Promise<T>) => Promise<T>;

/** Codes that are not actors of their own in a network (no state, no organisation). */
const GENERIC = ['NGO', 'IMG', 'MNC', 'IGO'];

/** Parameter list with $n placeholders handed out in order. */
class Sql {
  readonly params: Params = [];
  p(v: string | number): string {
    this.params.push(v);
    return `$${this.params.length}`;
  }
  json(v: unknown): string {
    return this.p(JSON.stringify(v));
  }
}

/**
 * WHERE over the filter; `focal` (when given) must take part; rejected events are out unless asked for.
 * With `party` the clause is over event_party (the focal code's own rows).
 */
function where(sql: Sql, f: MeasureFilter, focal?: string, dated = false, party = false): string {
  // Implausible dates are out of every measure: flagged at write time (dated well after the document), or in
  // the future of now (checked here, so it needs no rewrite as time passes).
  const plausible = `date_flag IS NULL AND (date_start IS NULL OR date_start <= current_date)`;
  const { where: w } = whereClause({
    ...(focal ? { country: focal } : {}),
    ...(f.types?.length ? { types: f.types } : {}),
    ...(f.origins?.length ? { origins: f.origins } : {}),
    ...(f.reviewStatuses?.length ? { reviewStatuses: f.reviewStatuses } : {}),
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
  }, sql.params, party && !!focal);
  // Counting happenings: each happening through its representative report (see ../measures.ts, Unit).
  const unit = f.unit === 'reports' ? '' : 'coalesce(h_rep, true)';
  const extra = [f.reviewStatuses?.length ? '' : `review_status <> 'rejected'`, dated ? 'date_start IS NOT NULL' : '', plausible, unit];
  return [w, ...extra].filter(Boolean).join(' AND ');
}

function periodExpr(g: Granularity | null | undefined, col = 'date_start'): string {
  if (g === 'month') return `strftime(${col}, '%Y-%m')`;
  if (g === 'quarter') return `strftime(${col}, '%Y') || '-Q' || quarter(${col})::VARCHAR`;
  if (g === 'year') return `strftime(${col}, '%Y')`;
  return 'NULL::VARCHAR';
}

/** The date precision a period needs: a year needs a year, a quarter or a month needs a month. */
const NEED: Record<Granularity, number> = { year: 1, quarter: 2, month: 2 };

/**
 * The first day of an event's period (grouping on a DATE is cheaper than on its label; label at the end), or
 * NULL when the event is undated or its date is too imprecise for the period. `prec` is the date's precision.
 */
function bucketExpr(g: Granularity | null | undefined, prec: string): string {
  return g ? `CASE WHEN ${prec} >= ${NEED[g]} THEN date_trunc('${g}', date_start)::DATE END` : 'NULL::DATE';
}

/** Where an event sits for a series: 'period', 'imprecise', 'undated'; 'total' when there is no series. */
function datingExpr(g: Granularity | null | undefined, prec: string): string {
  return g ? `CASE WHEN date_start IS NULL THEN 'undated' WHEN ${prec} >= ${NEED[g]} THEN 'period' ELSE 'imprecise' END`
    : `'total'`;
}

/** Goldstein for imported CAMEO events when present, else the PLOVER score. */
const SCORE = `CASE WHEN origin IN ('gdelt', 'icews') AND goldstein IS NOT NULL THEN goldstein ELSE score END`;

/**
 * `ev`: focal events with their partner lists per direction; `pairs`: one row per event–partner pair with
 * po/pi = the pair holds in direction out/in, np = the event's number of partners (for splitting money).
 * Read from the focal code's event_party rows, where the partner lists are precomputed; `detail` reads events
 * instead, for the measures that need the text, context or location.
 */
function pairsCte(sql: Sql, focal: string, filter: MeasureFilter, g: Granularity | null | undefined,
  o: { detail?: boolean } = {}): string {
  // With a series, undated and imprecise events stay in the scan with a NULL bucket and their `dating`, so
  // they are reported beside the series (and count in the window totals), never in a period.
  const dated = false;
  if (!o.detail) {
    // Single-partner events (most) take the precomputed scalar; only the others unnest their lists. Each CTE
    // scans the focal rows itself: a CTE read twice would be materialised, which costs more than a second scan.
    const from = () => `FROM event_party WHERE ${where(sql, filter, focal.toUpperCase(), dated, true)}`;
    const cols = `quad_class, ${SCORE} AS s, ${bucketExpr(g, 'date_prec')} AS bucket, ${datingExpr(g, 'date_prec')} AS dating,
      year(date_start) AS yr, value_amount, value_currency`;
    return `single AS (
    SELECT NULL::VARCHAR AS id, ${cols}, sole_partner AS partner, sole_out AS po, sole_in AS pi, 1 AS np
    ${from()} AND n_partners = 1
  ), multi AS (
    SELECT id, quad_class, s, bucket, dating, yr, value_amount, value_currency, partner, list_contains(out_p, partner) AS po,
      list_contains(in_p, partner) AS pi, n_partners AS np
    FROM (SELECT id, ${cols}, out_p, in_p, n_partners, unnest(list_distinct(out_p || in_p)) AS partner
      ${from()} AND n_partners > 1)
  ), pairs AS (
    SELECT * FROM single UNION ALL SELECT * FROM multi
  )`;
  }
  const f = sql.p(focal.toUpperCase());
  return `ev AS (
    SELECT id, origin, event_type, mode, text, context, quad_class, location, ${SCORE} AS s, date_start, ${DATE_PREC_SQL} AS prec,
      ${bucketExpr(g, DATE_PREC_SQL)} AS bucket, ${datingExpr(g, DATE_PREC_SQL)} AS dating, year(date_start) AS yr, value_amount, value_currency,
      ${outPartnersSql(f)} AS out_p, ${inPartnersSql(f)} AS in_p
    FROM events WHERE ${where(sql, filter, focal, dated)}
  ), ${pairsTail}`;
}

const pairsTail = `ev2 AS (
    SELECT *, list_distinct(out_p || in_p) AS all_p FROM ev
  ), pairs AS (
    SELECT *, list_contains(out_p, partner) AS po, list_contains(in_p, partner) AS pi, len(all_p) AS np
    FROM (SELECT *, unnest(all_p) AS partner FROM ev2)
  )`;

/** Lower-case host of a URL column, without "www."; NULL when it is not an absolute URL. */
const host = (col: string) =>
  `lower(nullif(regexp_extract(${col}, '^[A-Za-z][A-Za-z0-9+.-]*://(?:[^@/?#]*@)?(?:www[.])?([^/:?#]+)', 1), ''))`;

/** The source of a report (see CoverageRow): URL host, else input file (the label without its ":line"), else origin. */
const SOURCE = `CASE WHEN r.origin IN ('gdelt', 'icews') THEN coalesce(${host('r.source_url')}, r.origin)
  ELSE coalesce(${host('d.url')}, nullif(regexp_replace(d.source, ':[0-9]+$', ''), ''), r.origin) END`;

function ratesCte(sql: Sql, rates: RateRow[]): string {
  return `rates AS (
    SELECT unnest(${sql.json(rates.map((r) => r.currency))}::JSON::VARCHAR[]) AS currency,
      unnest(${sql.json(rates.map((r) => r.year))}::JSON::INTEGER[]) AS year,
      unnest(${sql.json(rates.map((r) => r.per_usd))}::JSON::DOUBLE[]) AS per_usd
  )`;
}

export function duckDbMeasures(db: Db, serialise: Serialise = (fn) => fn()): MeasureQueries {
  // Each query on a reading connection of the pool: uncached measures run side by side, and beside writes.
  const all = <T>(sql: string, params: Params) => serialise(() => db.read((r) => r.all<T>(sql, params)));

  return {
    engagement({ focal, filter, granularity, grouping, rates, totals }) {
      const sql = new Sql();
      // With a series, undated and imprecise events come back as their own rows (period NULL, dating set); with
      // totals, the window totals come from the same pass (dating 'total').
      const withTotals = !!granularity && !!totals;
      const pairs = pairsCte(sql, focal, filter, granularity);
      const rc = ratesCte(sql, rates);
      const cols = 'bucket, dating, s, quad_class, yr, value_currency';
      const rest = grouping?.rest == null ? 'NULL::VARCHAR' : sql.p(grouping.rest);
      // With a grouping, pairs collapse to event–group pairs first: an event with two EU partners counts once for
      // the EU. Only events with several partners can collapse; the others skip that aggregation.
      const keyed = grouping
        ? `grp AS (
            SELECT unnest(${sql.json(grouping.members.map((m) => m.code.toUpperCase()))}::JSON::VARCHAR[]) AS code,
              unnest(${sql.json(grouping.members.map((m) => m.group))}::JSON::VARCHAR[]) AS grp
          ), keyed AS (
            SELECT ${cols}, coalesce(g.grp, ${rest}) AS key, po, pi, value_amount AS amount
            FROM single LEFT JOIN grp g ON g.code = single.partner
            UNION ALL
            SELECT ${cols}, coalesce(g.grp, ${rest}) AS key, bool_or(po) AS po, bool_or(pi) AS pi, sum(value_amount / np) AS amount
            FROM multi LEFT JOIN grp g ON g.code = multi.partner GROUP BY id, ${cols}, coalesce(g.grp, ${rest})
          )`
        : `keyed AS (SELECT ${cols}, partner AS key, po, pi, value_amount / np AS amount FROM pairs)`;
      // Aggregated per currency and year first, so the rates join runs on a few rows, not on every pair.
      const sums = `events_out, events_in, events, score_out, score_in, score, coop, conflict`;
      return all<EngagementRow>(`WITH ${pairs}, ${rc}, ${keyed}, agg AS (
          SELECT bucket, dating, key, value_currency, yr,
            count(*) FILTER (WHERE po) AS events_out, count(*) FILTER (WHERE pi) AS events_in, count(*) AS events,
            coalesce(sum(s) FILTER (WHERE po), 0) AS score_out, coalesce(sum(s) FILTER (WHERE pi), 0) AS score_in,
            coalesce(sum(s), 0) AS score,
            count(*) FILTER (WHERE quad_class IN (1, 2)) AS coop, count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict,
            sum(amount) AS amount, count(amount) AS value_events
          FROM keyed GROUP BY bucket, dating, key, value_currency, yr
        ), per AS (
          SELECT bucket, dating, key, ${sums.split(', ').map((c) => `sum(${c}) AS ${c}`).join(', ')},
            coalesce(sum(amount / r.per_usd), 0) AS usd, sum(value_events) AS value_events,
            coalesce(sum(value_events) FILTER (WHERE amount IS NOT NULL AND r.per_usd IS NULL), 0) AS unconverted_events
          FROM agg LEFT JOIN rates r ON r.currency = agg.value_currency AND r.year = agg.yr
          GROUP BY bucket, dating, key
        ), out AS (
          SELECT * FROM per ${withTotals ? `
          UNION ALL
          SELECT NULL::DATE AS bucket, 'total' AS dating, key, ${[...sums.split(', '), 'usd', 'value_events', 'unconverted_events'].map((c) => `sum(${c}) AS ${c}`).join(', ')}
          FROM per GROUP BY key` : ''}
        )
        SELECT ${periodExpr(granularity, 'bucket')} AS period, dating, key,
          events_out::INTEGER AS events_out, events_in::INTEGER AS events_in, events::INTEGER AS events,
          score_out::DOUBLE AS score_out, score_in::DOUBLE AS score_in, score::DOUBLE AS score,
          coop::INTEGER AS coop, conflict::INTEGER AS conflict, usd::DOUBLE AS usd,
          value_events::INTEGER AS value_events, unconverted_events::INTEGER AS unconverted_events
        FROM out ORDER BY bucket NULLS FIRST, dating, events DESC, key NULLS LAST`, sql.params);
    },

    volume({ focal, filter, granularity }) {
      const sql = new Sql();
      // Straight from the focal code's party rows: partner lists never hold the focal code itself.
      return all<VolumeRow>(`SELECT ${periodExpr(granularity, 'bucket')} AS period, dating, events::INTEGER AS events,
          with_partner::INTEGER AS with_partner FROM (
          SELECT ${bucketExpr(granularity, 'date_prec')} AS bucket, ${datingExpr(granularity, 'date_prec')} AS dating,
            count(*) AS events, count(*) FILTER (WHERE n_partners > 0) AS with_partner
          FROM event_party WHERE ${where(sql, filter, focal.toUpperCase(), false, true)} GROUP BY 1, 2
        ) ORDER BY bucket NULLS FIRST, dating`, sql.params);
    },

    dyad({ focal, partner, filter, granularity }) {
      const sql = new Sql();
      const pairs = pairsCte(sql, focal, filter, granularity);
      return all<DyadRow>(`WITH ${pairs}
        SELECT ${periodExpr(granularity, 'bucket')} AS period, dating, count(*)::INTEGER AS events, count(*) FILTER (WHERE po)::INTEGER AS events_out,
          count(*) FILTER (WHERE pi)::INTEGER AS events_in, coalesce(sum(s), 0)::DOUBLE AS score,
          count(*) FILTER (WHERE quad_class = 1)::INTEGER AS q1, count(*) FILTER (WHERE quad_class = 2)::INTEGER AS q2,
          count(*) FILTER (WHERE quad_class = 3)::INTEGER AS q3, count(*) FILTER (WHERE quad_class = 4)::INTEGER AS q4
        FROM pairs WHERE partner = ${sql.p(partner.toUpperCase())}
        GROUP BY bucket, dating ORDER BY bucket NULLS FIRST, dating`, sql.params);
    },

    coverage({ focal, filter, granularity, grouping, partner, direction = 'both' }) {
      const sql = new Sql();
      const w = where(sql, filter, focal.toUpperCase(), false, true);
      const rest = grouping?.rest == null ? 'NULL::VARCHAR' : sql.p(grouping.rest);
      const grp = grouping
        ? `grp AS (SELECT unnest(${sql.json(grouping.members.map((m) => m.code.toUpperCase()))}::JSON::VARCHAR[]) AS code,
            unnest(${sql.json(grouping.members.map((m) => m.group))}::JSON::VARCHAR[]) AS grp),`
        : '';
      const key = grouping ? `coalesce(g.grp, ${rest})` : 'p.partner';
      const conds = [
        direction === 'out' ? 'list_contains(p.out_p, p.partner)' : direction === 'in' ? 'list_contains(p.in_p, p.partner)' : '',
        partner ? `p.partner = ${sql.p(partner.toUpperCase())}` : '',
        grouping && grouping.rest == null ? 'g.grp IS NOT NULL' : '',
      ].filter(Boolean);
      // A happening brings every report of it (they share its id); counting reports, each report itself.
      const join = filter.unit === 'reports' ? 'r.id = k.id' : 'coalesce(r.happening, r.id) = k.h';
      return all<CoverageRow>(`WITH ${grp} fp AS (
          SELECT id, coalesce(happening, id) AS h, ${bucketExpr(granularity, 'date_prec')} AS bucket,
            ${datingExpr(granularity, 'date_prec')} AS dating, out_p, in_p, list_distinct(out_p || in_p) AS all_p
          FROM event_party WHERE ${w} AND n_partners > 0
        ), p AS (
          SELECT id, h, bucket, dating, out_p, in_p, unnest(all_p) AS partner FROM fp
        ), k AS (
          SELECT DISTINCT p.id, p.h, p.bucket, p.dating, ${key} AS key
          FROM p ${grouping ? 'LEFT JOIN grp g ON g.code = p.partner' : ''} ${conds.length ? `WHERE ${conds.join(' AND ')}` : ''}
        ), src AS (
          SELECT k.bucket, k.dating, k.key, r.doc, ${SOURCE} AS source
          FROM k JOIN events r ON ${join} LEFT JOIN documents d ON d.id = r.doc
        ), agg AS (
          SELECT bucket, CASE WHEN grouping(dating) = 1 THEN 'total' ELSE dating END AS dating, key,
            CASE WHEN grouping(key) = 1 THEN 'all' ELSE 'key' END AS scope,
            count(DISTINCT doc)::INTEGER AS documents, count(DISTINCT source)::INTEGER AS sources
          FROM src GROUP BY GROUPING SETS ((bucket, dating, key), (bucket, dating), (key), ())
        )
        SELECT ${periodExpr(granularity, 'bucket')} AS period, dating, key, scope, documents, sources
        FROM agg ORDER BY bucket NULLS FIRST, dating, scope, key NULLS LAST`, sql.params);
    },

    visits({ focal, filter, partner, offices = [] }) {
      const sql = new Sql();
      const pairs = pairsCte(sql, focal, { ...filter, types: ['CONSULT'] }, null, { detail: true });
      return all<VisitRow>(`WITH ${pairs}, ${visitsSelect(sql, sql.p(focal.toUpperCase()), offices, partner)}`, sql.params);
    },

    deals({ focal, filter, rates, partner }) {
      const sql = new Sql();
      const pairs = pairsCte(sql, focal, filter, null, { detail: true });
      const rc = ratesCte(sql, rates);
      const only = partner ? `AND partner = ${sql.p(partner.toUpperCase())}` : '';
      return all<DealRow>(`WITH ${pairs}, ${rc}
        SELECT partner, yr::INTEGER AS year, context[1] AS context, value_currency AS currency,
          sum(value_amount / np)::DOUBLE AS amount,
          CASE WHEN any_value(r.per_usd) IS NULL THEN NULL ELSE sum(value_amount / np / r.per_usd) END::DOUBLE AS usd,
          count(*)::INTEGER AS events
        FROM pairs LEFT JOIN rates r ON r.currency = pairs.value_currency AND r.year = pairs.yr
        WHERE value_amount IS NOT NULL ${only}
        GROUP BY partner, yr, context[1], value_currency
        ORDER BY usd DESC NULLS LAST, partner, year NULLS LAST, context NULLS FIRST, currency`, sql.params);
    },

    async hosted({ focal, filter, kind, granularity, limit = 50 }): Promise<HostedResult> {
      const build = () => {
        const sql = new Sql();
        const f = sql.p(focal.toUpperCase());
        const cond = kind === 'multilateral'
          ? `event_type = 'CONSULT' AND mode = 'multilateral' AND location = ${f}`
          : `event_type = 'CONSULT' AND mode = 'third-party' AND list_contains(recipient, ${f})`;
        return { sql, w: `${cond} AND ${where(sql, filter, undefined, false)}` };
      };
      const a = build();
      const rows = await all<{ period: string | null; dating: string; events: number }>(
        `SELECT ${periodExpr(granularity, 'bucket')} AS period, dating, events::INTEGER AS events FROM (
           SELECT ${bucketExpr(granularity, DATE_PREC_SQL)} AS bucket, ${datingExpr(granularity, DATE_PREC_SQL)} AS dating,
             count(*) AS events FROM events WHERE ${a.w} GROUP BY 1, 2)
         ORDER BY bucket NULLS FIRST`, a.sql.params);
      const byPeriod = rows.filter((r) => r.dating === 'period' || r.dating === 'total').map(({ period, events }) => ({ period, events }));
      const count = (d: string) => rows.filter((r) => r.dating === d).reduce((n, r) => n + r.events, 0);
      const b = build();
      const events = await all<ListedEvent>(
        `SELECT id, date, event_type, mode, actor, recipient, location, text, origin FROM events WHERE ${b.w}
         ORDER BY date_start DESC NULLS LAST, id LIMIT ${Math.max(0, Math.floor(limit))}`, b.sql.params);
      return { total: rows.reduce((n, r) => n + r.events, 0), byPeriod, imprecise: count('imprecise'), undated: count('undated'), events };
    },

    coParticipation({ filter }) {
      const sql = new Sql();
      const generic = GENERIC.map((c) => sql.p(c)).join(', ');
      return all<EdgeRow>(`WITH ev AS (
          SELECT list_sort(list_distinct(list_filter(parties, lambda x: x NOT IN (${generic})))) AS p
          FROM events WHERE ${where(sql, filter)} AND len(parties) > 1
        ), x AS (
          SELECT p, unnest(range(1, len(p) + 1)) AS i FROM ev WHERE len(p) > 1
        ), e AS (
          SELECT p[i] AS a, unnest(list_slice(p, i + 1, len(p))) AS b FROM x
        )
        SELECT a, b, count(*)::INTEGER AS weight FROM e GROUP BY a, b ORDER BY weight DESC, a, b`, sql.params);
    },

    async corpus({ filter }): Promise<CorpusRow> {
      const sql = new Sql();
      const generic = GENERIC.map((c) => sql.p(c)).join(', ');
      const rows = await all<{ kind: string; key: string | null; n: number; first: string | null; last: string | null }>(`WITH ev AS (
          SELECT id, origin, date_start, list_distinct(list_filter(parties, lambda x: x NOT IN (${generic}))) AS p
          FROM events WHERE ${where(sql, filter)}
        )
        SELECT 'all' AS kind, NULL AS key, count(*)::INTEGER AS n, min(date_start)::VARCHAR AS first, max(date_start)::VARCHAR AS last FROM ev
        UNION ALL SELECT 'network', NULL, count(*)::INTEGER, NULL, NULL FROM ev WHERE len(p) > 1
        UNION ALL SELECT 'origin', origin, count(*)::INTEGER, NULL, NULL FROM ev GROUP BY origin
        UNION ALL (SELECT 'code', code, count(*)::INTEGER, NULL, NULL FROM (SELECT unnest(p) AS code FROM ev)
          GROUP BY code ORDER BY count(*) DESC, code LIMIT 3)`, sql.params);
      const one = rows.find((r) => r.kind === 'all');
      return {
        events: one?.n ?? 0, network_events: rows.find((r) => r.kind === 'network')?.n ?? 0,
        first: one?.first ?? null, last: one?.last ?? null,
        origins: rows.filter((r) => r.kind === 'origin').map((r) => ({ origin: r.key!, events: r.n })).sort((a, b) => b.events - a.events || (a.origin < b.origin ? -1 : 1)),
        top: rows.filter((r) => r.kind === 'code').map((r) => ({ code: r.key!, events: r.n })).sort((a, b) => b.events - a.events || (a.code < b.code ? -1 : 1)),
      };
    },
  };
}
