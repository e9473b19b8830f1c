/** Engagement by partner: counts per direction, shares, scores, cooperation/conflict, money. */
import type { Direction, MeasureFilter, MeasureQueries } from '../store/measures.ts';
import { mean, round, shares, topIndices } from './_math.ts';
import { entityName } from './_names.ts';
import { metricOf } from './balance.ts';
import { loadRates } from './rates.ts';
import type { PartnersResult } from './types.ts';
import { smoothWarmth, warmthPrior } from './warmth.ts';
import { loadVectorSet, toGrouping, type VectorSet } from './vectors.ts';

export interface PartnersOptions {
  filter?: MeasureFilter;
  direction?: Direction;
  vectors?: VectorSet;
  /** At most this many partners (largest first); all when absent. */
  limit?: number;
}

export async function partners(q: MeasureQueries, focalCode: string, o: PartnersOptions = {}): Promise<PartnersResult> {
  const focal = focalCode.toUpperCase();
  const filter = o.filter ?? {};
  const direction = o.direction ?? 'both';
  const grouping = toGrouping(o.vectors ?? loadVectorSet());
  const vectorOf = new Map(grouping.members.map((m) => [m.code, m.group]));
  const rows = (await q.engagement({ focal, filter, granularity: null, rates: loadRates().rows }))
    .filter((r) => r.key !== null && metricOf(r, direction, 'events') > 0)
    .sort((a, b) => metricOf(b, direction, 'events') - metricOf(a, direction, 'events') || (a.key! < b.key! ? -1 : 1));
  const s = shares(rows.map((r) => metricOf(r, direction, 'events')));
  // The prior of every partner's warmth: the focal country's tone over all its pairs in the window.
  const prior = warmthPrior(rows.reduce((n, r) => n + r.coop, 0), rows.reduce((n, r) => n + r.conflict, 0));
  const list = rows.map((r, i) => ({
    partner: r.key!, name: entityName(r.key!), vector: vectorOf.get(r.key!) ?? grouping.rest,
    events: r.events, events_out: r.events_out, events_in: r.events_in, share: round(s[i] ?? null),
    score: round(r.score)!, mean_score: round(mean(r.score, r.events)), coop: r.coop, conflict: r.conflict,
    usd: round(r.usd, 2)!, unconverted_events: r.unconverted_events, warmth: smoothWarmth(r.coop, r.conflict, prior),
  }));
  const top = topIndices(rows.map((r) => metricOf(r, direction, 'events'))).map((i) => rows[i]!.key!);
  return {
    measure: 'partners', focal, filter, direction,
    pairs: rows.reduce((n, r) => n + metricOf(r, direction, 'events'), 0),
    top: top.length === 1 ? top[0]! : null,
    top_tied: top.length > 1 ? top : [],
    warmth_prior: prior,
    partners: o.limit === undefined ? list : list.slice(0, o.limit),
  };
}
