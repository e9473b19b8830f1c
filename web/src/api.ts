/**
 * The typed client of multivector's HTTP API: every request the dashboard makes goes through here, so a
 * change of route, parameter or shape is fixed in one place. Measure shapes come from src/analytics/types.ts.
 */
import type {
  BalanceResult, BrokerageResult, CompareResult, ConveningResult, DealsResult, DyadResult, PartnerEngagement, PartnersResult, VisitsResult,
} from '../../src/analytics/types.ts';
import type { StoredEvent, DocumentRecord, ReviewEntry } from '../../src/store/store.ts';
import { getToken, forgetToken, askToken } from './token.ts';

export type {
  BalanceResult, BrokerageResult, CompareResult, ConveningResult, DealsResult, DyadResult, PartnerEngagement, PartnersResult, VisitsResult,
  StoredEvent, DocumentRecord, ReviewEntry,
};

/** An error the API answered with (application/problem+json), or a network failure. */
export class ApiError extends Error {
  constructor(message: string, readonly status: number, readonly detail?: unknown) {
    super(message);
    this.name = 'ApiError';
  }
}

type Query = Record<string, string | number | boolean | string[] | null | undefined>;

export function qs(q: Query): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) {
    if (v === null || v === undefined || v === '') continue;
    if (Array.isArray(v)) { if (v.length) p.set(k, v.join(',')); } else p.set(k, String(v));
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}

async function problem(res: Response): Promise<ApiError> {
  let body: unknown = null;
  try { body = await res.json(); } catch { /* not JSON */ }
  const b = body as { title?: string; detail?: string } | null;
  const text = b?.detail ?? b?.title ?? `${res.status} ${res.statusText}`;
  return new ApiError(text, res.status, body);
}

async function getJson<T>(path: string, q: Query = {}, signal?: AbortSignal): Promise<T> {
  const res = await fetch(`/api/${path}${qs(q)}`, { headers: { accept: 'application/json' }, signal });
  if (!res.ok) throw await problem(res);
  return (await res.json()) as T;
}

/** A write: sends the bearer token, asks for it (once) when there is none or the server refused it. */
async function write<T>(path: string, init: { body: BodyInit; type: string; q?: Query }, retried = false): Promise<T> {
  let token = getToken();
  if (!token) token = await askToken();
  if (!token) throw new ApiError('A write token is needed (printed by `multivector serve`).', 401);
  const res = await fetch(`/api/${path}${qs(init.q ?? {})}`, {
    method: 'POST',
    headers: { 'content-type': init.type, accept: 'application/json', authorization: `Bearer ${token}` },
    body: init.body,
  });
  if ((res.status === 401 || res.status === 403) && !retried) {
    forgetToken();
    return write<T>(path, init, true);
  }
  if (!res.ok) throw await problem(res);
  return (await res.json()) as T;
}

/** The window and filters shared by the measures. */
export interface MeasureQuery {
  focal: string;
  from?: string;
  to?: string;
  by?: string;
  partner?: string;
  types?: string[];
  origins?: string[];
  review?: string[];
  direction?: 'out' | 'in' | 'both';
  metric?: 'events' | 'usd';
}

export type { HeadlineResult as Headline } from '../../src/brief/headline.ts';
import type { HeadlineResult as Headline } from '../../src/brief/headline.ts';

export interface Entity { code: string; name: string; kind: string }

export interface EventQuery {
  country?: string;
  partner?: string;
  type?: string;
  from?: string;
  to?: string;
  origin?: string;
  status?: string;
  q?: string;
  limit?: number;
  offset?: number;
  sort?: string;
}

export interface EventPage {
  total: number;
  limit: number;
  offset: number;
  events: StoredEvent[];
}

export type ReviewAction = 'confirm' | 'reject' | 'edit';
export interface EventChanges {
  event_type?: string;
  mode?: string | null;
  actor?: string[];
  recipient?: string[];
  date?: string | null;
  location?: string | null;
}

