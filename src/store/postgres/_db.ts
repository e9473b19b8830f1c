/**
 * A thin typed adapter over `pg`: a pool of connections, JSON-friendly rows (DATE as 'YYYY-MM-DD', BIGINT and
 * NUMERIC as numbers: counts and sums stay far below 2^53), transactions that always end, COPY FROM for bulk
 * loads, errors as StoreError (./_errors.ts).
 *
 * Writes from any number of processes are serialised by one transaction-scoped advisory lock (`write`): a
 * write reads what it is about to replace or cluster (documents, happenings' units), so two writers at once
 * must not interleave. Reads never take it and see what was committed.
 */
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { BusyError } from '../../errors.ts';
import { pgError } from './_errors.ts';

export type Params = unknown[];
export type Row = Record<string, unknown>;

// Types: dates stay text (as the spec writes them); 64-bit integers and numerics become numbers.
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === 1082) return (v: string) => v;
    if (oid === 20 || oid === 1700) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

/** The key of the advisory lock every write holds (any 64-bit number of our own: "mv" + 1). */
const WRITE_LOCK = 0x6d7601;

export interface Conn {
  all<T = Row>(sql: string, params?: Params): Promise<T[]>;
  one<T = Row>(sql: string, params?: Params): Promise<T | undefined>;
  /** Rows changed. */
  run(sql: string, params?: Params): Promise<number>;
  /** COPY … FROM STDIN fed by `source` (text format lines, as strings or UTF-8 bytes). */
  copyIn(sql: string, source: AsyncIterable<string | Uint8Array>): Promise<void>;
  /** COPY … TO STDOUT into `sink`. */
  copyOut(sql: string, sink: Writable): Promise<void>;
}

class ClientConn implements Conn {
  constructor(readonly client: pg.PoolClient, private readonly where: string) {}

  async all<T>(sql: string, params?: Params): Promise<T[]> {
    try {
      return (await this.client.query(sql, params as unknown[])).rows as T[];
    } catch (e) {
      throw pgError(this.where, e, sql);
    }
  }

  async one<T>(sql: string, params?: Params): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  async run(sql: string, params?: Params): Promise<number> {
    try {
      return (await this.client.query(sql, params as unknown[])).rowCount ?? 0;
    } catch (e) {
      throw pgError(this.where, e, sql);
    }
  }

  async copyIn(sql: string, source: AsyncIterable<string | Uint8Array>): Promise<void> {
    try {
      await pipeline(source, this.client.query(copyFrom(sql)));
    } catch (e) {
      throw pgError(this.where, e, sql);
    }
  }

  async copyOut(sql: string, sink: Writable): Promise<void> {
    try {
      await pipeline(this.client.query(copyTo(sql)), sink);
    } catch (e) {
      throw pgError(this.where, e, sql);
    }
  }
}

/** Takes the store's write lock for the rest of the connection's open transaction. */
export async function takeWriteLock(c: Conn): Promise<void> {
  await c.run('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
}

/**
 * Runs `insert` (of `added` rows into `table`); when they are at least as many as the rows stored, the secondary
 * indexes of `table` are dropped before it and built again after it, in the same transaction: building an index
 * costs a fraction of maintaining it row by row (the GIN index on parties most), and a rollback restores them.
 * Readers wait for the commit meanwhile (DROP INDEX locks the table), which is why only an import that at least
 * doubles the table does it. Indexes that back a constraint (the unique (id, month) key of a table partitioned by
 * month, README) stay: dropping them would drop the promise they keep. Clustering, which reads by the block key
 * index of events, is done before.
 */
export async function withIndexesDeferred(c: Conn, table: string, added: number, insert: () => Promise<unknown>): Promise<void> {
  // Stored rows counted up to `added` only: the test is whether there are fewer.
  const stored = (await c.one<{ n: number }>(`SELECT count(*)::integer AS n FROM (SELECT 1 FROM ${table} LIMIT $1) x`, [added]))?.n ?? 0;
  if (stored >= added) {
    await insert();
    return;
  }
  const indexes = await c.all<{ name: string; def: string }>(`SELECT i.indexrelid::regclass::text AS name,
      pg_get_indexdef(i.indexrelid) AS def FROM pg_index i WHERE i.indrelid = $1::regclass AND NOT i.indisprimary
      AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
    ORDER BY 1`, [table]);
  await c.run(`SET LOCAL maintenance_work_mem = '256MB'`);
  for (const x of indexes) await c.run(`DROP INDEX ${x.name}`);
  await insert();
  for (const x of indexes) await c.run(x.def);
}

/** How long opening a connection may take before the server counts as unreachable. */
const CONNECT_MS = 10_000;
/**
 * How long a call waits for a free connection of the pool (all busy: the server under load) before it is refused
 * as busy (BusyError, HTTP 503 with Retry-After): as long as a client waits for a slow answer, not the connect time.
 */
const POOL_WAIT_MS = 60_000;

/** Connections opened with their own time limit (the pool's is how long a call waits for one). */
class Client extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super({ ...(typeof config === 'string' ? { connectionString: config } : config), connectionTimeoutMillis: CONNECT_MS });
  }
}

