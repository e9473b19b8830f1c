/**
 * The stored engagement cells, the same on every engine: `engagement_cells` holds, per focal code and month of the
 * date (NULL undated), the sums engagement (./measures.ts EngagementRow) reads, so an uncached balance reads a few
 * thousand cells for the window's whole months instead of tens of thousands of event–partner pairs (at 1M events the
 * pairs' scan and grouping were a quarter of an uncached balance). Only the edge months of a window (its first and last
 * when they start or end inside a month, and the month of today) are read from the events, as before.
 *
 * Rows, for each focal code's events that have partners and no date flag (measures never count a flagged event):
 * - single-partner events (`id` NULL), summed per month, partner and every column a filter or a sum needs: date
 *   precision, origin, review status, whether the report represents its happening (h_rep, coalesced), direction flags,
 *   quad class and currency. `n` events, `s` their score (SCORE_SQL), `amount` their money, `value_n` those with money.
 * - events with several partners, one row per event and partner (`id` the event, `np` its partners, `amount` its share
 *   of the money): a vector grouping counts such an event once per group, which only its own rows can say.
 * A filter on event types is not in the cells (a type per cell would leave nothing to sum): such queries read the events.
 * Cells are recomputed per (code, month) for the block keys a write touches, beside the coverage aggregate (the
 * engines' _coverage.ts), in the same transaction; the integrity check compares them with the events.
 */
import type { Granularity, MeasureFilter } from './measures.ts';
import { bucketSql, datingSql } from './_measure-sql.ts';
import { periodEndExclusive, periodStart } from './period.ts';

export const CELL_COLUMNS = 'code, month, partner, id, np, date_prec, origin, review_status, h_rep, po, pi, quad_class, value_currency, n, s, amount, value_n';

/** The cells' identity (every column but the sums): one stored row per value of it. */
export const CELL_KEY = ['code', 'month', 'partner', 'id', 'np', 'date_prec', 'origin', 'review_status', 'h_rep', 'po', 'pi', 'quad_class', 'value_currency'];

/** The schema version that adds the cells, on both engines. */
export const ENGAGEMENT_VERSION = 10;

/** Whether a measure can read the cells: they hold no event type. */
export const cellsServe = (f: MeasureFilter): boolean => !f.types?.length;

const ymd = (y: number, m: number) => new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);

/** The first day of the first month that starts on or after the day `day` (YYYY-MM-DD). */
function monthCeil(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return d === 1 ? ymd(y, m - 1) : ymd(y, m);
}

/** The first day of the month of `day`. */
function monthFloor(day: string): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return ymd(y, m - 1);
}

/**
 * The window's whole months, those the cells answer: from the first month starting on or after `from` to the last
 * ending on or before the day before `to`'s end, and never the month of today or later (a measure leaves out events
 * dated after today: a month that has not ended is read from the events). Undated cells count when the window is open
 * at both ends, as undated events do. `inner(col)` is the condition on a month column; `raw` the conditions on
 * date_start of the events read instead (exactly the dated events outside those months), as alternatives that never
 * overlap: each a range of dates, so a scan of rows sorted by date skips the row groups between them (one condition
 * with OR reads them all). `p` binds a date parameter.
 */
export function cellWindow(f: MeasureFilter, p: (v: string) => string): { inner: (col: string) => string; raw: string[] } {
  const lo = f.from ? p(monthCeil(periodStart(f.from, 'from'))) : null;
  const hi = f.to ? p(monthFloor(periodEndExclusive(f.to, 'to'))) : null;
  const now = `date_trunc('month', current_date + INTERVAL '1 day')::date`;
  const end = hi ? `least(${hi}::date, ${now})` : now;
  return {
    inner: (col) => {
      const dated = [lo ? `${col} >= ${lo}::date` : '', `${col} < ${end}`].filter(Boolean).join(' AND ');
      return lo || hi ? dated : `(${col} IS NULL OR ${dated})`;
    },
    raw: [...(lo ? [`date_start < ${lo}::date`] : []), `date_start >= ${end}`],
  };
}

/** The conditions on a focal code's cells for the filter's other columns (measureWhere's, on the cells' columns). */
export function cellsWhere(f: MeasureFilter, focal: string, p: (v: string) => string): string {
  const list = (col: string, vs: readonly string[]) => `${col} IN (${vs.map(p).join(', ')})`;
  return [
    `code = ${focal}`,
    f.origins?.length ? list('origin', f.origins) : '',
    f.reviewStatuses?.length ? list('review_status', f.reviewStatuses) : `review_status <> 'rejected'`,
    f.unit === 'reports' ? '' : 'h_rep',
  ].filter(Boolean).join(' AND ');
}

/**
 * The CTEs `cells1` (single-partner sums, keyed) and `cellsm` (multi-partner rows as keyed pairs, in the column order
 * of the engines' `keyed`: bucket, dating, s, quad_class, yr, value_currency, key, po, pi, amount) over the cells
 * `where` selects. With `grouping`, `key` is the group expression over `g` (the CTE grp joined on the partner) and an
 * event's rows collapse to one per group, as the engines do for the pairs.
 */
export function cellsCtes(g: Granularity | null | undefined, where: string, grouping: { key: string } | null): string {
  const bucket = `${bucketSql(g, 'c.date_prec')} AS bucket, ${datingSql(g, 'c.date_prec')} AS dating`;
  const yr = 'extract(year FROM c.date_start)::integer AS yr';
  const key = grouping ? grouping.key : 'c.partner';
  const join = grouping ? 'LEFT JOIN grp g ON g.code = c.partner' : '';
  const multi = grouping
    ? `SELECT bucket, dating, s, quad_class, yr, value_currency, key, bool_or(po) AS po, bool_or(pi) AS pi, sum(amount) AS amount
          FROM (SELECT c.id, ${bucket}, c.s, c.quad_class, ${yr}, c.value_currency, ${key} AS key, c.po, c.pi, c.amount
            FROM cc c ${join} WHERE c.id IS NOT NULL) m
          GROUP BY id, bucket, dating, s, quad_class, yr, value_currency, key`
    : `SELECT ${bucket}, c.s, c.quad_class, ${yr}, c.value_currency, c.partner AS key, c.po, c.pi, c.amount FROM cc c WHERE c.id IS NOT NULL`;
  return `cc AS (
          SELECT *, month AS date_start FROM engagement_cells WHERE ${where}
        ), cells1 AS (
          SELECT ${bucket}, ${yr}, c.value_currency, ${key} AS key, c.po, c.pi, c.quad_class, c.n, c.s, c.amount, c.value_n
          FROM cc c ${join} WHERE c.id IS NULL
        ), cellsm AS (
          ${multi}
        )`;
}
