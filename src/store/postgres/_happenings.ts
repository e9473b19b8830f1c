/**
 * Happenings stored on PostgreSQL, as on DuckDB (../duckdb/_happenings.ts): every write marks the units
 * (block key, year) of the events it adds, removes or re-reviews, then `reclusterDirty` re-clusters exactly
 * those units from what is stored, with the one clustering of ../happenings.ts. Runs inside the caller's write
 * transaction, which holds the write lock: no other writer changes a unit while it is re-clustered.
 */
import { clusterBlock, type Assignment, type Report } from '../happenings.ts';
import type { Conn, Params } from './_db.ts';

/** ../happenings.ts isClusterable, over event columns. */
const CLUSTERABLE_SQL = `(review_status <> 'rejected' AND date_start IS NOT NULL AND cardinality(parties) >= 2)`;
const YEAR_SQL = `coalesce(extract(year FROM date_start)::integer, -1)`;

/** Rows of re-clustering read into JS per round: units are never split, so a round holds at least one unit. */
const BATCH_ROWS = 20_000;

async function ensureDirty(c: Conn): Promise<void> {
  // Per connection; emptied by the commit (and by a rollback, with everything else).
  await c.run('CREATE TEMP TABLE IF NOT EXISTS _h_dirty (hkey text NOT NULL, yr integer NOT NULL) ON COMMIT DELETE ROWS');
}

/** Marks the units of the stored events in `source` (a subquery of events rows, with their hkey) for re-clustering. */
export async function markDirty(c: Conn, source: string, params: Params = []): Promise<void> {
  await ensureDirty(c);
  await c.run(`INSERT INTO _h_dirty SELECT DISTINCT hkey, ${YEAR_SQL} FROM ${source} s`, params);
}

interface UnitRow { id: string; hkey: string; yr: number; date: string | null; location: string | null; valued: boolean; ok: boolean }

/** Re-clusters every unit marked since the last call, and writes happening and h_rep. */
export async function reclusterDirty(c: Conn): Promise<void> {
  await ensureDirty(c);
  await c.run('DROP TABLE IF EXISTS _h_units');
  // Units in order with a running row count, so rounds take whole units up to BATCH_ROWS rows.
  await c.run(`CREATE TEMP TABLE _h_units ON COMMIT DROP AS
    SELECT hkey, yr, (coalesce(sum(n) OVER (ORDER BY hkey, yr ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) / ${BATCH_ROWS})::integer AS batch
    FROM (SELECT u.hkey, u.yr, count(e.id) AS n FROM (SELECT DISTINCT hkey, yr FROM _h_dirty) u
      LEFT JOIN events e ON e.hkey = u.hkey AND ${YEAR_SQL.replace('date_start', 'e.date_start')} = u.yr GROUP BY u.hkey, u.yr) x`);
  await c.run('DELETE FROM _h_dirty');
  const last = (await c.one<{ n: number | null }>('SELECT max(batch) AS n FROM _h_units'))?.n;
  for (let b = 0; last !== null && last !== undefined && b <= last; b++) {
    const rows = await c.all<UnitRow>(`SELECT e.id, e.hkey, u.yr, e.date, e.location, e.value_amount IS NOT NULL AS valued,
        ${CLUSTERABLE_SQL.replace(/(review_status|date_start|parties)/g, 'e.$1')} AS ok
      FROM _h_units u JOIN events e ON e.hkey = u.hkey AND ${YEAR_SQL.replace('date_start', 'e.date_start')} = u.yr
      WHERE u.batch = $1 ORDER BY e.hkey, u.yr`, [b]);
    await write(c, assign(rows));
  }
  await c.run('DROP TABLE _h_units');
}

/** Rows ordered by unit -> assignments: clusterable reports of a unit together, every other report alone. */
function assign(rows: UnitRow[]): Assignment[] {
  const out: Assignment[] = [];
  let unit: Report[] = [];
  let at = '';
  const flush = () => {
    if (unit.length > 1) out.push(...clusterBlock(unit));
    else for (const r of unit) out.push({ id: r.id, happening: r.id, rep: true });
    unit = [];
  };
  for (const r of rows) {
    const u = `${r.hkey}\u001f${r.yr}`;
    if (u !== at) flush();
    at = u;
    if (r.ok) unit.push({ id: r.id, key: r.hkey, date: r.date, location: r.location, clusterable: true, valued: r.valued });
    else out.push({ id: r.id, happening: r.id, rep: true });
  }
  flush();
  return out;
}

async function write(c: Conn, a: Assignment[]): Promise<void> {
  if (!a.length) return;
  await c.run(`UPDATE events SET happening = r.happening, h_rep = r.rep
    FROM unnest($1::text[], $2::text[], $3::boolean[]) AS r(id, happening, rep)
    WHERE events.id = r.id AND (events.happening IS DISTINCT FROM r.happening OR events.h_rep IS DISTINCT FROM r.rep)`,
  [a.map((x) => x.id), a.map((x) => x.happening), a.map((x) => x.rep)]);
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
