/**
 * A thin typed adapter over @duckdb/node-api: one instance, one writing connection and a small pool of reading
 * connections, JSON-friendly rows (BIGINT as string, DATE as 'YYYY-MM-DD'), transactions that always end, errors
 * as StoreError (a damaged or foreign file says so in one line, see ./_errors.ts).
 */
import { isMainThread } from 'node:worker_threads';
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { openError, queryError } from './_errors.ts';
import { ReadPool, type Reader } from './_read-pool.ts';

/**
 * While a database is open for writing, the files this process creates are private (umask 077): the
 * database itself when new, and its write-ahead log, which DuckDB creates and deletes as it checkpoints
 * (so a mode set once on the database file would not cover it). The previous umask comes back when the
 * last database closes. Only the main thread may change the umask; elsewhere, and on Windows, nothing changes.
 */
let privateHolders = 0;
let savedUmask = 0;
function holdPrivateUmask(): () => void {
  if (!isMainThread || process.platform === 'win32') return () => undefined;
  if (privateHolders++ === 0) {
    savedUmask = process.umask(0o077);
    process.umask(savedUmask | 0o077);
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--privateHolders === 0) process.umask(savedUmask);
  };
}

export type Params = DuckDBValue[];
export type Row = Record<string, unknown>;
export type { Reader } from './_read-pool.ts';

/**
 * Reading connections per database. Each query runs on a libuv thread (4 by default, shared with file I/O and
 * the writer), and DuckDB parallelises each query over the cores itself: a few are enough.
 */
export const READ_CONNECTIONS = 3;

export class Db {
  private readonly readers: ReadPool;

  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly conn: DuckDBConnection,
    readonly path: string,
    private readonly releaseUmask: () => void,
  ) {
    this.readers = new ReadPool(instance, READ_CONNECTIONS, (e, sql) => queryError(path, e, sql));
  }

  static async open(path: string, readOnly = false): Promise<Db> {
    let instance: DuckDBInstance | undefined;
    const release = readOnly || path === ':memory:' || path === '' ? () => undefined : holdPrivateUmask();
    try {
      instance = await DuckDBInstance.create(path, readOnly ? { access_mode: 'READ_ONLY' } : {});
      const conn = await instance.connect();
      return new Db(instance, conn, path, release);
    } catch (e) {
      instance?.closeSync();
      release();
      throw openError(path, e);
    }
  }

  /**
   * Runs `fn` with a reading connection of the pool (waiting for one when all are busy). It sees what was
   * committed when each of its statements starts (with `snapshot`: when the first starts, for all of them),
   * never the writer's open transaction or temp tables: reads run beside writes and beside each other.
   */
  read<T>(fn: (r: Reader) => Promise<T>, o: { snapshot?: boolean } = {}): Promise<T> {
    return this.readers.use(fn, o.snapshot ?? false);
  }

  async run(sql: string, params?: Params): Promise<number> {
    try {
      const r = await this.conn.run(sql, params);
      return r.rowsChanged;
    } catch (e) {
      throw queryError(this.path, e, sql);
    }
  }

  async all<T = Row>(sql: string, params?: Params): Promise<T[]> {
    try {
      const r = await this.conn.runAndReadAll(sql, params);
      return r.getRowObjectsJson() as T[];
    } catch (e) {
      throw queryError(this.path, e, sql);
    }
  }

  async one<T = Row>(sql: string, params?: Params): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  /** Rows in chunks, streamed: constant memory over any result size. */
  async *stream<T = Row>(sql: string, params?: Params): AsyncGenerator<T[]> {
    let result;
    try {
      result = await this.conn.stream(sql, params);
    } catch (e) {
      throw queryError(this.path, e, sql);
    }
    const chunks = result.yieldRowObjectJson()[Symbol.asyncIterator]();
    for (;;) {
      let next;
      try {
        next = await chunks.next();
      } catch (e) {
        throw queryError(this.path, e, sql);
      }
      if (next.done) return;
      yield next.value as T[];
    }
  }

  /** Runs `fn` in a transaction: committed if it returns, rolled back if it throws. */
  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    await this.run('BEGIN TRANSACTION');
    let ok = false;
    try {
      const v = await fn();
      await this.run('COMMIT');
      ok = true;
      return v;
    } finally {
      if (!ok) await this.conn.run('ROLLBACK').catch(() => undefined);
    }
  }

  /** Appends rows to a table (fast bulk load of small lookup tables). */
  async append(table: string, rows: DuckDBValue[][]): Promise<void> {
    const appender = await this.conn.createAppender(table);
    try {
      for (const row of rows) {
        for (const v of row) appendValue(appender, v);
        appender.endRow();
      }
      appender.flushSync();
    } finally {
      appender.closeSync();
    }
  }

  /** Resolves when no read is running (call before `close`). */
  idle(): Promise<void> {
    return this.readers.idle();
  }

  close(): void {
    try {
      this.readers.close();
      this.conn.closeSync();
    } finally {
      try {
        this.instance.closeSync();
      } finally {
        this.releaseUmask();
      }
    }
  }
}

function appendValue(a: Awaited<ReturnType<DuckDBConnection['createAppender']>>, v: DuckDBValue): void {
  if (v === null) a.appendNull();
  else if (typeof v === 'string') a.appendVarchar(v);
  else if (typeof v === 'number') a.appendDouble(v);
  else if (typeof v === 'boolean') a.appendBoolean(v);
  else a.appendValue(v);
}

/** A SQL string literal (for file paths in read_csv/COPY, where DuckDB takes no parameters). */
export function sqlString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}
