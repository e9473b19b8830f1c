/** Happenings read back, on any engine: a page of representative reports, then every report of those happenings. */
import type { Dialect, SqlRunner } from './_dialect.ts';
import { sqlInt } from './_dialect.ts';
import { toStoredEvent, type EventRow } from './_event-row.ts';
import type { Happening, HappeningFilter, HappeningReport, HappeningSort, Page } from './store.ts';

const ORDER: Record<HappeningSort, string> = {
  '-date': 'date_start DESC NULLS LAST, id',
  reports: 'n DESC, date_start DESC NULLS LAST, id',
};

export async function listHappenings<P>(d: Dialect<P>, db: SqlRunner<P>, filter: HappeningFilter,
  page: Page & { sort?: HappeningSort } = {}): Promise<{ total: number; happenings: Happening[] }> {
  const { minReports, ...rest } = filter;
  const { where, params } = d.where(rest);
  const limit = sqlInt(page.limit, 100);
  const offset = sqlInt(page.offset);
  const conds = [where, 'h_rep', rest.reviewStatuses?.length ? '' : `review_status <> 'rejected'`].filter(Boolean);
  // Report counts come from one aggregate over events only when needed (a minimum, or sorting by them).
  const counted = (minReports ?? 0) > 1 || page.sort === 'reports';
  const from = counted
    ? `(SELECT e.*, c.n FROM events e JOIN (SELECT happening, count(*) AS n FROM events GROUP BY happening) c
         ON c.happening = e.happening) x WHERE ${conds.join(' AND ')} AND n >= ${Math.max(1, Math.floor(minReports ?? 1))}`
    : `events WHERE ${conds.join(' AND ')}`;
  const total = (await db.one<{ n: number }>(`SELECT count(*)::integer AS n FROM ${from}`, params))?.n ?? 0;
  if (!total || !limit) return { total, happenings: [] };
  const reps = await db.all<EventRow>(
    `SELECT ${d.selectEvent} FROM ${from} ORDER BY ${ORDER[counted ? page.sort ?? '-date' : '-date']} LIMIT ${limit} OFFSET ${offset}`, params);
  return { total, happenings: await withReports(d, db, reps) };
}

export async function getHappening<P>(d: Dialect<P>, db: SqlRunner<P>, id: string): Promise<Happening | null> {
  const reps = await db.all<EventRow>(`SELECT ${d.selectEvent} FROM events WHERE id = $1 AND h_rep AND happening = id`, [id]);
  return (await withReports(d, db, reps))[0] ?? null;
}

async function withReports<P>(d: Dialect<P>, db: SqlRunner<P>, reps: EventRow[]): Promise<Happening[]> {
  if (!reps.length) return [];
  const rows = await db.all<HappeningReport & { happening: string }>(`
    SELECT e.happening, e.id, e.doc, e.origin, e.date, coalesce(d.date, e.date_start::text) AS reported, e.text,
      coalesce(e.source_url, d.url, e.doc) AS source, e.review_status
    FROM events e LEFT JOIN documents d ON d.id = e.doc
    WHERE ${d.inList('e.happening', '$1')}
    ORDER BY e.happening, reported NULLS LAST, e.id`, [d.list(reps.map((r) => r.id))]);
  const by = new Map<string, HappeningReport[]>();
  for (const { happening, ...r } of rows) {
    const list = by.get(happening);
    if (list) list.push(r);
    else by.set(happening, [r]);
  }
  return reps.map((row) => {
    const e = toStoredEvent(row);
    const reports = by.get(e.id) ?? [];
    const dates = reports.map((r) => r.reported).filter((x): x is string => x !== null).sort();
    return {
      id: e.id, event_type: e.event_type, mode: e.mode, actor: e.actor, recipient: e.recipient, date: e.date,
      location: e.location, reports, sources: [...new Set(reports.map((r) => r.source))],
      first_reported: dates[0] ?? null, last_reported: dates[dates.length - 1] ?? null,
    };
  });
}
