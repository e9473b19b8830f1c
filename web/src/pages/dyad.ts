/** Dyad: the focal country and one partner — warmth over time, visits both ways, deals, and the events with their evidence. */
import { evidenceLang } from '../evidence-lang.ts';
import { api, type DyadResult, type DealsResult, type StoredEvent } from '../api.ts';
import { coverageNote, coverageTooltip } from '../coverage.ts';
import { chart, ACCENT, MUTED, WARM } from '../charts.ts';
import { nameOf } from '../countries.ts';
import { chartBox, count, h, MEASURED, message, num, panel, usd } from '../dom.ts';
import { highlighted } from '../highlight.ts';
import { focal, go, granularity, href, window as win, type ViewState } from '../state.ts';
import type { Page } from '../main.ts';
import { eventSource, typeBadge } from './_event.ts';

export const dyadPage: Page = {
  title: 'Dyad',
  async render(root, s: ViewState, signal) {
    const f = focal(s);
    const partners = await api.partners({ focal: f, ...win(s) });
    if (signal.aborted) return;
    const partner = (s.params.get('partner') || partners.partners.find((p) => p.partner !== f)?.partner || '').toUpperCase();
    const pick = h('select', { id: 'partner', name: 'partner' },
      ...partners.partners.map((p) => h('option', { value: p.partner, selected: p.partner === partner }, `${p.name ?? nameOf(p.partner)} (${p.events})`)));
    if (partner && !partners.partners.some((p) => p.partner === partner)) pick.prepend(h('option', { value: partner, selected: true }, nameOf(partner)));
    pick.addEventListener('change', () => go('dyad', { partner: pick.value }));
    root.append(h('div', { class: 'title-row' },
      h('h1', {}, nameOf(f), ' ↔ ', h('span', { id: 'partner-name' }, partner ? nameOf(partner) : '…')),
      h('label', { for: 'partner', class: 'inline' }, 'Partner ', pick)));
    if (!partner) { root.append(message(`${nameOf(f)} has no partners in this window.`)); return; }
    const q = { focal: f, partner, by: granularity(s), ...win(s) };
    const [dy, deals, evs] = await Promise.all([
      api.dyad(q), api.deals({ focal: f, partner, ...win(s) }),
      api.events({ country: f, partner, ...win(s), sort: '-date', limit: 100 }),
    ]);
    if (signal.aborted) return;
    const cards = h('div', { class: 'cards' },
      card('Events', num(dy.total.events), `${num(dy.total.events_out)} out · ${num(dy.total.events_in)} in`),
      card('Warmth', dy.total.warmth.smoothed.toFixed(2),
        `90% interval ${dy.total.warmth.low.toFixed(2)} to ${dy.total.warmth.high.toFixed(2)} on ${count(dy.total.events, MEASURED)} (raw ${dy.total.index === null ? '—' : dy.total.index.toFixed(2)}); −1 conflict … +1 cooperation`),
      card('Mean score', dy.total.mean_score === null ? '—' : dy.total.mean_score.toFixed(2), 'PLOVER / Goldstein'),
      card('Visits', `${num(dy.visits.inbound.total)} in / ${num(dy.visits.outbound.total)} out`,
        (dy.visits.reciprocity === null ? 'no visits' : `reciprocity ${dy.visits.reciprocity.toFixed(2)}`) +
        (dy.visits.inbound.state + dy.visits.outbound.state ? ` · state visits ${dy.visits.inbound.state} in, ${dy.visits.outbound.state} out` : '')),
      card('Deals', usd(deals.total_usd), `${count(deals.events, MEASURED)} with money`));
    const warmthBox = chartBox(`Warmth between ${nameOf(f)} and ${nameOf(partner)} over time`, 300);
    const visitsBox = chartBox('Visits both ways by level', 220);
    root.append(cards,
      h('div', { class: 'grid two-one' }, panel('Warmth over time', warmthBox), panel('Visits both ways', visitsBox, visitsTable(dy, f, partner))),
      panel('Deals', dealsView(deals)),
      panel(`Timeline (${count(evs.total, 'event')})`, timeline(evs.events, evs.total)));
    drawWarmth(warmthBox, dy);
    warmthBox.after(h('p', { class: 'hint' }, `Imprecise: ${count(dy.imprecise, MEASURED)} dated too roughly for a ${dy.granularity}` +
      `${dy.undated ? `; undated: ${num(dy.undated)}` : ''} (in the totals, in no ${dy.granularity}). Pale bars: fewer than ${count(dy.low_count, MEASURED)}. ` +
      `The warmth line is smoothed toward ${nameOf(dy.focal)}'s usual tone (dotted lines: its 90% interval); dots are the raw index.`,
      ' ', h('a', { href: href('methodology') }, 'How it is computed'), '.'),
      h('p', { class: 'hint', id: 'warmth-coverage' }, coverageNote(dy.total, dy.series, dy.granularity)));
    drawVisits(visitsBox, dy, f, partner);
  },
};

