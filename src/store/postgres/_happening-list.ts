/** Happenings read back: a page of representative reports, then every report of those happenings. */
import { toStoredEvent, type EventRow } from '../_event-row.ts';
import type { Happening, HappeningFilter, HappeningReport, HappeningSort, Page } from '../store.ts';
import type { Conn } from './_db.ts';
import { SELECT_EVENT, whereClause } from './_rows.ts';

const ORDER: Record<HappeningSort, string> = {
  '-date': 'date_start DESC NULLS LAST, id',
  reports: 'n DESC, date_start DESC NULLS LAST, id',
};

export async function listHappenings(c: Conn, filter: HappeningFilter, page: Page & { sort?: HappeningSort } = {}):
  Promise<{ total: number; happenings: Happening[] }> {
  const { minReports, ...rest } = filter;
  const { where, params } = whereClause(rest);
  const limit = Math.max(0, Math.floor(page.limit ?? 100));
  const offset = Math.max(0, Math.floor(page.offset ?? 0));
  const conds = [where, 'h_rep', rest.reviewStatuses?.length ? '' : `review_status <> 'rejected'`].filter(Boolean);
  const counted = (minReports ?? 0) > 1 || page.sort === 'reports';
  const from = counted
    ? `(SELECT e.*, c.n FROM events e JOIN (SELECT happening, count(*) AS n FROM events GROUP BY happening) c
         ON c.happening = e.happening) x WHERE ${conds.join(' AND ')} AND n >= ${Math.max(1, Math.floor(minReports ?? 1))}`
    : `events WHERE ${conds.join(' AND ')}`;
  const total = (await c.one<{ n: number }>(`SELECT count(*)::integer AS n FROM ${from}`, params))?.n ?? 0;
  if (!total || !limit) return { total, happenings: [] };
  const reps = await c.all<EventRow>(
    `SELECT ${SELECT_EVENT} FROM ${from} ORDER BY ${ORDER[counted ? page.sort ?? '-date' : '-date']} LIMIT ${limit} OFFSET ${offset}`, params);
  return { total, happenings: await withReports(c, reps) };
}

export async function getHappening(c: Conn, id: string): Promise<Happening | null> {
  const reps = await c.all<EventRow>(`SELECT ${SELECT_EVENT} FROM events WHERE id = $1 AND h_rep AND happening = id`, [id]);
  return (await withReports(c, reps))[0] ?? null;
}

async function withReports(c: Conn, reps: EventRow[]): Promise<Happening[]> {
  if (!reps.length) return [];
  const rows = await c.all<HappeningReport & { happening: string }>(`
    SELECT e.happening, e.id, e.doc, e.origin, e.date, coalesce(d.date, e.date_start::text) AS reported, e.text,
      coalesce(e.source_url, d.url, e.doc) AS source, e.review_status
    FROM events e LEFT JOIN documents d ON d.id = e.doc
    WHERE e.happening = ANY($1::text[])
    ORDER BY e.happening, reported NULLS LAST, e.id`, [reps.map((r) => r.id)]);
  const by = new Map<string, HappeningReport[]>();
  for (const { happening, ...r } of rows) {
    const list = by.get(happening);
    if (list) list.push(r);
    else by.set(happening, [r]);
  }
  return reps.map((row) => {
    const e = toStoredEvent(row);
    const reports = by.get(e.id) ?? [];
    const dates = reports.map((r) => r.reported).filter((d): d is string => d !== null).sort();
    return {
      id: e.id, event_type: e.event_type, mode: e.mode, actor: e.actor, recipient: e.recipient, date: e.date,
      location: e.location, reports, sources: [...new Set(reports.map((r) => r.source))],
      first_reported: dates[0] ?? null, last_reported: dates[dates.length - 1] ?? null,
    };
  });
}
