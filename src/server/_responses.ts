/**
 * What every route answers on success, as TypeScript types: the source of the OpenAPI document's response
 * schemas. `npm run openapi:types` turns these types into JSON Schema (ts-json-schema-generator) in
 * _responses.schema.json, which the document references; the contract test checks real answers against it.
 * Types only (nothing runs here): the routes build these shapes from the store and the measures.
 */
import type { BalanceResult, BrokerageResult, CompareResult, ConveningResult, DealsResult, DyadResult, PartnersResult, VisitsResult } from '../analytics/types.ts';
import type { BriefData } from '../brief/_data.ts';
import type { HeadlineResult } from '../brief/headline.ts';
import type { Entity } from '../model/cameo.ts';
import type { DocumentSummary, EventSort } from '../store/queries.ts';
import type { AlertRecord, DocumentRecord, Happening, HappeningSort, ImportProblem, PutOutcome, ReviewEntry, SourceStatus, Stats, StoredEvent } from '../store/store.ts';

export interface HealthResponse {
  status: 'ok';
  version: string;
  engine: string;
  events: number;
  documents: number;
  cache: { entries: number; hits: number; misses: number };
  /** Ingest requests being coded and waiting for a worker. */
  coding: { running: number; waiting: number };
  /** Ingest requests in each step now: coding (or waiting for a worker), storing, and answering (read back and sent). */
  ingest: { coding: number; storing: number; answering: number };
}

export interface EntitiesResponse {
  total: number;
  entities: Entity[];
}

export interface DocumentsPage {
  total: number;
  limit: number;
  offset: number;
  documents: DocumentSummary[];
}

export interface DocumentResponse {
  document: DocumentSummary | DocumentRecord;
  events: StoredEvent[];
}

export interface EventsPage {
  total: number;
  limit: number;
  offset: number;
  sort: EventSort;
  events: StoredEvent[];
}

export interface EventResponse {
  event: StoredEvent;
  review_log: ReviewEntry[];
}

export interface ReviewResponse {
  event: StoredEvent;
  log: ReviewEntry;
}

export interface HappeningsPage {
  total: number;
  limit: number;
  offset: number;
  sort: HappeningSort;
  happenings: Happening[];
}

export interface HappeningResponse {
  happening: Happening;
}

/** A line or document of the body that could not be read or coded (the others were stored). */
export interface IngestProblem {
  field?: string;
  line?: number;
  message: string;
}

export interface IngestResponse {
  /** Each document with its language (detected, or as given with `lang`) and whether the coder reads it. */
  documents: Array<{
    id: string; status: PutOutcome['status']; lang: string | null; readable: boolean; events: StoredEvent[];
    /** Set when another request stored the document again before its events were all read: those listed are this request's version's, the rest are left out. */
    superseded?: true;
  }>;
  events: number;
  /** The first 100 problems; `more_problems` counts the rest. */
  problems: IngestProblem[];
  more_problems?: number;
  /** Documents per language code ("und" when none could be told). */
  languages: Record<string, number>;
  /** How many documents are in a language the coder cannot read yet (stored, with no events). */
  unreadable: number;
  unreadable_documents: Array<{ id: string; lang: string | null }>;
}

export interface ImportResponse {
  /** The file's name as given (`?name=`), or "upload". */
  file: string;
  ms: number;
  rows: number;
  added: number;
  duplicates: number;
  unmapped: number;
  malformed: number;
  problems: ImportProblem[];
  /** Zip entries not imported, with why. */
  skipped: Array<{ file: string; reason: string }>;
}

export type StatsResponse = Stats;

/** GET /api/sources: the followed sources' status and the latest alerts. */
export interface SourcesResponse {
  /** True when this server follows its sources (`serve --watch`); the status is then every configured source's. */
  watching: boolean;
  sources: SourceStatus[];
  alerts: AlertRecord[];
}
export type BriefDataResponse = BriefData;
export type BalanceResponse = BalanceResult;
export type PartnersResponse = PartnersResult;
export type VisitsResponse = VisitsResult;
export type DyadResponse = DyadResult;
export type DealsResponse = DealsResult;
export type BrokerageResponse = BrokerageResult;
export type ConveningResponse = ConveningResult;
export type HeadlineResponse = HeadlineResult;
export type CompareResponse = CompareResult;
