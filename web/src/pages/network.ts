/**
 * Network: who takes part in events together with the focal country (its co-participation neighbourhood),
 * and the focal country's brokerage — its betweenness in the whole co-participation network.
 */
import { api, type BrokerageResult, type ConveningResult, type StoredEvent } from '../api.ts';
import { chart, vectorColour } from '../charts.ts';
import { nameOf } from '../countries.ts';
import { chartBox, count, escapeHtml, h, MEASURED, message, num, panel } from '../dom.ts';
import { focal, go, window as win, type ViewState } from '../state.ts';
import type { Page } from '../main.ts';
import vectors from '../../../data/vectors/default.json';

const vectorOf = new Map<string, string>(vectors.vectors.flatMap((v) => (v.members ?? []).map((m) => [m, v.id] as [string, string])));

/** Co-participation edges among the participants of the given events (each pair once per event). */
export function coParticipation(events: Array<Pick<StoredEvent, 'actor' | 'recipient'>>): { nodes: Map<string, number>; edges: Map<string, number> } {
  const nodes = new Map<string, number>();
  const edges = new Map<string, number>();
  for (const e of events) {
    const codes = [...new Set([...e.actor, ...e.recipient])].sort();
    for (const c of codes) nodes.set(c, (nodes.get(c) ?? 0) + 1);
    for (let i = 0; i < codes.length; i++) {
      for (let j = i + 1; j < codes.length; j++) {
        const k = `${codes[i]}|${codes[j]}`;
        edges.set(k, (edges.get(k) ?? 0) + 1);
      }
    }
  }
  return { nodes, edges };
}

export const networkPage: Page = {
  title: 'Network',
  async render(root, s: ViewState, signal) {
    const f = focal(s);
    root.append(h('h1', {}, nameOf(f), h('span', { class: 'sub' }, ' — co-participation and brokerage')));
    const box = chartBox(`Network of countries and organisations taking part in events with ${nameOf(f)}`, 560);
    const side = h('div', { class: 'stack' });
    root.append(h('div', { class: 'grid two-one' }, panel('Co-participation network', box,
      h('p', { class: 'hint' }, 'Nodes: entities in the focal country\'s latest 500 events, sized by events, coloured by vector. Edges: events they share. Click a node to open its dyad.')), side));
    const [brokerage, convening, evs] = await Promise.all([
      api.brokerage({ focal: f, ...win(s), top: 50 }),
      api.convening({ focal: f, ...win(s) }),
      api.events({ country: f, ...win(s), limit: 500, sort: '-date' }),
    ]);
    if (signal.aborted) return;
    side.append(positionPanel(brokerage, f), topPanel(brokerage), conveningPanel(convening));
    const { nodes, edges } = coParticipation(evs.events);
    if (!nodes.size) { box.replaceWith(message(`No events with ${nameOf(f)} in this window.`)); return; }
    const betweenness = new Map(brokerage.top.map((n) => [n.code, n.betweenness]));
    if (brokerage.position) betweenness.set(f, brokerage.position.betweenness);
    const max = Math.max(...nodes.values());
    const groups = [...new Set([...nodes.keys()].map((c) => vectorOf.get(c) ?? 'rest'))];
    const c = chart(box, {
      tooltip: {
        formatter: (p: { dataType: string; data: { name?: string; value?: number; source?: string; target?: string } }) => p.dataType === 'edge'
          ? `${escapeHtml(nameOf(p.data.source))} – ${escapeHtml(nameOf(p.data.target))}: ${count(Number(p.data.value), 'event')}`
          : `<b>${escapeHtml(nameOf(p.data.name))}</b><br>${count(Number(p.data.value), 'event')}${betweenness.has(p.data.name ?? '') ? `<br>betweenness ${betweenness.get(p.data.name ?? '')!.toFixed(3)}` : ''}`,
      },
      legend: { bottom: 0, itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 11 }, data: groups.map((g) => vectors.vectors.find((v) => v.id === g)?.label ?? g) },
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true,
        force: { repulsion: 260, edgeLength: [60, 180], gravity: 0.08 },
        categories: groups.map((g, i) => ({ name: vectors.vectors.find((v) => v.id === g)?.label ?? g, itemStyle: { color: vectorColour(g, i) } })),
        label: { show: true, position: 'right', fontSize: 11, formatter: '{b}' },
        lineStyle: { color: '#9aa5b1', opacity: 0.6, curveness: 0.1 },
        emphasis: { focus: 'adjacency' },
        data: [...nodes].map(([code, n]) => ({
          name: code, value: n, category: groups.indexOf(vectorOf.get(code) ?? 'rest'),
          symbolSize: code === f ? 34 : 8 + 22 * Math.sqrt(n / max),
          itemStyle: code === f ? { color: '#24292f', borderColor: '#f2c14e', borderWidth: 3 } : undefined,
          label: code === f ? { fontWeight: 'bold', fontSize: 13 } : undefined,
        })),
        links: [...edges].map(([k, w]) => {
          const [a, b] = k.split('|') as [string, string];
          return { source: a, target: b, value: w, lineStyle: { width: Math.min(6, 0.6 + Math.log2(1 + w)) } };
        }),
      }],
    });
    c.on('click', (e) => {
      if (e.dataType === 'node' && e.name !== f) go('dyad', { partner: e.name });
    });
  },
};

function positionPanel(b: BrokerageResult, f: string): HTMLElement {
  const p = b.position;
  return panel('Brokerage', p
    ? h('dl', { class: 'facts', id: 'brokerage' },
      h('dt', {}, 'Rank'), h('dd', {}, `${num(p.rank)} of ${num(b.nodes)}`),
      h('dt', {}, 'Betweenness'), h('dd', {}, p.betweenness.toFixed(3)),
      h('dt', {}, 'Partners (degree)'), h('dd', {}, num(p.degree)),
      h('dt', {}, 'Co-participations'), h('dd', {}, num(p.strength)),
      h('dt', {}, 'Network'), h('dd', {}, `${count(b.nodes, 'node')}, ${count(b.edges, 'edge')}`))
    : message(`${nameOf(f)} takes part in no co-participation in this window.`),
  h('p', { class: 'hint' }, 'Betweenness: how often the country lies on the shortest paths between two others — a bridge role.'),
  h('p', { class: 'hint', id: 'brokerage-data' }, `Computed on ${count(b.data.events, MEASURED)} (${num(b.data.network_events)} with two or more parties)`,
    b.data.first ? `, ${b.data.first} to ${b.data.last}` : '', `; origins: ${b.data.origins.map((o) => `${o.origin} ${num(o.events)}`).join(', ') || 'none'}.`),
  b.warning ? h('p', { class: 'msg msg-info', role: 'note', id: 'brokerage-warning' }, b.warning) : null);
}

function topPanel(b: BrokerageResult): HTMLElement {
  return panel('Top brokers', h('table', { class: 'data compact' },
    h('thead', {}, h('tr', {}, ...['#', 'Entity', 'Betweenness', 'Degree'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, ...b.top.slice(0, 10).map((n) => h('tr', {},
      h('td', { class: 'n' }, n.rank), h('td', {}, nameOf(n.code)), h('td', { class: 'n' }, n.betweenness.toFixed(3)), h('td', { class: 'n' }, n.degree))))));
}

function conveningPanel(c: ConveningResult): HTMLElement {
  return panel('Convening', h('dl', { class: 'facts' },
    h('dt', {}, 'Summits hosted'), h('dd', {}, num(c.summits.total)),
    h('dt', {}, 'Mediation'), h('dd', {}, num(c.mediation.total))));
}
