/**
 * Warmth as a smoothed index with a credible interval. Each event–partner pair is cooperation (quad class
 * 1–2) or conflict (3–4); the share of cooperation p has a Beta prior centred on the focal country's share over
 * all its partners in the window, worth PRIOR_EVENTS events (plus half an event each way, so a prior of all
 * cooperation stays proper). The posterior mean and its 90% interval, mapped to −1..+1 as 2p − 1, are the
 * smoothed index: with few events it stays near the focal country's usual tone, so one event cannot make a
 * partner the warmest or coldest; with many it tends to the raw index (coop − conflict) / events.
 */
import jstat from 'jstat';
import { round } from './_math.ts';
import type { WarmthEstimate, WarmthPrior } from './types.ts';

export type { WarmthEstimate, WarmthPrior };

import { CREDIBLE, PRIOR_EVENTS } from './_thresholds.ts';

export { CREDIBLE, PRIOR_EVENTS };

export function warmthPrior(coop: number, conflict: number, strength = PRIOR_EVENTS): WarmthPrior {
  const n = coop + conflict;
  return { coop_share: round(n > 0 ? coop / n : 0.5)!, events: n, strength };
}

export function smoothWarmth(coop: number, conflict: number, prior: WarmthPrior): WarmthEstimate {
  const a = 0.5 + prior.strength * prior.coop_share + coop;
  const b = 0.5 + prior.strength * (1 - prior.coop_share) + conflict;
  const { jStat } = jstat;
  const tail = (1 - CREDIBLE) / 2;
  const idx = (p: number) => round(2 * p - 1)!;
  const n = coop + conflict;
  return {
    events: n, raw: round(n > 0 ? (coop - conflict) / n : null), smoothed: idx(a / (a + b)),
    low: idx(jStat.beta.inv(tail, a, b)), high: idx(jStat.beta.inv(1 - tail, a, b)),
  };
}
