/**
 * Engine-native dataset import on PostgreSQL: each row is mapped to its event in JavaScript as it streams
 * (../_import-map.ts; bad rows counted and named by line and field, the others go on), and the events go to the
 * server by one COPY into a temporary table of pending rows, already in the form events stores. Under the write
 * lock, those whose ids are stored (or came earlier in the file) are dropped, and the rest are clustered with the
 * stored events of their units and inserted (./_write.ts storePending), all in one transaction. Memory stays
 * bounded (a batch of rows at a time; the server spills); the write lock is held from the end of the COPY.
 *
 * Why a temporary table, not a COPY straight into events: the happening of a row is known only once every row of
 * its unit has been read, and a row COPYed into events first must then be rewritten (an UPDATE of every report
 * that is not its happening's representative, with its index entries), which cost more here than writing the
 * temporary table (no WAL) and inserting from it; and ids can only be checked against what is stored (a COPY into
 * the primary key stops at the first duplicate) between statements, not during one.
 */
import { alreadyImported, checkStrict, importReport, stagedRows, type StagedCounts } from '../_import-report.ts';
import { rowMapper, type MappedEvent } from '../_import-map.ts';
import type { DelimitedImport, ImportCounts } from '../store.ts';
import { takeWriteLock, type Conn, type Pg } from './_db.ts';
import { STAGING_DDL } from './_rows.ts';
import { flagPendingDates, PENDING_COLUMNS, storePending } from './_write.ts';

/** Problems reported by line (the first ones). */
const MAX_PROBLEMS = 20;

