/**
 * Happenings stored: each event carries its block key (`hkey`), its happening (the id of the happening's
 * representative report) and `h_rep` (it is that representative); event_party mirrors happening and h_rep so
 * focal measures can count happenings. The clustering itself is ../happenings.ts.
 *
 * Incremental and idempotent: every write path marks the units (block key, year) of the events it adds,
 * removes or re-reviews (`markDirty`, inside the caller's transaction) and then `reclusterDirty` re-clusters
 * exactly those units from what is stored. A unit's result depends only on its stored events, so re-running an
 * ingest or an import gives the same happenings, and work is proportional to the units touched.
 */
import { clusterBlock, type Assignment, type Report } from '../happenings.ts';
import type { Db, Params } from './_db.ts';

/** The block key of ../happenings.ts happeningKey, over event columns (origin, event_type, mode, actor, recipient). */
export const HKEY_SQL = `(origin || '|' || event_type || '|' || coalesce(mode, '') || '|' || CASE WHEN len(recipient) = 0
    THEN 'joint:' || array_to_string(list_sort(list_distinct(actor)), ',')
    ELSE array_to_string(list_sort(list_distinct(actor)), ',') || '>' || array_to_string(list_sort(list_distinct(recipient)), ',') END)`;

/** ../happenings.ts isClusterable, over event columns. */
const CLUSTERABLE_SQL = `(review_status <> 'rejected' AND date_start IS NOT NULL AND len(parties) >= 2)`;

/**
 * Rows of re-clustering read into JS per round: units are never split, so a round holds at least one unit. Small
 * enough that a round (rows to objects, clustering, assignments to JSON) does not hold the server's thread for long:
 * 20,000 held it for up to 900 ms while a large ingest was stored.
 */
const BATCH_ROWS = 2_000;

async function ensureDirty(db: Db): Promise<void> {
  await db.run('CREATE TEMP TABLE IF NOT EXISTS _h_dirty (hkey VARCHAR NOT NULL, yr INTEGER NOT NULL)');
}

/**
 * Marks the units of the events in `source` (a table or subquery with origin, event_type, mode, actor,
 * recipient, date_start) for re-clustering. Call it for events about to be removed too, before they go.
 */
export async function markDirty(db: Db, source: string, params: Params = []): Promise<void> {
  await ensureDirty(db);
  await db.run(`INSERT INTO _h_dirty SELECT DISTINCT ${HKEY_SQL}, coalesce(year(date_start), -1)::INTEGER FROM ${source}`, params);
}

/** Re-clusters every unit marked since the last call, and writes happening and h_rep to events and event_party. */
export async function reclusterDirty(db: Db): Promise<void> {
  await ensureDirty(db);
  const pending = await db.one<{ n: number }>('SELECT count(*)::INTEGER AS n FROM _h_dirty');
  if (!pending?.n) return;
  try {
    await db.run('CREATE OR REPLACE TEMP TABLE _h_units AS SELECT DISTINCT hkey, yr FROM _h_dirty');
    await db.run('DELETE FROM _h_dirty');
    // The years touched bound the scan: events are kept sorted by date, so DuckDB skips the other row groups.
    const span = await db.one<{ lo: number | null; hi: number | null; undated: boolean }>(
      `SELECT min(yr) FILTER (WHERE yr >= 0)::INTEGER AS lo, max(yr)::INTEGER AS hi, bool_or(yr < 0) AS undated FROM _h_units`);
    const years = span?.lo == null ? 'false' : `(e.date_start >= make_date(${Number(span.lo)}, 1, 1) AND e.date_start < make_date(${Number(span.hi) + 1}, 1, 1))`;
    await db.run(`CREATE OR REPLACE TEMP TABLE _h_rows AS
      SELECT e.id, e.hkey, u.yr, e.date, e.location, e.value_amount IS NOT NULL AS valued, ${CLUSTERABLE_SQL} AS ok
      FROM events e JOIN _h_units u ON e.hkey = u.hkey AND coalesce(year(e.date_start), -1) = u.yr
      WHERE ${years}${span?.undated ? ' OR e.date_start IS NULL' : ''}`);
    // Units with one clusterable report, and reports that stay alone, need no clustering.
    await db.run(`CREATE OR REPLACE TEMP TABLE _h_multi AS
      SELECT hkey, yr, n, ((sum(n) OVER (ORDER BY hkey, yr) - n) // ${BATCH_ROWS})::INTEGER AS batch
      FROM (SELECT hkey, yr, count(*) AS n FROM _h_rows WHERE ok GROUP BY hkey, yr HAVING count(*) > 1)`);
    await db.run(`CREATE OR REPLACE TEMP TABLE _h_res AS
      SELECT r.id, r.id AS happening, true AS h_rep FROM _h_rows r
      WHERE NOT r.ok OR NOT EXISTS (SELECT 1 FROM _h_multi m WHERE m.hkey = r.hkey AND m.yr = r.yr)`);
    // Sorted by batch, so each round's read skips the other rounds' row groups (zone maps): linear overall.
    await db.run(`CREATE OR REPLACE TEMP TABLE _h_batch AS
      SELECT m.batch, r.id, r.hkey, r.yr, r.date, r.location, r.valued FROM _h_rows r JOIN _h_multi m ON m.hkey = r.hkey AND m.yr = r.yr
      WHERE r.ok ORDER BY m.batch, r.hkey, r.yr`);
    const batches = (await db.one<{ n: number | null }>('SELECT max(batch)::INTEGER AS n FROM _h_multi'))?.n;
    for (let b = 0; batches !== null && batches !== undefined && b <= batches; b++) {
      const rows = await db.all<{ id: string; hkey: string; yr: number; date: string; location: string | null; valued: boolean }>(
        `SELECT id, hkey, yr, date, location, valued FROM _h_batch WHERE batch = $1 ORDER BY hkey, yr`, [b]);
      await writeAssignments(db, clusterRows(rows));
    }
    await db.run(`UPDATE events SET happening = r.happening, h_rep = r.h_rep FROM _h_res r
      WHERE events.id = r.id AND (events.happening IS DISTINCT FROM r.happening OR events.h_rep IS DISTINCT FROM r.h_rep)`);
    await db.run(`UPDATE event_party SET happening = r.happening, h_rep = r.h_rep FROM _h_res r
      WHERE event_party.id = r.id AND (event_party.happening IS DISTINCT FROM r.happening OR event_party.h_rep IS DISTINCT FROM r.h_rep)`);
  } finally {
    for (const t of ['_h_units', '_h_rows', '_h_multi', '_h_batch', '_h_res']) await db.run(`DROP TABLE IF EXISTS ${t}`);
  }
}

/** Rows ordered by unit -> assignments, one unit at a time. */
function clusterRows(rows: Array<{ id: string; hkey: string; yr: number; date: string; location: string | null; valued: boolean }>): Assignment[] {
  const out: Assignment[] = [];
  let unit: Report[] = [];
  let at = '';
  for (const r of rows) {
    const u = `${r.hkey}\u001f${r.yr}`;
    if (u !== at && unit.length) {
      out.push(...clusterBlock(unit));
      unit = [];
    }
    at = u;
    unit.push({ id: r.id, key: r.hkey, date: r.date, location: r.location, clusterable: true, valued: r.valued });
  }
  if (unit.length) out.push(...clusterBlock(unit));
  return out;
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