function card(label: string, value: string, note?: string): HTMLElement {
  return h('div', { class: 'card' }, h('div', { class: 'card-value' }, value), h('div', { class: 'card-label' }, label), note ? h('div', { class: 'card-note' }, note) : null);
}

function drawWarmth(el: HTMLElement, dy: DyadResult): void {
  chart(el, {
    tooltip: { trigger: 'axis', formatter: coverageTooltip(dy.series) },
    legend: { top: 0 },
    grid: { left: 40, right: 40, top: 60, bottom: 28 },
    xAxis: { type: 'category', data: dy.series.map((p) => p.period) },
    yAxis: [{ type: 'value', min: -1, max: 1, name: 'index' }, { type: 'value', name: `${MEASURED}s`, minInterval: 1, splitLine: { show: false } }],
    series: [
      { name: 'Events', type: 'bar', yAxisIndex: 1, color: '#d5dde6', data: dy.series.map((p) => ({ value: p.events, itemStyle: p.lowCount ? { opacity: 0.4 } : undefined })) },
      // The 90% interval as two thin lines around the smoothed index.
      // one legend entry for both bounds (series of one name share it); the CSV numbers the second: low, then high
      { name: '90% interval', type: 'line', color: WARM, symbol: 'none', lineStyle: { width: 1, type: 'dotted', opacity: 0.6 }, data: dy.series.map((p) => p.warmth.low) },
      { name: '90% interval', type: 'line', color: WARM, symbol: 'none', lineStyle: { width: 1, type: 'dotted', opacity: 0.6 }, data: dy.series.map((p) => p.warmth.high) },
      {
        name: 'Warmth (smoothed)', type: 'line', color: WARM, data: dy.series.map((p) => p.warmth.smoothed),
        markLine: { silent: true, symbol: 'none', lineStyle: { color: MUTED, type: 'dotted' }, data: [{ yAxis: 0 }] },
      },
      { name: 'Warmth (raw)', type: 'scatter', color: WARM, symbolSize: 5, data: dy.series.map((p) => p.index) },
      { name: 'Warmth × share of news', type: 'line', color: ACCENT, lineStyle: { type: 'dashed' }, connectNulls: true,
        data: dy.series.map((p) => p.normalised) },
    ],
  });
}

const LEVELS = ['head', 'minister', 'other', 'unknown'] as const;

function drawVisits(el: HTMLElement, dy: DyadResult, f: string, partner: string): void {
  if (!dy.visits.inbound.total && !dy.visits.outbound.total) {
    el.replaceWith(message(`No visits between ${nameOf(f)} and ${nameOf(partner)} in this window.`));
    return;
  }
  chart(el, {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 150, right: 16, top: 8, bottom: 40 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: [`${nameOf(partner)} → ${f}`, `${f} → ${nameOf(partner)}`] },
    series: LEVELS.map((l, i) => ({
      name: l, type: 'bar', stack: 'v', color: [ACCENT, '#6c95c8', '#b7c9de', '#dde3ea'][i],
      data: [dy.visits.inbound[l], dy.visits.outbound[l]],
    })),
  });
}

