/**
 * The write path: new events are COPYed into a staging table, then those whose id is not stored are inserted
 * with their date flag, block key and source (../_source.ts); events about to be removed or re-reviewed mark their happenings' units
 * dirty first. Every function runs inside the caller's write transaction (./_db.ts Pg.write), which holds the
 * write lock: no other writer can store the same id between the check and the insert. (The anti-join, not
 * ON CONFLICT on the primary key, so a table partitioned by month, whose unique keys must include the month,
 * works the same: README, "Beyond one database server".)
 */
import { sourceSql } from '../_source.ts';
import type { NewEvent } from '../store.ts';
import { withIndexesDeferred, type Conn, type Params } from './_db.ts';
import { POSTGRES } from './_dialect.ts';
import { markDirty, reclusterDirty } from './_happenings.ts';
import { refreshCoverage } from './_coverage.ts';
import { copyLine, EVENT_COLUMNS, STAGING_DDL } from './_rows.ts';

/** How many days after its document's date an event may be dated before it is flagged (see ../measures.ts). */
export const DATE_LATE_DAYS = 7;

/** The date flag of an event row `s` joined to its document `d` (see ../duckdb/_party.ts withDateFlag). */
// (Guarded: the function is called per row otherwise, and most events have no dated document.)
const DATE_FLAG_SQL = `CASE WHEN d.date IS NOT NULL AND s.date_start > mv_try_date(d.date) + ${DATE_LATE_DAYS} THEN 'after-document' END`;

