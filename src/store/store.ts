/**
 * The store: multivector's memory. Everything outside src/store talks to this interface with typed values;
 * SQL stays inside the engines: an embedded DuckDB file (./duckdb, the default) or a PostgreSQL server
 * (./postgres), chosen by ./engines.ts from the location's scheme. Every engine passes the same suite
 * (test/unit/store.suite.ts).
 */
import type { Entity } from '../model/cameo.ts';
import type { Event, EventType } from '../model/event.ts';
import type { MeasureQueries } from './measures.ts';
import type { ServerQueries } from './queries.ts';

export const ORIGINS = ['coded', 'gdelt', 'icews', 'plover', 'manual'] as const;
export type Origin = (typeof ORIGINS)[number];
export const REVIEW_STATUSES = ['auto', 'confirmed', 'rejected', 'edited'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** What an importer or the ingest pipeline hands the store: a spec event plus provenance and dataset fields. */
export interface NewEvent extends Event {
  /** Stable id (see ids.ts); the same happening from the same source always gets the same id. */
  id: string;
  origin: Origin;
  /** Character offsets of the evidence sentence in its document (coded events). */
  span?: { start: number; end: number } | null;
  /** The coder's confidence, 0..1 (coded events; null for imported datasets). */
  confidence?: number | null;
  goldstein?: number | null;
  num_mentions?: number | null;
  num_sources?: number | null;
  num_articles?: number | null;
  tone?: number | null;
  source_url?: string | null;
  /** Quad class when a dataset carries its own; otherwise derived from the type. */
  quad_class?: 1 | 2 | 3 | 4 | null;
}

/** An event as stored. */
export interface StoredEvent extends Event {
  id: string;
  origin: Origin;
  review_status: ReviewStatus;
  /** True when the event was reviewed and its document has since changed (kept, to be looked at again). */
  doc_changed: boolean;
  score: number;
  quad_class: 1 | 2 | 3 | 4;
  span: { start: number; end: number } | null;
  /** The coder's confidence, 0..1; null for events imported from datasets. */
  confidence: number | null;
  goldstein: number | null;
  num_mentions: number | null;
  num_sources: number | null;
  num_articles: number | null;
  tone: number | null;
  source_url: string | null;
  /** The happening this event reports (the id of the happening's representative report; see happenings.ts). */
  happening: string | null;
  /** The language of its document, so of its evidence sentence (ISO 639, e.g. "ru"); null when unknown or imported. */
  lang: string | null;
}

/** One report of a happening. */
export interface HappeningReport {
  id: string;
  doc: string;
  origin: Origin;
  /** The event date the report gives, at its precision. */
  date: string | null;
  /** When it was reported: its document's date, else (datasets) its event date. */
  reported: string | null;
  text: string;
  /** Where to read it: the event's source URL, else its document's URL, else the document id. */
  source: string;
  review_status: ReviewStatus;
}

/** A happening: what its representative report says, and every report of it. */
export interface Happening {
  /** The representative report's id (see happenings.ts for how it is chosen). */
  id: string;
  event_type: EventType;
  mode: string | null;
  actor: string[];
  recipient: string[];
  /** The representative date: the most precise report date, earliest among equally precise. */
  date: string | null;
  location: string | null;
  reports: HappeningReport[];
  /** Distinct sources of its reports. */
  sources: string[];
  first_reported: string | null;
  last_reported: string | null;
}

/** Filters of the happenings list: an event filter over representative reports, and a minimum number of reports. */
export interface HappeningFilter extends EventFilter {
  minReports?: number;
}

export type HappeningSort = '-date' | 'reports';

export interface DocumentRecord {
  id: string;
  title: string | null;
  url: string | null;
  /** Publication date, YYYY-MM-DD. */
  date: string | null;
  lang: string | null;
  /** sha-256 of the text (see ids.ts contentHash). */
  content_hash: string;
  /** Where it came from ("file:line"). */
  source: string | null;
  /**
   * The text of a document stored unread (in a language the coder does not read yet), kept so `recode` can code it
   * once its language becomes readable; absent or null for a coded document.
   */
  unread_text?: string | null;
}

/** A document stored unread: its text, or null when it was stored before texts were kept (schema 6 and older). */
export interface UnreadDocument extends DocumentRecord {
  text: string | null;
}

export interface DocumentWithEvents {
  doc: DocumentRecord;
  events: NewEvent[];
}

/** added: new document; replaced: its content changed and it was re-coded; unchanged: skipped. */
export interface PutOutcome {
  id: string;
  status: 'added' | 'replaced' | 'unchanged';
  events: number;
  /** Reviewed events of a changed document that were kept (and flagged doc_changed). */
  keptReviewed: number;
  /** The document's version as stored now (its hash; `unread:` before it when stored unread), to read it back by. */
  version: string;
}

/** Filters shared by `events`, `export` and the API. Periods are YYYY, YYYY-MM or YYYY-MM-DD, inclusive. */
export interface EventFilter {
  /** Entity code that takes part (as actor or recipient). */
  country?: string;
  /** A second entity code that takes part in the same event. */
  partner?: string;
  types?: EventType[];
  from?: string;
  to?: string;
  origins?: Origin[];
  reviewStatuses?: ReviewStatus[];
  doc?: string;
}

export interface Page {
  limit?: number;
  offset?: number;
}

export interface ImportCounts {
  /** Rows read from the file (including malformed and skipped ones). */
  rows: number;
  added: number;
  /** Already in the store (same stable id). */
  duplicates: number;
  /** Rows with no PLOVER equivalent (CAMEO 01 statements, 02 appeals). */
  unmapped: number;
  malformed: number;
  /** Up to 20 malformed rows (the first by line) with their file, line, field and reason. */
  problems: ImportProblem[];
  /** True when the import was remembered under its `once` key already: nothing was read into the store. */
  already?: boolean;
}

export interface ImportProblem {
  /** The file (or `archive.zip/entry`) holding the row. */
  file?: string;
  line: number | null;
  field?: string;
  reason: string;
}

/** A tab-separated dataset, streamed as rows already split by line (header excluded) and checked as text. */
export interface DelimitedImport {
  format: 'gdelt1' | 'gdelt1-url' | 'gdelt2' | 'icews';
  /** Batches of rows with their file line numbers; an error thrown while iterating aborts the import. */
  rows: AsyncIterable<{ lines: number[]; texts: string[] }>;
  /** The name to report in problems. */
  displayName: string;
  /**
   * Remembers the import under this key (e.g. a GDELT file's URL) in the same transaction as its rows: an import
   * whose key is remembered already stores nothing (`already`), so a file is imported once across restarts.
   */
  once?: string;
}

/** A followed source (see src/watch): its conditional-request validators, schedule and what it brought. */
export interface SourceStatus {
  name: string;
  url: string;
  type: string;
  /** ETag and Last-Modified of its last full answer (sent back as If-None-Match / If-Modified-Since). */
  etag: string | null;
  last_modified: string | null;
  /** ISO 8601 UTC instants. */
  last_poll: string | null;
  last_success: string | null;
  next_poll: string | null;
  /** Failed polls in a row (the back-off grows with it; 0 after a success). */
  failures: number;
  /** Documents (or dataset files) and events it added, all time. */
  items_added: number;
  events_added: number;
  last_error: string | null;
}

/** A balance alert as the watcher saw it appear (see src/watch/_alerts.ts). */
export interface AlertRecord {
  /** focal|period|vector|kind: an alert is new once. */
  key: string;
  focal: string;
  period: string | null;
  vector: string;
  kind: string;
  share: number;
  previous: number | null;
  message: string;
  /** When it first appeared (ISO 8601 UTC; set by the store). */
  first_seen?: string;
  /** What became of sending it to the webhook ("sent 204", "failed: …"), or null (no webhook). */
  delivery: string | null;
}

/** A stored document found by its URL or its content. */
export interface KnownDocument {
  id: string;
  url: string | null;
  content_hash: string;
}

export type ExportFormat = 'csv' | 'jsonl' | 'parquet';

export interface Stats {
  events: number;
  /** Happenings the events report (see happenings.ts); rejected events are happenings of their own. */
  happenings: number;
  documents: number;
  byOrigin: Array<{ origin: Origin; events: number }>;
  byType: Array<{ event_type: EventType; events: number }>;
  /** Events by year of their date (null = undated); events with an implausible date are only in `flaggedDates`. */
  byYear: Array<{ year: number | null; events: number }>;
  /** Events dated well after their document or in the future: left out of measures (see measures.ts). */
  flaggedDates: number;
  schemaVersion: number;
  /** Size of the database on disk, bytes (DuckDB: its files; PostgreSQL: its tables and indexes). */
  bytes: number;
}

export interface ReviewEntry {
  id: number;
  event_id: string;
  who: string;
  at: string;
  action: string;
  before: unknown;
  after: unknown;
}

export interface Store {
  readonly engine: string;
  readonly path: string;
  /** Content hashes of the given stored documents (missing ones are absent from the map). */
  documentHashes(ids: string[]): Promise<Map<string, string>>;
  /**
   * Documents stored unread in these languages (all when omitted), `limit` at a time in id order after `after`.
   * Their hashes in `documentHashes` carry the prefix `unread:`, so a document read again is coded again.
   */
  unreadDocuments(q: { langs?: string[]; after?: string | null; limit: number }): Promise<UnreadDocument[]>;
  /** Stores documents with their coded events in one transaction: all of them, or nothing. */
  putDocuments(batch: DocumentWithEvents[]): Promise<PutOutcome[]>;
  /** Bulk insert of dataset events in one transaction; events whose id is already stored are skipped. */
  importEvents(events: NewEvent[]): Promise<{ added: number; duplicates: number }>;
  /** Engine-native import of a delimited dataset file, in one transaction. */
  importDelimited(spec: DelimitedImport, options?: { strict?: boolean }): Promise<ImportCounts>;
  getEvent(id: string): Promise<StoredEvent | null>;
  /**
   * Happenings whose representative report matches the filter (rejected ones only when asked for), newest
   * first or most reported first, with their reports; `total` counts them all.
   */
  queryHappenings(filter: HappeningFilter, page?: Page & { sort?: HappeningSort }): Promise<{ total: number; happenings: Happening[] }>;
  /** The happening with this id, or null. */
  getHappening(id: string): Promise<Happening | null>;
  queryEvents(filter: EventFilter, page?: Page): Promise<StoredEvent[]>;
  countEvents(filter: EventFilter): Promise<number>;
  /** All matching events in batches, without holding them all in memory. */
  iterateEvents(filter: EventFilter): AsyncGenerator<StoredEvent[]>;
  /** Writes matching events to a file; jsonl is the spec's format. Returns the number of events. */
  exportEvents(filter: EventFilter, format: ExportFormat, out: string): Promise<number>;
  stats(): Promise<Stats>;
  entities(): Promise<Entity[]>;
  appendReview(entry: Omit<ReviewEntry, 'id' | 'at'> & { at?: string }): Promise<ReviewEntry>;
  reviewLog(eventId?: string): Promise<ReviewEntry[]>;
  /** Sets an event's review status and logs it (action 'status'); NotFoundError for an unknown id. */
  setReviewStatus(eventId: string, status: ReviewStatus, who: string): Promise<void>;
  /** Documents whose stored events don't add up (should always be empty; used by integrity checks). */
  checkIntegrity(): Promise<string[]>;
  /**
   * Re-sorts the stored events for fast focal and date queries. The store does it by itself after writes when
   * enough small batches have piled up; call it after a series of imports to have it done at once.
   */
  compact(): Promise<void>;
  /** Stored documents whose URL or content hash is one of these (a feed item seen before under another id). */
  knownDocuments(q: { urls: string[]; hashes: string[] }): Promise<KnownDocument[]>;
  /** Which of these `once` keys (see DelimitedImport) are remembered. */
  importedFiles(keys: string[]): Promise<Set<string>>;
  /** The greatest remembered `once` key starting with `prefix` (GDELT file names sort as time), or null. */
  newestImported(prefix: string): Promise<string | null>;
  /**
   * Remembers `once` keys as handled without rows: a GDELT file missing from the server when caught up (so a
   * catch-up moves past it), a feed item's summary whose article was read. Keys remembered already stay as they are.
   */
  rememberKeys(keys: string[]): Promise<void>;
  /** Every followed source's status, by name. */
  sourceStatus(): Promise<SourceStatus[]>;
  /** Creates or replaces a source's status. */
  saveSourceStatus(s: SourceStatus): Promise<void>;
  /** Stores the alerts not stored yet (by key) and returns those, as stored. */
  addAlerts(alerts: AlertRecord[]): Promise<AlertRecord[]>;
  /** Stored alerts, newest first. */
  alerts(limit?: number): Promise<AlertRecord[]>;
  setAlertDelivery(key: string, delivery: string): Promise<void>;
  /** Aggregate queries behind the measures (src/analytics). */
  measures(): MeasureQueries;
  /** The API's and the briefs' queries (documents, searches, reviews). */
  queries(): ServerQueries;
  /**
   * The engine's own memory in this process, for the memory log (MULTIVECTOR_MEMORY_LOG): its limit and the bytes it
   * holds, by component. Only an embedded engine has any (DuckDB); a database server's memory is not ours.
   */
  engineMemory?(): Promise<EngineMemory>;
  close(): Promise<void>;
}

export interface EngineMemory {
  /** The engine's memory limit as it reports it ('488.2 MiB'). */
  limit: string;
  bytes: number;
  /** Bytes by the engine's component (DuckDB's duckdb_memory() tags: base_table, hash_table, …); zero ones left out. */
  byTag: Record<string, number>;
}

export interface OpenOptions {
  /** Database file (':memory:' for a throw-away store), or a postgres:// URL. */
  path: string;
  readOnly?: boolean;
}

/** Opens (creating and migrating if needed) the store at `path`, with the engine its scheme names. */
export async function openStore(options: OpenOptions): Promise<Store> {
  const { engineFor } = await import('./engines.ts');
  return engineFor(options.path).open(options);
}

/** The database location from `--db`, else MULTIVECTOR_DB, else ./multivector.duckdb. */
export function resolveDbPath(flag?: string): string {
  return flag || process.env.MULTIVECTOR_DB || 'multivector.duckdb';
}
