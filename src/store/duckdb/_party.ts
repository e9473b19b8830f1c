/**
 * The participation table `event_party`: one narrow row per (event, code taking part), with the code's partners
 * per direction and the columns focal queries filter and aggregate on. Finding a country's events then reads
 * its own rows instead of testing the lists of every event: rows are kept clustered by code (each write batch
 * is appended sorted; `compact` re-sorts), so DuckDB's zone maps skip the other codes' row groups.
 *
 * Every write path goes through here (appendEvents, deleteParties, setPartyStatus) inside the caller's
 * transaction, so events and event_party never disagree; `partyMismatches` checks it.
 *
 * Events are appended sorted by date too: a page of a focal query (first events by date) then sits in a few
 * row groups of `events` when it is fetched back.
 */
import { refreshSourcesSql, sourceSql } from '../_source.ts';
import type { Db, Params } from './_db.ts';
import { DUCKDB } from './_dialect.ts';
import { addPartyColumns, hasHappenings, HKEY_SQL, markDirty, reclusterDirty } from './_happenings.ts';
import { markCoverage } from './_coverage.ts';

/** Event columns a staged batch carries (events minus review state and defaults), in INSERT order. */
export const EVENT_COLUMNS = `id, origin, doc, sentence, text, event_type, mode, context, actor, recipient, parties, date,
  date_start, location, value_amount, value_currency, cameo, score, quad_class, goldstein, num_mentions,
  num_sources, num_articles, tone, source_url, span_start, span_end, confidence`;

/** Party columns as migration 4 fills them (frozen: migration 7 adds doc and source, see addSourceColumns). */
const PARTY_COLUMNS_V4 = `code, id, date_start, date_prec, date_flag, event_type, origin, review_status, mode, is_actor, is_recipient,
  out_p, in_p, n_partners, sole_partner, sole_out, sole_in, parties, score, goldstein, quad_class, value_amount, value_currency`;
const PARTY_COLUMNS = `${PARTY_COLUMNS_V4}, doc, source`;

/** How many days after its document's date an event may be dated before it is flagged (see ../measures.ts). */
export const DATE_LATE_DAYS = 7;

/** A date's precision: 1 year, 2 month, 3 day; NULL when undated. `date` is the spec date string. */
export const DATE_PREC_SQL = `(CASE length(date) WHEN 4 THEN 1 WHEN 7 THEN 2 WHEN 10 THEN 3 END)::TINYINT`;

/** The date flag of an event row `s` joined to its document `d`. */
const DATE_FLAG_SQL = `CASE WHEN s.date_start > try_cast(d.date AS DATE) + INTERVAL ${DATE_LATE_DAYS} DAY THEN 'after-document' END`;

/**
 * `source` with its `date_flag`: 'after-document' when the event's date starts more than DATE_LATE_DAYS after
 * its document's date (a plan or a horizon, "a strategy up to 2035", not a happening). Events with no stored
 * document (imported datasets) are not flagged here; dates in the future of now are left out at query time.
 */
function withDateFlag(source: string): string {
  return `(SELECT s.*, ${DATE_FLAG_SQL} AS date_flag FROM ${source} s LEFT JOIN documents d ON d.id = s.doc)`;
}

/** `staging` with what a new event takes from its document: its date flag and its source (../_source.ts). */
function withDocument(staging: string): string {
  return `(SELECT s.*, ${DATE_FLAG_SQL} AS date_flag, ${sourceSql(DUCKDB, 's', 'd')} AS source
    FROM ${staging} s LEFT JOIN documents d ON d.id = s.doc)`;
}

/**
 * Party rows of the events in `source` (a table or subquery with the event columns). Partner semantics are
 * those of ../measures.ts: out = recipients, or the other actors of a joint act without recipient (any event
 * type); in = actors; the code itself is never its own partner.
 */
function partyRowsSql(source: string, reviewStatus: string, v4 = false): string {
  const doc = v4 ? '' : ', doc, source';
  return `SELECT code, id, date_start, date_prec, date_flag, event_type, origin, review_status, mode, is_actor, is_recipient,
      out_p, in_p, len(list_distinct(out_p || in_p)) AS n_partners,
      CASE WHEN len(list_distinct(out_p || in_p)) = 1 THEN coalesce(out_p[1], in_p[1]) END AS sole_partner,
      CASE WHEN len(list_distinct(out_p || in_p)) = 1 THEN len(out_p) > 0 END AS sole_out,
      CASE WHEN len(list_distinct(out_p || in_p)) = 1 THEN len(in_p) > 0 END AS sole_in,
      parties, score, goldstein, quad_class, value_amount, value_currency${doc}
    FROM (${partyListsSql(source, reviewStatus, doc)})`;
}

function partyListsSql(source: string, reviewStatus: string, doc: string): string {
  return `SELECT code, id, date_start, ${DATE_PREC_SQL} AS date_prec, date_flag, event_type, origin, ${reviewStatus} AS review_status, mode,
      list_contains(actor, code) AS is_actor, list_contains(recipient, code) AS is_recipient,
      ${outPartnersSql('code')} AS out_p, ${inPartnersSql('code')} AS in_p,
      parties, score, goldstein, quad_class, value_amount, value_currency${doc}
    FROM (SELECT *, unnest(parties) AS code FROM ${source})`;
}

