/**
 * What a DuckDB failure means for the user, in one line without the driver's text (which stays the error's
 * cause, for logs): a damaged, truncated or foreign database file, a file another process holds, a file that
 * cannot be read. Matched on the driver's messages, most specific first; "lock" is matched as the lock message
 * only (a corrupt block's message contains "block").
 */
import { StoreError } from '../../errors.ts';

const RESTORE = 'restore it from a backup, or move it away to start a new database there';

type Say = (file: string, m: RegExpExecArray) => string;

/** Damage found while reading: the file may open and fail on the first bad block a query reads. */
const DAMAGE: [RegExp, Say][] = [
  [/Could not read enough bytes|unexpected end of file|file is too small/i, (f) => `the database file ${f} is truncated (shorter than its own contents say): ${RESTORE}`],
  [/Corrupt database file|checksum .*does not match|database file is corrupt/i, (f) => `the database file ${f} is damaged (its data fails its checksums): ${RESTORE}`],
];

/** [driver message, what to tell the user about the file] when it cannot be opened. */
const OPEN_PROBLEMS: [RegExp, Say][] = [
  [/Could not set lock on file[^]*?\(PID (\d+)\)/i, (f, m) => `the database ${f} is in use by another process (PID ${m[1]}): stop it, or give another --db`],
  [/Could not set lock on file/i, (f) => `the database ${f} is in use by another process: stop it, or give another --db`],
  ...DAMAGE,
  [/not a valid DuckDB database file/i, (f) => `${f} is not a multivector database (not a DuckDB file, or empty): give another --db, or move it away`],
  [/database file with version number|created with a (newer|older) version|storage version/i,
    (f) => `the database ${f} was written by another version of the database engine: open it with the multivector that wrote it, or export and re-import it`],
  [/Permission denied/i, (f) => `cannot open the database ${f}: permission denied`],
  [/No such file or directory|Cannot open file/i, (f) => `cannot open the database ${f}: its folder does not exist or cannot be reached`],
  [/Read-only file system/i, (f) => `cannot write the database ${f}: the file system is read-only`],
];

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The first matching message about the file, or null. */
function match(table: [RegExp, Say][], file: string, e: unknown): string | null {
  const msg = messageOf(e);
  for (const [re, say] of table) {
    const m = re.exec(msg);
    if (m) return say(file, m);
  }
  return null;
}

/** A database that cannot be opened: what is wrong with the file, else a plain "cannot open". */
export function openError(file: string, e: unknown): StoreError {
  return new StoreError(match(OPEN_PROBLEMS, file, e) ?? `cannot open the database ${file}`, { cause: e, where: { file } });
}

/** The driver's own failure, kept as a StoreError's cause for the logs: its message and the statement. */
export class DriverFailure extends Error {
  override readonly name = 'DriverFailure';
}

/**
 * A statement that failed: a damaged file says so (it may open fine and fail on the first block it reads);
 * anything else is one plain sentence. The driver's message and the statement go to the cause only (the server
 * logs it, the CLI shows it under MULTIVECTOR_DEBUG): engine text is no user's business.
 */
export function queryError(file: string, e: unknown, sql: string): StoreError {
  if (e instanceof StoreError) return e;
  const problem = match(DAMAGE, file, e);
  if (problem) return new StoreError(problem, { cause: e, where: { file } });
  const cause = new DriverFailure(`${messageOf(e)}\n  in: ${sql.replace(/\s+/g, ' ').slice(0, 200)}`, { cause: e });
  return new StoreError('a database statement failed', { cause });
}
