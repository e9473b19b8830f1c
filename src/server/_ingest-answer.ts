/**
 * The documents of an ingest answer as JSON, their events read back from the store a page at a time: the answer
 * (some 15 MB of JSON at most) is never whole in memory, and every page is read by the version of the document
 * this request stored, so a document stored again by another request meanwhile never mixes two versions.
 */
import { StoreError } from '../errors.ts';
import type { ServerQueries } from '../store/queries.ts';
import type { PutOutcome, StoredEvent } from '../store/store.ts';

/** At most `events` of a document per read, the first pages of `documents` documents in one read. */
export const ANSWER_PAGE = { events: 250, documents: 8 };

export interface AnswerHead {
  id: string;
  status: PutOutcome['status'];
  /** The document's language (detected, declared or ?lang=), null when it could not be told. */
  lang: string | null;
  /** Whether the coder reads that language; an unreadable document is stored with no events. */
  readable: boolean;
  /** The version this request stored or found (PutOutcome.version), whose events the answer lists. */
  version: string;
}

const versionsOf = (heads: AnswerHead[]) => new Map(heads.map((h) => [h.id, h.version]));

/** The first page of events of the documents from `from` on, ANSWER_PAGE.documents of them, in one read. */
export function firstPages(queries: ServerQueries, heads: AnswerHead[], from: number): Promise<Map<string, StoredEvent[]>> {
  const group = heads.slice(from, from + ANSWER_PAGE.documents);
  return queries.eventsOfDocuments([...new Set(group.map((d) => d.id))], { limit: ANSWER_PAGE.events, versions: versionsOf(group) });
}

/**
 * The documents as a JSON array, each with all its events: the first pages of a group of documents at once, then
 * the next pages of a document that filled one (its events are in a total order, so pages neither repeat nor skip
 * one). A document stored in another version before its events were all read ends with `"superseded":true`. An
 * event a page repeats from the page before is listed once; a page with nothing new (a store that ignored the
 * offset) ends the answer with an error rather than loop. `counted.events` is the events written.
 */
export async function* documentsJson(queries: ServerQueries, heads: AnswerHead[], first: Map<string, StoredEvent[]>,
  counted: { events: number }): AsyncGenerator<string> {
  yield '[';
  for (let i = 0; i < heads.length; i += ANSWER_PAGE.documents) {
    const group = i === 0 ? first : await firstPages(queries, heads, i);
    for (const [j, head] of heads.slice(i, i + ANSWER_PAGE.documents).entries()) {
      const { version, ...shown } = head;
      // The document's members as JSON.stringify writes them, its events array left open.
      yield `${i + j ? ',' : ''}${JSON.stringify({ ...shown, events: [] }).slice(0, -2)}`;
      let page = group.get(head.id);
      let before: ReadonlySet<string> = new Set();
      const sent = counted.events;
      for (let offset = 0; page; ) {
        // A review that re-dates an event may shift the pages by one (the event is then listed once); a page with
        // nothing new means the offset was ignored.
        const fresh = page.filter((e) => !before.has(e.id));
        if (page.length && !fresh.length) {
          throw new StoreError(`the store gave events of document ${head.id} again at offset ${offset}: the answer stops rather than repeat them`);
        }
        if (fresh.length) yield `${counted.events > sent ? ',' : ''}${fresh.map((e) => JSON.stringify(e)).join(',')}`;
        counted.events += fresh.length;
        offset += page.length;
        if (page.length < ANSWER_PAGE.events) break;
        before = new Set(page.map((e) => e.id));
        page = (await queries.eventsOfDocuments([head.id], { limit: ANSWER_PAGE.events, offset, versions: new Map([[head.id, version]]) })).get(head.id);
      }
      yield page ? ']}' : '],"superseded":true}';
    }
  }
  yield ']';
}