export class Pg {
  private constructor(private readonly pool: pg.Pool, readonly where: string, private readonly max: number) {}

  static async open(url: string, where: string, max = 4): Promise<Pg> {
    const pool = new pg.Pool({ connectionString: url, max, types, Client, connectionTimeoutMillis: POOL_WAIT_MS, application_name: 'multivector' });
    // A connection dropped while idle (the server restarted) is an event of the pool, not a crash of ours.
    pool.on('error', () => undefined);
    const db = new Pg(pool, where, max);
    try {
      await db.use((c) => c.run('SELECT 1'));
    } catch (e) {
      await pool.end().catch(() => undefined);
      throw e;
    }
    return db;
  }

  /** Runs `fn` on one connection of the pool (released afterwards, dropped when it broke). */
  async use<T>(fn: (c: Conn) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (e) {
      // Every connection busy until the wait ran out (the driver gives that no code): load, not a broken server.
      if (!(e as { code?: unknown }).code && this.pool.totalCount >= this.max) {
        throw new BusyError(`every connection to the PostgreSQL server of ${this.where} stayed busy for ${POOL_WAIT_MS / 1000} s: ` +
          'too many requests at once; retry', 5, { cause: e });
      }
      throw pgError(this.where, e);
    }
    // A connection error that arrives between queries must not crash the process: the next query fails.
    const onError = () => undefined;
    client.on('error', onError);
    let broken: Error | undefined;
    try {
      return await fn(new ClientConn(client, this.where));
    } catch (e) {
      if (e instanceof Error && (e.cause as { code?: string } | undefined)?.code?.match(/^(08|57P|E)/)) broken = e;
      throw e;
    } finally {
      client.off('error', onError);
      client.release(broken);
    }
  }

  all<T = Row>(sql: string, params?: Params): Promise<T[]> {
    return this.use((c) => c.all<T>(sql, params));
  }

  async one<T = Row>(sql: string, params?: Params): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  /** Runs `fn` in a transaction on one connection: committed if it returns, rolled back if it throws. */
  transaction<T>(fn: (c: Conn) => Promise<T>, o: { readOnly?: boolean } = {}): Promise<T> {
    return this.use(async (c) => {
      await c.run(o.readOnly ? 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY' : 'BEGIN');
      let ok = false;
      try {
        const v = await fn(c);
        await c.run('COMMIT');
        ok = true;
        return v;
      } finally {
        if (!ok) await c.run('ROLLBACK').catch(() => undefined);
      }
    });
  }

  /** A write: a transaction holding the store's write lock (see the top of this file). */
  write<T>(fn: (c: Conn) => Promise<T>): Promise<T> {
    return this.transaction(async (c) => {
      await takeWriteLock(c);
      return fn(c);
    });
  }

  /** Reads that must see one committed state together. */
  snapshot<T>(fn: (c: Conn) => Promise<T>): Promise<T> {
    return this.transaction(fn, { readOnly: true });
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** Text-format COPY field: backslash, tab, newline and carriage return escaped; null as \N. */
export function copyField(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '\\N';
  return String(v).replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}
