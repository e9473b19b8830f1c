/**
 * MeasureQueries on PostgreSQL: every measure is one aggregate query over `events`, as on DuckDB
 * (../duckdb/measures.ts, same results); only aggregated rows come back. A focal country's events are found
 * through the GIN index on `parties`; its partners per direction from its actor and recipient lists in one
 * set-based pass (pairsCte). Semantics are documented in ../measures.ts. Text sorts are bytewise (COLLATE "C").
 */
import type {
  CorpusRow, CoverageRow, DealRow, DyadRow, EdgeRow, EngagementRow, Granularity, Grouping, HostedResult, MeasureFilter,
  MeasureQueries, RateRow, VisitRow, VolumeRow,
} from '../measures.ts';
import { GENERIC_CODES } from '../../model/event.ts';
import {
  bucketSql, coverageConds, coverageTail, packedCoverageTail, datingSql, scanCoverageSrc, dealsTail, dyadTail, engagementTail, foldCorpus, hostedMeasure, measureFilter, measureWhere,
  periodSql, SCORE_SQL, type CorpusPart,
} from '../_measure-sql.ts';
import { POSTGRES } from './_dialect.ts';
import type { Params, Pg } from './_db.ts';
import { whereClause } from './_rows.ts';
import { visitsSelect } from './_visits.ts';

const C = POSTGRES.collate;

class Sql {
  readonly params: Params = [];
  p(v: unknown): string {
    this.params.push(v);
    return `$${this.params.length}`;
  }
}

/** WHERE over the filter; `focal` (when given) must take part; rejected events are out unless asked for. */
function where(sql: Sql, f: MeasureFilter, focal?: string): string {
  return measureWhere(whereClause(measureFilter(f, focal), sql.params).where, f);
}

const periodExpr = (g: Granularity | null | undefined) => periodSql(POSTGRES, g);
const PREC = 'mv_prec(date)';
const bucketExpr = (g: Granularity | null | undefined) => bucketSql(g, PREC);
const datingExpr = (g: Granularity | null | undefined) => datingSql(g, PREC);
const SCORE = SCORE_SQL;

/**
 * `ev`: focal events (read from `from`, `events` or a CTE of its rows); `pairs`: one row per event–partner pair
 * with po/pi = the pair holds in direction out/in, np = the event's number of partners (for splitting money).
 * The partners come from one pass over the events' lists and one aggregate: out, the other parties of an act
 * the focal code does (its recipients, or its co-actors in a joint act); in, the actors of an act done to it
 * (../measures.ts). Computed per row (array functions with subqueries, three per event) they cost most of the query.
 */
function pairsCte(sql: Sql, focal: string, filter: MeasureFilter, g: Granularity | null | undefined, from = 'events'): string {
  const f = `${sql.p(focal.toUpperCase())}::text`;
  return `ev AS (
    SELECT id, happening, origin, event_type, mode, text, context, quad_class, location, ${SCORE} AS s, date_start, ${PREC} AS prec,
      ${bucketExpr(g)} AS bucket, ${datingExpr(g)} AS dating, extract(year FROM date_start)::integer AS yr, value_amount, value_currency,
      actor, recipient
    FROM ${from} WHERE ${where(sql, filter, focal)}
  ), dir AS (
    SELECT id, x AS partner, true AS o FROM ev, unnest(CASE WHEN cardinality(recipient) = 0 THEN actor ELSE recipient END) AS x
    WHERE ${f} = ANY(actor) AND x <> ${f}
    UNION ALL
    SELECT id, x, false FROM ev, unnest(actor) AS x WHERE ${f} = ANY(recipient) AND x <> ${f}
  ), pp AS (
    SELECT id, partner, bool_or(o) AS po, bool_or(NOT o) AS pi, count(*) OVER (PARTITION BY id) AS np FROM dir GROUP BY id, partner
  ), pairs AS (
    SELECT ev.*, pp.partner ${C} AS partner, pp.po, pp.pi, pp.np FROM ev JOIN pp ON pp.id = ev.id
  )`;
}

/** The columns of a focal code's events that pairsCte, measureWhere and coverageTail read. */
const FE_COLUMNS = `id, happening, origin, event_type, mode, text, context, quad_class, location, goldstein, score, date, date_start,
  value_amount, value_currency, actor, recipient, parties, review_status, doc, date_flag, h_rep, source`;

/**
 * Whether an event has a partner of the focal code `f` in either direction (see pairsCte), without listing them:
 * a list holds a code other than f unless it is contained in {f}.
 */
const hasPartner = (f: string) => `((${f} = ANY(actor) AND NOT (CASE WHEN cardinality(recipient) = 0 THEN actor ELSE recipient END) <@ ARRAY[${f}])
  OR (${f} = ANY(recipient) AND NOT actor <@ ARRAY[${f}]))`;

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

type CoverageQuery = Parameters<MeasureQueries['coverage']>[0];

/**
 * The key of a coverage pair (partner, or group with `grp` joined as g) and the conditions on its pairs
 * (`coverageConds`); `cols` names the pair's direction flags and partner.
 */
function coverageKeys(sql: Sql, q: CoverageQuery, cols: { po: string; pi: string; partner: string }) {
  const { grouping } = q;
  const rest = grouping?.rest == null ? 'NULL::text' : `${sql.p(grouping.rest)}::text`;
  const grp = grouping ? `${groupCte(sql, grouping)},` : '';
  const key = grouping ? `coalesce(g.grp, ${rest})` : cols.partner;
  return { grp, key, conds: coverageConds(q, cols, (v) => sql.p(v)) };
}

