/**
 * The stored engagement cells `engagement_cells` on DuckDB (what they hold: ../_engagement-sql.ts), derived from
 * event_party alone. refreshCoverage (./_coverage.ts), which ends every write, hands over the (code, month) cells its
 * block keys touched, before and after the write, and they are recomputed whole here in the same transaction.
 */
import { CELL_COLUMNS, CELL_KEY, ENGAGEMENT_VERSION } from '../_engagement-sql.ts';
import { SCORE_SQL } from '../_measure-sql.ts';
import type { Db, Params } from './_db.ts';

const CREATE_CELLS = `CREATE TABLE engagement_cells (
  code VARCHAR NOT NULL, month DATE, partner VARCHAR NOT NULL, id VARCHAR, np INTEGER NOT NULL, date_prec TINYINT,
  origin VARCHAR NOT NULL, review_status VARCHAR NOT NULL, h_rep BOOLEAN NOT NULL, po BOOLEAN NOT NULL, pi BOOLEAN NOT NULL,
  quad_class TINYINT NOT NULL, value_currency VARCHAR, n BIGINT NOT NULL, s DOUBLE NOT NULL, amount DOUBLE, value_n BIGINT NOT NULL)`;

/** The cells of the party rows `rows` (a table or subquery of event_party rows; all of them when omitted). */
export function cellsSql(rows = 'event_party'): string {
  return `WITH p AS (
      SELECT *, date_trunc('month', date_start)::DATE AS month, ${SCORE_SQL} AS s0 FROM ${rows} x
      WHERE date_flag IS NULL AND n_partners > 0
    )
    SELECT code, month, sole_partner AS partner, NULL::VARCHAR AS id, 1 AS np, date_prec, origin, review_status,
      coalesce(h_rep, true) AS h_rep, sole_out AS po, sole_in AS pi, quad_class, value_currency,
      count(*) AS n, sum(s0) AS s, sum(value_amount) AS amount, count(value_amount) AS value_n
    FROM p WHERE n_partners = 1
    GROUP BY code, month, sole_partner, date_prec, origin, review_status, coalesce(h_rep, true), sole_out, sole_in, quad_class, value_currency
    UNION ALL
    SELECT code, month, partner, id, n_partners, date_prec, origin, review_status, coalesce(h_rep, true),
      list_contains(out_p, partner), list_contains(in_p, partner), quad_class, value_currency,
      1, s0, value_amount / n_partners, CASE WHEN value_amount IS NULL THEN 0 ELSE 1 END
    FROM (SELECT *, unnest(list_distinct(out_p || in_p)) AS partner FROM p WHERE n_partners > 1) m`;
}

/** Whether migration 10 has run (earlier migrations end writes too, before the table exists). */
async function hasCells(db: Db): Promise<boolean> {
  const r = await db.one<{ v: number | null }>('SELECT max(version)::INTEGER AS v FROM schema_version');
  return (r?.v ?? 0) >= ENGAGEMENT_VERSION;
}

/**
 * Marks for recomputing the (code, month) cells of the rows `rows` selects (a subquery with code and date_start).
 * refreshCoverage hands the coverage rows of the block keys it recomputes, as they were and as they are: their own
 * rows are every party row with partners, so a cell a write empties is recomputed as well as one it fills.
 */
export async function markCells(db: Db, rows: string): Promise<void> {
  if (!await hasCells(db)) return;
  await db.run('CREATE TEMP TABLE IF NOT EXISTS _eng_cells (code VARCHAR NOT NULL, m DATE)');
  await db.run(`INSERT INTO _eng_cells SELECT DISTINCT code, date_trunc('month', date_start)::DATE FROM (${rows}) r`);
}

/** The first day of the month after the month starting on `m` (YYYY-MM-DD). */
export function nextMonth(m: string): string {
  const [y, mo] = m.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, mo, 1)).toISOString().slice(0, 10);
}

/**
 * Recomputes the cells marked since the last call: per code, over the range of its months (and its undated cell),
 * so each part reads only that code's rows of those dates, bounded by DATE values a scan can skip row groups on (rows
 * are clustered by code and date; one condition over every code a write touched read most of event_party, hundreds
 * of ms for a one-document write at 1M events). The rows of all the parts are derived in one statement.
 */
