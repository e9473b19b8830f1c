/** ServerQueries (../queries.ts) on PostgreSQL: reads on the pool, the review as one write transaction. */
import { NotFoundError } from '../../errors.ts';
import { toStoredEvent, type EventRow } from '../_event-row.ts';
import type { DocumentSummary, EventChanges, EventSort, ReviewAction, ServerQueries } from '../queries.ts';
import type { NewEvent, ReviewEntry, ReviewStatus, StoredEvent } from '../store.ts';
import type { Conn, Params, Pg } from './_db.ts';
import { SELECT_EVENT, whereClause } from './_rows.ts';
import { appendEvents, deleteEvents, setStatus, stageEvents } from './_write.ts';

const FLAGGED_LAST = `coalesce(date_flag IS NOT NULL OR date_start > current_date, false)`;
const ORDER: Record<EventSort, string> = {
  date: `${FLAGGED_LAST}, date_start ASC NULLS LAST, id`,
  '-date': `${FLAGGED_LAST}, date_start DESC NULLS LAST, id`,
  type: 'event_type, date_start DESC NULLS LAST, id',
  confidence: 'confidence ASC NULLS LAST, date_start DESC NULLS LAST, id',
  stored: 'date_start NULLS LAST, id',
};

const DOC_SELECT = `SELECT d.id, d.title, d.url, d.date, d.lang, d.content_hash, d.source,
  to_char(d.ingested_at, 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS ingested_at,
  (SELECT count(*) FROM events e WHERE e.doc = d.id)::integer AS events FROM documents d`;

export const REVIEW_RETURNING = `RETURNING id, event_id, who, to_char("at", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "at", action,
  "before"::text AS "before", "after"::text AS "after"`;

export interface RawReview { id: string | number; event_id: string; who: string; at: string; action: string; before: string | null; after: string | null }
export const toReview = (r: RawReview): ReviewEntry => ({
  id: Number(r.id), event_id: r.event_id, who: r.who, at: r.at, action: r.action,
  before: r.before === null ? null : JSON.parse(r.before), after: r.after === null ? null : JSON.parse(r.after),
});

const specFields = (e: StoredEvent): Required<EventChanges> => ({
  event_type: e.event_type, mode: e.mode, context: e.context, actor: e.actor, recipient: e.recipient,
  date: e.date, location: e.location, value: e.value,
});

const STATUS: Record<ReviewAction, ReviewStatus> = { confirm: 'confirmed', reject: 'rejected', edit: 'edited' };

/** A whole, non-negative number for LIMIT/OFFSET. */
const int = (n: number) => Math.max(0, Math.floor(Number.isFinite(n) ? n : 0));

async function readEvent(c: Conn, id: string): Promise<StoredEvent | null> {
  const r = await c.one<EventRow>(`SELECT ${SELECT_EVENT} FROM events WHERE id = $1`, [id]);
  return r ? toStoredEvent(r) : null;
}

export function postgresServerQueries(db: Pg): ServerQueries {
  return {
    listDocuments: ({ limit, offset, q }) => db.snapshot(async (c) => {
      const params: Params = [];
      let where = 'true';
      if (q) {
        params.push(q);
        where = `(strpos(lower(coalesce(d.title, '')), lower($1)) > 0 OR strpos(lower(d.id), lower($1)) > 0)`;
      }
      const total = (await c.one<{ n: number }>(`SELECT count(*)::integer AS n FROM documents d WHERE ${where}`, params))?.n ?? 0;
      const documents = await c.all<DocumentSummary>(
        `${DOC_SELECT} WHERE ${where} ORDER BY d.date DESC NULLS LAST, d.id LIMIT ${int(limit)} OFFSET ${int(offset)}`, params);
      return { total, documents };
    }),

    getDocument: async (id) => (await db.one<DocumentSummary>(`${DOC_SELECT} WHERE d.id = $1`, [id])) ?? null,

    eventsOfDocuments: async (ids, limit) => {
      const out = new Map<string, StoredEvent[]>(ids.map((id) => [id, []]));
      if (!ids.length) return out;
      const rows = await db.all<EventRow>(`SELECT ${SELECT_EVENT} FROM (
          SELECT *, row_number() OVER (PARTITION BY doc ORDER BY date_start NULLS LAST, id) AS rn FROM events WHERE doc = ANY($1::text[])
        ) x WHERE rn <= ${int(limit)} ORDER BY doc, date_start NULLS LAST, id`, [ids]);
      for (const r of rows) out.get(r.doc)?.push(toStoredEvent(r));
      return out;
    },

    searchEvents: (filter, { limit, offset, sort }) => db.snapshot(async (c) => {
      const { q, ...rest } = filter;
      const { where, params } = whereClause(rest);
      let cond = where;
      if (q) {
        params.push(q);
        cond += ` AND strpos(lower(text), lower($${params.length})) > 0`;
      }
      const total = (await c.one<{ n: number }>(`SELECT count(*)::integer AS n FROM events WHERE ${cond}`, params))?.n ?? 0;
      const rows = total === 0 ? [] : await c.all<EventRow>(
        `SELECT ${SELECT_EVENT} FROM events WHERE ${cond} ORDER BY ${ORDER[sort]} LIMIT ${int(limit)} OFFSET ${int(offset)}`, params);
      return { total, events: rows.map(toStoredEvent) };
    }),

    review: (eventId, { action, changes, note, who }) => db.write(async (c) => {
      const current = await readEvent(c, eventId);
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
        // Changed fields: the event is written again through the append path, so every derived column follows.
        const next: NewEvent = {
          ...current, ...edits,
          quad_class: (edits.event_type ?? current.event_type) === current.event_type ? current.quad_class : null,
        };
        await deleteEvents(c, 'SELECT $1::text', [eventId]);
        await stageEvents(c, '_review_staging', [next]);
        await appendEvents(c, '_review_staging');
        await c.run('UPDATE events SET doc_changed = $2 WHERE id = $1', [eventId, current.doc_changed]);
      }
      await setStatus(c, eventId, status);
      if (note) after.note = note;
      const logged = await c.one<RawReview>(
        `INSERT INTO review_log (event_id, who, action, "before", "after") VALUES ($1, $2, $3, $4::json, $5::json) ${REVIEW_RETURNING}`,
        [eventId, who, action, JSON.stringify(before), JSON.stringify(after)]);
      const event = await readEvent(c, eventId);
      return { event: event!, log: toReview(logged!) };
    }),
  };
}
