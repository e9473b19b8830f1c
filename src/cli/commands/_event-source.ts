/**
 * The events a listing command reads: from the database file, or through a running `serve` (which holds the
 * file) in the same order (`sort=stored`), so `multivector events` prints the same either way.
 */
import { openStore, type EventFilter, type Store, type StoredEvent } from '../../store/store.ts';
import { requireKnownCodes } from '../_codes.ts';
import { PageReader } from '../_pages.ts';
import { getJson, remoteFor, type Query, type Remote } from '../_remote.ts';

export interface EventSource {
  /** `limit` events from `offset` (limit 0: all). */
  page(filter: EventFilter, limit: number, offset: number): Promise<StoredEvent[]>;
  count(filter: EventFilter): Promise<number>;
  /** All matching events, in batches. */
  batches(filter: EventFilter): AsyncIterable<StoredEvent[]>;
  close(): Promise<void>;
}

/** The API query of an event filter. */
export function eventQuery(f: EventFilter): Query {
  return {
    country: f.country, partner: f.partner, doc: f.doc, from: f.from, to: f.to,
    types: f.types, origins: f.origins, statuses: f.reviewStatuses,
  };
}

/** The entity codes a filter names, for `requireKnownCodes`. */
export function filterCodes(f: EventFilter): Array<{ code: string; field: string }> {
  return [f.country && { code: f.country, field: 'country' }, f.partner && { code: f.partner, field: 'partner' }]
    .filter((x): x is { code: string; field: string } => Boolean(x));
}

/** The API's largest page. */
const PAGE = 500;

function remoteSource(r: Remote): EventSource {
  const get = (f: EventFilter, limit: number, offset: number) =>
    getJson<{ total: number; events: StoredEvent[] }>(r, 'events', { ...eventQuery(f), sort: 'stored', limit, offset });
  return {
    async page(f, limit, offset) {
      const out: StoredEvent[] = [];
      const pages = new PageReader<StoredEvent>(r, 'events');
      for (;;) {
        const want = limit ? Math.min(PAGE, limit - out.length) : PAGE;
        const page = await get(f, want, offset + pages.read);
        out.push(...pages.next(page.events));
        if (page.events.length < want || (limit && out.length >= limit)) return out;
      }
    },
    async count(f) {
      return (await get(f, 1, 0)).total;
    },
    async *batches(f) {
      const pages = new PageReader<StoredEvent>(r, 'events');
      for (;;) {
        const page = await get(f, PAGE, pages.read);
        const fresh = pages.next(page.events);
        if (fresh.length) yield fresh;
        if (page.events.length < PAGE) return;
      }
    },
    close: async () => {},
  };
}

function localSource(store: Store): EventSource {
  return {
    page: (f, limit, offset) => store.queryEvents(f, { limit: limit || 1_000_000_000, offset }),
    count: (f) => store.countEvents(f),
    batches: (f) => store.iterateEvents(f),
    close: () => store.close(),
  };
}

/** The events of `db` (through its server when one runs); the filter's country and partner must be known codes. */
export async function openEvents(db: string, filter: EventFilter): Promise<EventSource> {
  const server = await remoteFor(db);
  const source = server ? remoteSource(server) : localSource(await openStore({ path: db, readOnly: true }));
  try {
    await requireKnownCodes(filterCodes(filter), async (code) => (await source.count({ country: code })) > 0);
    return source;
  } catch (e) {
    await source.close();
    throw e;
  }
}