function visitsTable(dy: DyadResult, f: string, partner: string): HTMLElement {
  return h('table', { class: 'data compact' },
    h('caption', { class: 'sr-only' }, 'Visits by level'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Direction'), ...LEVELS.map((l) => h('th', { scope: 'col' }, l)), h('th', { scope: 'col' }, 'total'))),
    h('tbody', {},
      h('tr', {}, h('th', { scope: 'row' }, `${partner} visits ${f}`), ...LEVELS.map((l) => h('td', { class: 'n' }, num(dy.visits.inbound[l]))), h('td', { class: 'n' }, num(dy.visits.inbound.total))),
      h('tr', {}, h('th', { scope: 'row' }, `${f} visits ${partner}`), ...LEVELS.map((l) => h('td', { class: 'n' }, num(dy.visits.outbound[l]))), h('td', { class: 'n' }, num(dy.visits.outbound.total)))));
}

function dealsView(d: DealsResult): HTMLElement {
  if (!d.events && !d.unconverted.length) return message('No money stated in the events of this window.');
  return h('div', { class: 'grid two' },
    h('table', { class: 'data compact' }, h('caption', {}, 'By year'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Year'), h('th', { scope: 'col' }, 'USD'), h('th', { scope: 'col' }, 'Events'))),
      h('tbody', {}, ...d.by_year.map((y) => h('tr', {}, h('td', {}, y.year ?? 'undated'), h('td', { class: 'n' }, usd(y.usd)), h('td', { class: 'n' }, num(y.events)))))),
    h('table', { class: 'data compact' }, h('caption', {}, 'By context'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Context'), h('th', { scope: 'col' }, 'USD'), h('th', { scope: 'col' }, 'Events'))),
      h('tbody', {}, ...d.by_context.map((y) => h('tr', {}, h('td', {}, y.context ?? '—'), h('td', { class: 'n' }, usd(y.usd)), h('td', { class: 'n' }, num(y.events)))),
        ...d.unconverted.map((u) => h('tr', { class: 'muted' }, h('td', {}, `${u.currency} (not converted: ${u.reason})`), h('td', { class: 'n' }, num(u.amount)), h('td', { class: 'n' }, num(u.events)))))));
}

function timeline(events: StoredEvent[], total: number): HTMLElement {
  if (!events.length) return message('No events in this window.');
  const ol = h('ol', { class: 'timeline', id: 'timeline' });
  for (const e of events) {
    ol.append(h('li', { class: `q${e.quad_class}`, 'data-id': e.id },
      h('div', { class: 'tl-head' },
        h('time', { datetime: e.date ?? '' }, e.date ?? 'undated'), ' ', typeBadge(e), ' ',
        h('span', { class: 'parties' }, `${e.actor.join(', ') || '?'} → ${e.recipient.join(', ') || '—'}`),
        e.value ? h('span', { class: 'money' }, ` ${num(e.value.amount)} ${e.value.currency}`) : null,
        e.review_status !== 'auto' ? h('span', { class: `status status-${e.review_status}` }, e.review_status) : null),
      h('blockquote', e.lang ? { lang: e.lang } : {}, evidenceLang(e.lang), highlighted(e.text, e)),
      h('div', { class: 'tl-foot' }, eventSource(e), ' ', h('a', { href: href('event', { id: e.id }), class: 'permalink' }, 'permalink'))));
  }
  const wrap = h('div', {}, ol);
  if (total > events.length) wrap.append(h('p', { class: 'hint' }, `Showing the latest ${events.length} of ${total}; see all on the Events page.`));
  return wrap;
}


