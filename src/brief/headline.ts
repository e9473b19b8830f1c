/**
 * The headline numbers of a focal country over a window: what the dashboard's overview and the brief open
 * with. Composed from the measures (balance, partners, deals, convening, visits); nothing computed twice.
 */
import { countOf } from '../model/unit.ts';
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
  /** Null when there is none or when several partners are tied at the top (listed in `top_partner_tie`). */
  top_partner: { partner: string; name: string | null; events: number; share: number | null } | null;
  top_partner_tie: Array<{ partner: string; name: string | null; events: number; share: number | null }>;
  /** Normalised entropy of the vector shares (0 one vector .. 1 even). */
  entropy: number | null;
  hhi_normalised: number | null;
  /** Null when there is none or when several vectors are tied at the top (listed in `dominant_tie`). */
  dominant: { vector: string; label: string; share: number | null; events: number } | null;
  dominant_tie: Array<{ vector: string; label: string; share: number | null; events: number }>;
  deals_usd: number;
  deal_events: number;
  summits_hosted: number;
  mediation_hosted: number;
  visits: { inbound: number; outbound: number; reciprocity: number | null };
}

/** "A and B (12 happenings each)": the words for a tie at the top (the headline counts happenings). */
export function tieWords(items: Array<{ name: string; events: number }>): string {
  const names = items.map((x) => x.name);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names.join('');
  return `tie: ${list} (${countOf(items[0]?.events ?? 0)} each)`;
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
  const top = p.top ? p.partners.find((x) => x.partner === p.top) : undefined;
  const dom = b.total.dominant ? b.total.vectors.find((x) => x.vector === b.total.dominant) : undefined;
  const tiedPartners = p.partners.filter((x) => p.top_tied.includes(x.partner));
  const tiedVectors = b.total.vectors.filter((x) => b.total.tied.includes(x.vector));
  return {
    measure: 'headline', focal, name: entityName(focal), filter,
    events: b.total.focal_events,
    partners: p.partners.length,
    top_partner: top ? { partner: top.partner, name: top.name, events: top.events, share: top.share } : null,
    top_partner_tie: tiedPartners.map((x) => ({ partner: x.partner, name: x.name, events: x.events, share: x.share })),
    entropy: b.total.entropy,
    hhi_normalised: b.total.hhi_normalised,
    dominant: dom ? { vector: dom.vector, label: dom.label, share: dom.share, events: dom.events } : null,
    dominant_tie: tiedVectors.map((x) => ({ vector: x.vector, label: x.label, share: x.share, events: x.events })),
    deals_usd: d.total_usd,
    deal_events: d.events,
    summits_hosted: c.summits.total,
    mediation_hosted: c.mediation.total,
    visits: { inbound: v.inbound, outbound: v.outbound, reciprocity: v.reciprocity },
  };
}