/**
 * Coverage read from events without the stored aggregate (each happening's reports joined at query time): the
 * reference `coverage` is checked against (test/unit/coverage-aggregate.test.ts). Same rows, same order.
 */
export function postgresScanCoverage(db: Pg): MeasureQueries['coverage'] {
  return (q) => {
    const sql = new Sql();
    // The focal code's rows read once: its events (filtered in ev) and every report of their happenings.
    const fe = `fe AS MATERIALIZED (SELECT ${FE_COLUMNS} FROM events WHERE parties @> ARRAY[${sql.p(q.focal.toUpperCase())}::text])`;
    const pairs = pairsCte(sql, q.focal, q.filter, q.granularity, 'fe');
    const { grp, key, conds } = coverageKeys(sql, q, { po: 'p.po', pi: 'p.pi', partner: 'p.partner' });
    return db.all<CoverageRow>(`WITH ${fe}, ${pairs}, ${grp} k AS (
        SELECT DISTINCT p.id, coalesce(p.happening, p.id) AS h, p.bucket, p.dating, ${key} AS key
        FROM pairs p ${q.grouping ? 'LEFT JOIN grp g ON g.code = p.partner' : ''} ${conds.length ? `WHERE ${conds.join(' AND ')}` : ''}
      ), ${scanCoverageSrc(q.filter, { from: 'fe r', where: '' })}, ${coverageTail(POSTGRES, q.granularity)}`, sql.params);
  };
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
      return all<EngagementRow>(`WITH ${pairs}, ${rc}, ${keyed}, ${engagementTail(POSTGRES, granularity, withTotals)}`, sql.params);
    },

    volume({ focal, filter, granularity }) {
      const sql = new Sql();
      const f = `${sql.p(focal.toUpperCase())}::text`;
      return all<VolumeRow>(`SELECT ${periodExpr(granularity)} AS period, dating, events::integer AS events,
          with_partner::integer AS with_partner FROM (
          SELECT ${bucketExpr(granularity)} AS bucket, ${datingExpr(granularity)} AS dating, count(*) AS events,
            count(*) FILTER (WHERE ${hasPartner(f)}) AS with_partner
          FROM events WHERE ${where(sql, filter, focal)} GROUP BY 1, 2
        ) x ORDER BY bucket NULLS FIRST, dating ${C}`, sql.params);
    },

    dyad({ focal, partner, filter, granularity }) {
      const sql = new Sql();
      const pairs = pairsCte(sql, focal, filter, granularity);
      return all<DyadRow>(`WITH ${pairs} ${dyadTail(POSTGRES, granularity, sql.p(partner.toUpperCase()))}`, sql.params);
    },

    coverage(q) {
      const sql = new Sql();
      // The focal code's rows of the stored aggregate (../_coverage-sql.ts): own rows when counting reports; the
      // representatives' rows (own and evidence) when counting happenings, which measureWhere selects by h_rep.
      const focal = `c.code = ${sql.p(q.focal.toUpperCase())}::text`;
      const w = where(sql, q.filter);
      const { grp, key, conds } = coverageKeys(sql, q, { po: 'c.po', pi: 'c.pi', partner: 'c.partner' });
      if (q.filter.unit === 'reports') conds.push('c.own');
      return all<CoverageRow>(`WITH ${grp} src AS (
          SELECT ${bucketSql(q.granularity, 'c.date_prec')} AS bucket, ${datingSql(q.granularity, 'c.date_prec')} AS dating,
            ${key} AS key, c.doc_n AS doc, c.source_n AS source
          FROM coverage_evidence c ${q.grouping ? 'LEFT JOIN grp g ON g.code = c.partner' : ''}
          WHERE ${focal} AND ${w}${conds.length ? ` AND ${conds.join(' AND ')}` : ''}
        ), ${packedCoverageTail(POSTGRES, q.granularity)}`, sql.params);
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
      return all<DealRow>(`WITH ${pairs}, ${rc} ${dealsTail(POSTGRES, only)}`, sql.params);
    },

    hosted({ focal, filter, kind, granularity, limit = 50 }): Promise<HostedResult> {
      return hostedMeasure(POSTGRES, all, {
        granularity, limit, prec: PREC,
        build: () => {
          const sql = new Sql();
          const f = `${sql.p(focal.toUpperCase())}::text`;
          const cond = kind === 'multilateral'
            ? `event_type = 'CONSULT' AND mode = 'multilateral' AND location = ${f}`
            : `event_type = 'CONSULT' AND mode = 'third-party' AND ${f} = ANY(recipient)`;
          return { params: sql.params, where: `${cond} AND ${where(sql, filter)}` };
        },
      });
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
      return foldCorpus(await all<CorpusPart>(`WITH ev AS (
          SELECT id, origin, date_start, ARRAY(SELECT x FROM unnest(mv_distinct(parties)) AS x WHERE x <> ALL(${generic})) AS p
          FROM events WHERE ${where(sql, filter)}
        )
        SELECT 'all' AS kind, NULL AS key, count(*)::integer AS n, min(date_start)::text AS first, max(date_start)::text AS last FROM ev
        UNION ALL SELECT 'network', NULL, count(*)::integer, NULL, NULL FROM ev WHERE cardinality(p) > 1
        UNION ALL SELECT 'origin', origin, count(*)::integer, NULL, NULL FROM ev GROUP BY origin
        UNION ALL (SELECT 'code', code, count(*)::integer, NULL, NULL FROM ev, unnest(p) AS code
          GROUP BY code ORDER BY count(*) DESC, code ${C} LIMIT 3)`, sql.params));
    },
  };
}
