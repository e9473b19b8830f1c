/**
 * MeasureQueries on DuckDB: every measure is one aggregate query over `events`; only aggregated rows come
 * back to JS. Semantics (partners, directions, score, money split, periods) are documented in ../measures.ts.
 */
import type {
  DealRow, DyadRow, EdgeRow, EngagementRow, Granularity, Grouping, HostedResult, ListedEvent, MeasureFilter,
  MeasureQueries, RateRow, VisitRow, VolumeRow,
} from '../measures.ts';
import type { Db, Params } from './_db.ts';
import { whereClause } from './_rows.ts';

/** Serialises calls on the one connection (the store passes its own queue; standalone use runs directly). */
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
  const { where: w } = whereClause({
    ...(focal ? { country: focal } : {}),
    ...(f.types?.length ? { types: f.types } : {}),
    ...(f.origins?.length ? { origins: f.origins } : {}),
    ...(f.reviewStatuses?.length ? { reviewStatuses: f.reviewStatuses } : {}),
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
  }, sql.params, party && !!focal);
  const extra = [f.reviewStatuses?.length ? '' : `review_status <> 'rejected'`, dated ? 'date_start IS NOT NULL' : ''];
  return [w, ...extra].filter(Boolean).join(' AND ');
}

function periodExpr(g: Granularity | null | undefined): string {
  if (g === 'month') return `strftime(date_start, '%Y-%m')`;
  if (g === 'quarter') return `strftime(date_start, '%Y') || '-Q' || quarter(date_start)::VARCHAR`;
  if (g === 'year') return `strftime(date_start, '%Y')`;
  return 'NULL::VARCHAR';
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
  o: { keepUndated?: boolean; detail?: boolean } = {}): string {
  const dated = !!g && !o.keepUndated;
  if (!o.detail) {
    return `ev AS (
    SELECT id, origin, event_type, mode, quad_class, ${SCORE} AS s, ${periodExpr(g)} AS period,
      year(date_start) AS yr, value_amount, value_currency, out_p, in_p
    FROM event_party WHERE ${where(sql, filter, focal.toUpperCase(), dated, true)}
  ), ${pairsTail}`;
  }
  const f = sql.p(focal.toUpperCase());
  return `ev AS (
    SELECT id, origin, event_type, mode, text, context, quad_class, location, ${SCORE} AS s, ${periodExpr(g)} AS period,
      year(date_start) AS yr, value_amount, value_currency,
      CASE WHEN list_contains(actor, ${f}) THEN list_distinct(list_filter(
        CASE WHEN len(recipient) = 0 AND event_type = 'CONSULT' THEN actor ELSE recipient END, lambda x: x <> ${f}))
        ELSE []::VARCHAR[] END AS out_p,
      CASE WHEN list_contains(recipient, ${f}) THEN list_distinct(list_filter(actor, lambda x: x <> ${f}))
        ELSE []::VARCHAR[] END AS in_p
    FROM events WHERE ${where(sql, filter, focal, dated)}
  ), ${pairsTail}`;
}

const pairsTail = `ev2 AS (
    SELECT *, list_distinct(out_p || in_p) AS all_p FROM ev
  ), pairs AS (
    SELECT *, list_contains(out_p, partner) AS po, list_contains(in_p, partner) AS pi, len(all_p) AS np
    FROM (SELECT *, unnest(all_p) AS partner FROM ev2)
  )`;

function ratesCte(sql: Sql, rates: RateRow[]): string {
  return `rates AS (
    SELECT unnest(${sql.json(rates.map((r) => r.currency))}::JSON::VARCHAR[]) AS currency,
      unnest(${sql.json(rates.map((r) => r.year))}::JSON::INTEGER[]) AS year,
      unnest(${sql.json(rates.map((r) => r.per_usd))}::JSON::DOUBLE[]) AS per_usd
  )`;
}

const LEVEL = `CASE
    WHEN coalesce(text, '') = '' THEN 'unknown'
    WHEN regexp_matches(text, '\\b(deputy|vice)[ -]?(prime minister|premier|president|chancellor)', 'i') THEN 'minister'
    WHEN regexp_matches(text, '\\b(president|prime minister|premier|king|emir|amir|sultan|chancellor|crown prince)\\b', 'i') THEN 'head'
    WHEN regexp_matches(text, '\\b(minister|secretary of state|foreign secretary)\\b', 'i') THEN 'minister'
    ELSE 'other' END`;

