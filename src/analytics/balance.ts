/**
 * Multi-vector balance: the focal country's engagement by vector, as shares, with diversity and concentration
 * indices per period, change against the previous period, and alerts. Two SQL aggregates (per vector per
 * period, and totals); everything else is arithmetic on a few hundred rows.
 */
import type { Direction, EngagementRow, Granularity, MeasureFilter, MeasureQueries } from '../store/measures.ts';
import { change, dominanceRatio, hhi, mean, normalisedEntropy, normalisedHhi, round, shares, topIndices } from './_math.ts';
import { LOW_COUNT, seriesLabels } from './_periods.ts';
import { loadRates } from './rates.ts';
import type { BalanceAlert, BalanceIndices, Coverage, BalancePeriod, BalanceResult, OutsideSeries, VectorEngagement } from './types.ts';
import { loadVectorSet, toGrouping, type VectorSet } from './vectors.ts';
import { countNoun } from '../model/unit.ts';
import jstat from 'jstat';
import { CREDIBLE } from './_thresholds.ts';

const { jStat } = jstat;

export interface BalanceOptions {
  filter?: MeasureFilter;
  granularity?: Granularity;
  direction?: Direction;
  /** What the shares are of: event–vector pairs (default) or USD of deals. */
  metric?: 'events' | 'usd';
  vectors?: VectorSet;
}

/** The metric of a row in a direction (money has no direction: it is the event's). */
export function metricOf(r: EngagementRow, direction: Direction, metric: 'events' | 'usd'): number {
  if (metric === 'usd') return r.usd;
  return direction === 'out' ? r.events_out : direction === 'in' ? r.events_in : r.events;
}

/** Indices of weighted values over all vectors of the set (empty vectors included: k is the set's size). */
export function indices(ids: string[], values: number[]): BalanceIndices {
  const top = topIndices(values);
  const tied = top.length > 1;
  return {
    entropy: round(normalisedEntropy(values)),
    hhi: round(hhi(values)),
    hhi_normalised: round(normalisedHhi(values)),
    // On a tie at the top nothing dominates: no leader, no ratio (a ratio of 1 would still name a leader).
    dominance: tied ? null : round(dominanceRatio(values)),
    dominant: top.length === 1 ? ids[top[0]!]! : null,
    tied: tied ? top.map((i) => ids[i]!) : [],
  };
}