export async function refreshCells(db: Db): Promise<void> {
  if (!await hasCells(db)) return;
  await db.run('CREATE TEMP TABLE IF NOT EXISTS _eng_cells (code VARCHAR NOT NULL, m DATE)');
  try {
    await db.run('CREATE OR REPLACE TEMP TABLE _eng_todo AS SELECT DISTINCT code, m FROM _eng_cells');
    await db.run('DELETE FROM _eng_cells');
    const codes = await db.all<{ code: string; lo: string | null; hi: string | null; undated: boolean }>(`SELECT code,
      min(m)::VARCHAR AS lo, max(m)::VARCHAR AS hi, bool_or(m IS NULL) AS undated FROM _eng_todo GROUP BY code ORDER BY code`);
    if (!codes.length) return;
    const params: Params = [];
    const p = (v: string) => {
      params.push(v);
      return `$${params.length}::${/^\d{4}-/.test(v) ? 'DATE' : 'VARCHAR'}`;
    };
    const parts: string[] = [];
    for (const c of codes) {
      const code = p(c.code);
      const dated = c.lo && c.hi ? [p(c.lo), p(nextMonth(c.hi))] : null;
      if (dated) {
        await db.run(`DELETE FROM engagement_cells WHERE code = $1 AND month >= $2::DATE AND month <= $3::DATE
          AND EXISTS (SELECT 1 FROM _eng_todo t WHERE t.code = $1 AND t.m = engagement_cells.month)`, [c.code, c.lo!, c.hi!]);
        parts.push(`SELECT * FROM event_party WHERE code = ${code} AND date_start >= ${dated[0]} AND date_start < ${dated[1]}`);
      }
      if (c.undated) {
        await db.run('DELETE FROM engagement_cells WHERE code = $1 AND month IS NULL', [c.code]);
        parts.push(`SELECT * FROM event_party WHERE code = ${code} AND date_start IS NULL`);
      }
    }
    await db.run(`INSERT INTO engagement_cells (${CELL_COLUMNS}) ${cellsSql(`(SELECT r.* FROM (${parts.join(' UNION ALL ')}) r
      WHERE EXISTS (SELECT 1 FROM _eng_todo t WHERE t.code = r.code AND t.m IS NOT DISTINCT FROM date_trunc('month', r.date_start)::DATE))`)}`, params);
  } finally {
    await db.run('DROP TABLE IF EXISTS _eng_todo');
  }
}

/** Migration 10: the cells, built from every party row, clustered by code and month. */
export async function addCells(db: Db): Promise<void> {
  await db.run('DROP TABLE IF EXISTS engagement_cells');
  await db.run(CREATE_CELLS);
  await db.run(`INSERT INTO engagement_cells (${CELL_COLUMNS}) SELECT * FROM (${cellsSql()}) c ORDER BY code, month NULLS LAST`);
}

/**
 * Cells whose stored row differs from what event_party gives (should always be empty), as `engagement:code:month`.
 * Counts must be equal; sums of scores and money within 1e-9 relative (the same numbers added in another order).
 */
export async function cellsMismatches(db: Db): Promise<string[]> {
  const on = CELL_KEY.map((c) => `w.${c} IS NOT DISTINCT FROM s.${c}`).join(' AND ');
  const near = (c: string) => `(w.${c} IS NULL) <> (s.${c} IS NULL) OR abs(w.${c} - s.${c}) > 1e-9 * greatest(1, abs(w.${c}))`;
  const rows = await db.all<{ cell: string }>(`WITH w AS (${cellsSql()})
    SELECT DISTINCT coalesce(w.code, s.code) || ':' || coalesce(strftime(coalesce(w.month, s.month), '%Y-%m'), 'undated') AS cell
    FROM w FULL JOIN engagement_cells s ON ${on}
    WHERE w.code IS NULL OR s.code IS NULL OR w.n <> s.n OR w.value_n <> s.value_n OR ${near('s')} OR ${near('amount')}
    ORDER BY cell`);
  return rows.map((r) => `engagement:${r.cell}`);
}
