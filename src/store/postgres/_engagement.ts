/**
 * The stored engagement cells `engagement_cells` on PostgreSQL, as on DuckDB (../duckdb/_engagement.ts; what they
 * hold: ../_engagement-sql.ts), derived from events with the partner functions of migration 4. refreshCoverage
 * (./_coverage.ts) hands over the (code, month) cells its block keys touched, before and after the write, and they
 * are recomputed whole here in the same transaction.
 */
import { CELL_COLUMNS, CELL_KEY, ENGAGEMENT_VERSION } from '../_engagement-sql.ts';
import { SCORE_SQL } from '../_measure-sql.ts';
import { nextMonth } from '../duckdb/_engagement.ts';
import type { Conn } from './_db.ts';

const T = 'TEXT COLLATE "C"';

/**
 * The cells of the events `events` selects (a table or subquery; all of them when omitted); `only`, a condition on
 * the (code, month) of a row (columns `code`, `month`), keeps the cells asked for.
 */
function cellsSql(events = 'events', only = ''): string {
  return `WITH ev AS (
      SELECT e.*, date_trunc('month', e.date_start)::date AS month, ${SCORE_SQL} AS s0 FROM ${events} e WHERE e.date_flag IS NULL
    ), cp AS (
      SELECT ev.*, c AS code, mv_out_partners(ev.actor, ev.recipient, c) AS out_p, mv_in_partners(ev.actor, ev.recipient, c) AS in_p
      FROM ev, unnest(ev.parties) AS c
    ), pp AS (
      SELECT cp.*, x AS partner, x = ANY(cp.out_p) AS po, x = ANY(cp.in_p) AS pi, cardinality(mv_distinct(cp.out_p || cp.in_p)) AS np
      FROM cp, unnest(mv_distinct(cp.out_p || cp.in_p)) AS x ${only ? `WHERE ${only}` : ''}
    )
    SELECT code, month, partner, NULL::text AS id, 1 AS np, mv_prec(date) AS date_prec, origin, review_status,
      coalesce(h_rep, true) AS h_rep, po, pi, quad_class, value_currency,
      count(*) AS n, sum(s0) AS s, sum(value_amount) AS amount, count(value_amount) AS value_n
    FROM pp WHERE np = 1
    GROUP BY code, month, partner, mv_prec(date), origin, review_status, coalesce(h_rep, true), po, pi, quad_class, value_currency
    UNION ALL
    SELECT code, month, partner, id, np, mv_prec(date), origin, review_status, coalesce(h_rep, true), po, pi, quad_class, value_currency,
      1, s0, value_amount / np, CASE WHEN value_amount IS NULL THEN 0 ELSE 1 END
    FROM pp WHERE np > 1`;
}

async function hasCells(c: Conn): Promise<boolean> {
  return ((await c.one<{ v: number | null }>('SELECT max(version) AS v FROM schema_version'))?.v ?? 0) >= ENGAGEMENT_VERSION;
}

async function ensureCells(c: Conn): Promise<void> {
  // Per connection; emptied by the commit (and by a rollback, with everything else).
  await c.run(`CREATE TEMP TABLE IF NOT EXISTS _eng_cells (code text NOT NULL, m date) ON COMMIT DELETE ROWS`);
}

/**
 * Marks for recomputing the (code, month) cells of the rows `rows` selects (a subquery with code and date_start):
 * refreshCoverage hands the coverage rows of its block keys as they were and as they are (own rows: every party of a
 * report with partners), so a cell a write empties is recomputed as well as one it fills.
 */
export async function markCells(c: Conn, rows: string): Promise<void> {
  if (!await hasCells(c)) return;
  await ensureCells(c);
  await c.run(`INSERT INTO _eng_cells SELECT DISTINCT code, date_trunc('month', date_start)::date FROM (${rows}) r`);
}

/**
 * Recomputes the cells marked since the last call: per code, over the range of its months (and its undated cell),
 * so each statement reads only that code's events of those dates.
 */
