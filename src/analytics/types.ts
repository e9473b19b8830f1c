/**
 * The JSON shapes of the measures: what `--format json` prints and what the API and dashboard serve.
 * Stable: add fields, never rename or remove them. Numbers are rounded to 4 decimals (USD to whole cents);
 * a quantity that is undefined (no events, no rival, no rate) is null, never 0.
 */
import type { Direction, Granularity, HostedResult, MeasureFilter, VisitKind, VisitLevel } from '../store/measures.ts';

export type { Direction, Granularity, MeasureFilter, VisitKind, VisitLevel };

/** The prior a smoothed warmth is shrunk toward (src/analytics/warmth.ts). */
export interface WarmthPrior {
  /** The focal country's cooperation share over all its pairs in the window (0.5 when it has none). */
  coop_share: number;
  /** Cooperation and conflict pairs it rests on. */
  events: number;
  /** Weight of the prior in events. */
  strength: number;
}

export interface WarmthEstimate {
  /** Pairs behind the estimate. */
  events: number;
  /** (coop − conflict) / events; null with no events. */
  raw: number | null;
  /** Posterior mean on −1..+1 (the prior's value with no events). */
  smoothed: number;
  /** The CREDIBLE interval of the smoothed index. */
  low: number;
  high: number;
}


/** What every result says about how it was computed. */
export interface MeasureScope {
  focal: string;
  filter: MeasureFilter;
}

/** Engagement of the focal country with one vector over the window. */
export interface VectorEngagement {
  vector: string;
  label: string;
  weight: number;
  /** Event–vector pairs: an event counts once per vector, in each direction and combined. */
  events: number;
  events_out: number;
  events_in: number;
  /** Sum and mean of scores (PLOVER, or Goldstein for imported CAMEO events), combined direction. */
  score: number;
  mean_score: number | null;
  /** Pairs of quad class 1–2 and 3–4. */
  coop: number;
  conflict: number;
  usd: number;
  unconverted_events: number;
  /** Share of the balance metric (weighted) in the chosen direction; null when nothing at all. */
  share: number | null;
}

export interface BalanceIndices {
  /** Normalised Shannon entropy of the shares over all vectors: 0 = one vector, 1 = even. */
  entropy: number | null;
  /** Herfindahl–Hirschman index (sum of squared shares) and its normalised form (0 even .. 1 one vector). */
  hhi: number | null;
  hhi_normalised: number | null;
  /** Largest share / second largest; null when only one vector has any, or when the top is tied. */
  dominance: number | null;
  /** The vector with the largest share (null when nothing, or when the top is tied). */
  dominant: string | null;
  /** The vectors tied at the top (two or more), else empty. */
  tied: string[];
}

export interface BalanceAlert {
  /** Period label, or null for the whole window. */
  period: string | null;
  vector: string;
  kind: 'share' | 'jump';
  share: number;
  previous: number | null;
  message: string;
}

export interface BalancePeriod extends BalanceIndices {
  period: string;
  /** Weighted metric total of the period (event–vector pairs, or USD). */
  total: number;
  /**
   * The pairs the period's shares and indices rest on (unweighted): happening–vector pairs in the chosen direction, or
   * with metric usd the pairs whose money is in the shares (deals).
   */
  events: number;
  /** True when `events` is under the result's `low_count`: shares on so few events say little (charts grey them). */
  lowCount: boolean;
  /** vector id -> event–vector pairs. */
  counts: Record<string, number>;
  /** Distinct documents and sources behind the period's counts (see CoverageRow in store/measures.ts). */
  documents: number;
  sources: number;
  /** vector id -> documents and sources behind that vector's count in the period. */
  coverage: Record<string, Coverage>;
  /** vector id -> share (null when the period is empty) and raw metric. */
  shares: Record<string, number | null>;
  values: Record<string, number>;
  /** Against the previous period of the series; null for the first one. */
  change: { entropy: number | null; hhi: number | null; shares: Record<string, number | null> } | null;
  alerts: BalanceAlert[];
}

