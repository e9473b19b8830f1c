/** ServerQueries (../_server-queries.ts) on PostgreSQL: reads on the pool, the review as one write transaction. */
import { serverQueries } from '../_server-queries.ts';
import type { ServerQueries } from '../queries.ts';
import type { Conn, Pg } from './_db.ts';
import { POSTGRES } from './_dialect.ts';
import { appendEvents, deleteEvents, setStatus, stageEvents } from './_write.ts';

export function postgresServerQueries(db: Pg): ServerQueries {
  return serverQueries<unknown, Conn>(POSTGRES, {
    read: (fn, snapshot) => (snapshot ? db.snapshot(fn) : fn(db)),
    write: (fn) => db.write(fn),
    async rewrite(c, next, docChanged) {
      await deleteEvents(c, 'SELECT $1::text', [next.id]);
      await stageEvents(c, '_review_staging', [next]);
      await appendEvents(c, '_review_staging');
      await c.run('UPDATE events SET doc_changed = $2 WHERE id = $1', [next.id, docChanged]);
    },
    setStatus: (c, id, status) => setStatus(c, id, status),
  });
}
