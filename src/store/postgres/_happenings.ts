/**
 * Happenings stored on PostgreSQL, as on DuckDB (../duckdb/_happenings.ts): every write marks the units
 * (block key, year) of the events it adds, removes or re-reviews (a report at a year's end marks the neighbouring
 * year too), then `reclusterDirty` re-clusters those units, grown to the linked years of ../happenings.ts
 * blocksOfKey, from what is stored, with the one clustering of ../happenings.ts. Runs inside the caller's write
 * transaction, which holds the write lock: no other writer changes a unit while it is re-clustered.
 */
import { BlockClustering, REPORT_WINDOW_DAYS, type Assignment } from '../happenings.ts';
import type { Conn, Params } from './_db.ts';
import { markCoverage, refreshCoverage } from './_coverage.ts';

/** ../happenings.ts isClusterable, over event columns. */
const CLUSTERABLE_SQL = `(review_status <> 'rejected' AND date_start IS NOT NULL AND cardinality(parties) >= 2)`;
const YEAR_SQL = `coalesce(extract(year FROM date_start)::integer, -1)`;
/** ../happenings.ts yearEdge over date_start: the last or first REPORT_WINDOW_DAYS days of a year. */
const LATE_SQL = `(extract(month FROM date_start) = 12 AND extract(day FROM date_start) > ${31 - REPORT_WINDOW_DAYS})`;
const EARLY_SQL = `(extract(month FROM date_start) = 1 AND extract(day FROM date_start) <= ${REPORT_WINDOW_DAYS})`;

/** Rows of re-clustering read into JS per round, and assignments written per statement (a block may span rounds). */
export const BATCH_ROWS = 5_000;

async function ensureDirty(c: Conn): Promise<void> {
  // Per connection; emptied by the commit (and by a rollback, with everything else).
  await c.run('CREATE TEMP TABLE IF NOT EXISTS _h_dirty (hkey text NOT NULL, yr integer NOT NULL) ON COMMIT DELETE ROWS');
}

/** Marks the units of the events rows in `source` (a subquery or table, with their hkey) for re-clustering. */
export async function markDirty(c: Conn, source: string, params: Params = []): Promise<void> {
  await ensureDirty(c);
  // A report at a year's end may share a happening with the neighbouring year: that year is re-clustered too.
  // (The years as an array unnested, not a subquery per row: a bulk import marks every row it adds.)
  await c.run(`INSERT INTO _h_dirty SELECT DISTINCT hkey, y FROM (SELECT hkey, ${YEAR_SQL} AS yr, coalesce(${LATE_SQL}, false) AS late,
      coalesce(${EARLY_SQL}, false) AS early FROM ${source} s) x
    CROSS JOIN LATERAL unnest(ARRAY[yr, CASE WHEN late THEN yr + 1 END, CASE WHEN early THEN yr - 1 END]) AS y WHERE y IS NOT NULL`, params);
}

const E = (sql: string) => sql.replace(/(review_status|date_start|parties)/g, 'e.$1');

/**
 * The dirty units grown to whole blocks (../happenings.ts blocksOfKey) in _h_blocks (hkey, yr, blk): a key's years Y
 * and Y+1 are one block when it has a clusterable day report in Y's last days and one in Y+1's first. Reads only
 * the year ends of the keys concerned (index on hkey, date_start), a year more each round.
 */
