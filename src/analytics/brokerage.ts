/**
 * Brokerage: the focal country's betweenness centrality in the co-participation network (an edge joins two
 * codes that took part in the same event, weighted by how many; generic codes left out). Edges are
 * aggregated in SQL; centrality comes from graphology-metrics (Brandes' algorithm), on the unweighted graph
 * — a tie exists or not — normalised to 0..1 over (n−1)(n−2)/2 pairs.
 */
import { countNoun, type CountUnit } from '../model/unit.ts';
import { UndirectedGraph } from 'graphology';
import betweennessImport from 'graphology-metrics/centrality/betweenness.js';
import type { EdgeRow, MeasureFilter, MeasureQueries } from '../store/measures.ts';
import { round } from './_math.ts';
import { entityName } from './_names.ts';
import { CENTRED_SHARE } from './_thresholds.ts';
import type { BrokerageNode, BrokerageResult } from './types.ts';

// A CommonJS module: under NodeNext its typings put the function on `.default`, at run time it may be either.
type Betweenness = typeof betweennessImport extends { default: infer F } ? F : typeof betweennessImport;
const betweennessCentrality = ((betweennessImport as { default?: Betweenness }).default ?? betweennessImport) as Betweenness;

/** Ranked nodes of an edge list (pure; exported for tests). Rank 1 = highest betweenness; ties share a rank. */
export function rankBrokers(edges: EdgeRow[]): BrokerageNode[] {
  const g = new UndirectedGraph({ allowSelfLoops: false });
  for (const e of edges) {
    if (e.a === e.b) continue;
    g.mergeNode(e.a);
    g.mergeNode(e.b);
    g.mergeEdge(e.a, e.b, { count: (g.hasEdge(e.a, e.b) ? (g.getEdgeAttribute(e.a, e.b, 'count') as number) : 0) + e.weight });
  }
  const bc = g.order > 2 ? betweennessCentrality(g, { getEdgeWeight: null, normalized: true }) : {};
  const nodes = g.nodes().map((code) => ({
    code, betweenness: round(bc[code] ?? 0, 6)!, degree: g.degree(code),
    strength: g.reduceEdges(code, (n, _e, attr) => n + (attr.count as number), 0), rank: 0,
  }));
  nodes.sort((a, b) => b.betweenness - a.betweenness || b.strength - a.strength || (a.code < b.code ? -1 : 1));
  nodes.forEach((n, i) => {
    const prev = nodes[i - 1];
    n.rank = prev && prev.betweenness === n.betweenness ? prev.rank : i + 1;
  });
  return nodes;
}

export async function brokerage(q: MeasureQueries, focalCode: string, o: { filter?: MeasureFilter; top?: number } = {}): Promise<BrokerageResult> {
  const focal = focalCode.toUpperCase();
  const filter = o.filter ?? {};
  const [edges, corpus] = await Promise.all([q.coParticipation({ filter }), q.corpus({ filter })]);
  const nodes = rankBrokers(edges);
  const lead = corpus.top[0];
  const share = lead && corpus.events ? lead.events / corpus.events : 0;
  const centred = lead && share > CENTRED_SHARE
    ? { code: lead.code, name: entityName(lead.code), share: round(share)!, events: lead.events, threshold: round(CENTRED_SHARE)! }
    : null;
  return {
    measure: 'brokerage', focal, filter, nodes: nodes.length, edges: edges.length,
    position: nodes.find((n) => n.code === focal) ?? null,
    top: nodes.slice(0, o.top ?? 10),
    data: { events: corpus.events, network_events: corpus.network_events, first: corpus.first, last: corpus.last, origins: corpus.origins },
    centred,
    warning: centred ? centringWarning(centred, filter.unit) : null,
  };
}

/** The warning in words: who the corpus is centred on and what that does to the ranking. */
export function centringWarning(c: { code: string; name: string | null; share: number; events: number }, unit?: CountUnit): string {
  return `The ${countNoun(unit)} are centred on ${c.name ?? c.code}: it takes part in ${Math.round(c.share * 100)}% of them (${c.events}). ` +
    `Its betweenness, and that of the countries it meets, is high by construction, not by a bridge role.`;
}
