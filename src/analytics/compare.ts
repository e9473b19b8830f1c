/** Several focal countries side by side: balance over the window, visits and brokerage, one row each. */
import type { Direction, MeasureFilter, MeasureQueries } from '../store/measures.ts';
import { balance } from './balance.ts';
import { rankBrokers } from './brokerage.ts';
import type { CompareResult, CompareRow } from './types.ts';
import { loadVectorSet, type VectorSet } from './vectors.ts';
import { visits } from './visits.ts';

export async function compare(q: MeasureQueries, focalCodes: string[], o: { filter?: MeasureFilter; direction?: Direction; vectors?: VectorSet } = {}): Promise<CompareResult> {
  const focals = [...new Set(focalCodes.map((c) => c.toUpperCase()))];
  const filter = o.filter ?? {};
  const direction = o.direction ?? 'both';
  const set = o.vectors ?? loadVectorSet();
  // The network is the same for everyone: build it once.
  const nodes = rankBrokers(await q.coParticipation({ filter }));
  const rows: CompareRow[] = [];
  for (const focal of focals) {
    const [b, v] = await Promise.all([
      balance(q, focal, { filter, direction, vectors: set, granularity: 'year' }),
      visits(q, focal, { filter }),
    ]);
    const n = nodes.find((x) => x.code === focal);
    rows.push({
      focal, focal_events: b.total.focal_events,
      entropy: b.total.entropy, hhi: b.total.hhi, hhi_normalised: b.total.hhi_normalised,
      dominance: b.total.dominance, dominant: b.total.dominant, tied: b.total.tied,
      shares: Object.fromEntries(b.total.vectors.map((x) => [x.vector, x.share])),
      counts: Object.fromEntries(b.total.vectors.map((x) => [x.vector, b.direction === 'out' ? x.events_out : b.direction === 'in' ? x.events_in : x.events])),
      brokerage: n ? { rank: n.rank, betweenness: n.betweenness } : null,
      visits: { inbound: v.inbound, outbound: v.outbound, reciprocity: v.reciprocity },
    });
  }
  return {
    measure: 'compare', focals, filter, direction, vector_set: set.name,
    vectors: set.vectors.map((x) => ({ id: x.id, label: x.label })), rows,
  };
}