async function growToBlocks(c: Conn, rel: string): Promise<void> {
  await c.run('DROP TABLE IF EXISTS _h_blocks');
  await c.run('CREATE TEMP TABLE _h_blocks ON COMMIT DROP AS SELECT DISTINCT hkey, yr FROM _h_dirty');
  const links = `SELECT a.hkey, a.yr FROM _h_edges a JOIN _h_edges b ON b.hkey = a.hkey AND b.yr = a.yr + 1 AND a.late AND NOT b.late`;
  for (;;) {
    await c.run('DROP TABLE IF EXISTS _h_edges');
    await c.run(`CREATE TEMP TABLE _h_edges ON COMMIT DROP AS
      SELECT DISTINCT e.hkey, extract(year FROM e.date_start)::integer AS yr, extract(month FROM e.date_start) = 12 AS late
      FROM (SELECT DISTINCT hkey, yr FROM _h_blocks WHERE yr >= 0) u CROSS JOIN LATERAL (VALUES (u.yr - 1), (u.yr), (u.yr + 1)) AS y(v)
      JOIN ${rel} e ON e.hkey = u.hkey AND e.date_start >= make_date(y.v, 1, 1) AND e.date_start < make_date(y.v + 1, 1, 1)
      WHERE length(e.date) = 10 AND ${E(CLUSTERABLE_SQL)} AND (${E(LATE_SQL)} OR ${E(EARLY_SQL)})`);
    const added = await c.run(`INSERT INTO _h_blocks
      SELECT l.hkey, l.yr + 1 FROM (${links}) l JOIN _h_blocks u ON u.hkey = l.hkey AND u.yr = l.yr
      UNION SELECT l.hkey, l.yr FROM (${links}) l JOIN _h_blocks u ON u.hkey = l.hkey AND u.yr = l.yr + 1
      EXCEPT SELECT hkey, yr FROM _h_blocks`);
    if (!added) break;
  }
  await c.run(`CREATE TEMP TABLE _h_blk ON COMMIT DROP AS
    SELECT u.hkey, u.yr, sum(CASE WHEN l.hkey IS NULL THEN 1 ELSE 0 END) OVER (PARTITION BY u.hkey ORDER BY u.yr)::integer AS blk
    FROM (SELECT DISTINCT hkey, yr FROM _h_blocks) u LEFT JOIN (${links}) l ON l.hkey = u.hkey AND l.yr = u.yr - 1`);
  await c.run('DROP TABLE _h_blocks');
  await c.run('DROP TABLE _h_edges');
  await c.run('ALTER TABLE _h_blk RENAME TO _h_blocks');
}

interface UnitRow { id: string; hkey: string; blk: number; date: string | null; location: string | null; valued: boolean; ok: boolean; stored: boolean }

const C = 'COLLATE "C"';
/**
 * The columns clustering reads, of stored events and of those about to be stored in `pending`; with `alone`
 * false, not the pending rows that cannot be clustered: each stays a happening of its own, which the caller's
 * insert makes it without an assignment, so reading them changes nothing (and they were most of a dataset's rows).
 */
const unitRows = (pending: string, alone = true) => `(SELECT id, hkey, date, date_start, location, value_amount, review_status, parties, true AS stored FROM events
  UNION ALL SELECT * FROM (SELECT id ${C}, hkey ${C}, date ${C}, date_start, location ${C}, value_amount, 'auto' ${C} AS review_status, parties,
    false FROM ${pending}) p ${alone ? '' : `WHERE ${CLUSTERABLE_SQL}`})`;

/** A block being read: its clustering and which of its reports are stored (the others are pending). */
interface OpenBlock { clustering: BlockClustering; stored: Set<string> }

/**
 * Re-clusters every unit marked since the last call, and writes happening and h_rep. With `pending` (a table of
 * events rows with hkey, not stored yet), those rows are clustered with the stored ones, and the assignments of
 * theirs that are not "alone" go to `_h_assign` (id, happening, rep), for the caller's insert: a stored row
 * rewritten costs as much as the insert itself.
 */
export async function reclusterDirty(c: Conn, pending?: string): Promise<void> {
  await ensureDirty(c);
  if (pending) {
    await c.run('DROP TABLE IF EXISTS _h_assign');
    await c.run(`CREATE TEMP TABLE _h_assign (id text ${C}, happening text ${C}, rep boolean) ON COMMIT DROP`);
  }
  await growToBlocks(c, pending ? unitRows(pending) : 'events');
  // Their coverage rows are recomputed once the happenings are written (below, or after the caller's insert).
  await markCoverage(c, 'SELECT DISTINCT hkey FROM _h_dirty');
  await c.run('DELETE FROM _h_dirty');
  // The blocks' rows read block after block in one sorted pass through a cursor, each block's clusterable
  // reports in ../happenings.ts clusteringOrder (ids and dates in byte order, as COLLATE "C" keeps them), so
  // rounds of BATCH_ROWS rows take blocks of any size a part at a time, with no numbered copy of them stored.
  // Every row is read: planned for the whole result, not for its first rows as cursors are by default.
  await c.run('SET LOCAL cursor_tuple_fraction = 1');
  await c.run(`DECLARE _h_cur NO SCROLL CURSOR FOR
    SELECT e.id, e.hkey, u.blk, e.date, e.location, e.value_amount IS NOT NULL AS valued, ${E(CLUSTERABLE_SQL)} AS ok, e.stored
    FROM _h_blocks u JOIN ${pending ? unitRows(pending, false) : '(SELECT *, true AS stored FROM events)'} e
      ON e.hkey = u.hkey AND ${YEAR_SQL.replace('date_start', 'e.date_start')} = u.yr
    ORDER BY e.hkey ${C}, u.blk, ${E(CLUSTERABLE_SQL)} DESC, length(e.date) DESC, e.date ${C},
      length(e.date) < 10 AND e.value_amount IS NULL, e.id ${C}`);
  let block: OpenBlock | null = null;
  let at = '';
  for (;;) {
    const round = await c.all<UnitRow>(`FETCH ${BATCH_ROWS} FROM _h_cur`);
    if (!round.length) break;
    // Reports that stay alone are assigned as they come; a block's others once the block is read whole.
    const alone: Assignment[] = [];
    const aloneStored = new Set<string>();
    const done: OpenBlock[] = [];
    for (const r of round) {
      const u = `${r.hkey}\u001f${r.blk}`;
      if (u !== at) {
        if (block) done.push(block);
        block = null;
        at = u;
      }
      if (!r.ok) {
        alone.push({ id: r.id, happening: r.id, rep: true });
        if (r.stored) aloneStored.add(r.id);
        continue;
      }
      block ??= { clustering: new BlockClustering(), stored: new Set() };
      if (r.stored) block.stored.add(r.id);
      block.clustering.add({ id: r.id, key: r.hkey, date: r.date, location: r.location, clusterable: true, valued: r.valued });
    }
    await write(c, alone, aloneStored);
    for (const b of done) for (const a of b.clustering.assignments(BATCH_ROWS)) await write(c, a, b.stored);
  }
  if (block) for (const a of block.clustering.assignments(BATCH_ROWS)) await write(c, a, block.stored);
  await c.run('CLOSE _h_cur');
  await c.run('DROP TABLE _h_blocks');
  if (!pending) await refreshCoverage(c);
}

