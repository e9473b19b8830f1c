/**
 * The stored coverage aggregate `coverage_evidence` on DuckDB (what it holds: ../_coverage-sql.ts). Derived from
 * event_party alone, so it is rebuilt per block key: every write path marks the block keys of the events it adds,
 * removes or re-reviews (markDirty in ./_happenings.ts) or whose source it changes (refreshSources in ./_party.ts),
 * and reclusterDirty, which ends every write, hands them here once the happenings are assigned (`refreshCoverage`).
 * A happening's reports share one block key, so the key's rows are complete when it is recomputed whole.
 */
import { COVERAGE_COLUMNS, NEW_NAMES_SQL, NUMBERED_SQL } from '../_coverage-sql.ts';
import type { Db, Params } from './_db.ts';

const CREATE_COVERAGE = `CREATE TABLE coverage_evidence (
  code VARCHAR NOT NULL, partner VARCHAR NOT NULL, hkey VARCHAR NOT NULL, h VARCHAR NOT NULL,
  doc_n INTEGER NOT NULL, source_n INTEGER, po BOOLEAN NOT NULL, pi BOOLEAN NOT NULL,
  date_start DATE, date_prec TINYINT, date_flag VARCHAR, event_type VARCHAR NOT NULL, origin VARCHAR NOT NULL,
  review_status VARCHAR NOT NULL, h_rep BOOLEAN NOT NULL, own BOOLEAN NOT NULL)`;

/**
 * The aggregate's rows for the events of `keyed` (a table or subquery of event id and hkey; every event when
 * omitted), with doc and source names (NUMBERED_SQL numbers them). Own rows: each party row with partners, once per
 * partner. Evidence rows: for a happening's representative, the document and source of each other report of it, with
 * the representative's columns. (A refresh hands the few ids it needs: joined to all of events, the party rows cost
 * several times the rest of a one-document write at 1M events.)
 */
function derivedSql(keyed = '(SELECT id, hkey FROM events)'): string {
  return `WITH ev AS (
      SELECT p.*, coalesce(p.happening, p.id) AS h, e.hkey FROM event_party p JOIN ${keyed} e ON e.id = p.id
    ), pp AS (
      SELECT *, list_contains(out_p, partner) AS po, list_contains(in_p, partner) AS pi
      FROM (SELECT *, unnest(list_distinct(out_p || in_p)) AS partner FROM ev WHERE n_partners > 0)
    )
    SELECT code, partner, hkey, h, doc, source, po, pi, date_start, date_prec, date_flag, event_type, origin, review_status,
      coalesce(h_rep, true) AS h_rep, true AS own FROM pp
    UNION ALL
    SELECT DISTINCT r.code, r.partner, r.hkey, r.h, q.doc, q.source, r.po, r.pi, r.date_start, r.date_prec, r.date_flag,
      r.event_type, r.origin, r.review_status, true, false
    FROM pp r JOIN ev q ON q.code = r.code AND q.h = r.h AND q.id <> r.id WHERE coalesce(r.h_rep, true)`;
}

async function ensureDirty(db: Db): Promise<void> {
  await db.run('CREATE TEMP TABLE IF NOT EXISTS _cov_dirty (hkey VARCHAR NOT NULL)');
}

/** Marks the block keys `hkeys` selects (a subquery of hkey values) for recomputing. */
export async function markCoverage(db: Db, hkeys: string, params: Params = []): Promise<void> {
  await ensureDirty(db);
  await db.run(`INSERT INTO _cov_dirty ${hkeys}`, params);
}

/** Recomputes the aggregate's rows of every block key marked since the last call (sorted by code, as appended). */
export async function refreshCoverage(db: Db): Promise<void> {
  await ensureDirty(db);
  const pending = await db.one<{ n: number }>('SELECT count(*)::INTEGER AS n FROM _cov_dirty');
  if (!pending?.n) return;
  // Migrations before the aggregate's cluster happenings too: it is built whole when it is added.
  if (!await hasCoverage(db)) {
    await db.run('DELETE FROM _cov_dirty');
    return;
  }
  await db.run('CREATE OR REPLACE TEMP TABLE _cov_keys AS SELECT DISTINCT hkey FROM _cov_dirty');
  await db.run('DELETE FROM _cov_dirty');
  try {
    await db.run('CREATE OR REPLACE TEMP TABLE _cov_ids AS SELECT id, hkey FROM events WHERE hkey IN (SELECT hkey FROM _cov_keys)');
    await db.run(`CREATE OR REPLACE TEMP TABLE _cov_rows AS ${derivedSql('_cov_ids')}`);
    await db.run('DELETE FROM coverage_evidence WHERE hkey IN (SELECT hkey FROM _cov_keys)');
    await insertRows(db, '_cov_rows');
  } finally {
    for (const t of ['_cov_keys', '_cov_ids', '_cov_rows']) await db.run(`DROP TABLE IF EXISTS ${t}`);
  }
}

/** Appends the derived rows of the table `rows`, their new names numbered first, sorted by code and date. */
async function insertRows(db: Db, rows: string): Promise<void> {
  await db.run(NEW_NAMES_SQL(rows));
  await db.run(`INSERT INTO coverage_evidence (${COVERAGE_COLUMNS}) ${NUMBERED_SQL(rows)} ORDER BY r.code, r.date_start NULLS LAST`);
}

/** Whether migration 9 has run: the earlier ones cluster happenings over tables in their earlier form. */
async function hasCoverage(db: Db): Promise<boolean> {
  const r = await db.one<{ v: number | null }>('SELECT max(version)::INTEGER AS v FROM schema_version');
  return (r?.v ?? 0) >= COVERAGE_VERSION;
}

/** The schema version that adds the aggregate. */
export const COVERAGE_VERSION = 9;

/** Migration 9: the aggregate, built from every stored event (over what a file taken back to an older version kept). */
export async function addCoverage(db: Db): Promise<void> {
  await ensureDirty(db);
  await db.run('DELETE FROM _cov_dirty');
  for (const q of ['DROP TABLE IF EXISTS coverage_evidence', 'DROP TABLE IF EXISTS evidence_names', 'DROP SEQUENCE IF EXISTS evidence_name_seq']) await db.run(q);
  await db.run('CREATE SEQUENCE evidence_name_seq START 1');
  await db.run(`CREATE TABLE evidence_names (name VARCHAR NOT NULL, n INTEGER NOT NULL DEFAULT nextval('evidence_name_seq'))`);
  await db.run(CREATE_COVERAGE);
  await db.run(`CREATE TEMP TABLE _cov_rows AS ${derivedSql()}`);
  await insertRows(db, '_cov_rows');
  await db.run('DROP TABLE _cov_rows');
}

/**
 * Block keys whose stored aggregate rows differ from what event_party gives (should always be empty); a name
 * missing from the dictionary shows as rows missing.
 */
export async function coverageMismatches(db: Db): Promise<string[]> {
  const rows = await db.all<{ hkey: string }>(`WITH derived AS (${derivedSql()}), want AS (${NUMBERED_SQL('derived')}), diff AS (
      (SELECT ${COVERAGE_COLUMNS} FROM want EXCEPT ALL SELECT ${COVERAGE_COLUMNS} FROM coverage_evidence)
      UNION ALL
      (SELECT ${COVERAGE_COLUMNS} FROM coverage_evidence EXCEPT ALL SELECT ${COVERAGE_COLUMNS} FROM want)
    ) SELECT DISTINCT hkey FROM diff ORDER BY hkey`);
  return rows.map((r) => `coverage:${r.hkey}`);
}
