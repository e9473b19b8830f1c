/**
 * Happenings stored: each event carries its block key (`hkey`), its happening (the id of the happening's
 * representative report) and `h_rep` (it is that representative); event_party mirrors happening and h_rep so
 * focal measures can count happenings. The clustering itself is ../happenings.ts.
 *
 * Incremental and idempotent: every write path marks the units (block key, year) of the events it adds,
 * removes or re-reviews (`markDirty`, inside the caller's transaction; a report at a year's end marks the
 * neighbouring year too) and then `reclusterDirty` re-clusters those units, grown to the linked years of
 * ../happenings.ts blocksOfKey, from what is stored. A block's result depends only on its stored events, so
 * re-running an ingest or an import gives the same happenings, and work is proportional to the units touched.
 */
import { BlockClustering, REPORT_WINDOW_DAYS, type Assignment } from '../happenings.ts';
import type { Db, Params } from './_db.ts';
import { markCoverage, refreshCoverage } from './_coverage.ts';

/** The block key of ../happenings.ts happeningKey, over event columns (origin, event_type, mode, actor, recipient). */
export const HKEY_SQL = `(origin || '|' || event_type || '|' || coalesce(mode, '') || '|' || CASE WHEN len(recipient) = 0
    THEN 'joint:' || array_to_string(list_sort(list_distinct(actor)), ',')
    ELSE array_to_string(list_sort(list_distinct(actor)), ',') || '>' || array_to_string(list_sort(list_distinct(recipient)), ',') END)`;

/** ../happenings.ts isClusterable, over event columns. */
const CLUSTERABLE_SQL = `(review_status <> 'rejected' AND date_start IS NOT NULL AND len(parties) >= 2)`;

/** ../happenings.ts yearEdge over date_start: the last or first REPORT_WINDOW_DAYS days of a year. */
const LATE_SQL = `(month(date_start) = 12 AND day(date_start) > ${31 - REPORT_WINDOW_DAYS})`;
const EARLY_SQL = `(month(date_start) = 1 AND day(date_start) <= ${REPORT_WINDOW_DAYS})`;

/**
 * Rows of re-clustering read into JS per round, and assignments written per statement: a block larger than that
 * is clustered over several rounds. Small enough that a round (rows to objects, clustering, assignments to JSON)
 * does not hold the server's thread for long: 20,000 held it for up to 900 ms while a large ingest was stored,
 * 2,000 for 85–110 ms on a loaded machine; whole blocks (a uniform GDELT 1.0 daily file is one) about 400 ms.
 */
export const BATCH_ROWS = 500;

let clustered = 0;
let assigned = 0;
/** Rows clustered and assignments written by this process so far (tests count them between turns of the loop). */
export const happeningWork = () => ({ clustered, assigned });

async function ensureDirty(db: Db): Promise<void> {
  await db.run('CREATE TEMP TABLE IF NOT EXISTS _h_dirty (hkey VARCHAR NOT NULL, yr INTEGER NOT NULL)');
}

/**
 * Marks the units of the events in `source` (a table or subquery with origin, event_type, mode, actor,
 * recipient, date_start) for re-clustering. Call it for events about to be removed too, before they go.
 */
export async function markDirty(db: Db, source: string, params: Params = []): Promise<void> {
  await ensureDirty(db);
  // A report at a year's end may share a happening with the neighbouring year: that year is re-clustered too (the
  // link may be gone by then, when the report is being removed).
  await db.run(`INSERT INTO _h_dirty SELECT DISTINCT k, y FROM (SELECT ${HKEY_SQL} AS k, coalesce(year(date_start), -1)::INTEGER AS yr,
      ${LATE_SQL} AS late, ${EARLY_SQL} AS early FROM ${source}) s,
      LATERAL (SELECT yr AS y UNION ALL SELECT yr + 1 WHERE late UNION ALL SELECT yr - 1 WHERE early)`, params);
}