export interface IngestResult {
  documents: Array<{ id: string; status: 'added' | 'replaced' | 'unchanged'; events: StoredEvent[] }>;
  /** Events of all the documents. */
  events: number;
  problems: Array<{ message: string; line?: number; field?: string }>;
}

export interface DocumentSummary extends DocumentRecord {
  events: number;
  ingested_at: string;
}

export interface Health { status: string; events?: number; documents?: number; [key: string]: unknown }

function measureQuery(m: MeasureQuery): Query {
  return { ...m, types: m.types, origins: m.origins, review: m.review };
}

export const api = {
  health: () => getJson<Health>('health'),
  entities: () => getJson<{ total: number; entities: Entity[] }>('entities').then((r) => r.entities),
  document: (id: string) => getJson<{ document: DocumentSummary; events: StoredEvent[] }>(`documents/${encodeURIComponent(id)}`),
  events: (q: EventQuery, signal?: AbortSignal) => getJson<EventPage>('events', q as Query, signal),
  event: (id: string) => getJson<{ event: StoredEvent; review_log: ReviewEntry[] }>(`events/${encodeURIComponent(id)}`),
  review: (id: string, action: ReviewAction, changes?: EventChanges, note?: string) =>
    write<{ event: StoredEvent }>(`events/${encodeURIComponent(id)}/review`, {
      type: 'application/json', body: JSON.stringify({ action, ...(changes ? { changes } : {}), ...(note ? { note } : {}) }),
    }).then((r) => r.event),
  ingestJson: (doc: { id?: string; date?: string; title?: string; text: string }) =>
    write<IngestResult>('ingest', { type: 'application/json', body: JSON.stringify(doc) }),
  ingestText: (text: string, q: { id?: string; date?: string; title?: string } = {}) =>
    write<IngestResult>('ingest', { type: 'text/plain', body: text, q }),
  ingestJsonl: (jsonl: string, date?: string) =>
    write<IngestResult>('ingest', { type: 'application/x-ndjson', body: jsonl, q: { date } }),
  balance: (m: MeasureQuery) => getJson<BalanceResult>('measures/balance', measureQuery(m)),
  balanceWith: (m: MeasureQuery, vectors: unknown) =>
    fetch(`/api/measures/balance${qs(measureQuery(m))}`, {
      method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(vectors),
    }).then(async (res) => { if (!res.ok) throw await problem(res); return (await res.json()) as BalanceResult; }),
  partners: (m: MeasureQuery) => getJson<PartnersResult>('measures/partners', measureQuery(m)),
  visits: (m: MeasureQuery) => getJson<VisitsResult>('measures/visits', measureQuery(m)),
  dyad: (m: MeasureQuery & { partner: string }) => getJson<DyadResult>('measures/dyad', measureQuery(m)),
  deals: (m: MeasureQuery) => getJson<DealsResult>('measures/deals', measureQuery(m)),
  brokerage: (m: MeasureQuery & { top?: number }) => getJson<BrokerageResult>('measures/brokerage', measureQuery(m)),
  convening: (m: MeasureQuery) => getJson<ConveningResult>('measures/convening', measureQuery(m)),
  compare: (m: Omit<MeasureQuery, 'focal'> & { focal: string[] }) => getJson<CompareResult>('measures/compare', { ...measureQuery({ ...m, focal: '' }), focal: m.focal }),
  /** Compare with an edited vector set (the JSON of data/vectors/default.json). */
  compareWith: (m: Omit<MeasureQuery, 'focal'> & { focal: string[] }, vectors: unknown) =>
    fetch(`/api/measures/compare${qs({ ...measureQuery({ ...m, focal: '' }), focal: m.focal })}`, {
      method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(vectors),
    }).then(async (res) => { if (!res.ok) throw await problem(res); return (await res.json()) as CompareResult; }),
  headline: (m: MeasureQuery) => getJson<Headline>('measures/headline', measureQuery(m)),
  /** The URL of a brief (a download link, not fetched here). */
  briefUrl: (q: { focal: string; partner?: string; from?: string; to?: string; by?: string; format: 'md' | 'html' | 'pdf' }) => `/api/brief${qs(q as Query)}`,
};