/**
 * Stored rows (ids in `stored`) whose assignment changed are updated; the others (pending) are kept in _h_assign
 * unless they are alone (the caller's insert makes a row without one its own happening).
 */
async function write(c: Conn, a: Assignment[], stored: Set<string>): Promise<void> {
  const old = a.filter((x) => stored.has(x.id));
  const fresh = a.filter((x) => !stored.has(x.id) && !(x.happening === x.id && x.rep));
  const cols = (xs: Assignment[]) => [xs.map((x) => x.id), xs.map((x) => x.happening), xs.map((x) => x.rep)];
  if (old.length) {
    await c.run(`UPDATE events SET happening = r.happening, h_rep = r.rep
      FROM unnest($1::text[], $2::text[], $3::boolean[]) AS r(id, happening, rep)
      WHERE events.id = r.id AND (events.happening IS DISTINCT FROM r.happening OR events.h_rep IS DISTINCT FROM r.rep)`, cols(old));
  }
  if (fresh.length) await c.run('INSERT INTO _h_assign SELECT * FROM unnest($1::text[], $2::text[], $3::boolean[])', cols(fresh));
}

/** Migration 5: the happening columns, the block key function, and every stored event clustered. */
export async function addHappenings(c: Conn): Promise<void> {
  // The block key of ../happenings.ts happeningKey.
  await c.run(`CREATE FUNCTION mv_hkey(origin text, event_type text, mode text, actor text[], recipient text[]) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT origin || '|' || event_type || '|' || coalesce(mode, '') || '|' || CASE WHEN cardinality(recipient) = 0
      THEN 'joint:' || array_to_string(mv_distinct(actor), ',')
      ELSE array_to_string(mv_distinct(actor), ',') || '>' || array_to_string(mv_distinct(recipient), ',') END $$`);
  await c.run('ALTER TABLE events ADD COLUMN hkey text COLLATE "C", ADD COLUMN happening text COLLATE "C", ADD COLUMN h_rep boolean');
  await c.run('UPDATE events SET hkey = mv_hkey(origin, event_type, mode, actor, recipient)');
  await c.run('CREATE INDEX events_hkey ON events (hkey, date_start)');
  await c.run('CREATE INDEX events_happening ON events (happening)');
  await markDirty(c, 'events');
  await reclusterDirty(c);
}

/**
 * Happening problems (should always be empty): an event without happening, a happening without exactly one
 * representative or named after another report.
 */
export async function happeningProblems(c: Conn): Promise<string[]> {
  const rows = await c.all<{ p: string }>(`
    SELECT 'happening-missing:' || id AS p FROM events WHERE happening IS NULL OR h_rep IS NULL OR hkey IS NULL
    UNION ALL
    SELECT 'happening-reps:' || happening FROM events WHERE happening IS NOT NULL GROUP BY happening
      HAVING count(*) FILTER (WHERE h_rep) <> 1 OR NOT bool_or(h_rep AND id = happening)
    ORDER BY 1`);
  return rows.map((r) => r.p);
}
