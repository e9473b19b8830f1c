/**
 * ServerQueries (../queries.ts) on DuckDB. Parameterised SQL only, like the rest of the engine: reads go to the
 * pool of reading connections, the review to the writing connection through the store's queue (`exclusive`,
 * serialised with the store's own writes).
 */
import { NotFoundError } from '../../errors.ts';
import type { NewEvent, ReviewEntry, ReviewStatus, StoredEvent } from '../store.ts';
import type { DocumentSummary, EventChanges, EventSort, ReviewAction, ServerQueries } from '../queries.ts';
import type { Db, Params } from './_db.ts';
import { appendEvents, deleteParties, EVENT_COLUMNS, setPartyStatus } from './_party.ts';
import { eventParams, INSERT_COLUMNS, placeholders, SELECT_EVENT, toStoredEvent, whereClause, type EventRow } from './_rows.ts';

type Serialise = <T>(fn: () => Promise<T>) => Promise<T>;

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

const DOC_SELECT = `SELECT d.id, d.title, d.url, d.date, d.lang, d.content_hash, d.source,
  strftime(d.ingested_at, '%Y-%m-%dT%H:%M:%SZ') AS ingested_at,
  (SELECT count(*) FROM events e WHERE e.doc = d.id)::INTEGER AS events FROM documents d`;

/** Spec fields of an event (what the review log records before and after). */
const specFields = (e: StoredEvent): Required<EventChanges> => ({
  event_type: e.event_type, mode: e.mode, context: e.context, actor: e.actor, recipient: e.recipient,
  date: e.date, location: e.location, value: e.value,
});

const STATUS: Record<ReviewAction, ReviewStatus> = { confirm: 'confirmed', reject: 'rejected', edit: 'edited' };

