/**
 * Visits (CONSULT mode visit): inbound = a partner visits the focal country (partner actor, focal recipient),
 * outbound = the reverse; by level and partner; reciprocity = min(in, out) / max(in, out).
 * The level is the visitor's office, read with the lexicon's office-holders (see VisitRow in store/measures.ts):
 * head of state or government, minister (a Secretary of State, a Foreign Secretary, deputy heads), other, or
 * unknown (imported dataset events carry no sentence). Organisations do not visit. State, official and
 * working visits are counted where the evidence says so.
 */
import type { MeasureFilter, MeasureQueries, VisitLevel, VisitRow } from '../store/measures.ts';
import { reciprocity, round } from './_math.ts';
import { loadOffices } from './_offices.ts';
import type { VisitCounts, VisitsPartner, VisitsResult } from './types.ts';

const empty = (): VisitCounts => ({ head: 0, minister: 0, other: 0, unknown: 0, total: 0, state: 0, official: 0, working: 0 });

/** Folds visit rows into per-partner level counts (pure; exported for tests). */
export function foldVisits(rows: VisitRow[]): VisitsPartner[] {
  const by = new Map<string, VisitsPartner>();
  for (const r of rows) {
    const p = by.get(r.partner) ?? { partner: r.partner, inbound: empty(), outbound: empty(), reciprocity: null };
    const side = r.direction === 'in' ? p.inbound : p.outbound;
    side[r.level as VisitLevel] += r.events;
    side.total += r.events;
    if (r.kind) side[r.kind] += r.events;
    by.set(r.partner, p);
  }
  const list = [...by.values()];
  for (const p of list) p.reciprocity = round(reciprocity(p.inbound.total, p.outbound.total));
  return list.sort((a, b) => b.inbound.total + b.outbound.total - (a.inbound.total + a.outbound.total) || (a.partner < b.partner ? -1 : 1));
}

export async function visits(q: MeasureQueries, focalCode: string, o: { filter?: MeasureFilter; partner?: string } = {}): Promise<VisitsResult> {
  const focal = focalCode.toUpperCase();
  const filter = o.filter ?? {};
  const list = foldVisits(await q.visits({ focal, filter, offices: loadOffices(), ...(o.partner ? { partner: o.partner } : {}) }));
  const inbound = list.reduce((n, p) => n + p.inbound.total, 0);
  const outbound = list.reduce((n, p) => n + p.outbound.total, 0);
  return { measure: 'visits', focal, filter, inbound, outbound, reciprocity: round(reciprocity(inbound, outbound)), partners: list };
}

export function noVisits(partner: string): VisitsPartner {
  return { partner, inbound: empty(), outbound: empty(), reciprocity: null };
}