export async function balance(q: MeasureQueries, focalCode: string, o: BalanceOptions = {}): Promise<BalanceResult> {
  const focal = focalCode.toUpperCase();
  const filter = o.filter ?? {};
  const g = o.granularity ?? 'month';
  const direction = o.direction ?? 'both';
  const metric = o.metric ?? 'events';
  const set = o.vectors ?? loadVectorSet();
  const grouping = toGrouping(set);
  const rates = loadRates().rows;
  const [rows, volume, cov] = await Promise.all([
    q.engagement({ focal, filter, granularity: g, grouping, rates, totals: true }),
    q.volume({ focal, filter, granularity: null }),
    q.coverage({ focal, filter, granularity: g, grouping, direction }),
  ]);
  // Documents and sources behind the counts: over all vectors (scope 'all') and per vector, by period.
  const covKey = (dating: string, period: string | null, key: string | null) => `${dating}|${period ?? ''}|${key ?? ''}`;
  const covBy = new Map(cov.map((r) => [covKey(r.dating, r.period, r.scope === 'all' ? null : r.key), r]));
  const coverageOf = (dating: string, period: string | null = null): Coverage => {
    const r = covBy.get(covKey(dating, period, null));
    return { documents: r?.documents ?? 0, sources: r?.sources ?? 0 };
  };
  const byPeriod = rows.filter((r) => r.dating === 'period');
  const totals = rows.filter((r) => r.dating === 'total');
  const ids = set.vectors.map((v) => v.id);
  const weights = set.vectors.map((v) => v.weight);
  const weighted = (rows: EngagementRow[]) => {
    const byKey = new Map(rows.map((r) => [r.key, r]));
    return ids.map((id, i) => {
      const r = byKey.get(id);
      return r ? metricOf(r, direction, metric) * weights[i]! : 0;
    });
  };
  // The pairs a share rests on (unweighted), the count beside every share: happening–vector pairs in the chosen
  // direction, or for money the pairs whose money is in the shares (one deal is one, however large).
  const counted = (rows: EngagementRow[]) => {
    const byKey = new Map(rows.map((r) => [r.key, r]));
    return ids.map((id) => {
      const r = byKey.get(id);
      return !r ? 0 : metric === 'usd' ? r.value_events - r.unconverted_events : metricOf(r, direction, 'events');
    });
  };
  const outside = (dating: 'imprecise' | 'undated'): OutsideSeries => {
    const list = rows.filter((r) => r.dating === dating);
    const values = weighted(list);
    const counts = counted(list);
    return {
      total: round(values.reduce((a, b) => a + b, 0), 2)!, events: counts.reduce((a, b) => a + b, 0), ...coverageOf(dating),
      values: Object.fromEntries(ids.map((id, i) => [id, round(values[i]!, 2)!])),
      counts: Object.fromEntries(ids.map((id, i) => [id, counts[i]!])),
    };
  };

  // Window totals per vector.
  const totalByKey = new Map(totals.map((r) => [r.key, r]));
  const totalValues = weighted(totals);
  const totalShares = shares(totalValues);
  const vectors: VectorEngagement[] = set.vectors.map((v, i) => {
    const r = totalByKey.get(v.id);
    return {
      vector: v.id, label: v.label, weight: v.weight,
      events: r?.events ?? 0, events_out: r?.events_out ?? 0, events_in: r?.events_in ?? 0,
      score: round(r?.score ?? 0)!, mean_score: round(mean(r?.score ?? 0, r?.events ?? 0)),
      coop: r?.coop ?? 0, conflict: r?.conflict ?? 0,
      usd: round(r?.usd ?? 0, 2)!, unconverted_events: r?.unconverted_events ?? 0,
      share: round(totalShares[i] ?? null),
    };
  });
  const alerts: BalanceAlert[] = [];
  const what = metric === 'usd' ? 'deal money' : 'engagement';
  // The counts behind an alert's shares, said with it: 2 of 10 is not 20 of 100.
  const pairs = metric === 'usd' ? 'deals' : `${countNoun(filter.unit, 1)}–vector pairs`;
  // Alerts need minEvents pairs behind the shares (for money: deals), so one deal never takes "100% of engagement".
  if (counted(totals).reduce((a, b) => a + b, 0) >= set.alerts.minEvents) {
    vectors.forEach((v) => {
      if (v.share !== null && v.share >= set.alerts.share) {
        alerts.push({ period: null, vector: v.vector, kind: 'share', share: v.share, previous: null,
          message: `${v.label} takes ${pct(v.share)} of ${focal}'s ${what} over the window (threshold ${pct(set.alerts.share)})` });
      }
    });
  }

  // Series: every period of the window (or of the data), empty ones included so gaps show.
  const grouped = new Map<string, EngagementRow[]>();
  for (const r of byPeriod) {
    if (r.period === null) continue;
    const list = grouped.get(r.period) ?? [];
    list.push(r);
    grouped.set(r.period, list);
  }
  const labels = seriesLabels(grouped.keys(), filter, g);
  const series: BalancePeriod[] = [];
  let prev: BalancePeriod | null = null;
  for (const period of labels) {
    const values = weighted(grouped.get(period) ?? []);
    const counts = counted(grouped.get(period) ?? []);
    const events = counts.reduce((a, b) => a + b, 0);
    const s = shares(values);
    const total = values.reduce((a, b) => a + b, 0);
    const p: BalancePeriod = {
      period, total: round(total, 2)!, events, lowCount: events < LOW_COUNT, ...indices(ids, values),
      shares: Object.fromEntries(ids.map((id, i) => [id, round(s[i] ?? null)])),
      values: Object.fromEntries(ids.map((id, i) => [id, round(values[i]!, 2)!])),
      counts: Object.fromEntries(ids.map((id, i) => [id, counts[i]!])),
      ...coverageOf('period', period),
      coverage: Object.fromEntries(ids.map((id) => {
        const r = covBy.get(covKey('period', period, id));
        return [id, { documents: r?.documents ?? 0, sources: r?.sources ?? 0 }];
      })),
      change: null, alerts: [],
    };
    if (prev) {
      const before = prev;
      p.change = {
        entropy: round(change(before.entropy, p.entropy)),
        hhi: round(change(before.hhi, p.hhi)),
        shares: Object.fromEntries(ids.map((id) => [id, round(change(before.shares[id], p.shares[id]))])),
      };
    }
    const enough = (x: BalancePeriod) => x.events >= set.alerts.minEvents;
    if (enough(p)) {
      set.vectors.forEach((v) => {
        const share = p.shares[v.id] ?? null;
        if (share === null) return;
        const before = prev && enough(prev) ? prev.shares[v.id] ?? null : null;
        if (share >= set.alerts.share) {
          p.alerts.push({ period, vector: v.id, kind: 'share', share, previous: before,
            message: `${v.label} takes ${pct(share)} of ${focal}'s ${what} in ${period} (${p.counts[v.id] ?? 0} of ${p.events} ${pairs}; threshold ${pct(set.alerts.share)})` });
        }
        if (before !== null && Math.abs(share - before) >= set.alerts.jump &&
          (metric === 'usd' || beyondNoise(p.counts[v.id] ?? 0, p.events, prev!.counts[v.id] ?? 0, prev!.events, set.alerts.confidence ?? CREDIBLE))) {
          p.alerts.push({ period, vector: v.id, kind: 'jump', share, previous: before,
            message: `${v.label} moves from ${pct(before)} to ${pct(share)} of ${focal}'s ${what} in ${period}` +
              ` (${p.counts[v.id] ?? 0} of ${p.events} ${pairs}, before ${prev!.counts[v.id] ?? 0} of ${prev!.events})` });
        }
      });
    }
    alerts.push(...p.alerts);
    series.push(p);
    prev = p;
  }

  const vol = volume[0];
  return {
    measure: 'balance', focal, filter, direction, metric, granularity: g, vector_set: set.name,
    total: {
      ...indices(ids, totalValues),
      focal_events: vol?.events ?? 0, with_partner: vol?.with_partner ?? 0,
      unassigned: totalByKey.get(null)?.events ?? 0,
      events: counted(totals).reduce((a, b) => a + b, 0),
      ...coverageOf('total'),
      vectors,
    },
    series,
    imprecise: outside('imprecise'),
    undated: outside('undated'),
    low_count: LOW_COUNT,
    alerts,
  };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * Whether k of n against j of m differ beyond sampling noise at `confidence`: Fisher's exact test, two-sided. The counts
 * behind a quarter's shares are often small (2 of 10), where a z-test's normal approximation calls noise news; the exact
 * test sums the hypergeometric probabilities of every split of the k + j pairs no likelier than the one seen.
 */
export function beyondNoise(k: number, n: number, j: number, m: number, confidence: number): boolean {
  if (confidence <= 0) return true;
  if (n === 0 || m === 0) return false;
  const hits = k + j;
  if (hits === 0 || hits === n + m) return false;
  const lnChoose = (a: number, b: number) => jStat.gammaln(a + 1) - jStat.gammaln(b + 1) - jStat.gammaln(a - b + 1);
  const lnAll = lnChoose(n + m, hits);
  const ln = (x: number) => lnChoose(n, x) + lnChoose(m, hits - x) - lnAll;
  const seen = ln(k);
  let p = 0;
  // linear in the smaller count: one term per possible split
  for (let x = Math.max(0, hits - m); x <= Math.min(hits, n); x++) {
    const l = ln(x);
    if (l <= seen + 1e-9) p += Math.exp(l);
  }
  return p <= 1 - confidence;
}

