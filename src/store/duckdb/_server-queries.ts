/**
 * ServerQueries (../_server-queries.ts) on DuckDB: reads go to the pool of reading connections, the review to
 * the writing connection through the store's queue (`exclusive`, serialised with the store's own writes), its
 * changed event written again through the engine's append path.
 */
import type { DuckDBValue } from '@duckdb/node-api';
import { serverQueries } from '../_server-queries.ts';
import type { ServerQueries } from '../queries.ts';
import type { Db } from './_db.ts';
import { DUCKDB } from './_dialect.ts';
import { appendEvents, deleteParties, EVENT_COLUMNS, setPartyStatus } from './_party.ts';
import { eventParams, INSERT_COLUMNS, placeholders } from './_rows.ts';

type Serialise = <T>(fn: () => Promise<T>) => Promise<T>;

export function duckDbServerQueries(db: Db, exclusive: Serialise): ServerQueries {
  return serverQueries<DuckDBValue, Db>(DUCKDB, {
    read: (fn, snapshot) => db.read(fn, { snapshot }),
    write: (fn) => exclusive(() => db.transaction(() => fn(db))),
    async rewrite(w, next, docChanged) {
      await deleteParties(w, 'SELECT $1', [next.id]);
      await w.run('DELETE FROM events WHERE id = $1', [next.id]);
      await w.run('DROP TABLE IF EXISTS _review_staging');
      await w.run(`CREATE TEMP TABLE _review_staging AS SELECT ${EVENT_COLUMNS} FROM events LIMIT 0`);
      try {
        await w.run(`INSERT INTO _review_staging (${INSERT_COLUMNS.join(', ')}) VALUES ${placeholders(1)}`, eventParams(next));
        await appendEvents(w, '_review_staging');
      } finally {
        await w.run('DROP TABLE IF EXISTS _review_staging');
      }
      await w.run('UPDATE events SET doc_changed = $2 WHERE id = $1', [next.id, docChanged]);
    },
    async setStatus(w, id, status) {
      const parties = (await w.one<{ parties: string[] }>('SELECT parties FROM events WHERE id = $1', [id]))?.parties ?? [];
      await w.run('UPDATE events SET review_status = $2 WHERE id = $1', [id, status]);
      await setPartyStatus(w, id, parties, status);
    },
  });
}
