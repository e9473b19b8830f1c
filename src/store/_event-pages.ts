/** Stored events in pages, on any engine: keyset paging, so a connection is held for one page, never while the caller works on it. */
import type { Dialect, SqlRunner } from './_dialect.ts';
import { toStoredEvent, type EventRow } from './_event-row.ts';
import type { EventFilter, StoredEvent } from './store.ts';

const PAGE = 5000;
const KEY = `coalesce(date_start, DATE '9999-12-31')`;

export async function* eventPages<P>(d: Dialect<P>, read: <T>(fn: (r: SqlRunner<P>) => Promise<T>) => Promise<T>,
  filter: EventFilter): AsyncGenerator<StoredEvent[]> {
  let after: [string, string] | null = null;
  for (;;) {
    const { where, params } = d.where(filter);
    let cond = where;
    if (after) {
      params.push(after[0], after[1]);
      cond += ` AND (${KEY}, id) > ($${params.length - 1}::date, $${params.length})`;
    }
    const rows = await read((r) => r.all<EventRow & { _d: string }>(
      `SELECT ${d.selectEvent}, ${KEY}::text AS _d FROM events WHERE ${cond} ORDER BY ${KEY}, id LIMIT ${PAGE}`, params));
    if (!rows.length) return;
    yield rows.map(toStoredEvent);
    const last = rows[rows.length - 1]!;
    after = [last._d, last.id];
  }
}