/**
 * The one definition of an event's partners for `code` (a column or a parameter), used by event_party and by
 * the measures that read events directly. Out: the recipients, or, for a joint act with no recipient (a
 * meeting, a joint signing or statement, of any type), the other actors. In: the actors.
 */
export function outPartnersSql(code: string): string {
  return `CASE WHEN list_contains(actor, ${code}) THEN list_distinct(list_filter(
        CASE WHEN len(recipient) = 0 THEN actor ELSE recipient END, lambda x: x <> ${code}))
        ELSE []::VARCHAR[] END`;
}

export function inPartnersSql(code: string): string {
  return `CASE WHEN list_contains(recipient, ${code}) THEN list_distinct(list_filter(actor, lambda x: x <> ${code}))
        ELSE []::VARCHAR[] END`;
}

/**
 * Recreates event_party with the current columns and rebuilds every row from events (after a change of the
 * partner or date semantics), clustered by code; events' date flags are computed first.
 */
export async function rebuildParties(db: Db): Promise<void> {
  await db.run(`UPDATE events SET date_flag = f.date_flag FROM ${withDateFlag('events')} f WHERE f.id = events.id`);
  await db.run('DROP TABLE event_party');
  await db.run(CREATE_EVENT_PARTY);
  await backfillParties(db);
  // The happening columns (migration 5) live outside CREATE_EVENT_PARTY, which migration 4 runs as it is now.
  if (await hasHappenings(db)) await addPartyColumns(db);
}

export const CREATE_EVENT_PARTY = `CREATE TABLE event_party (
  code VARCHAR NOT NULL,
  id VARCHAR NOT NULL,
  date_start DATE,
  -- precision of the date (1 year, 2 month, 3 day) and its flag (see events.date_flag)
  date_prec TINYINT,
  date_flag VARCHAR,
  event_type VARCHAR NOT NULL,
  origin VARCHAR NOT NULL,
  review_status VARCHAR NOT NULL,
  mode VARCHAR,
  is_actor BOOLEAN NOT NULL,
  is_recipient BOOLEAN NOT NULL,
  -- the code's partners when it acts (out) and when it receives (in), without the code itself
  out_p VARCHAR[] NOT NULL,
  in_p VARCHAR[] NOT NULL,
  -- distinct partners over both directions; most events have one, and then it is given as a scalar with its
  -- directions, so measures skip list work for them
  n_partners INTEGER NOT NULL,
  sole_partner VARCHAR,
  sole_out BOOLEAN,
  sole_in BOOLEAN,
  parties VARCHAR[] NOT NULL,
  score DOUBLE NOT NULL,
  goldstein DOUBLE,
  quad_class TINYINT NOT NULL,
  value_amount DOUBLE,
  value_currency VARCHAR)`;

/** Party rows for every stored event (migration 4's backfill, before events had a source), clustered by code. */
export async function backfillParties(db: Db): Promise<void> {
  await db.run(`INSERT INTO event_party (${PARTY_COLUMNS_V4})
    ${partyRowsSql('events', 'review_status', true)} ORDER BY code, date_start NULLS LAST`);
}

/**
 * Migration 7: each report's source on events and, with its document, on its party rows, so coverage reads the
 * focal code's rows alone (../_source.ts).
 */
export async function addSourceColumns(db: Db): Promise<void> {
  await db.run('ALTER TABLE events ADD COLUMN source VARCHAR');
  await db.run(`UPDATE events SET source = x.source FROM (
      SELECT r.id, ${sourceSql(DUCKDB)} AS source FROM events r LEFT JOIN documents d ON d.id = r.doc) x
    WHERE events.id = x.id`);
  await db.run('ALTER TABLE event_party ADD COLUMN doc VARCHAR');
  await db.run('ALTER TABLE event_party ADD COLUMN source VARCHAR');
  await db.run('UPDATE event_party SET doc = e.doc, source = e.source FROM events e WHERE e.id = event_party.id');
}

/**
 * After documents `docs` (ids) were stored: the reports they keep, and reports stored before them, take the source
 * the documents now give (new reports take it as they are appended).
 */
export async function refreshSources(db: Db, docs: string[]): Promise<void> {
  if (!docs.length) return;
  const list = JSON.stringify(docs);
  if (!await db.run(refreshSourcesSql(DUCKDB, '$1'), [list])) return;
  // Their coverage rows carry the source: recomputed by the reclusterDirty that ends the write.
  await markCoverage(db, 'SELECT DISTINCT hkey FROM events WHERE doc IN (SELECT unnest($1::JSON::VARCHAR[]))', [list]);
  await db.run(`UPDATE event_party SET source = e.source FROM events e
    WHERE e.id = event_party.id AND e.doc IN (SELECT unnest($1::JSON::VARCHAR[])) AND event_party.source IS DISTINCT FROM e.source`, [list]);
}

