/**
 * MeasureQueries on PostgreSQL: every measure is one aggregate query over `events`, as on DuckDB
 * (../duckdb/measures.ts, same results); only aggregated rows come back. A focal country's events are found
 * through the GIN index on `parties`; its partners per direction come from mv_out_partners / mv_in_partners
 * (./_schema.ts). Semantics are documented in ../measures.ts. Text sorts are bytewise (COLLATE "C").
 */
import type {
  CorpusRow, CoverageRow, DealRow, DyadRow, EdgeRow, EngagementRow, Granularity, Grouping, HostedResult, ListedEvent, MeasureFilter,
  MeasureQueries, RateRow, VisitRow, VolumeRow,
} from '../measures.ts';
import { GENERIC_CODES } from '../../model/event.ts';
import type { Params, Pg } from './_db.ts';
import { whereClause } from './_rows.ts';
import { visitsSelect } from './_visits.ts';

const C = 'COLLATE "C"';

class Sql {
  readonly params: Params = [];
  p(v: unknown): string {
    this.params.push(v);
    return `$${this.params.length}`;
  }
}

/** WHERE over the filter; `focal` (when given) must take part; rejected events are out unless asked for. */
function where(sql: Sql, f: MeasureFilter, focal?: string): string {
  const plausible = `date_flag IS NULL AND (date_start IS NULL OR date_start <= current_date)`;
  const { where: w } = whereClause({
    ...(focal ? { country: focal } : {}),
    ...(f.types?.length ? { types: f.types } : {}),
    ...(f.origins?.length ? { origins: f.origins } : {}),
    ...(f.reviewStatuses?.length ? { reviewStatuses: f.reviewStatuses } : {}),
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
  }, sql.params);
  const unit = f.unit === 'reports' ? '' : 'coalesce(h_rep, true)';
  return [w, f.reviewStatuses?.length ? '' : `review_status <> 'rejected'`, plausible, unit].filter(Boolean).join(' AND ');
}

function periodExpr(g: Granularity | null | undefined, col = 'bucket'): string {
  if (g === 'month') return `to_char(${col}, 'YYYY-MM')`;
  if (g === 'quarter') return `to_char(${col}, 'YYYY') || '-Q' || extract(quarter FROM ${col})::integer::text`;
  if (g === 'year') return `to_char(${col}, 'YYYY')`;
  return 'NULL::text';
}

const NEED: Record<Granularity, number> = { year: 1, quarter: 2, month: 2 };
const PREC = 'mv_prec(date)';

function bucketExpr(g: Granularity | null | undefined): string {
  return g ? `CASE WHEN ${PREC} >= ${NEED[g]} THEN date_trunc('${g}', date_start)::date END` : 'NULL::date';
}

function datingExpr(g: Granularity | null | undefined): string {
  return g ? `CASE WHEN date_start IS NULL THEN 'undated' WHEN ${PREC} >= ${NEED[g]} THEN 'period' ELSE 'imprecise' END` : `'total'`;
}

const SCORE = `CASE WHEN origin IN ('gdelt', 'icews') AND goldstein IS NOT NULL THEN goldstein ELSE score END`;

/**
 * `ev`: focal events with their partner lists per direction; `pairs`: one row per event–partner pair with
 * po/pi = the pair holds in direction out/in, np = the event's number of partners (for splitting money).
 */
function pairsCte(sql: Sql, focal: string, filter: MeasureFilter, g: Granularity | null | undefined): string {
  const f = `${sql.p(focal.toUpperCase())}::text`;
  return `ev AS (
    SELECT id, happening, origin, event_type, mode, text, context, quad_class, location, ${SCORE} AS s, date_start, ${PREC} AS prec,
      ${bucketExpr(g)} AS bucket, ${datingExpr(g)} AS dating, extract(year FROM date_start)::integer AS yr, value_amount, value_currency,
      mv_out_partners(actor, recipient, ${f}) AS out_p, mv_in_partners(actor, recipient, ${f}) AS in_p
    FROM events WHERE ${where(sql, filter, focal)}
  ), ev2 AS (
    SELECT *, mv_distinct(out_p || in_p) AS all_p FROM ev
  ), pairs AS (
    SELECT ev2.*, partner ${C} AS partner, partner = ANY(out_p) AS po, partner = ANY(in_p) AS pi, cardinality(all_p) AS np
    FROM ev2 CROSS JOIN LATERAL unnest(all_p) AS partner
  )`;
}

