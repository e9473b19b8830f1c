/**
 * What a PostgreSQL failure means for the user, in one line without the driver's text (which stays the error's
 * cause, for logs): a server that cannot be reached or went away, a refused login, a missing database, a
 * permission. Matched on SQLSTATE codes and Node's socket codes, never on message text.
 */
import { StoreError } from '../../errors.ts';

type Say = (where: string) => string;

const BY_CODE: Record<string, Say> = {
  ECONNREFUSED: (w) => `cannot reach the PostgreSQL server of ${w}: nothing listens there (is it running?)`,
  ENOTFOUND: (w) => `cannot reach the PostgreSQL server of ${w}: unknown host`,
  ETIMEDOUT: (w) => `cannot reach the PostgreSQL server of ${w}: it does not answer`,
  ECONNRESET: (w) => `the PostgreSQL server of ${w} closed the connection: nothing was written by the unfinished step; run it again`,
  EPIPE: (w) => `the PostgreSQL server of ${w} closed the connection: nothing was written by the unfinished step; run it again`,
  // SQLSTATE classes 08 (connection), 57P (operator intervention), 28 (authorisation), 3D (no database), 42501
  '08000': (w) => `lost the connection to the PostgreSQL server of ${w}: nothing was written by the unfinished step; run it again`,
  '08003': (w) => `lost the connection to the PostgreSQL server of ${w}: nothing was written by the unfinished step; run it again`,
  '08006': (w) => `lost the connection to the PostgreSQL server of ${w}: nothing was written by the unfinished step; run it again`,
  '57P01': (w) => `the PostgreSQL server of ${w} is shutting down: nothing was written by the unfinished step; run it again when it is back`,
  '57P02': (w) => `the PostgreSQL server of ${w} is shutting down: nothing was written by the unfinished step; run it again when it is back`,
  '57P03': (w) => `the PostgreSQL server of ${w} is starting up or shutting down: try again in a moment`,
  '28000': (w) => `the PostgreSQL server of ${w} refused the login: check the user in the URL`,
  '28P01': (w) => `the PostgreSQL server of ${w} refused the password`,
  '3D000': (w) => `the database of ${w} does not exist: create it (createdb) first`,
  '42501': (w) => `the PostgreSQL user of ${w} lacks a permission multivector needs (create tables in its schema, read and write them)`,
  '25006': (w) => `the PostgreSQL server of ${w} is read-only (a replica?): send writes to the primary`,
  '53300': (w) => `the PostgreSQL server of ${w} has no connection slot left: raise max_connections or stop other clients`,
};

const codeOf = (e: unknown): string | undefined => {
  const c = (e as { code?: unknown } | null)?.code;
  return typeof c === 'string' ? c : undefined;
};

/** True when the failure is about the connection (the statement may be retried on a new one). */
export function isConnectionError(e: unknown): boolean {
  const c = codeOf(e);
  return !!c && (c.startsWith('08') || c.startsWith('57P') || c.startsWith('E'));
}

/** The error to throw for a failure of the database at `where` (a URL without its password). */
export function pgError(where: string, e: unknown, sql?: string): StoreError {
  if (e instanceof StoreError) return e;
  const code = codeOf(e);
  const say = code ? BY_CODE[code] : undefined;
  if (say) return new StoreError(say(where), { cause: e });
  if (!code && e instanceof Error && /Connection terminated|connection timeout|Client has encountered a connection error/i.test(e.message)) {
    return new StoreError(BY_CODE['08006']!(where), { cause: e });
  }
  // Anything else is a statement the engine got wrong (a bug, or bad data a constraint caught): one line for
  // the edges, the driver's message and the statement for the logs (the cause).
  // The statement goes with the driver's error in the cause (logged by the server, shown under MULTIVECTOR_DEBUG),
  // not in the message, which the command line prints whole.
  const what = code ? `SQLSTATE ${code}` : 'unknown';
  const cause = sql ? new Error(`${e instanceof Error ? e.message : String(e)}\n  in: ${sql.replace(/\s+/g, ' ').slice(0, 200)}`, { cause: e }) : e;
  return new StoreError(`the PostgreSQL database ${where} refused a statement (${what})`, { cause });
}