/** Text-format COPY field of a text that may hold a backslash (the only escape a dataset field can need here). */
const esc = (s: string) => (s.includes('\\') ? s.replace(/\\/g, '\\\\') : s);
const opt = (s: string | null) => (s === null ? '\\N' : esc(s));
/** A PostgreSQL array literal of strings, every element quoted. */
const arrayOf = (xs: readonly string[]) => esc(`{${xs.map((x) => `"${x.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`);
const plain = (x: string) => !x.includes('\\') && !x.includes('"');
/** Literals of the lists every row repeats (a CAMEO code's context): made once each. */
const literals = new WeakMap<readonly string[], string>();
/** arrayOf, without its passes for the lists of none or one plain code a dataset row has. */
function arr(xs: readonly string[]): string {
  if (xs.length === 0) return '{}';
  if (xs.length === 1 && plain(xs[0]!)) return `{"${xs[0]!}"}`;
  return arrayOf(xs);
}
function shared(xs: readonly string[]): string {
  let s = literals.get(xs);
  if (s === undefined) literals.set(xs, (s = arrayOf(xs)));
  return s;
}

/** The columns of `_new` written by the COPY (PENDING_COLUMNS but the date flag, which needs the documents). */
const COPY_COLUMNS = `line, ${PENDING_COLUMNS.replace(', date_flag', '')}`;

/** One COPY line of `_new` (COPY_COLUMNS) for the event of file line `line`. */
function pendingLine(line: number, e: MappedEvent): string {
  return `${line}\t${esc(e.id)}\t${e.origin}\t${esc(e.doc)}\t${e.sentence}\t\t${e.event_type}\t${opt(e.mode)}\t${shared(e.context)}\t${
    arr(e.actor)}\t${arr(e.recipient)}\t${arr(e.parties)}\t${e.date}\t${e.date}\t${opt(e.location)}\t\\N\t\\N\t${esc(e.cameo)}\t${
    e.score}\t${e.quad_class}\t${opt(e.goldstein)}\t${opt(e.num_mentions)}\t${opt(e.num_sources)}\t${opt(e.num_articles)}\t${
    opt(e.tone)}\t${opt(e.source_url)}\t\\N\t\\N\t\\N\t${esc(e.hkey)}\t${esc(e.source)}\n`;
}

/** What the mapping found, counted as the rows stream. */
interface Tally extends StagedCounts {
  /** Whether every good row's id was larger than the one before (then no id repeats within the file). */
  ascending: boolean;
}

/** Bytes of COPY text sent at a time. */
const CHUNK_BYTES = 1 << 20;

/**
 * The COPY text of the good rows of `spec`, in chunks of about CHUNK_BYTES; the others counted in `tally`. Each line is
 * written into a buffer as soon as it is made: lines kept as strings until a batch is sent survive the young
 * collections as many small pieces, and collecting them cost more than the mapping.
 */
async function* pendingLines(spec: DelimitedImport, tally: Tally): AsyncGenerator<Buffer> {
  const map = rowMapper(spec.format);
  let last: bigint | null = null;
  let buf = Buffer.allocUnsafe(2 * CHUNK_BYTES);
  let at = 0;
  for await (const batch of spec.rows) {
    for (let i = 0; i < batch.texts.length; i++) {
      const r = map(batch.texts[i]!);
      const line = batch.lines[i]!;
      if (r.status === 'ok') {
        tally.ok++;
        if (last !== null && r.eid <= last) tally.ascending = false;
        last = r.eid;
        const text = pendingLine(line, r.event);
        // No room for the line at 3 bytes a character, its most (rows are at most MAX_LINE_BYTES of src/import): a fresh buffer.
        if (3 * text.length > buf.length - at) {
          if (at) yield buf.subarray(0, at);
          buf = Buffer.allocUnsafe(Math.max(2 * CHUNK_BYTES, 3 * text.length + 1));
          at = 0;
        }
        at += buf.write(text, at);
        if (at >= CHUNK_BYTES) {
          yield buf.subarray(0, at);
          buf = Buffer.allocUnsafe(2 * CHUNK_BYTES);
          at = 0;
        }
      } else if (r.status === 'unmapped') {
        tally.unmapped++;
      } else {
        tally.malformed++;
        if (tally.problems.length < MAX_PROBLEMS) {
          tally.problems.push({ file: spec.displayName, line, ...(r.field ? { field: r.field } : {}), reason: r.reason });
        }
      }
    }
  }
  if (at) yield buf.subarray(0, at);
}

/** Sorts and hashes of a bulk import kept in memory rather than spilled in pieces of the default 4 MB. */
const IMPORT_WORK_MEM = '256MB';

/** Drops the rows of `_new` whose ids are stored, and all but the first (by line) of an id that repeats; how many remain. */
async function keepNew(c: Conn, tally: Tally): Promise<number> {
  const stored = await c.run('DELETE FROM _new n USING events e WHERE e.id = n.id');
  let repeated = 0;
  if (!tally.ascending && (await c.one('SELECT 1 FROM _new GROUP BY id HAVING count(*) > 1 LIMIT 1'))) {
    repeated = await c.run('DELETE FROM _new a USING _new b WHERE b.id = a.id AND b.line < a.line');
  }
  return tally.ok - stored - repeated;
}

export function importDelimited(db: Pg, spec: DelimitedImport, strict: boolean): Promise<ImportCounts> {
  return db.use(async (c) => {
    if (spec.once !== undefined && (await c.one('SELECT 1 FROM imported_files WHERE key = $1', [spec.once]))) return alreadyImported();
    // One transaction from the COPY on: the pending rows and settings end with it, whatever happens.
    await c.run('BEGIN');
    let done = false;
    try {
      await c.run(`SET LOCAL work_mem = '${IMPORT_WORK_MEM}'`);
      // Each statement below runs once over every row: compiling it costs more than it saves at these sizes.
      await c.run('SET LOCAL jit = off');
      await c.run('DROP TABLE IF EXISTS _new');
      await c.run(`CREATE TEMP TABLE _new (line integer, ${STAGING_DDL}, date_flag text COLLATE "C", hkey text COLLATE "C",
        source text COLLATE "C") ON COMMIT DROP`);
      const tally: Tally = { ok: 0, unmapped: 0, malformed: 0, problems: [], ascending: true };
      await c.copyIn(`COPY _new (${COPY_COLUMNS}) FROM STDIN`, pendingLines(spec, tally));
      checkStrict(tally, spec.displayName, strict);
      await takeWriteLock(c);
      // Remembered with its rows, under the write lock: two processes importing one file store it once.
      if (spec.once !== undefined && (await c.one('SELECT 1 FROM imported_files WHERE key = $1', [spec.once]))) {
        await c.run('ROLLBACK');
        done = true;
        return alreadyImported();
      }
      const added = await keepNew(c, tally);
      await flagPendingDates(c, '_new');
      await storePending(c, '_new', added);
      if (spec.once !== undefined) {
        await c.run(`INSERT INTO imported_files (key, imported_at, "rows", added) VALUES ($1, $2, $3, $4)`,
          [spec.once, new Date().toISOString(), stagedRows(tally), added]);
      }
      await c.run('DROP TABLE _new');
      await c.run('COMMIT');
      done = true;
      return importReport({ ok: tally.ok, unmapped: tally.unmapped, malformed: tally.malformed, problems: tally.problems }, added);
    } finally {
      if (!done) await c.run('ROLLBACK').catch(() => undefined);
    }
  });
}
