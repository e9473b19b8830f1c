/**
 * The stored coverage aggregate `coverage_evidence` on PostgreSQL, as on DuckDB (../duckdb/_coverage.ts; what it
 * holds: ../_coverage-sql.ts), derived from events with the partner functions of migration 4. Every write path
 * marks the block keys of the events it adds, removes or re-reviews (markDirty in ./_happenings.ts) or whose source
 * it changes (`markCoverage`); `refreshCoverage` recomputes them once the happenings are assigned: at the end of
 * reclusterDirty, and after the insert of appendEvents (which clusters its rows before it writes them).
 */
import { COVERAGE_COLUMNS, NEW_NAMES_SQL, NUMBERED_SQL } from '../_coverage-sql.ts';
import type { Conn, Params } from './_db.ts';

const T = 'TEXT COLLATE "C"';

/**
 * The aggregate's rows for the events of the block keys `hkeys` selects (a subquery; every event when null), with
 * doc and source names (NUMBERED_SQL numbers them): own rows per report and partner, evidence rows for each other
 * report of a representative's happening.
 */
function derivedSql(hkeys: string | null): string {
  return `WITH ev AS (
      SELECT e.*, coalesce(e.happening, e.id) AS h FROM events e ${hkeys ? `WHERE e.hkey IN (${hkeys})` : ''}
    ), cp AS (
      SELECT ev.*, c AS code, mv_out_partners(ev.actor, ev.recipient, c) AS out_p, mv_in_partners(ev.actor, ev.recipient, c) AS in_p
      FROM ev, unnest(ev.parties) AS c
    ), pp AS (
      SELECT cp.*, x AS partner, x = ANY(cp.out_p) AS po, x = ANY(cp.in_p) AS pi FROM cp, unnest(mv_distinct(cp.out_p || cp.in_p)) AS x
    )
    SELECT code, partner, hkey, h, doc, source, po, pi, date_start, mv_prec(date) AS date_prec, date_flag, event_type, origin,
      review_status, coalesce(h_rep, true) AS h_rep, true AS own FROM pp
    UNION ALL
    SELECT DISTINCT r.code, r.partner, r.hkey, r.h, q.doc, q.source, r.po, r.pi, r.date_start, mv_prec(r.date), r.date_flag,
      r.event_type, r.origin, r.review_status, true, false
    FROM pp r JOIN ev q ON q.h = r.h AND q.id <> r.id WHERE coalesce(r.h_rep, true)`;
}

async function ensureDirty(c: Conn): Promise<void> {
  // Per connection; emptied by the commit (and by a rollback, with everything else).
  await c.run('CREATE TEMP TABLE IF NOT EXISTS _cov_dirty (hkey text NOT NULL) ON COMMIT DELETE ROWS');
}

/** Marks the block keys `hkeys` selects (a subquery of hkey values) for recomputing. */
export async function markCoverage(c: Conn, hkeys: string, params: Params = []): Promise<void> {
  await ensureDirty(c);
  await c.run(`INSERT INTO _cov_dirty ${hkeys}`, params);
}

/** Recomputes the aggregate's rows of every block key marked since the last call. */
export async function refreshCoverage(c: Conn): Promise<void> {
  await ensureDirty(c);
  if (!await c.one('SELECT 1 FROM _cov_dirty LIMIT 1')) return;
  // Migrations before the aggregate's cluster happenings too (over tables in their earlier form): it is built
  // whole when it is added.
  if (((await c.one<{ v: number | null }>('SELECT max(version) AS v FROM schema_version'))?.v ?? 0) < COVERAGE_VERSION) {
    await c.run('DELETE FROM _cov_dirty');
    return;
  }
  await c.run('DROP TABLE IF EXISTS _cov_keys');
  await c.run('CREATE TEMP TABLE _cov_keys ON COMMIT DROP AS SELECT DISTINCT hkey FROM _cov_dirty');
  await c.run('DELETE FROM _cov_dirty');
  await c.run('ANALYZE _cov_keys');
  await c.run('DROP TABLE IF EXISTS _cov_rows');
  await c.run(`CREATE TEMP TABLE _cov_rows ON COMMIT DROP AS
    ${derivedSql('SELECT hkey FROM _cov_keys')}`);
  await c.run('DELETE FROM coverage_evidence WHERE hkey IN (SELECT hkey FROM _cov_keys)');
  await insertRows(c, '_cov_rows');
  await c.run('DROP TABLE _cov_keys');
  await c.run('DROP TABLE _cov_rows');
}

/** Appends the derived rows of the table `rows`, their new names numbered first. */
async function insertRows(c: Conn, rows: string): Promise<void> {
  await c.run(NEW_NAMES_SQL(rows));
  await c.run(`INSERT INTO coverage_evidence (${COVERAGE_COLUMNS}) ${NUMBERED_SQL(rows)}`);
}

/** The schema version that adds the aggregate. */
export const COVERAGE_VERSION = 9;

/**
 * Migration 9: the aggregate, its indexes (a focal code's rows by date; a block key's rows), built from every event
 * (over what a database taken back to an older version kept).
 */
export async function addCoverage(c: Conn): Promise<void> {
  await c.run('DROP TABLE IF EXISTS coverage_evidence');
  await c.run('DROP TABLE IF EXISTS evidence_names');
  await c.run(`CREATE TABLE evidence_names (name ${T} PRIMARY KEY, n integer GENERATED ALWAYS AS IDENTITY)`);
  await c.run(`CREATE TABLE coverage_evidence (
    code ${T} NOT NULL, partner ${T} NOT NULL, hkey ${T} NOT NULL, h ${T} NOT NULL, doc_n integer NOT NULL, source_n integer,
    po BOOLEAN NOT NULL, pi BOOLEAN NOT NULL, date_start DATE, date_prec SMALLINT, date_flag ${T}, event_type ${T} NOT NULL,
    origin ${T} NOT NULL, review_status ${T} NOT NULL, h_rep BOOLEAN NOT NULL, own BOOLEAN NOT NULL)`);
  await c.run(`CREATE TEMP TABLE _cov_rows ON COMMIT DROP AS ${derivedSql(null)}`);
  await insertRows(c, '_cov_rows');
  await c.run('DROP TABLE _cov_rows');
  await c.run('CREATE INDEX coverage_evidence_code ON coverage_evidence (code, date_start)');
  await c.run('CREATE INDEX coverage_evidence_hkey ON coverage_evidence (hkey)');
  await ensureDirty(c);
  await c.run('DELETE FROM _cov_dirty');
}

/**
 * Block keys whose stored aggregate rows differ from what events give (should always be empty); a name missing
 * from the dictionary shows as rows missing.
 */
export async function coverageMismatches(c: Conn): Promise<string[]> {
  const rows = await c.all<{ hkey: string }>(`WITH derived AS (${derivedSql(null)}), want AS (${NUMBERED_SQL('derived')}), diff AS (
      (SELECT ${COVERAGE_COLUMNS} FROM want EXCEPT ALL SELECT ${COVERAGE_COLUMNS} FROM coverage_evidence)
      UNION ALL
      (SELECT ${COVERAGE_COLUMNS} FROM coverage_evidence EXCEPT ALL SELECT ${COVERAGE_COLUMNS} FROM want)
    ) SELECT DISTINCT hkey FROM diff ORDER BY hkey`);
  return rows.map((r) => `coverage:${r.hkey}`);
}