/**
 * Appends the staged new events (`staging` holds EVENT_COLUMNS, ids not stored yet) to events (sorted by date)
 * and their party rows (sorted by code, date), and counts the batch for compaction. Returns rows added.
 */
export async function appendEvents(db: Db, staging: string): Promise<number> {
  const added = await db.run(`INSERT INTO events (${EVENT_COLUMNS}, date_flag, hkey, source)
    SELECT ${EVENT_COLUMNS}, date_flag, ${HKEY_SQL}, source FROM ${withDocument(staging)} ORDER BY date_start NULLS LAST, id`);
  if (!added) {
    await reclusterDirty(db);
    return 0;
  }
  await db.run(`INSERT INTO event_party (${PARTY_COLUMNS})
    ${partyRowsSql(withDocument(staging), `'auto'`)} ORDER BY code, date_start NULLS LAST`);
  await db.run(`UPDATE store_meta SET runs = runs + 1, rows_since = rows_since + $1`, [added]);
  // The new events' happenings, and those of any events removed earlier in the same transaction.
  await markDirty(db, staging);
  await reclusterDirty(db);
  return added;
}

/** Removes the party rows of the events `ids` selects (a subquery over events, run before they are deleted). */
export async function deleteParties(db: Db, idsSubquery: string, params: Params): Promise<void> {
  // Their happenings are re-clustered by the next appendEvents or reclusterDirty of the same transaction.
  await markDirty(db, `(SELECT * FROM events WHERE id IN (${idsSubquery}))`, params);
  await db.run(`DELETE FROM event_party WHERE id IN (${idsSubquery})`, params);
}

/** Mirrors an event's review status onto its party rows (one statement per code: each reads one code's rows). */
export async function setPartyStatus(db: Db, id: string, parties: string[], status: string): Promise<void> {
  for (const code of parties) {
    await db.run('UPDATE event_party SET review_status = $3 WHERE code = $1 AND id = $2', [code, id, status]);
  }
  // A rejected report leaves its happening; a report no longer rejected may join one again.
  await markDirty(db, '(SELECT * FROM events WHERE id = $1)', [id]);
  await reclusterDirty(db);
}

/** Event ids whose party rows don't match their event (should always be empty). */
export async function partyMismatches(db: Db): Promise<string[]> {
  const rows = await db.all<{ id: string }>(`
    WITH want AS (${partyRowsSql('events', 'review_status')}),
    diff AS (
      (SELECT ${PARTY_COLUMNS} FROM want EXCEPT ALL SELECT ${PARTY_COLUMNS} FROM event_party)
      UNION ALL
      (SELECT ${PARTY_COLUMNS} FROM event_party EXCEPT ALL SELECT ${PARTY_COLUMNS} FROM want)
    )
    SELECT DISTINCT id FROM diff ORDER BY id`);
  return rows.map((r) => r.id);
}

/**
 * Compaction policy. Each append is one sorted run; many small runs interleave codes and dates in the same row
 * groups and zone maps stop helping. Re-sort everything when at least MIN_RUNS runs and MIN_ROWS rows (or a
 * quarter of what the last compaction sorted, so the total work stays proportional to the data) came since.
 */
const MIN_RUNS = 4;
const MIN_ROWS = 500_000;

export async function compactionDue(db: Db): Promise<boolean> {
  const m = await db.one<{ runs: number; rows_since: number; rows_sorted: number }>(
    'SELECT runs::INTEGER AS runs, rows_since::BIGINT::DOUBLE AS rows_since, rows_sorted::BIGINT::DOUBLE AS rows_sorted FROM store_meta');
  if (!m) return false;
  return m.runs >= MIN_RUNS && m.rows_since >= Math.max(MIN_ROWS, m.rows_sorted / 4);
}

/** Rewrites events (by date), event_party and coverage_evidence (by code, date) in order, in one transaction. */
export async function compact(db: Db): Promise<void> {
  await db.transaction(async () => {
    await db.run('CREATE TEMP TABLE _sorted_events AS SELECT * FROM events ORDER BY date_start NULLS LAST, id');
    await db.run('DELETE FROM events');
    const n = await db.run('INSERT INTO events SELECT * FROM _sorted_events');
    await db.run('DROP TABLE _sorted_events');
    await db.run('CREATE TEMP TABLE _sorted_party AS SELECT * FROM event_party ORDER BY code, date_start NULLS LAST');
    await db.run('DELETE FROM event_party');
    await db.run('INSERT INTO event_party SELECT * FROM _sorted_party');
    await db.run('DROP TABLE _sorted_party');
    await db.run('CREATE TEMP TABLE _sorted_coverage AS SELECT * FROM coverage_evidence ORDER BY code, date_start NULLS LAST');
    await db.run('DELETE FROM coverage_evidence');
    await db.run('INSERT INTO coverage_evidence SELECT * FROM _sorted_coverage');
    await db.run('DROP TABLE _sorted_coverage');
    await db.run('UPDATE store_meta SET runs = 0, rows_since = 0, rows_sorted = $1', [n]);
  });
  await db.run('CHECKPOINT');
}
