/**
 * Queries the HTTP API and the briefs need beyond the core of the Store interface: documents listed and read
 * back, events searched in their evidence text and sorted, and a review (confirm / reject / edit) written with
 * its log entry in one transaction. Every engine implements them (`Store.queries()`); the engine's own SQL
 * stays in its folder.
 */
import type { EventType, Money } from '../model/event.ts';
import type { DocumentRecord, EventFilter, ReviewEntry, StoredEvent } from './store.ts';

export type EventSort = 'date' | '-date' | 'type' | 'confidence' | 'stored';

export interface EventSearch extends EventFilter {
  /** Case-insensitive substring of the evidence text. */
  q?: string;
}

export interface DocumentSummary extends DocumentRecord {
  /** Events stored for the document (all origins and review statuses). */
  events: number;
  /** When the document was stored, ISO 8601 UTC. */
  ingested_at: string;
}

/** What an analyst may change in an event (spec fields; the rest follows from them). */
export interface EventChanges {
  event_type?: EventType;
  mode?: string | null;
  context?: string[];
  actor?: string[];
  recipient?: string[];
  date?: string | null;
  location?: string | null;
  value?: Money | null;
}

export type ReviewAction = 'confirm' | 'reject' | 'edit';

export interface ServerQueries {
  listDocuments(page: { limit: number; offset: number; q?: string }): Promise<{ total: number; documents: DocumentSummary[] }>;
  getDocument(id: string): Promise<DocumentSummary | null>;
  /**
   * The stored events of each document (all origins and statuses) in date order (then id: a total order, so pages
   * neither overlap nor leave gaps): those from `offset` on, at most `limit` each. With `versions` (a document's
   * version is its hash as PutOutcome.version gives it), the versions and the events are read in one snapshot and
   * a document stored in another version since (or gone) is left out of the answer: pages of two versions never mix.
   */
  eventsOfDocuments(ids: string[], page: { limit: number; offset?: number; versions?: ReadonlyMap<string, string> }): Promise<Map<string, StoredEvent[]>>;
  searchEvents(filter: EventSearch, page: { limit: number; offset: number; sort: EventSort }): Promise<{ total: number; events: StoredEvent[] }>;
  /** Applies a review and logs it (action = the review action, before/after = the fields that changed, and the note). */
  review(eventId: string, r: { action: ReviewAction; changes?: EventChanges; note?: string; who: string }): Promise<{ event: StoredEvent; log: ReviewEntry }>;
}