/** What a series leaves out: events too imprecise for its periods, or undated (they count in the window totals). */
/** Distinct documents and sources behind a count. */
export interface Coverage {
  documents: number;
  sources: number;
}

export interface OutsideSeries {
  /** Weighted metric (as a period's `total`) and event–vector pairs. */
  total: number;
  events: number;
  /** Distinct documents and sources behind the period's counts (see CoverageRow in store/measures.ts). */
  documents: number;
  sources: number;

  values: Record<string, number>;
  counts: Record<string, number>;
}

export interface BalanceResult extends MeasureScope {
  measure: 'balance';
  direction: Direction;
  metric: 'events' | 'usd';
  granularity: Granularity;
  vector_set: string;
  total: BalanceIndices & {
    /** Focal events in the window (each once) and those with at least one partner. */
    focal_events: number;
    with_partner: number;
    /** Event–partner pairs no vector takes (only when the set has no rest vector). */
    unassigned: number;
    /** Event–vector pairs in the chosen direction over the window: the count behind the total shares and indices. */
    events: number;
  /** Distinct documents and sources behind the window's counts (see CoverageRow in store/measures.ts). */
  documents: number;
  sources: number;
    vectors: VectorEngagement[];
  };
  series: BalancePeriod[];
  /** Beside the series: dated too imprecisely for its periods ("2023" in a monthly series), and undated. */
  imprecise: OutsideSeries;
  undated: OutsideSeries;
  /** The minimum count under which a period is flagged `lowCount`. */
  low_count: number;
  alerts: BalanceAlert[];
}

export interface PartnerEngagement {
  partner: string;
  name: string | null;
  vector: string | null;
  events: number;
  events_out: number;
  events_in: number;
  /** Share of all event–partner pairs of the focal country in the chosen direction. */
  share: number | null;
  score: number;
  mean_score: number | null;
  coop: number;
  conflict: number;
  usd: number;
  unconverted_events: number;
  /** Smoothed warmth with its interval and the pairs behind it (see warmth.ts). */
  warmth: WarmthEstimate;
}

export interface PartnersResult extends MeasureScope {
  measure: 'partners';
  direction: Direction;
  /** Event–partner pairs in the chosen direction. */
  pairs: number;
  /** The partner with most pairs; null when there is none or the top is tied (then `top_tied` lists them). */
  top: string | null;
  top_tied: string[];
  /** What every partner's warmth is shrunk toward: the focal country's cooperation share over all pairs. */
  warmth_prior: WarmthPrior;
  partners: PartnerEngagement[];
}

export type LevelCounts = Record<VisitLevel, number>;

/** Visits one way: by the visitor's level (they add up to `total`), and those the evidence calls state, official or working visits. */
export type VisitCounts = LevelCounts & { total: number } & Record<VisitKind, number>;

export interface VisitsPartner {
  partner: string;
  inbound: VisitCounts;
  outbound: VisitCounts;
  /** min(in, out) / max(in, out); null when no visits either way. */
  reciprocity: number | null;
}

export interface VisitsResult extends MeasureScope {
  measure: 'visits';
  inbound: number;
  outbound: number;
  reciprocity: number | null;
  partners: VisitsPartner[];
}

export interface QuadCounts {
  verbal_cooperation: number;
  material_cooperation: number;
  verbal_conflict: number;
  material_conflict: number;
}

export interface WarmthPeriod {
  period: string;
  /** Dyad events (each once) and all focal events of the period. */
  events: number;
  /** True when `events` is under the result's `low_count` (the index says little; charts grey it). */
  lowCount: boolean;
  focal_events: number;
  /** Distinct documents and sources behind the period's dyad events (see CoverageRow in store/measures.ts). */
  documents: number;
  sources: number;
  mean_score: number | null;
  coop: number;
  conflict: number;
  /** (coop − conflict) / dyad events: −1 all conflict .. +1 all cooperation; null when no dyad events. */
  index: number | null;
  /** Dyad events / focal events: how much of the focal country's news the dyad takes. */
  volume_share: number | null;
  /** (coop − conflict) / focal events: the index weighted by the dyad's share of news, so a busy month is not warm by itself. */
  normalised: number | null;
  /** The index smoothed toward the focal country's tone, with its interval (see warmth.ts). */
  warmth: WarmthEstimate;
}

