/** Overview: vector shares over time, the balance index and its alerts, top partners, headline numbers. */
import { api, type BalanceResult, type PartnersResult } from '../api.ts';
import { chart, vectorColour, ACCENT, MUTED } from '../charts.ts';
import { nameOf } from '../countries.ts';
import { coverageNote, coverageTooltip } from '../coverage.ts';
import { chartBox, count, h, MEASURED, message, num, panel, pct } from '../dom.ts';
import { focal, go, granularity, href, window as win, type ViewState } from '../state.ts';
import type { Page } from '../main.ts';
import { headlineCards } from './_headline.ts';

export const overview: Page = {
  title: 'Overview',
  async render(root, s: ViewState, signal) {
    const f = focal(s);
    const q = { focal: f, by: granularity(s), ...win(s) };
    root.append(h('h1', {}, nameOf(f), h('span', { class: 'sub' }, ' — multi-vector overview')));
    const head = h('div', { class: 'cards', id: 'headline' });
    const sharesBox = chartBox(`Share of ${nameOf(f)}'s engagement by vector over time`, 380);
    const indexBox = chartBox('Balance index (entropy) and concentration (HHI) over time', 240);
    const alertsList = h('ul', { class: 'alerts', id: 'alerts' });
    const partnersBox = chartBox(`Top partners of ${nameOf(f)} by happenings`, 380);
    root.append(
      head,
      h('div', { class: 'grid two-one' },
        panel('Vector shares over time', sharesBox),
        panel('Top partners', partnersBox)),
      h('div', { class: 'grid two-one' },
        panel('Balance index', indexBox),
        panel('Alerts', alertsList)),
    );
    const [bal, par] = await Promise.all([api.balance(q), api.partners({ focal: f, ...win(s) })]);
    if (signal.aborted) return;
    await headlineCards(head, { focal: f, ...win(s) }, bal, signal);
    if (bal.total.focal_events === 0) {
      head.after(message(`No events for ${nameOf(f)} in this window. Pick another country or widen the window; ingest text on the Ingest page.`));
    }
    drawShares(sharesBox, bal);
    sharesBox.after(h('p', { class: 'hint' }, outsideNote(bal)),
      h('p', { class: 'hint', id: 'shares-coverage' }, coverageNote(bal.total, bal.series, bal.granularity)));
    drawIndex(indexBox, bal);
    indexBox.after(h('p', { class: 'hint', id: 'index-note' }, `Red points: periods with an alert (listed beside). Gaps: periods with no happenings. ` +
      `Pale points: fewer than ${count(bal.low_count, MEASURED)}, too few to read. `,
      h('a', { href: href('methodology') }, 'How the indices are computed'), '.'));
    listAlerts(alertsList, bal);
    drawPartners(partnersBox, par);
  },
};

/** What the series leaves out (imprecise and undated events) and which periods rest on few events. */
function outsideNote(bal: BalanceResult): string {
  const few = bal.series.filter((p) => p.lowCount && p.events > 0).length;
  const parts = [
    `Imprecise: ${count(bal.imprecise.events, `${MEASURED}–vector pair`)} dated too roughly for a ${bal.granularity} (counted in the totals, in no ${bal.granularity}).`,
    bal.undated.events ? `Undated: ${num(bal.undated.events)}.` : '',
    few ? `Pale bars: ${count(few, bal.granularity)} with fewer than ${count(bal.low_count, MEASURED)}.` : '',
  ];
  return parts.filter(Boolean).join(' ');
}

function drawShares(el: HTMLElement, bal: BalanceResult): void {
  const periods = bal.series.map((p) => p.period);
  const vectors = bal.total.vectors.filter((v) => v.events > 0);
  // colours by the vector's place in its set (as the brief), not among the vectors drawn
  // Bars, not areas: a period without events stays empty instead of dipping to zero.
  chart(el, {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: coverageTooltip(bal.series, (v) => (typeof v === 'number' ? pct(v) : '—')) },
    legend: { bottom: 0, itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 11 } },
    grid: { left: 48, right: 16, top: 16, bottom: 24 + 22 * Math.ceil(vectors.length / 5) },
    xAxis: { type: 'category', data: periods },
    yAxis: { type: 'value', max: 1, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` } },
    series: vectors.map((v, i) => ({
      name: v.label, type: 'bar', stack: 'shares', barCategoryGap: '20%', color: vectorColour(v.vector, bal.total.vectors.indexOf(v)), emphasis: { focus: 'series' },
      // Periods on few events are greyed: their shares say little.
      data: bal.series.map((p) => ({ value: p.shares[v.vector] ?? null, itemStyle: p.lowCount ? { opacity: 0.35 } : undefined })),
    })),
  });
}

function drawIndex(el: HTMLElement, bal: BalanceResult): void {
  const alerted = new Set(bal.series.filter((p) => p.alerts.length).map((p) => p.period));
  chart(el, {
    tooltip: { trigger: 'axis', formatter: coverageTooltip(bal.series) },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 32, bottom: 28 },
    xAxis: { type: 'category', data: bal.series.map((p) => p.period) },
    yAxis: { type: 'value', min: 0, max: 1 },
    series: [
      {
        name: 'Balance (entropy)', type: 'line', color: ACCENT, connectNulls: false,
        // alert periods in red; periods on few events pale, like their bars
        data: bal.series.map((p) => ({ value: p.entropy, symbolSize: alerted.has(p.period) ? 10 : 4,
          itemStyle: alerted.has(p.period) ? { color: '#c0392b' } : p.lowCount ? { opacity: 0.35 } : undefined })),
      },
      { name: 'Concentration (HHI, normalised)', type: 'line', color: MUTED, lineStyle: { type: 'dashed' }, data: bal.series.map((p) => p.hhi_normalised) },
    ],
  });
}

function listAlerts(ul: HTMLElement, bal: BalanceResult): void {
  if (!bal.alerts.length) {
    ul.append(h('li', { class: 'none' }, 'No alerts: no vector dominates or jumps in this window.'));
    return;
  }
  for (const a of bal.alerts.slice().reverse().slice(0, 12)) {
    ul.append(h('li', { class: `alert-${a.kind}` },
      h('span', { class: 'badge' }, a.kind === 'share' ? 'share' : 'jump'), ' ',
      h('strong', {}, a.period ?? 'window'), ' ', a.message));
  }
}

function drawPartners(el: HTMLElement, par: PartnersResult): void {
  const top = par.partners.slice(0, 12).reverse();
  const c = chart(el, {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 120, right: 24, top: 8, bottom: 48 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: top.map((p) => p.name ?? nameOf(p.partner)) },
    series: [
      { name: 'Events out', type: 'bar', stack: 'e', color: ACCENT, data: top.map((p) => p.events_out) },
      { name: 'Events in', type: 'bar', stack: 'e', color: '#9db7d5', data: top.map((p) => p.events_in) },
    ],
  });
  c.on('click', (e) => {
    const p = top[e.dataIndex];
    if (p) go('dyad', { partner: p.partner });
  });
  el.after(h('p', { class: 'hint' }, 'Click a bar to open the dyad. ',
    h('a', { href: href('map') }, 'See them on the map'), ` · ${count(par.pairs, `${MEASURED}–partner pair`)}; shares ${par.partners.slice(0, 3).map((p) => `${p.partner} ${pct(p.share)} (${count(p.events, MEASURED)})`).join(', ')}`));
}
