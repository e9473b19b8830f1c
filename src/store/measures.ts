/**
 * The SQL-facing half of the measures: aggregate queries over stored events, typed. Engines implement
 * `MeasureQueries` (DuckDB: ./duckdb/measures.ts); src/analytics turns the rows into indices and JSON.
 * Nothing here returns raw events in bulk: every query aggregates in the engine.
 *
 * Semantics shared by every query (documented once, here):
 * - Focal events: the focal code is in `actor` (direction "out") or in `recipient` (direction "in").
 * - Partners of an event: for "out", the recipients; when the recipient list is empty (a joint act of any type:
 *   a meeting with no host, a joint signing or statement), the other actors; for "in", the actors. The focal code itself is never a
 *   partner. An event with several partners yields one event–partner pair per partner; "both" is the union of
 *   the two directions, so a pair is counted once even if the partner is on both sides.
 * - Score: the dataset's Goldstein value for imported CAMEO events (origin gdelt or icews) when present,
 *   else the stored PLOVER score.
 * - Money: an event's value is split equally across its partners (so sums over partners add up to the money
 *   actually stated); converted to USD with the rate of the event's year.
 * - Periods: an event counts in a period only when its date is precise enough for it (a year needs a year, a
 *   quarter or a month needs a month): "2023" counts in 2023 but in no month or quarter of it. Events too
 *   imprecise for a series' period, and undated events, are reported beside the series (`dating` 'imprecise' /
 *   'undated') and count in the window totals, never in a period. Window filters (from/to) test the first day
 *   of the date.
 * - Unit: measures count happenings by default, reports on request (`unit: 'reports'`). Events reporting the
 *   same happening (same origin, type, mode and parties, dates compatible at their precision within
 *   REPORT_WINDOW_DAYS, same place when both state one: the rule is in happenings.ts) form one happening, and a
 *   happening counts once, through its representative report: the most precise report date (earliest among
 *   equally precise; then one that states money; then the smallest id). So a happening counts in the period,
 *   window, review status and origin of that report, with its money and its partners (every report of a
 *   happening has the same parties). Rejected reports are happenings of their own (a rejection takes a report
 *   out of its happening, and out of the measures like any rejected event). With `unit: 'reports'`, every report
 *   counts, as before clustering; counts by happenings are never above counts by reports.
 * - Implausible dates: an event dated more than a week after its document's date (a plan or a horizon, "a
 *   strategy up to 2035"; flagged 'after-document' when written) or after today is left out of every measure.
 */
import type { EventType } from '../model/event.ts';
import type { Origin, ReviewStatus } from './store.ts';

export type Granularity = 'month' | 'quarter' | 'year';
/** Where a row sits: a period of the series, too imprecise for it, undated, or the window total (no series). */
export type Dating = 'period' | 'imprecise' | 'undated' | 'total';
export type Direction = 'out' | 'in' | 'both';
/** What a count counts: happenings (default) or the reports of them (every stored event). */
export type Unit = 'happenings' | 'reports';
export const UNITS: readonly Unit[] = ['happenings', 'reports'];

/** Filters of every measure. `reviewStatuses` defaults to everything but 'rejected'. */
export interface MeasureFilter {
  /** YYYY, YYYY-MM or YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
  types?: EventType[];
  origins?: Origin[];
  reviewStatuses?: ReviewStatus[];
  /** Count happenings (default) or reports. */
  unit?: Unit;
}

/** Partner code -> group (vector id). Codes not listed go to `rest`, or are left out of groups when it is null. */
export interface Grouping {
  members: Array<{ code: string; group: string }>;
  rest: string | null;
}

/** A dated conversion table: units of `currency` per US dollar in `year`. */
export interface RateRow {
  currency: string;
  year: number;
  per_usd: number;
}

/** Engagement of the focal country with one key (partner code or group) in one period. */
export interface EngagementRow {
  /** Period label (YYYY-MM, YYYY-Qn, YYYY) or null for window totals and for imprecise or undated events. */
  period: string | null;
  dating: Dating;
  /** Partner code, or group id (null = a partner no group takes, when the grouping has no rest). */
  key: string | null;
  /** Event–key pairs in each direction and combined (an event counts once per key). */
  events_out: number;
  events_in: number;
  events: number;
  score_out: number;
  score_in: number;
  score: number;
  /** Pairs of quad class 1+2 (cooperation) and 3+4 (conflict), combined direction. */
  coop: number;
  conflict: number;
  /** Money in USD (split across partners), and how many money-carrying pairs could not be converted. */
  usd: number;
  value_events: number;
  unconverted_events: number;
}

/** All focal events of a period (each counted once), the denominator of volume normalisation. */
export interface VolumeRow {
  period: string | null;
  dating: Dating;
  events: number;
  /** Focal events that have at least one partner. */
  with_partner: number;
}

/** The dyad focal–partner per period: counts by quad class and direction, score sum. */
export interface DyadRow {
  period: string | null;
  dating: Dating;
  events: number;
  events_out: number;
  events_in: number;
  score: number;
  q1: number;
  q2: number;
  q3: number;
  q4: number;
}

export type VisitLevel = 'head' | 'minister' | 'other' | 'unknown';
/** What the evidence calls the visit: a state, official or working visit; null when it says none of these. */
export type VisitKind = 'state' | 'official' | 'working';