export interface DyadResult extends MeasureScope {
  measure: 'dyad';
  partner: string;
  granularity: Granularity;
  total: {
    events: number;
    events_out: number;
    events_in: number;
    /** Distinct documents and sources behind the window's dyad events (see CoverageRow in store/measures.ts). */
    documents: number;
    sources: number;
    mean_score: number | null;
    quad: QuadCounts;
    index: number | null;
    /** The index smoothed toward the focal country's tone, with its interval. */
    warmth: WarmthEstimate;
  };
  warmth_prior: WarmthPrior;
  series: WarmthPeriod[];
  /** Dyad events beside the series: dated too imprecisely for its periods, and undated (both in `total`). */
  imprecise: number;
  undated: number;
  /** Documents and sources behind the imprecise and undated dyad events. */
  imprecise_coverage: Coverage;
  undated_coverage: Coverage;
  low_count: number;
  visits: VisitsPartner;
}

export interface DealsResult extends MeasureScope {
  measure: 'deals';
  rates_source: string;
  total_usd: number;
  events: number;
  /** Money that could not be converted: by currency, with why. Never dropped. */
  unconverted: Array<{ currency: string; amount: number; events: number; reason: string }>;
  by_partner: Array<{ partner: string; usd: number; events: number; unconverted_events: number }>;
  by_year: Array<{ year: number | null; usd: number; events: number; unconverted_events: number }>;
  by_context: Array<{ context: string | null; usd: number; events: number; unconverted_events: number }>;
}

export interface ConveningResult extends MeasureScope {
  measure: 'convening';
  /** CONSULT multilateral located in the focal country. */
  summits: HostedResult;
  /** CONSULT third-party with the focal country as recipient (mediator or host). */
  mediation: HostedResult;
}

export interface BrokerageNode {
  code: string;
  rank: number;
  /** Normalised betweenness centrality (0..1) in the co-participation network. */
  betweenness: number;
  degree: number;
  /** Sum of co-participation counts. */
  strength: number;
}

export interface BrokerageResult extends MeasureScope {
  measure: 'brokerage';
  nodes: number;
  edges: number;
  /** The focal country's place; null when it takes part in no co-participation. */
  position: BrokerageNode | null;
  top: BrokerageNode[];
  /** What it was computed on: all filtered events (every focal country alike), their origins and dates. */
  data: {
    events: number;
    network_events: number;
    first: string | null;
    last: string | null;
    origins: Array<{ origin: string; events: number }>;
  };
  /**
   * Set when one country takes part in more than `threshold` of those events: the corpus is centred on it, so
   * its (and its neighbours') betweenness is high by construction.
   */
  centred: { code: string; name: string | null; share: number; events: number; threshold: number } | null;
  /** The centring warning in words (null when there is none). */
  warning: string | null;
}

export interface CompareRow extends BalanceIndices {
  focal: string;
  focal_events: number;
  shares: Record<string, number | null>;
  /** Event–vector pairs behind each share. */
  counts: Record<string, number>;
  brokerage: { rank: number; betweenness: number } | null;
  visits: { inbound: number; outbound: number; reciprocity: number | null };
}

export interface CompareResult {
  measure: 'compare';
  focals: string[];
  filter: MeasureFilter;
  direction: Direction;
  vector_set: string;
  vectors: Array<{ id: string; label: string }>;
  rows: CompareRow[];
}

/** What `multivector brokerage --format json` prints: the bridge role in one object. */
export interface BrokerageReport {
  brokerage: BrokerageResult;
  convening: ConveningResult;
}
