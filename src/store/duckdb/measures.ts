/**
 * MeasureQueries on DuckDB: every measure is one aggregate query over `events`; only aggregated rows come
 * back to JS. Semantics (partners, directions, score, money split, periods) are documented in ../measures.ts.
 */
import type {
  CorpusRow, CoverageRow, DealRow, DyadRow, EdgeRow, EngagementRow, Granularity, HostedResult, MeasureFilter,
  MeasureQueries, RateRow, VisitRow, VolumeRow,
} from '../measures.ts';
import {
  bucketSql, coverageConds, coverageTail, packedCoverageTail, datingSql, scanCoverageSrc, dealsTail, dyadTail, engagementTail, foldCorpus, hostedMeasure, measureFilter, measureWhere,
  periodSql, SCORE_SQL, type CorpusPart,
} from '../_measure-sql.ts';
import type { Db, Params } from './_db.ts';
import { DUCKDB } from './_dialect.ts';
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
  return measureWhere(whereClause(measureFilter(f, focal), sql.params, party && !!focal).where, f, dated);
}

const periodExpr = (g: Granularity | null | undefined, col = 'bucket') => periodSql(DUCKDB, g, col);
const SCORE = SCORE_SQL;

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
    const cols = `quad_class, ${SCORE} AS s, ${bucketSql(g, 'date_prec')} AS bucket, ${datingSql(g, 'date_prec')} AS dating,
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
      ${bucketSql(g, DATE_PREC_SQL)} AS bucket, ${datingSql(g, DATE_PREC_SQL)} AS dating, year(date_start) AS yr, value_amount, value_currency,
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

function ratesCte(sql: Sql, rates: RateRow[]): string {
  return `rates AS (
    SELECT unnest(${sql.json(rates.map((r) => r.currency))}::JSON::VARCHAR[]) AS currency,
      unnest(${sql.json(rates.map((r) => r.year))}::JSON::INTEGER[]) AS year,
      unnest(${sql.json(rates.map((r) => r.per_usd))}::JSON::DOUBLE[]) AS per_usd
  )`;
}

type CoverageQuery = Parameters<MeasureQueries['coverage']>[0];

/**
 * The key of a coverage pair (partner, or group with `grp` joined as g) and the conditions on its pairs
 * (`coverageConds`); `cols` names the pair's direction flags and partner.
 */
function coverageKeys(sql: Sql, q: CoverageQuery, cols: { po: string; pi: string; partner: string }) {
  const { grouping } = q;
  const rest = grouping?.rest == null ? 'NULL::VARCHAR' : sql.p(grouping.rest);
  const grp = grouping
    ? `grp AS (SELECT unnest(${sql.json(grouping.members.map((m) => m.code.toUpperCase()))}::JSON::VARCHAR[]) AS gcode,
        unnest(${sql.json(grouping.members.map((m) => m.group))}::JSON::VARCHAR[]) AS grp),`
    : '';
  const key = grouping ? `coalesce(g.grp, ${rest})` : cols.partner;
  return { grp, key, conds: coverageConds(q, cols, (v) => sql.p(v)) };
}

/**
 * Coverage read from event_party without the stored aggregate (each happening's reports joined at query time):
 * the reference `coverage` is checked against (test/unit/coverage-aggregate.test.ts). Same rows, same order.
 */
export function duckDbScanCoverage(db: Db): MeasureQueries['coverage'] {
  return (q) => {
    const sql = new Sql();
    const w = where(sql, q.filter, q.focal.toUpperCase(), false, true);
    const { grp, key, conds } = coverageKeys(sql, q, {
      po: 'list_contains(p.out_p, p.partner)', pi: 'list_contains(p.in_p, p.partner)', partner: 'p.partner' });
    return db.read((r) => r.all<CoverageRow>(`WITH ${grp} fp AS (
        SELECT id, coalesce(happening, id) AS h, ${bucketSql(q.granularity, 'date_prec')} AS bucket,
          ${datingSql(q.granularity, 'date_prec')} AS dating, out_p, in_p, list_distinct(out_p || in_p) AS all_p
        FROM event_party WHERE ${w} AND n_partners > 0
      ), p AS (
        SELECT id, h, bucket, dating, out_p, in_p, unnest(all_p) AS partner FROM fp
      ), k AS (
        SELECT DISTINCT p.id, p.h, p.bucket, p.dating, ${key} AS key
        FROM p ${q.grouping ? 'LEFT JOIN grp g ON g.gcode = p.partner' : ''} ${conds.length ? `WHERE ${conds.join(' AND ')}` : ''}
      ), ${scanCoverageSrc(q.filter, { from: 'event_party r', where: `r.code = ${sql.p(q.focal.toUpperCase())}` })},
      ${coverageTail(DUCKDB, q.granularity)}`, sql.params));
  };
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
      return all<EngagementRow>(`WITH ${pairs}, ${rc}, ${keyed}, ${engagementTail(DUCKDB, granularity, withTotals)}`, sql.params);
    },

    volume({ focal, filter, granularity }) {
      const sql = new Sql();
      // Straight from the focal code's party rows: partner lists never hold the focal code itself.
      return all<VolumeRow>(`SELECT ${periodExpr(granularity, 'bucket')} AS period, dating, events::INTEGER AS events,
          with_partner::INTEGER AS with_partner FROM (
          SELECT ${bucketSql(granularity, 'date_prec')} AS bucket, ${datingSql(granularity, 'date_prec')} AS dating,
            count(*) AS events, count(*) FILTER (WHERE n_partners > 0) AS with_partner
          FROM event_party WHERE ${where(sql, filter, focal.toUpperCase(), false, true)} GROUP BY 1, 2
        ) ORDER BY bucket NULLS FIRST, dating`, sql.params);
    },

    dyad({ focal, partner, filter, granularity }) {
      const sql = new Sql();
      const pairs = pairsCte(sql, focal, filter, granularity);
      return all<DyadRow>(`WITH ${pairs} ${dyadTail(DUCKDB, granularity, sql.p(partner.toUpperCase()))}`, sql.params);
    },

    coverage(q) {
      const sql = new Sql();
      // The focal code's rows of the stored aggregate (../_coverage-sql.ts): own rows when counting reports; the
      // representatives' rows (own and evidence) when counting happenings, which measureWhere selects by h_rep.
      const w = where(sql, q.filter, q.focal.toUpperCase(), false, true);
      const { grp, key, conds } = coverageKeys(sql, q, { po: 'c.po', pi: 'c.pi', partner: 'c.partner' });
      if (q.filter.unit === 'reports') conds.push('c.own');
      return all<CoverageRow>(`WITH ${grp} src AS (
          SELECT ${bucketSql(q.granularity, 'date_prec')} AS bucket, ${datingSql(q.granularity, 'date_prec')} AS dating, ${key} AS key,
            c.doc_n AS doc, c.source_n AS source
          FROM coverage_evidence c ${q.grouping ? 'LEFT JOIN grp g ON g.gcode = c.partner' : ''}
          WHERE ${w}${conds.length ? ` AND ${conds.join(' AND ')}` : ''}
        ), ${packedCoverageTail(DUCKDB, q.granularity)}`, sql.params);
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
      return all<DealRow>(`WITH ${pairs}, ${rc} ${dealsTail(DUCKDB, only)}`, sql.params);
    },

    hosted({ focal, filter, kind, granularity, limit = 50 }): Promise<HostedResult> {
      return hostedMeasure(DUCKDB, (q, params) => all(q, params as Params), {
        granularity, limit, prec: DATE_PREC_SQL,
        build: () => {
          const sql = new Sql();
          const f = sql.p(focal.toUpperCase());
          const cond = kind === 'multilateral'
            ? `event_type = 'CONSULT' AND mode = 'multilateral' AND location = ${f}`
            : `event_type = 'CONSULT' AND mode = 'third-party' AND list_contains(recipient, ${f})`;
          return { params: sql.params, where: `${cond} AND ${where(sql, filter, undefined, false)}` };
        },
      });
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
      return foldCorpus(await all<CorpusPart>(`WITH ev AS (
          SELECT id, origin, date_start, list_distinct(list_filter(parties, lambda x: x NOT IN (${generic}))) AS p
          FROM events WHERE ${where(sql, filter)}
        )
        SELECT 'all' AS kind, NULL AS key, count(*)::INTEGER AS n, min(date_start)::VARCHAR AS first, max(date_start)::VARCHAR AS last FROM ev
        UNION ALL SELECT 'network', NULL, count(*)::INTEGER, NULL, NULL FROM ev WHERE len(p) > 1
        UNION ALL SELECT 'origin', origin, count(*)::INTEGER, NULL, NULL FROM ev GROUP BY origin
        UNION ALL (SELECT 'code', code, count(*)::INTEGER, NULL, NULL FROM (SELECT unnest(p) AS code FROM ev)
          GROUP BY code ORDER BY count(*) DESC, code LIMIT 3)`, sql.params));
    },
  };
}