/** A fresh staging table (dropped at commit) holding `events`, COPYed in. */
export async function stageEvents(c: Conn, table: string, events: NewEvent[]): Promise<void> {
  await c.run(`DROP TABLE IF EXISTS ${table}`);
  await c.run(`CREATE TEMP TABLE ${table} (${STAGING_DDL}) ON COMMIT DROP`);
  if (!events.length) return;
  await c.copyIn(`COPY ${table} (${EVENT_COLUMNS}) FROM STDIN`, (function* () {
    // Lines in chunks: one write per few hundred events, not per event.
    let chunk = '';
    for (const e of events) {
      chunk += copyLine(e);
      if (chunk.length > 1 << 16) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  })() as unknown as AsyncIterable<string>);
}

/**
 * The block key mv_hkey (./_happenings.ts) computes, spelt inline for events of at most one actor and one
 * recipient (every dataset row, most coded events): the function call per row cost more than the insert itself.
 */
const HKEY_SQL = `CASE WHEN cardinality(s.actor) <= 1 AND cardinality(s.recipient) <= 1
  THEN s.origin || '|' || s.event_type || '|' || coalesce(s.mode, '') || '|' || CASE WHEN cardinality(s.recipient) = 0
    THEN 'joint:' || array_to_string(s.actor, ',') ELSE array_to_string(s.actor, ',') || '>' || array_to_string(s.recipient, ',') END
  ELSE mv_hkey(s.origin, s.event_type, s.mode, s.actor, s.recipient) END`;

/** Rows from which the pending rows get statistics for clustering. */
const ANALYZE_PENDING_ROWS = 5000;

/**
 * Inserts the staged events whose ids are not stored (first of each id in the staging table), clustered with
 * the stored events of their units (and those marked before) before they are written, so each is written once;
 * returns how many were added.
 */
export async function appendEvents(c: Conn, staging: string): Promise<number> {
  await c.run('DROP TABLE IF EXISTS _add');
  // The first of each id only when an id repeats: keeping one per id sorts every wide row by id, which costs
  // more than the search for a repeat (a hash of the ids alone) in the usual case of none.
  const repeats = await c.one(`SELECT 1 FROM ${staging} AS t GROUP BY id HAVING count(*) > 1 LIMIT 1`);
  const rows = repeats ? `(SELECT DISTINCT ON (id) * FROM ${staging} AS t ORDER BY id)` : staging;
  // Created in the order they will be stored (by date, for the range scans of measures), so the insert needs no sort.
  const added = await c.run(`CREATE TEMP TABLE _add ON COMMIT DROP AS
    SELECT ${EVENT_COLUMNS.split(', ').map((x) => `s.${x}`).join(', ')}, ${DATE_FLAG_SQL} AS date_flag, (${HKEY_SQL}) COLLATE "C" AS hkey,
      ${sourceSql(POSTGRES, 's', 'd')} AS source
    FROM ${rows} s LEFT JOIN documents d ON d.id = s.doc
    WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = s.id)
    ORDER BY s.date_start NULLS LAST, s.id`);
  await storePending(c, '_add', added);
  await c.run('DROP TABLE _add');
  return added;
}

/** The columns of a table of pending events (`storePending`), in order. */
export const PENDING_COLUMNS = `${EVENT_COLUMNS}, date_flag, hkey, source`;

/**
 * Stores the `added` rows of `pending` (PENDING_COLUMNS, ids not stored and distinct), clustered with the stored
 * events of their units (and those marked before) before they are written, so each is written once.
 */
export async function storePending(c: Conn, pending: string, added: number): Promise<void> {
  if (!added) {
    await reclusterDirty(c);
    return;
  }
  // Statistics, so clustering joins a bulk import's rows by hashing (no index on them: clustering reads most of
  // them, and building one took longer at 1M rows than the reads it served).
  if (added >= ANALYZE_PENDING_ROWS) await c.run(`ANALYZE ${pending} (id, hkey, date_start)`);
  await markDirty(c, pending);
  await reclusterDirty(c, pending);
  // Read in its stored order: with the assignments counted (fewer rows than the pending ones), they are the hashed
  // side of the join and the pending rows are read through (a date order lost costs the measures' range scans, not
  // their results).
  await c.run('ANALYZE _h_assign');
  await withIndexesDeferred(c, 'events', added, () => c.run(`INSERT INTO events (${PENDING_COLUMNS}, happening, h_rep)
    SELECT ${PENDING_COLUMNS.split(', ').map((x) => `a.${x}`).join(', ')}, coalesce(x.happening, a.id), coalesce(x.rep, true)
    FROM ${pending} a LEFT JOIN _h_assign x ON x.id = a.id`));
  await refreshCoverage(c);
}

/** Deletes the events `idsSql` selects (a subquery over events with `params`), marking their happenings first. */
export async function deleteEvents(c: Conn, idsSql: string, params: Params): Promise<number> {
  await markDirty(c, `(SELECT * FROM events WHERE id IN (${idsSql}))`, params);
  return c.run(`DELETE FROM events WHERE id IN (${idsSql})`, params);
}

/** Sets an event's review status; its happening's unit is re-clustered (a rejected report leaves it). */
export async function setStatus(c: Conn, id: string, status: string): Promise<void> {
  await markDirty(c, '(SELECT * FROM events WHERE id = $1)', [id]);
  await c.run('UPDATE events SET review_status = $2 WHERE id = $1', [id, status]);
  await reclusterDirty(c);
}

/** Recomputes the date flags of the events `idsSql` selects (migration backfill). */
export async function markFlags(c: Conn, idsSql: string): Promise<void> {
  await c.run(`UPDATE events SET date_flag = f.flag FROM (SELECT s.id, ${DATE_FLAG_SQL} AS flag
    FROM events s LEFT JOIN documents d ON d.id = s.doc WHERE s.id IN (${idsSql})) f WHERE f.id = events.id`);
}

/** Sets the date flags of the rows of `pending` (PENDING_COLUMNS) whose document is stored (the others have none). */
export async function flagPendingDates(c: Conn, pending: string): Promise<void> {
  await c.run(`UPDATE ${pending} AS s SET date_flag = ${DATE_FLAG_SQL} FROM documents d WHERE d.id = s.doc AND d.date IS NOT NULL`);
}
