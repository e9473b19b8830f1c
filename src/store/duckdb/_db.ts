/**
 * A thin typed adapter over @duckdb/node-api: one instance, one writing connection and a small pool of reading
 * connections, JSON-friendly rows (BIGINT as string, DATE as 'YYYY-MM-DD'), transactions that always end, errors
 * as StoreError (a damaged or foreign file says so in one line, see ./_errors.ts).
 */
import { isMainThread } from 'node:worker_threads';
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { InputError } from '../../errors.ts';
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

/** The environment variable that sets DuckDB's memory_limit (e.g. '512MB', '2GB', '1.5GiB'). */
export const MEMORY_ENV = 'MULTIVECTOR_DUCKDB_MEMORY';

/** Below this DuckDB cannot run a query of ours (it refuses or fails on the first join): a typo such as '512KB'. */
const MIN_MEMORY_BYTES = 16 * 1024 ** 2;
const UNITS: Record<string, number> = {
  b: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3, tib: 1024 ** 4,
};

/**
 * DuckDB's memory_limit from `MULTIVECTOR_DUCKDB_MEMORY` (null when unset or empty: DuckDB's default, 80% of the
 * machine's memory). A number with a unit (B, KB, MB, GB, TB, KiB, MiB, GiB, TiB; case-insensitive), at least 16 MB;
 * anything else is an InputError naming the variable, before the database opens.
 */
export function duckdbMemoryLimit(env: NodeJS.ProcessEnv = process.env): string | null {
  const raw = env[MEMORY_ENV]?.trim();
  if (!raw) return null;
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]+)$/i.exec(raw);
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined) {
    throw new InputError(`"${raw}" is not a memory size: give a number and a unit, such as 512MB or 2GB (units: B, KB, MB, GB, TB, KiB, MiB, GiB, TiB)`,
      { where: { field: MEMORY_ENV } });
  }
  if (Number(m[1]) * unit < MIN_MEMORY_BYTES) {
    throw new InputError(`"${raw}" is too little memory for the database: give at least 16MB`, { where: { field: MEMORY_ENV } });
  }
  // DuckDB's own spelling: the unit as given, no space.
  return `${m[1]}${m[2]}`;
}

/**
 * Rows appended between two turns of the event loop. Appending (and flushing) 2,000 dataset rows takes a few ms;
 * the appender's own batches (50,000 rows in an import) held the loop for hundreds of ms, seconds on a loaded machine.
 */
export const APPEND_YIELD_ROWS = 2000;

/** Rows appended by this process so far (the test of the yields counts the rows between two turns of the loop). */
let appended = 0;
export const appendedRows = (): number => appended;

/** Lets the event loop turn once: timers, I/O callbacks (requests) and setImmediate callbacks queued before run. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

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

  /** Opens the database; `MULTIVECTOR_DUCKDB_MEMORY` (see duckdbMemoryLimit) caps the engine's memory. */
  static async open(path: string, readOnly = false): Promise<Db> {
    const memory = duckdbMemoryLimit();
    let instance: DuckDBInstance | undefined;
    const release = readOnly || path === ':memory:' || path === '' ? () => undefined : holdPrivateUmask();
    try {
      instance = await DuckDBInstance.create(path, {
        ...(readOnly ? { access_mode: 'READ_ONLY' } : {}), ...(memory ? { memory_limit: memory } : {}),
      });
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

  /**
   * Appends rows to a table (bulk load: lookup tables, a dataset import's raw rows). DuckDB's appender runs on this
   * thread, so every APPEND_YIELD_ROWS rows what was appended is flushed to the table and the event loop turns
   * (a server answers requests, a watcher's progress line and signals go on, during a GDELT import of any size).
   */
  async append(table: string, rows: Iterable<DuckDBValue[]>): Promise<void> {
    const appender = await this.conn.createAppender(table);
    try {
      let n = 0;
      for (const row of rows) {
        for (const v of row) appendValue(appender, v);
        appender.endRow();
        appended++;
        if (++n % APPEND_YIELD_ROWS === 0) {
          appender.flushSync();
          await turn();
        }
      }
      appender.flushSync();
    } finally {
      appender.closeSync();
    }
  }

  /** DuckDB's own memory accounting: its memory_limit, and bytes in use (buffer pool, by component), for the memory log. */
  async memory(): Promise<{ limit: string; bytes: number; byTag: Record<string, number> }> {
    // On a reading connection: the writer may be in a long import.
    const { limit, rows } = await this.read(async (r) => ({
      limit: (await r.one<{ v: string }>(`SELECT current_setting('memory_limit') AS v`))?.v ?? '',
      rows: await r.all<{ tag: string; bytes: string | number }>(
        `SELECT tag, (memory_usage_bytes + temporary_storage_bytes)::BIGINT AS bytes FROM duckdb_memory()`),
    }));
    const byTag: Record<string, number> = {};
    let bytes = 0;
    for (const r of rows) {
      const n = Number(r.bytes);
      if (n > 0) byTag[r.tag.toLowerCase()] = n;
      bytes += n;
    }
    return { limit, bytes, byTag };
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