/**
 * Grows the units of _h_units to whole blocks: a key's years Y and Y+1 are one block when it has a clusterable day
 * report in Y's last days and one in Y+1's first (../happenings.ts blocksOfKey). Adds the column `blk`, the block
 * of each unit within its key. Reads only the year ends around the units, a year more each round (rounds are as
 * many as years chained by reports at their ends: one or two).
 */
async function growToBlocks(db: Db): Promise<void> {
  for (;;) {
    const span = await db.one<{ lo: number | null; hi: number | null }>(
      'SELECT min(yr) FILTER (WHERE yr >= 0)::INTEGER AS lo, max(yr)::INTEGER AS hi FROM _h_units');
    if (span?.lo == null || span.hi == null) break;
    await db.run(`CREATE OR REPLACE TEMP TABLE _h_edges AS
      SELECT DISTINCT e.hkey, year(e.date_start)::INTEGER AS yr, month(e.date_start) = 12 AS late FROM events e
      WHERE e.date_start >= make_date(${Number(span.lo) - 1}, 12, 1) AND e.date_start < make_date(${Number(span.hi) + 1}, 2, 1)
        AND length(e.date) = 10 AND ${CLUSTERABLE_SQL.replace(/(review_status|date_start|parties)/g, 'e.$1')}
        AND (${LATE_SQL.replace(/date_start/g, 'e.date_start')} OR ${EARLY_SQL.replace(/date_start/g, 'e.date_start')})
        AND e.hkey IN (SELECT hkey FROM _h_units)`);
    await db.run(`CREATE OR REPLACE TEMP TABLE _h_links AS
      SELECT a.hkey, a.yr FROM _h_edges a JOIN _h_edges b ON b.hkey = a.hkey AND b.yr = a.yr + 1 AND a.late AND NOT b.late`);
    const added = await db.one<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM (
      SELECT l.hkey, l.yr + 1 AS yr FROM _h_links l JOIN _h_units u ON u.hkey = l.hkey AND u.yr = l.yr
      UNION SELECT l.hkey, l.yr FROM _h_links l JOIN _h_units u ON u.hkey = l.hkey AND u.yr = l.yr + 1
      EXCEPT SELECT hkey, yr FROM _h_units)`);
    if (!added?.n) break;
    await db.run(`INSERT INTO _h_units
      SELECT l.hkey, l.yr + 1 FROM _h_links l JOIN _h_units u ON u.hkey = l.hkey AND u.yr = l.yr
      UNION SELECT l.hkey, l.yr FROM _h_links l JOIN _h_units u ON u.hkey = l.hkey AND u.yr = l.yr + 1
      EXCEPT SELECT hkey, yr FROM _h_units`);
  }
  await db.run('CREATE TEMP TABLE IF NOT EXISTS _h_links (hkey VARCHAR, yr INTEGER)');
  // A unit starts a block unless it is linked to the year before; blocks are numbered by running sums of starts.
  await db.run(`CREATE OR REPLACE TEMP TABLE _h_units AS
    SELECT u.hkey, u.yr, sum(CASE WHEN l.hkey IS NULL THEN 1 ELSE 0 END) OVER (PARTITION BY u.hkey ORDER BY u.yr)::INTEGER AS blk
    FROM _h_units u LEFT JOIN _h_links l ON l.hkey = u.hkey AND l.yr = u.yr - 1`);
}

/**
 * Re-clusters every unit marked since the last call, and writes happening and h_rep to events and event_party;
 * then recomputes the coverage aggregate of the block keys marked (./_coverage.ts). Every write path ends with it.
 */
export async function reclusterDirty(db: Db): Promise<void> {
  await ensureDirty(db);
  const pending = await db.one<{ n: number }>('SELECT count(*)::INTEGER AS n FROM _h_dirty');
  if (!pending?.n) return refreshCoverage(db);
  try {
    await markCoverage(db, 'SELECT DISTINCT hkey FROM _h_dirty');
    await db.run('CREATE OR REPLACE TEMP TABLE _h_units AS SELECT DISTINCT hkey, yr FROM _h_dirty');
    await db.run('DELETE FROM _h_dirty');
    await growToBlocks(db);
    // The years touched bound the scan: events are kept sorted by date, so DuckDB skips the other row groups.
    const span = await db.one<{ lo: number | null; hi: number | null; undated: boolean }>(
      `SELECT min(yr) FILTER (WHERE yr >= 0)::INTEGER AS lo, max(yr)::INTEGER AS hi, bool_or(yr < 0) AS undated FROM _h_units`);
    const years = span?.lo == null ? 'false' : `(e.date_start >= make_date(${Number(span.lo)}, 1, 1) AND e.date_start < make_date(${Number(span.hi) + 1}, 1, 1))`;
    await db.run(`CREATE OR REPLACE TEMP TABLE _h_rows AS
      SELECT e.id, e.hkey, u.blk, e.date, e.location, e.value_amount IS NOT NULL AS valued, ${CLUSTERABLE_SQL} AS ok
      FROM events e JOIN _h_units u ON e.hkey = u.hkey AND coalesce(year(e.date_start), -1) = u.yr
      WHERE ${years}${span?.undated ? ' OR e.date_start IS NULL' : ''}`);
    // Units with one clusterable report, and reports that stay alone, need no clustering.
    await db.run(`CREATE OR REPLACE TEMP TABLE _h_multi AS
      SELECT hkey, blk FROM _h_rows WHERE ok GROUP BY hkey, blk HAVING count(*) > 1`);
    await db.run(`CREATE OR REPLACE TEMP TABLE _h_res AS
      SELECT r.id, r.id AS happening, true AS h_rep FROM _h_rows r
      WHERE NOT r.ok OR NOT EXISTS (SELECT 1 FROM _h_multi m WHERE m.hkey = r.hkey AND m.blk = r.blk)`);
    // Numbered in clustering order within each block, blocks one after another, and sorted by that number, so each
    // round's read skips the other rounds' row groups (zone maps): linear overall, whatever the size of a block.
    await db.run(`CREATE OR REPLACE TEMP TABLE _h_batch AS
      SELECT row_number() OVER (ORDER BY r.hkey, r.blk, length(r.date) DESC, r.date, length(r.date) < 10 AND NOT r.valued, r.id) AS rn,
        r.id, r.hkey, r.blk, r.date, r.location, r.valued FROM _h_rows r JOIN _h_multi m ON m.hkey = r.hkey AND m.blk = r.blk
      WHERE r.ok ORDER BY rn`);
    const rows = (await db.one<{ n: number }>('SELECT count(*)::INTEGER AS n FROM _h_batch'))?.n ?? 0;
    // A block is clustered a round at a time (its state kept between rounds) and written BATCH_ROWS at a time.
    let block: BlockClustering | null = null;
    let at = '';
    for (let from = 0; from < rows; from += BATCH_ROWS) {
      const round = await db.all<{ id: string; hkey: string; blk: number; date: string; location: string | null; valued: boolean }>(
        'SELECT id, hkey, blk, date, location, valued FROM _h_batch WHERE rn > $1 AND rn <= $2 ORDER BY rn', [from, from + BATCH_ROWS]);
      const done: BlockClustering[] = [];
      for (const r of round) {
        const u = `${r.hkey}\u001f${r.blk}`;
        if (u !== at || !block) {
          if (block) done.push(block);
          block = new BlockClustering();
          at = u;
        }
        block.add({ id: r.id, key: r.hkey, date: r.date, location: r.location, clusterable: true, valued: r.valued });
      }
      clustered += round.length;
      for (const b of done) await writeBlock(db, b);
    }
    if (block) await writeBlock(db, block);
    await db.run(`UPDATE events SET happening = r.happening, h_rep = r.h_rep FROM _h_res r
      WHERE events.id = r.id AND (events.happening IS DISTINCT FROM r.happening OR events.h_rep IS DISTINCT FROM r.h_rep)`);
    await db.run(`UPDATE event_party SET happening = r.happening, h_rep = r.h_rep FROM _h_res r
      WHERE event_party.id = r.id AND (event_party.happening IS DISTINCT FROM r.happening OR event_party.h_rep IS DISTINCT FROM r.h_rep)`);
  } finally {
    for (const t of ['_h_units', '_h_edges', '_h_links', '_h_rows', '_h_multi', '_h_batch', '_h_res']) await db.run(`DROP TABLE IF EXISTS ${t}`);
  }
  await refreshCoverage(db);
}

/** A clustered block's assignments, BATCH_ROWS at a time (the loop turns while each is written). */
async function writeBlock(db: Db, b: BlockClustering): Promise<void> {
  for (const a of b.assignments(BATCH_ROWS)) {
    assigned += a.length;
    await writeAssignments(db, a);
  }
}

async function writeAssignments(db: Db, a: Assignment[]): Promise<void> {
  if (!a.length) return;
  await db.run(`INSERT INTO _h_res SELECT unnest($1::JSON::VARCHAR[]), unnest($2::JSON::VARCHAR[]), unnest($3::JSON::BOOLEAN[])`,
    [JSON.stringify(a.map((x) => x.id)), JSON.stringify(a.map((x) => x.happening)), JSON.stringify(a.map((x) => x.rep))]);
}

/** Adds the happening columns (migration 5) and clusters every stored event. */
export async function addHappenings(db: Db): Promise<void> {
  await db.run('ALTER TABLE events ADD COLUMN hkey VARCHAR');
  await db.run('ALTER TABLE events ADD COLUMN happening VARCHAR');
  await db.run('ALTER TABLE events ADD COLUMN h_rep BOOLEAN');
  await db.run(`UPDATE events SET hkey = ${HKEY_SQL}`);
  await addPartyColumns(db);
  await markDirty(db, 'events');
  await reclusterDirty(db);
}

/** The happening columns of event_party (after it is created, or recreated by a rebuild), copied from events. */
export async function addPartyColumns(db: Db): Promise<void> {
  await db.run('ALTER TABLE event_party ADD COLUMN IF NOT EXISTS happening VARCHAR');
  await db.run('ALTER TABLE event_party ADD COLUMN IF NOT EXISTS h_rep BOOLEAN');
  await db.run(`UPDATE event_party SET happening = e.happening, h_rep = e.h_rep FROM events e WHERE e.id = event_party.id`);
}

/** Whether events already carries the happening columns (a rebuild of event_party must then restore them). */
export async function hasHappenings(db: Db): Promise<boolean> {
  const r = await db.one<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM duckdb_columns()
    WHERE table_name = 'events' AND column_name = 'happening' AND NOT internal`);
  return !!r?.n;
}

/**
 * Happening problems (should always be empty): an event without happening, a happening without exactly one
 * representative or named after another report, party rows that disagree with their event.
 */
export async function happeningProblems(db: Db): Promise<string[]> {
  const rows = await db.all<{ p: string }>(`
    SELECT 'happening-missing:' || id AS p FROM events WHERE happening IS NULL OR h_rep IS NULL OR hkey IS NULL
    UNION ALL
    SELECT 'happening-reps:' || happening FROM events WHERE happening IS NOT NULL GROUP BY happening
      HAVING count(*) FILTER (WHERE h_rep) <> 1 OR NOT bool_or(h_rep AND id = happening)
    UNION ALL
    SELECT DISTINCT 'happening-party:' || p.id FROM event_party p JOIN events e ON e.id = p.id
      WHERE p.happening IS DISTINCT FROM e.happening OR p.h_rep IS DISTINCT FROM e.h_rep
    ORDER BY 1`);
  return rows.map((r) => r.p);
}