const host = (col: string) =>
  `lower(nullif(substring(${col} FROM '^[A-Za-z][A-Za-z0-9+.-]*://(?:[^@/?#]*@)?(?:www[.])?([^/:?#]+)'), ''))`;

const SOURCE = `CASE WHEN r.origin IN ('gdelt', 'icews') THEN coalesce(${host('r.source_url')}, r.origin)
  ELSE coalesce(${host('d.url')}, nullif(regexp_replace(d.source, ':[0-9]+$', ''), ''), r.origin) END`;

function ratesCte(sql: Sql, rates: RateRow[]): string {
  return `rates AS (
    SELECT * FROM unnest(${sql.p(rates.map((r) => r.currency))}::text[], ${sql.p(rates.map((r) => r.year))}::integer[],
      ${sql.p(rates.map((r) => r.per_usd))}::float8[]) AS r(currency, year, per_usd)
  )`;
}

function groupCte(sql: Sql, grouping: Grouping): string {
  return `grp AS (
    SELECT * FROM unnest(${sql.p(grouping.members.map((m) => m.code.toUpperCase()))}::text[],
      ${sql.p(grouping.members.map((m) => m.group))}::text[]) AS g(code, grp)
  )`;
}

export function postgresMeasures(db: Pg): MeasureQueries {
  const all = <T>(sql: string, params: Params) => db.all<T>(sql, params);

  return {
    engagement({ focal, filter, granularity, grouping, rates, totals }) {
      const sql = new Sql();
      const withTotals = !!granularity && !!totals;
      const pairs = pairsCte(sql, focal, filter, granularity);
      const rc = ratesCte(sql, rates);
      const cols = 'bucket, dating, s, quad_class, yr, value_currency';
      const rest = grouping?.rest == null ? 'NULL::text' : `${sql.p(grouping.rest)}::text`;
      // With a grouping, pairs collapse to event–group pairs first: an event with two EU partners counts once for the EU.
      const keyed = grouping
        ? `${groupCte(sql, grouping)}, keyed AS (
            SELECT ${cols}, coalesce(g.grp, ${rest}) AS key, bool_or(po) AS po, bool_or(pi) AS pi, sum(value_amount / np) AS amount
            FROM pairs LEFT JOIN grp g ON g.code = pairs.partner GROUP BY id, ${cols}, coalesce(g.grp, ${rest})
          )`
        : `keyed AS (SELECT ${cols}, partner AS key, po, pi, value_amount / np AS amount FROM pairs)`;
      const sums = ['events_out', 'events_in', 'events', 'score_out', 'score_in', 'score', 'coop', 'conflict'];
      return all<EngagementRow>(`WITH ${pairs}, ${rc}, ${keyed}, agg AS (
          SELECT bucket, dating, key, value_currency, yr,
            count(*) FILTER (WHERE po) AS events_out, count(*) FILTER (WHERE pi) AS events_in, count(*) AS events,
            coalesce(sum(s) FILTER (WHERE po), 0) AS score_out, coalesce(sum(s) FILTER (WHERE pi), 0) AS score_in,
            coalesce(sum(s), 0) AS score,
            count(*) FILTER (WHERE quad_class IN (1, 2)) AS coop, count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict,
            sum(amount) AS amount, count(amount) AS value_events
          FROM keyed GROUP BY bucket, dating, key, value_currency, yr
        ), per AS (
          SELECT bucket, dating, key, ${sums.map((c) => `sum(${c}) AS ${c}`).join(', ')},
            coalesce(sum(amount / r.per_usd), 0) AS usd, sum(value_events) AS value_events,
            coalesce(sum(value_events) FILTER (WHERE amount IS NOT NULL AND r.per_usd IS NULL), 0) AS unconverted_events
          FROM agg LEFT JOIN rates r ON r.currency = agg.value_currency AND r.year = agg.yr
          GROUP BY bucket, dating, key
        ), out AS (
          SELECT * FROM per ${withTotals ? `
          UNION ALL
          SELECT NULL::date AS bucket, 'total' AS dating, key, ${[...sums, 'usd', 'value_events', 'unconverted_events'].map((c) => `sum(${c}) AS ${c}`).join(', ')}
          FROM per GROUP BY key` : ''}
        )
        SELECT ${periodExpr(granularity)} AS period, dating, key,
          events_out::integer AS events_out, events_in::integer AS events_in, events::integer AS events,
          score_out::float8 AS score_out, score_in::float8 AS score_in, score::float8 AS score,
          coop::integer AS coop, conflict::integer AS conflict, usd::float8 AS usd,
          value_events::integer AS value_events, unconverted_events::integer AS unconverted_events
        FROM out ORDER BY bucket NULLS FIRST, dating ${C}, events DESC, key ${C} NULLS LAST`, sql.params);
    },

    volume({ focal, filter, granularity }) {
      const sql = new Sql();
      const f = `${sql.p(focal.toUpperCase())}::text`;
      return all<VolumeRow>(`SELECT ${periodExpr(granularity)} AS period, dating, events::integer AS events,
          with_partner::integer AS with_partner FROM (
          SELECT ${bucketExpr(granularity)} AS bucket, ${datingExpr(granularity)} AS dating, count(*) AS events,
            count(*) FILTER (WHERE cardinality(mv_out_partners(actor, recipient, ${f})) + cardinality(mv_in_partners(actor, recipient, ${f})) > 0) AS with_partner
          FROM events WHERE ${where(sql, filter, focal)} GROUP BY 1, 2
        ) x ORDER BY bucket NULLS FIRST, dating ${C}`, sql.params);
    },

    dyad({ focal, partner, filter, granularity }) {
      const sql = new Sql();
      const pairs = pairsCte(sql, focal, filter, granularity);
      return all<DyadRow>(`WITH ${pairs}
        SELECT ${periodExpr(granularity)} AS period, dating, count(*)::integer AS events, count(*) FILTER (WHERE po)::integer AS events_out,
          count(*) FILTER (WHERE pi)::integer AS events_in, coalesce(sum(s), 0)::float8 AS score,
          count(*) FILTER (WHERE quad_class = 1)::integer AS q1, count(*) FILTER (WHERE quad_class = 2)::integer AS q2,
          count(*) FILTER (WHERE quad_class = 3)::integer AS q3, count(*) FILTER (WHERE quad_class = 4)::integer AS q4
        FROM pairs WHERE partner = ${sql.p(partner.toUpperCase())}
        GROUP BY bucket, dating ORDER BY bucket NULLS FIRST, dating ${C}`, sql.params);
    },

    coverage({ focal, filter, granularity, grouping, partner, direction = 'both' }) {
      const sql = new Sql();
      const pairs = pairsCte(sql, focal, filter, granularity);
      const rest = grouping?.rest == null ? 'NULL::text' : `${sql.p(grouping.rest)}::text`;
      const grp = grouping ? `${groupCte(sql, grouping)},` : '';
      const key = grouping ? `coalesce(g.grp, ${rest})` : 'p.partner';
      const conds = [
        direction === 'out' ? 'p.po' : direction === 'in' ? 'p.pi' : '',
        partner ? `p.partner = ${sql.p(partner.toUpperCase())}` : '',
        grouping && grouping.rest == null ? 'g.grp IS NOT NULL' : '',
      ].filter(Boolean);
      const join = filter.unit === 'reports' ? 'r.id = k.id' : 'coalesce(r.happening, r.id) = k.h';
      return all<CoverageRow>(`WITH ${pairs}, ${grp} k AS (
          SELECT DISTINCT p.id, coalesce(p.happening, p.id) AS h, p.bucket, p.dating, ${key} AS key
          FROM pairs p ${grouping ? 'LEFT JOIN grp g ON g.code = p.partner' : ''} ${conds.length ? `WHERE ${conds.join(' AND ')}` : ''}
        ), src AS (
          SELECT k.bucket, k.dating, k.key, r.doc, ${SOURCE} AS source
          FROM k JOIN events r ON ${join} LEFT JOIN documents d ON d.id = r.doc
        ), agg AS (
          SELECT bucket, CASE WHEN grouping(dating) = 1 THEN 'total' ELSE dating END AS dating, key,
            CASE WHEN grouping(key) = 1 THEN 'all' ELSE 'key' END AS scope,
            count(DISTINCT doc)::integer AS documents, count(DISTINCT source)::integer AS sources
          FROM src GROUP BY GROUPING SETS ((bucket, dating, key), (bucket, dating), (key), ())
        )
        SELECT ${periodExpr(granularity)} AS period, dating, key, scope, documents, sources
        FROM agg ORDER BY bucket NULLS FIRST, dating ${C}, scope ${C}, key ${C} NULLS LAST`, sql.params);
    },

    visits({ focal, filter, partner, offices = [] }) {
      const sql = new Sql();
      const pairs = pairsCte(sql, focal, { ...filter, types: ['CONSULT'] }, null);
      return all<VisitRow>(`WITH ${pairs}, ${visitsSelect(sql, `${sql.p(focal.toUpperCase())}::text`, offices, partner)}`, sql.params);
    },

    deals({ focal, filter, rates, partner }) {
      const sql = new Sql();
      const pairs = pairsCte(sql, focal, filter, null);
      const rc = ratesCte(sql, rates);
      const only = partner ? `AND partner = ${sql.p(partner.toUpperCase())}` : '';
      return all<DealRow>(`WITH ${pairs}, ${rc}
        SELECT partner, yr AS year, context[1] AS context, value_currency AS currency,
          sum(value_amount / np)::float8 AS amount,
          CASE WHEN max(r.per_usd) IS NULL THEN NULL ELSE sum(value_amount / np / r.per_usd) END::float8 AS usd,
          count(*)::integer AS events
        FROM pairs LEFT JOIN rates r ON r.currency = pairs.value_currency AND r.year = pairs.yr
        WHERE value_amount IS NOT NULL ${only}
        GROUP BY partner, yr, context[1], value_currency
        ORDER BY usd DESC NULLS LAST, partner ${C}, year NULLS LAST, context[1] ${C} NULLS FIRST, value_currency ${C}`, sql.params);
    },

    async hosted({ focal, filter, kind, granularity, limit = 50 }): Promise<HostedResult> {
      const build = () => {
        const sql = new Sql();
        const f = `${sql.p(focal.toUpperCase())}::text`;
        const cond = kind === 'multilateral'
          ? `event_type = 'CONSULT' AND mode = 'multilateral' AND location = ${f}`
          : `event_type = 'CONSULT' AND mode = 'third-party' AND ${f} = ANY(recipient)`;
        return { sql, w: `${cond} AND ${where(sql, filter)}` };
      };
      const a = build();
      const rows = await all<{ period: string | null; dating: string; events: number }>(
        `SELECT ${periodExpr(granularity)} AS period, dating, events::integer AS events FROM (
           SELECT ${bucketExpr(granularity)} AS bucket, ${datingExpr(granularity)} AS dating, count(*) AS events
           FROM events WHERE ${a.w} GROUP BY 1, 2) x
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
      const generic = `${sql.p(GENERIC_CODES)}::text[]`;
      return all<EdgeRow>(`WITH ev AS (
          SELECT ARRAY(SELECT x FROM unnest(mv_distinct(parties)) WITH ORDINALITY AS t(x, i) WHERE x <> ALL(${generic}) ORDER BY i) AS p
          FROM events WHERE ${where(sql, filter)} AND cardinality(parties) > 1
        ), e AS (
          SELECT a.x AS a, b.x AS b FROM ev, unnest(p) WITH ORDINALITY AS a(x, i), unnest(p) WITH ORDINALITY AS b(x, j)
          WHERE cardinality(p) > 1 AND i < j
        )
        SELECT a, b, count(*)::integer AS weight FROM e GROUP BY a, b ORDER BY weight DESC, a ${C}, b ${C}`, sql.params);
    },

    async corpus({ filter }): Promise<CorpusRow> {
      const sql = new Sql();
      const generic = `${sql.p(GENERIC_CODES)}::text[]`;
      const rows = await all<{ kind: string; key: string | null; n: number; first: string | null; last: string | null }>(`WITH ev AS (
          SELECT id, origin, date_start, ARRAY(SELECT x FROM unnest(mv_distinct(parties)) AS x WHERE x <> ALL(${generic})) AS p
          FROM events WHERE ${where(sql, filter)}
        )
        SELECT 'all' AS kind, NULL AS key, count(*)::integer AS n, min(date_start)::text AS first, max(date_start)::text AS last FROM ev
        UNION ALL SELECT 'network', NULL, count(*)::integer, NULL, NULL FROM ev WHERE cardinality(p) > 1
        UNION ALL SELECT 'origin', origin, count(*)::integer, NULL, NULL FROM ev GROUP BY origin
        UNION ALL (SELECT 'code', code, count(*)::integer, NULL, NULL FROM ev, unnest(p) AS code
          GROUP BY code ORDER BY count(*) DESC, code ${C} LIMIT 3)`, sql.params);
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