export function duckDbMeasures(db: Db, serialise: Serialise = (fn) => fn()): MeasureQueries {
  const all = <T>(sql: string, params: Params) => serialise(() => db.all<T>(sql, params));

  return {
    engagement({ focal, filter, granularity, grouping, rates, totals }) {
      const sql = new Sql();
      // With totals, one pass gives both the per-period rows and the window totals (GROUPING SETS); undated
      // events then stay in the scan, with a NULL period, and count only in the totals.
      const withTotals = !!granularity && !!totals;
      const pairs = pairsCte(sql, focal, filter, granularity, { keepUndated: withTotals });
      const rc = ratesCte(sql, rates);
      // With a grouping, pairs collapse to event–group pairs first: an event with two EU partners counts once for the EU.
      const keyed = grouping
        ? `grp AS (
            SELECT unnest(${sql.json(grouping.members.map((m) => m.code.toUpperCase()))}::JSON::VARCHAR[]) AS code,
              unnest(${sql.json(grouping.members.map((m) => m.group))}::JSON::VARCHAR[]) AS grp
          ), keyed AS (
            SELECT id, period, s, quad_class, yr, value_currency, coalesce(g.grp, ${grouping.rest === null ? 'NULL::VARCHAR' : sql.p(grouping.rest)}) AS key,
              bool_or(po) AS po, bool_or(pi) AS pi, sum(value_amount / np) AS amount
            FROM pairs LEFT JOIN grp g ON g.code = pairs.partner
            GROUP BY ALL
          )`
        : `keyed AS (SELECT id, period, s, quad_class, yr, value_currency, partner AS key, po, pi, value_amount / np AS amount FROM pairs)`;
      return all<EngagementRow>(`WITH ${pairs}, ${rc}, ${keyed}
        SELECT period, key,
          count(*) FILTER (WHERE po)::INTEGER AS events_out, count(*) FILTER (WHERE pi)::INTEGER AS events_in,
          count(*)::INTEGER AS events,
          coalesce(sum(s) FILTER (WHERE po), 0)::DOUBLE AS score_out, coalesce(sum(s) FILTER (WHERE pi), 0)::DOUBLE AS score_in,
          coalesce(sum(s), 0)::DOUBLE AS score,
          count(*) FILTER (WHERE quad_class IN (1, 2))::INTEGER AS coop, count(*) FILTER (WHERE quad_class IN (3, 4))::INTEGER AS conflict,
          coalesce(sum(amount / r.per_usd), 0)::DOUBLE AS usd, count(amount)::INTEGER AS value_events,
          count(*) FILTER (WHERE amount IS NOT NULL AND r.per_usd IS NULL)::INTEGER AS unconverted_events
        FROM keyed LEFT JOIN rates r ON r.currency = keyed.value_currency AND r.year = keyed.yr
        ${withTotals ? 'GROUP BY GROUPING SETS ((period, key), (key)) HAVING grouping(period) = 1 OR period IS NOT NULL' : 'GROUP BY period, key'}
        ORDER BY period NULLS FIRST, events DESC, key NULLS LAST`, sql.params);
    },

    volume({ focal, filter, granularity }) {
      const sql = new Sql();
      return all<VolumeRow>(`WITH ${pairsCte(sql, focal, filter, granularity)}
        SELECT period, count(*)::INTEGER AS events, count(*) FILTER (WHERE len(all_p) > 0)::INTEGER AS with_partner
        FROM ev2 GROUP BY period ORDER BY period NULLS FIRST`, sql.params);
    },

    dyad({ focal, partner, filter, granularity }) {
      const sql = new Sql();
      const pairs = pairsCte(sql, focal, filter, granularity);
      return all<DyadRow>(`WITH ${pairs}
        SELECT period, count(*)::INTEGER AS events, count(*) FILTER (WHERE po)::INTEGER AS events_out,
          count(*) FILTER (WHERE pi)::INTEGER AS events_in, coalesce(sum(s), 0)::DOUBLE AS score,
          count(*) FILTER (WHERE quad_class = 1)::INTEGER AS q1, count(*) FILTER (WHERE quad_class = 2)::INTEGER AS q2,
          count(*) FILTER (WHERE quad_class = 3)::INTEGER AS q3, count(*) FILTER (WHERE quad_class = 4)::INTEGER AS q4
        FROM pairs WHERE partner = ${sql.p(partner.toUpperCase())}
        GROUP BY period ORDER BY period NULLS FIRST`, sql.params);
    },

    visits({ focal, filter, partner }) {
      const sql = new Sql();
      const pairs = pairsCte(sql, focal, { ...filter, types: ['CONSULT'] }, null, { detail: true });
      const only = partner ? `AND partner = ${sql.p(partner.toUpperCase())}` : '';
      return all<VisitRow>(`WITH ${pairs}, v AS (
          SELECT partner, po, pi, ${LEVEL} AS level FROM pairs WHERE mode = 'visit' ${only}
        )
        SELECT partner, direction, level, count(*)::INTEGER AS events FROM (
          SELECT partner, 'out' AS direction, level FROM v WHERE po
          UNION ALL SELECT partner, 'in' AS direction, level FROM v WHERE pi
        ) GROUP BY ALL ORDER BY events DESC, partner, direction, level`, sql.params);
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
        ORDER BY usd DESC NULLS LAST, partner, year NULLS LAST`, sql.params);
    },

    async hosted({ focal, filter, kind, granularity, limit = 50 }): Promise<HostedResult> {
      const build = () => {
        const sql = new Sql();
        const f = sql.p(focal.toUpperCase());
        const cond = kind === 'multilateral'
          ? `event_type = 'CONSULT' AND mode = 'multilateral' AND location = ${f}`
          : `event_type = 'CONSULT' AND mode = 'third-party' AND list_contains(recipient, ${f})`;
        return { sql, w: `${cond} AND ${where(sql, filter, undefined, !!granularity)}` };
      };
      const a = build();
      const byPeriod = await all<{ period: string | null; events: number }>(
        `SELECT ${periodExpr(granularity)} AS period, count(*)::INTEGER AS events FROM events WHERE ${a.w}
         GROUP BY 1 ORDER BY 1 NULLS FIRST`, a.sql.params);
      const b = build();
      const events = await all<ListedEvent>(
        `SELECT id, date, event_type, mode, actor, recipient, location, text, origin FROM events WHERE ${b.w}
         ORDER BY date_start DESC NULLS LAST, id LIMIT ${Math.max(0, Math.floor(limit))}`, b.sql.params);
      return { total: byPeriod.reduce((n, r) => n + r.events, 0), byPeriod, events };
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
  };
}
