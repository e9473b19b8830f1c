/**
 * The headline numbers of a focal country over a window: what the dashboard's overview and the brief open
 * with. Composed from the measures (balance, partners, deals, convening, visits); nothing computed twice.
 */
import { balance } from '../analytics/balance.ts';
import { convening } from '../analytics/convening.ts';
import { deals } from '../analytics/deals.ts';
import { partners } from '../analytics/partners.ts';
import { visits } from '../analytics/visits.ts';
import { entityName } from '../analytics/_names.ts';
import type { VectorSet } from '../analytics/vectors.ts';
import type { MeasureFilter, MeasureQueries } from '../store/measures.ts';

export interface HeadlineResult {
  measure: 'headline';
  focal: string;
  name: string | null;
  filter: MeasureFilter;
  /** Focal events in the window (each once). */
  events: number;
  /** Partners with at least one event. */
  partners: number;
  top_partner: { partner: string; name: string | null; events: number; share: number | null } | null;
  /** Normalised entropy of the vector shares (0 one vector .. 1 even). */
  entropy: number | null;
  hhi_normalised: number | null;
  dominant: { vector: string; label: string; share: number | null } | null;
  deals_usd: number;
  deal_events: number;
  summits_hosted: number;
  mediation_hosted: number;
  visits: { inbound: number; outbound: number; reciprocity: number | null };
}

export async function headline(q: MeasureQueries, focalCode: string, o: { filter?: MeasureFilter; vectors?: VectorSet } = {}): Promise<HeadlineResult> {
  const focal = focalCode.toUpperCase();
  const filter = o.filter ?? {};
  const vectors = o.vectors ? { vectors: o.vectors } : {};
  const [b, p, d, c, v] = await Promise.all([
    balance(q, focal, { filter, granularity: 'year', ...vectors }),
    partners(q, focal, { filter, ...vectors }),
    deals(q, focal, { filter }),
    convening(q, focal, { filter, limit: 0 }),
    visits(q, focal, { filter }),
  ]);
  const top = p.partners[0];
  const dom = b.total.dominant ? b.total.vectors.find((x) => x.vector === b.total.dominant) : undefined;
  return {
    measure: 'headline', focal, name: entityName(focal), filter,
    events: b.total.focal_events,
    partners: p.partners.length,
    top_partner: top ? { partner: top.partner, name: top.name, events: top.events, share: top.share } : null,
    entropy: b.total.entropy,
    hhi_normalised: b.total.hhi_normalised,
    dominant: dom ? { vector: dom.vector, label: dom.label, share: dom.share } : null,
    deals_usd: d.total_usd,
    deal_events: d.events,
    summits_hosted: c.summits.total,
    mediation_hosted: c.mediation.total,
    visits: { inbound: v.inbound, outbound: v.outbound, reciprocity: v.reciprocity },
  };
}
