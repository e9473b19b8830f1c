/**
 * ServerQueries (./queries.ts) on any engine: the queries are written once against the engine's Dialect;
 * the engine says how it reads (a snapshot or not) and how a review writes (its transaction, its append path).
 */
import { NotFoundError } from '../errors.ts';
import type { Dialect, SqlParams, SqlRunner } from './_dialect.ts';
import { sqlInt } from './_dialect.ts';
import { toStoredEvent, type EventRow } from './_event-row.ts';
import { STORED_HASH_SQL } from './_put-plan.ts';
import { planReview, reviewColumns, toReview, type RawReview } from './_review.ts';
import type { DocumentSummary, EventSort, ServerQueries } from './queries.ts';
import type { NewEvent, ReviewStatus, StoredEvent } from './store.ts';

const FLAGGED_LAST = `coalesce(date_flag IS NOT NULL OR date_start > current_date, false)`;
const ORDER: Record<EventSort, string> = {
  // Events with an implausible date (flagged after their document, or in the future) come after all others.
  date: `${FLAGGED_LAST}, date_start ASC NULLS LAST, id`,
  '-date': `${FLAGGED_LAST}, date_start DESC NULLS LAST, id`,
  type: 'event_type, date_start DESC NULLS LAST, id',
  // the review queue's order: the coder's doubtful events first (imported events carry no confidence: last)
  confidence: 'confidence ASC NULLS LAST, date_start DESC NULLS LAST, id',
  // the store's own order (Store.queryEvents), so the CLI lists the same through a running server
  stored: 'date_start NULLS LAST, id',
};

/** What an engine lends the queries. */
export interface QueryAccess<P, W extends SqlRunner<P>> {
  /** Runs reads; with `snapshot`, they all see one committed state. */
  read<T>(fn: (r: SqlRunner<P>) => Promise<T>, snapshot: boolean): Promise<T>;
  /** Runs a write transaction (serialised with the store's other writes). */
  write<T>(fn: (w: W) => Promise<T>): Promise<T>;
  /** Writes a reviewed event again through the engine's append path, keeping its doc_changed flag. */
  rewrite(w: W, next: NewEvent, docChanged: boolean): Promise<void>;
  /** Sets an event's review status (and whatever the engine derives from it). */
  setStatus(w: W, id: string, status: ReviewStatus): Promise<void>;
}

export function serverQueries<P, W extends SqlRunner<P>>(d: Dialect<P>, io: QueryAccess<P, W>): ServerQueries {
  const docSelect = `SELECT d.id, d.title, d.url, d.date, d.lang, d.content_hash, d.source,
    ${d.isoTime('d.ingested_at')} AS ingested_at,
    (SELECT count(*) FROM events e WHERE e.doc = d.id)::integer AS events FROM documents d`;
  const readEvent = async (r: SqlRunner<P>, id: string): Promise<StoredEvent | null> => {
    const row = await r.one<EventRow>(`SELECT ${d.selectEvent} FROM events WHERE id = $1`, [id]);
    return row ? toStoredEvent(row) : null;
  };

  return {
    listDocuments: ({ limit, offset, q }) => io.read(async (r) => {
      const params: SqlParams<P> = [];
      let where = 'true';
      if (q) {
        params.push(q);
        where = `(${d.containsCi(`coalesce(d.title, '')`, '$1')} OR ${d.containsCi('d.id', '$1')})`;
      }
      const total = (await r.one<{ n: number }>(`SELECT count(*)::integer AS n FROM documents d WHERE ${where}`, params))?.n ?? 0;
      const documents = await r.all<DocumentSummary>(
        `${docSelect} WHERE ${where} ORDER BY d.date DESC NULLS LAST, d.id LIMIT ${sqlInt(limit)} OFFSET ${sqlInt(offset)}`, params);
      return { total, documents };
    }, true),

    getDocument: (id) => io.read(async (r) => (await r.one<DocumentSummary>(`${docSelect} WHERE d.id = $1`, [id])) ?? null, false),

    eventsOfDocuments: (ids, { limit, offset = 0, versions }) => io.read(async (r) => {
      const out = new Map<string, StoredEvent[]>(ids.map((id) => [id, []]));
      if (versions && ids.length) {
        const stored = await r.all<{ id: string; v: string }>(
          `SELECT id, ${STORED_HASH_SQL} AS v FROM documents WHERE ${d.inList('id', '$1')}`, [d.list(ids)]);
        const now = new Map(stored.map((x) => [x.id, x.v]));
        for (const id of ids) if (now.get(id) !== versions.get(id)) out.delete(id);
      }
      const wanted = [...out.keys()];
      if (!wanted.length) return out;
      // One scan for all the documents (a query per document would scan the events once each).
      const rows = await r.all<EventRow>(`SELECT ${d.selectEvent} FROM (
          SELECT *, row_number() OVER (PARTITION BY doc ORDER BY date_start NULLS LAST, id) AS rn FROM events WHERE ${d.inList('doc', '$1')}
        ) x WHERE rn > ${sqlInt(offset)} AND rn <= ${sqlInt(offset + limit)} ORDER BY doc, date_start NULLS LAST, id`, [d.list(wanted)]);
      for (const row of rows) out.get(row.doc)?.push(toStoredEvent(row));
      return out;
    }, versions !== undefined),

    searchEvents: (filter, { limit, offset, sort }) => io.read(async (r) => {
      const { q, ...rest } = filter;
      const { where, params } = d.where(rest);
      let cond = where;
      if (q) {
        params.push(q);
        cond += ` AND ${d.containsCi('text', `$${params.length}`)}`;
      }
      const total = (await r.one<{ n: number }>(`SELECT count(*)::integer AS n FROM events WHERE ${cond}`, params))?.n ?? 0;
      const rows = total === 0 ? [] : await r.all<EventRow>(
        `SELECT ${d.selectEvent} FROM events WHERE ${cond} ORDER BY ${ORDER[sort]} LIMIT ${sqlInt(limit)} OFFSET ${sqlInt(offset)}`, params);
      return { total, events: rows.map(toStoredEvent) };
    }, true),

    review: (eventId, { action, changes, note, who }) => io.write(async (w) => {
      const current = await readEvent(w, eventId);
      if (!current) throw new NotFoundError(`no event with id ${eventId}`, { where: { field: 'id' } });
      const plan = planReview(current, { action, ...(changes ? { changes } : {}), ...(note ? { note } : {}) });
      if (plan.next) await io.rewrite(w, plan.next, current.doc_changed);
      await io.setStatus(w, eventId, plan.status);
      const logged = await w.one<RawReview>(
        `INSERT INTO review_log (event_id, who, action, "before", "after") VALUES ($1, $2, $3, $4::json, $5::json)
         RETURNING ${reviewColumns(d)}`,
        [eventId, who, action, JSON.stringify(plan.before), JSON.stringify(plan.after)]);
      const event = await readEvent(w, eventId);
      return { event: event!, log: toReview(logged!) };
    }),
  };
}