export function duckDbServerQueries(db: Db, exclusive: Serialise): ServerQueries {
  const readEvent = async (id: string): Promise<StoredEvent | null> => {
    const r = await db.one<EventRow>(`SELECT ${SELECT_EVENT} FROM events WHERE id = $1`, [id]);
    return r ? toStoredEvent(r) : null;
  };

  return {
    listDocuments: ({ limit, offset, q }) => db.read(async (db) => {
      const params: Params = [];
      let where = 'true';
      if (q) {
        params.push(q);
        where = `(contains(lower(coalesce(d.title, '')), lower($1)) OR contains(lower(d.id), lower($1)))`;
      }
      const total = (await db.one<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM documents d WHERE ${where}`, params))?.n ?? 0;
      const documents = await db.all<DocumentSummary>(
        `${DOC_SELECT} WHERE ${where} ORDER BY d.date DESC NULLS LAST, d.id LIMIT ${int(limit)} OFFSET ${int(offset)}`, params);
      return { total, documents };
    }, { snapshot: true }),

    getDocument: (id) => db.read(async (db) => (await db.one<DocumentSummary>(`${DOC_SELECT} WHERE d.id = $1`, [id])) ?? null),

    eventsOfDocuments: (ids, limit) => db.read(async (db) => {
      const out = new Map<string, StoredEvent[]>(ids.map((id) => [id, []]));
      if (!ids.length) return out;
      // One scan for all the documents (a query per document would scan the events once each).
      const rows = await db.all<EventRow>(`SELECT ${SELECT_EVENT} FROM events WHERE doc IN (SELECT unnest($1::JSON::VARCHAR[]))
        QUALIFY row_number() OVER (PARTITION BY doc ORDER BY date_start NULLS LAST, id) <= ${int(limit)}
        ORDER BY doc, date_start NULLS LAST, id`, [JSON.stringify(ids)]);
      for (const r of rows) out.get(r.doc)?.push(toStoredEvent(r));
      return out;
    }),

    searchEvents: (filter, { limit, offset, sort }) => db.read(async (db) => {
      const { q, ...rest } = filter;
      const { where, params } = whereClause(rest);
      let cond = where;
      if (q) {
        params.push(q);
        cond += ` AND contains(lower(text), lower($${params.length}))`;
      }
      const total = (await db.one<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM events WHERE ${cond}`, params))?.n ?? 0;
      const rows = total === 0 ? [] : await db.all<EventRow>(
        `SELECT ${SELECT_EVENT} FROM events WHERE ${cond} ORDER BY ${ORDER[sort]} LIMIT ${int(limit)} OFFSET ${int(offset)}`, params);
      return { total, events: rows.map(toStoredEvent) };
    }, { snapshot: true }),

    review: (eventId, { action, changes, note, who }) => exclusive(() => db.transaction(async () => {
      const current = await readEvent(eventId);
      if (!current) throw new NotFoundError(`no event with id ${eventId}`, { where: { field: 'id' } });
      const status = STATUS[action];
      const before: Record<string, unknown> = { review_status: current.review_status };
      const after: Record<string, unknown> = { review_status: status };
      const edits = action === 'edit' && changes ? changes : {};
      const old = specFields(current);
      for (const [k, v] of Object.entries(edits) as Array<[keyof EventChanges, unknown]>) {
        if (v === undefined || JSON.stringify(old[k]) === JSON.stringify(v)) continue;
        before[k] = old[k];
        after[k] = v;
      }
      if (Object.keys(after).length > 1) {
        // Changed fields: the event is written again through the engine's own append path, so every derived
        // row (participation, score, quad class, date start) follows from the new fields exactly as on import.
        const next: NewEvent = {
          ...current, ...edits,
          // A changed type takes its own quad class; otherwise a dataset's own class stays.
          quad_class: (edits.event_type ?? current.event_type) === current.event_type ? current.quad_class : null,
        };
        await deleteParties(db, 'SELECT $1', [eventId]);
        await db.run('DELETE FROM events WHERE id = $1', [eventId]);
        await db.run('DROP TABLE IF EXISTS _review_staging');
        await db.run(`CREATE TEMP TABLE _review_staging AS SELECT ${EVENT_COLUMNS} FROM events LIMIT 0`);
        try {
          await db.run(`INSERT INTO _review_staging (${INSERT_COLUMNS.join(', ')}) VALUES ${placeholders(1)}`, eventParams(next));
          await appendEvents(db, '_review_staging');
        } finally {
          await db.run('DROP TABLE IF EXISTS _review_staging');
        }
        await db.run('UPDATE events SET doc_changed = $2 WHERE id = $1', [eventId, current.doc_changed]);
      }
      const parties = (await db.one<{ parties: string[] }>('SELECT parties FROM events WHERE id = $1', [eventId]))?.parties ?? [];
      await db.run('UPDATE events SET review_status = $2 WHERE id = $1', [eventId, status]);
      await setPartyStatus(db, eventId, parties, status);
      if (note) after.note = note;
      const logged = await db.one<RawReview>(
        `INSERT INTO review_log (event_id, who, action, "before", "after") VALUES ($1, $2, $3, $4::JSON, $5::JSON)
         RETURNING id, event_id, who, strftime("at", '%Y-%m-%dT%H:%M:%S.%gZ') AS "at", action, "before"::VARCHAR AS "before", "after"::VARCHAR AS "after"`,
        [eventId, who, action, JSON.stringify(before), JSON.stringify(after)]);
      const event = await readEvent(eventId);
      return { event: event!, log: toReview(logged!) };
    })),
  };
}

interface RawReview { id: string | number; event_id: string; who: string; at: string; action: string; before: string | null; after: string | null }
const toReview = (r: RawReview): ReviewEntry => ({
  id: Number(r.id), event_id: r.event_id, who: r.who, at: r.at, action: r.action,
  before: r.before === null ? null : JSON.parse(r.before), after: r.after === null ? null : JSON.parse(r.after),
});

/** A whole, non-negative number for LIMIT/OFFSET (callers validate; this keeps the SQL safe regardless). */
const int = (n: number) => Math.max(0, Math.floor(Number.isFinite(n) ? n : 0));
