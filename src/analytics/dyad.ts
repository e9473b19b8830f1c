/**
 * Warmth of a dyad: mean score, counts per quad class, and a per-period cooperation–conflict index,
 * with the dyad's share of the focal country's news and the index weighted by it (a busy month is not a
 * warm month by itself).
 */
import type { Granularity, MeasureFilter, MeasureQueries } from '../store/measures.ts';
import { mean, round } from './_math.ts';
import { LOW_COUNT, seriesLabels } from './_periods.ts';
import { noVisits, visits } from './visits.ts';
import type { Coverage, DyadResult, WarmthPeriod } from './types.ts';
import { smoothWarmth, warmthPrior } from './warmth.ts';
import { loadRates } from './rates.ts';

export interface DyadOptions {
  filter?: MeasureFilter;
  granularity?: Granularity;
}

export async function dyad(q: MeasureQueries, focalCode: string, partnerCode: string, o: DyadOptions = {}): Promise<DyadResult> {
  const focal = focalCode.toUpperCase();
  const partner = partnerCode.toUpperCase();
  const filter = o.filter ?? {};
  const g = o.granularity ?? 'month';
  const [total, byPeriod, volume, v, all, cov] = await Promise.all([
    q.dyad({ focal, partner, filter, granularity: null }),
    q.dyad({ focal, partner, filter, granularity: g }),
    q.volume({ focal, filter, granularity: g }),
    visits(q, focal, { filter, partner }),
    q.engagement({ focal, filter, granularity: null, rates: loadRates().rows }),
    q.coverage({ focal, filter, granularity: g, partner }),
  ]);
  // Documents and sources behind the dyad's events (one key, the partner: scope 'all' is the same).
  const covBy = new Map(cov.filter((r) => r.scope === 'all').map((r) => [`${r.dating}|${r.period ?? ''}`, r]));
  const coverageOf = (dating: string, period: string | null = null): Coverage => {
    const r = covBy.get(`${dating}|${period ?? ''}`);
    return { documents: r?.documents ?? 0, sources: r?.sources ?? 0 };
  };
  // Smoothed toward the focal country's tone over all its partners (the same prior as the partners measure).
  const prior = warmthPrior(all.reduce((n, r) => n + r.coop, 0), all.reduce((n, r) => n + r.conflict, 0));
  const t = total[0];
  const tEvents = t?.events ?? 0;
  const coopT = (t?.q1 ?? 0) + (t?.q2 ?? 0);
  const conflT = (t?.q3 ?? 0) + (t?.q4 ?? 0);
  const dyadBy = new Map(byPeriod.filter((r) => r.dating === 'period').map((r) => [r.period!, r]));
  const volBy = new Map(volume.filter((r) => r.dating === 'period').map((r) => [r.period!, r.events]));
  const outside = (d: 'imprecise' | 'undated') => byPeriod.filter((r) => r.dating === d).reduce((n, r) => n + r.events, 0);
  const labels = seriesLabels(dyadBy.keys(), filter, g);
  const series: WarmthPeriod[] = labels.map((period) => {
    const r = dyadBy.get(period);
    const n = r?.events ?? 0;
    const focalEvents = volBy.get(period) ?? 0;
    const coop = (r?.q1 ?? 0) + (r?.q2 ?? 0);
    const conflict = (r?.q3 ?? 0) + (r?.q4 ?? 0);
    return {
      period, events: n, lowCount: n < LOW_COUNT, focal_events: focalEvents, ...coverageOf('period', period), mean_score: round(mean(r?.score ?? 0, n)), coop, conflict,
      index: round(n ? (coop - conflict) / n : null),
      volume_share: round(focalEvents ? n / focalEvents : null),
      normalised: round(focalEvents ? (coop - conflict) / focalEvents : null),
      warmth: smoothWarmth(coop, conflict, prior),
    };
  });
  return {
    measure: 'dyad', focal, partner, filter, granularity: g,
    total: {
      events: tEvents, events_out: t?.events_out ?? 0, events_in: t?.events_in ?? 0, ...coverageOf('total'),
      mean_score: round(mean(t?.score ?? 0, tEvents)),
      quad: { verbal_cooperation: t?.q1 ?? 0, material_cooperation: t?.q2 ?? 0, verbal_conflict: t?.q3 ?? 0, material_conflict: t?.q4 ?? 0 },
      index: round(tEvents ? (coopT - conflT) / tEvents : null),
      warmth: smoothWarmth(coopT, conflT, prior),
    },
    warmth_prior: prior,
    series,
    imprecise: outside('imprecise'),
    undated: outside('undated'),
    imprecise_coverage: coverageOf('imprecise'),
    undated_coverage: coverageOf('undated'),
    low_count: LOW_COUNT,
    visits: v.partners.find((p) => p.partner === partner) ?? noVisits(partner),
  };
}
