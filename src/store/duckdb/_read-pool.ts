/**
 * Reading connections of one DuckDB instance, one caller at a time each: opened on demand up to `size`, then
 * callers wait for one to be free (first come, first served). Reads on their own connections run beside the
 * writer and beside each other, where one shared connection would run them one after another.
 */
import type { DuckDBConnection, DuckDBInstance, DuckDBValue } from '@duckdb/node-api';
import { StoreError } from '../../errors.ts';

/** What a read may do: queries, rows as JSON-friendly objects. */
export interface Reader {
  all<T = Record<string, unknown>>(sql: string, params?: DuckDBValue[]): Promise<T[]>;
  one<T = Record<string, unknown>>(sql: string, params?: DuckDBValue[]): Promise<T | undefined>;
}

type WrapError = (e: unknown, sql: string) => Error;

class PooledReader implements Reader {
  constructor(readonly conn: DuckDBConnection, private readonly wrap: WrapError) {}

  async all<T>(sql: string, params?: DuckDBValue[]): Promise<T[]> {
    try {
      return (await this.conn.runAndReadAll(sql, params)).getRowObjectsJson() as T[];
    } catch (e) {
      throw this.wrap(e, sql);
    }
  }

  async one<T>(sql: string, params?: DuckDBValue[]): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }
}

export class ReadPool {
  private readonly opened: PooledReader[] = [];
  private readonly free: PooledReader[] = [];
  private readonly waiting: Array<(r: PooledReader) => void> = [];
  private opening = 0;
  private active = 0;
  private drained: Array<() => void> = [];
  private closed = false;

  constructor(private readonly instance: DuckDBInstance, readonly size: number, private readonly wrap: WrapError) {}

  /** Runs `fn` on a free connection; with `snapshot`, all its statements see one committed state. */
  async use<T>(fn: (r: Reader) => Promise<T>, snapshot = false): Promise<T> {
    if (this.closed) throw new StoreError('the database is closed');
    this.active++;
    try {
      const reader = await this.acquire();
      try {
        if (!snapshot) return await fn(reader);
        await reader.conn.run('BEGIN TRANSACTION');
        try {
          return await fn(reader);
        } finally {
          // Nothing was written: ending it either way frees the snapshot.
          await reader.conn.run('ROLLBACK').catch(() => undefined);
        }
      } finally {
        this.release(reader);
      }
    } finally {
      if (--this.active === 0) for (const done of this.drained.splice(0)) done();
    }
  }

  /** Resolves when no read is running or waiting. */
  idle(): Promise<void> {
    return this.active === 0 ? Promise.resolve() : new Promise((resolve) => this.drained.push(resolve));
  }

  private async acquire(): Promise<PooledReader> {
    const ready = this.free.pop();
    if (ready) return ready;
    if (this.opened.length + this.opening < this.size) {
      this.opening++;
      try {
        const reader = new PooledReader(await this.instance.connect(), this.wrap);
        this.opened.push(reader);
        return reader;
      } catch (e) {
        throw this.wrap(e, '(connect)');
      } finally {
        this.opening--;
      }
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(reader: PooledReader): void {
    const next = this.waiting.shift();
    if (next) next(reader);
    else this.free.push(reader);
  }

  /** Closes every connection (call when idle). */
  close(): void {
    this.closed = true;
    for (const r of this.opened.splice(0)) r.conn.closeSync();
    this.free.length = 0;
  }
}