export async function refreshCells(c: Conn): Promise<void> {
  if (!await hasCells(c)) return;
  await ensureCells(c);
  await c.run('DROP TABLE IF EXISTS _eng_todo');
  await c.run('CREATE TEMP TABLE _eng_todo ON COMMIT DROP AS SELECT DISTINCT code, m FROM _eng_cells');
  await c.run('DELETE FROM _eng_cells');
  await c.run('ANALYZE _eng_todo');
  const codes = await c.all<{ code: string; lo: string | null; hi: string | null; undated: boolean }>(`SELECT code,
    min(m)::text AS lo, max(m)::text AS hi, bool_or(m IS NULL) AS undated FROM _eng_todo GROUP BY code ORDER BY code`);
  const hit = (month: string) => `EXISTS (SELECT 1 FROM _eng_todo t WHERE t.code = $1::text AND t.m IS NOT DISTINCT FROM ${month})`;
  for (const x of codes) {
    const ranges: Array<{ cells: string; rows: string; params: string[] }> = [];
    if (x.lo && x.hi) {
      // Months are first days: below the month after the last is up to the last.
      ranges.push({ cells: 'month >= $2::date AND month < $3::date', params: [x.code, x.lo, nextMonth(x.hi)],
        rows: 'date_start >= $2::date AND date_start < $3::date' });
    }
    if (x.undated) ranges.push({ cells: 'month IS NULL', rows: 'date_start IS NULL', params: [x.code] });
    for (const r of ranges) {
      await c.run(`DELETE FROM engagement_cells WHERE code = $1::text AND ${r.cells} AND ${hit('month')}`, r.params);
      await c.run(`INSERT INTO engagement_cells (${CELL_COLUMNS}) ${cellsSql(
        `(SELECT * FROM events WHERE parties @> ARRAY[$1::text] AND ${r.rows})`, `cp.code = $1::text AND ${hit('cp.month')}`)}`, r.params);
    }
  }
  await c.run('DROP TABLE _eng_todo');
}

/** Migration 10: the cells, built from every event, and their index (a focal code's cells by month). */
export async function addCells(c: Conn): Promise<void> {
  await c.run('DROP TABLE IF EXISTS engagement_cells');
  await c.run(`CREATE TABLE engagement_cells (
    code ${T} NOT NULL, month date, partner ${T} NOT NULL, id ${T}, np integer NOT NULL, date_prec smallint, origin ${T} NOT NULL,
    review_status ${T} NOT NULL, h_rep boolean NOT NULL, po boolean NOT NULL, pi boolean NOT NULL, quad_class smallint NOT NULL,
    value_currency ${T}, n bigint NOT NULL, s float8 NOT NULL, amount float8, value_n bigint NOT NULL)`);
  await c.run(`INSERT INTO engagement_cells (${CELL_COLUMNS}) ${cellsSql()}`);
  await c.run('CREATE INDEX engagement_cells_code ON engagement_cells (code, month)');
}

/**
 * Cells whose stored row differs from what the events give (should always be empty), as `engagement:code:month`.
 * Counts must be equal; sums of scores and money within 1e-9 relative (the same numbers added in another order).
 */
export async function cellsMismatches(c: Conn): Promise<string[]> {
  // Rows are matched on their identity as one text (a FULL JOIN needs a hashable equality; NULLs spelt out).
  const key = (t: string) => `concat_ws('|', ${CELL_KEY.map((k) => `coalesce(${t}.${k}::text, '\\N')`).join(', ')})`;
  const near = (col: string) => `(w.${col} IS NULL) <> (s.${col} IS NULL) OR abs(w.${col} - s.${col}) > 1e-9 * greatest(1, abs(w.${col}))`;
  const rows = await c.all<{ cell: string }>(`WITH w AS (SELECT ${key('d')} AS k, d.* FROM (${cellsSql()}) d),
      s AS (SELECT ${key('e')} AS k, e.* FROM engagement_cells e)
    SELECT DISTINCT coalesce(w.code, s.code) || ':' || coalesce(to_char(coalesce(w.month, s.month), 'YYYY-MM'), 'undated') AS cell
    FROM w FULL JOIN s ON s.k = w.k
    WHERE w.k IS NULL OR s.k IS NULL OR w.n <> s.n OR w.value_n <> s.value_n OR ${near('s')} OR ${near('amount')}
    ORDER BY 1`);
  return rows.map((r) => `engagement:${r.cell}`);
}