/**
 * An office-holder the visit levels are read from (data/lexicon/people.json): a name as written, the code of
 * the state (or organisation) the office belongs to, its level, and its term (YYYY-MM-DD, `to` null = open).
 */
export interface OfficeRow {
  alias: string;
  code: string;
  level: 'head' | 'minister' | 'other';
  from: string;
  to: string | null;
}

/**
 * CONSULT visits: out = the focal country visits the partner; in = the partner visits the focal country.
 * Organisations (IGO and generic codes) host or are visited, they do not visit: a pair whose visitor is one is
 * not a visit. The level is the visitor's: the highest office-holder of the visitor's code named in the evidence
 * (in office on the date); else "state visit" or "the leaders of" says head; else, when nobody of another code is named, the
 * highest title in the sentence; else 'unknown' (as for imported events, which carry no sentence).
 */
export interface VisitRow {
  partner: string;
  direction: 'in' | 'out';
  level: VisitLevel;
  kind: VisitKind | null;
  events: number;
}

/**
 * The evidence behind a series: distinct documents and distinct sources of the events a measure counts. Counting
 * happenings, a happening brings the documents of all its reports; counting reports, each report its own. A
 * source is where a document comes from: the host of its URL (the imported row's source URL for GDELT and
 * ICEWS), else the input file it was read from, else its origin (an ICEWS row, which names no source).
 */
export interface CoverageRow {
  period: string | null;
  dating: Dating;
  /** Group id or partner code; with `scope` 'all', every key of the period together (null). */
  key: string | null;
  scope: 'key' | 'all';
  documents: number;
  sources: number;
}

/** Money by partner, year, primary context and original currency. */
export interface DealRow {
  partner: string;
  year: number | null;
  context: string | null;
  currency: string;
  /** Amount in the original currency (split across partners). */
  amount: number;
  /** USD, or null when no rate exists for the currency and year. */
  usd: number | null;
  events: number;
}

/** An event listed by a measure (summits hosted, mediation). */
export interface ListedEvent {
  id: string;
  date: string | null;
  event_type: EventType;
  mode: string | null;
  actor: string[];
  recipient: string[];
  location: string | null;
  text: string;
  origin: Origin;
}

export interface HostedResult {
  total: number;
  /** Per period of the series (events precise enough for it), or one row with period null without a series. */
  byPeriod: Array<{ period: string | null; events: number }>;
  /** With a series: events in `total` too imprecise for its periods, and undated ones. */
  imprecise: number;
  undated: number;
  /** Most recent first, at most `limit`. */
  events: ListedEvent[];
}

/** One edge of the co-participation network: codes a < b that took part in `weight` events together. */
export interface EdgeRow {
  a: string;
  b: string;
  weight: number;
}

/** What a network measure was computed on: the filtered events, by origin, their dates, and who takes part most. */
export interface CorpusRow {
  events: number;
  /** Events with at least two non-generic parties (the ones that make ties). */
  network_events: number;
  first: string | null;
  last: string | null;
  origins: Array<{ origin: string; events: number }>;
  /** The codes taking part in most events (at most 3), with their events. */
  top: Array<{ code: string; events: number }>;
}

export interface MeasureQueries {
  /** Engagement grouped by partner (grouping absent) or by group, per period when `granularity` is set. */
  engagement(q: {
    focal: string; filter: MeasureFilter; granularity?: Granularity | null; grouping?: Grouping; rates: RateRow[];
    /** With a granularity: also return the window totals (rows with period null), in the same pass. */
    totals?: boolean;
  }): Promise<EngagementRow[]>;
  /** Focal event volume per period (or the window total). */
  volume(q: { focal: string; filter: MeasureFilter; granularity?: Granularity | null }): Promise<VolumeRow[]>;
  /** The focal–partner dyad per period (or the window total). */
  dyad(q: { focal: string; partner: string; filter: MeasureFilter; granularity?: Granularity | null }): Promise<DyadRow[]>;
  visits(q: { focal: string; filter: MeasureFilter; partner?: string; offices?: OfficeRow[] }): Promise<VisitRow[]>;
  /**
   * Documents and sources behind the event–key pairs of `engagement` (same filter, periods and keys; pairs in
   * `direction` only), per period and key, per period over all keys (scope 'all'), and for the window (dating
   * 'total'). With `partner`, only pairs with that partner (the dyad). Keys no group takes are left out when the
   * grouping has no rest, as the balance leaves them out of its series.
   */
  coverage(q: { focal: string; filter: MeasureFilter; granularity?: Granularity | null; grouping?: Grouping; partner?: string;
    direction?: Direction }): Promise<CoverageRow[]>;
  deals(q: { focal: string; filter: MeasureFilter; rates: RateRow[]; partner?: string }): Promise<DealRow[]>;
  /** CONSULT multilateral located in the focal country, or CONSULT third-party with the focal country as recipient. */
  hosted(q: { focal: string; filter: MeasureFilter; kind: 'multilateral' | 'third-party'; granularity?: Granularity | null; limit?: number }): Promise<HostedResult>;
  /** Co-participation edges (generic codes NGO/IMG/MNC/IGO left out) among all filtered events. */
  coParticipation(q: { filter: MeasureFilter }): Promise<EdgeRow[]>;
  /** The events coParticipation reads, described (for the brokerage's data note and centring warning). */
  corpus(q: { filter: MeasureFilter }): Promise<CorpusRow>;
}
