/** Map: the focal country's partners coloured by engagement (events) or warmth; click a country to open its dyad. */
import { api, type PartnerEngagement } from '../api.ts';
import { chart, ACCENT } from '../charts.ts';
import { country, nameOf } from '../countries.ts';
import { chartBox, count, escapeHtml, h, MEASURED, num, panel, pct } from '../dom.ts';
import { focal, go, href, replace, window as win, type ViewState } from '../state.ts';
import { MAP_NAME, registerWorld } from '../worldmap.ts';
import type { Page } from '../main.ts';

type Colouring = 'engagement' | 'warmth';

/** The smoothed warmth (−1 all conflict .. +1 all cooperation), shrunk toward the focal country's tone when few events. */
export function warmth(p: Pick<PartnerEngagement, 'warmth'>): number {
  return p.warmth.smoothed;
}

/** "0.62 (0.31 to 0.84, 3 events)": the smoothed index with its 90% interval and the count behind it. */
export function warmthText(p: Pick<PartnerEngagement, 'warmth'>): string {
  const w = p.warmth;
  return `${w.smoothed.toFixed(2)} (${w.low.toFixed(2)} to ${w.high.toFixed(2)}, ${count(w.events, MEASURED)})`;
}

export const mapPage: Page = {
  title: 'Map',
  async render(root, s: ViewState, signal) {
    const f = focal(s);
    let colouring: Colouring = s.params.get('colour') === 'warmth' ? 'warmth' : 'engagement';
    registerWorld();
    root.append(h('h1', {}, nameOf(f), h('span', { class: 'sub' }, ' — partners on the map')));
    const toggle = h('fieldset', { class: 'toggle' }, h('legend', {}, 'Colour by'),
      ...(['engagement', 'warmth'] as const).map((c) => h('label', {},
        h('input', { type: 'radio', name: 'colour', value: c, checked: c === colouring }), c === 'engagement' ? ' Engagement (happenings)' : ' Warmth (cooperation − conflict, smoothed)')));
    const box = chartBox(`World map of ${nameOf(f)}'s partners`, 520);
    const table = h('table', { class: 'data compact', id: 'partner-table' });
    root.append(h('div', { class: 'grid two-one' },
      panel('Partners', toggle, box, h('p', { class: 'hint' }, 'Click a country to open its dyad with ', nameOf(f), '. Organisations are listed in the table. ',
        'Warmth is smoothed toward ', nameOf(f), '\'s usual tone, so a partner seen in one or two happenings stays near it; the table gives its 90% interval. ',
        h('a', { href: href('methodology') }, 'How it is computed'), '.')),
      panel('All partners', h('div', { class: 'scroll' }, table))));
    const par = await api.partners({ focal: f, ...win(s) });
    if (signal.aborted) return;
    const states = par.partners.filter((p) => country(p.partner));
    const c = chart(box, {});
    const draw = () => {
      const data = states.map((p) => ({ name: p.partner, value: colouring === 'engagement' ? p.events : warmth(p), label: p.name ?? nameOf(p.partner) }));
      const max = Math.max(1, ...states.map((p) => p.events));
      c.setOption({
        tooltip: {
          trigger: 'item',
          formatter: (x: { name: string; value: number }) => {
            const p = states.find((q) => q.partner === x.name);
            // ECharts shows a formatter's string as HTML: every name is escaped.
            if (x.name === f) return `${escapeHtml(nameOf(f))} (focal)`;
            return p ? `<b>${escapeHtml(nameOf(p.partner))}</b><br>${count(p.events, MEASURED)} (${p.events_out} out, ${p.events_in} in)<br>warmth ${warmthText(p)}<br>raw ${p.warmth.raw?.toFixed(2) ?? '—'} · share ${pct(p.share)}` : escapeHtml(nameOf(x.name));
          },
        },
        visualMap: colouring === 'engagement'
          ? { type: 'continuous', min: 0, max, left: 16, bottom: 16, text: ['more', `fewer ${MEASURED}s`], calculable: false, inRange: { color: ['#dbe6f2', '#8fb0d6', ACCENT, '#1c3a5c'] } }
          : { type: 'continuous', min: -1, max: 1, left: 16, bottom: 16, text: ['warm', 'cold'], calculable: false, inRange: { color: ['#c0392b', '#f1d8c9', '#f4f1ea', '#cfe5d3', '#2e8b57'] } },
        series: [{
          type: 'map', map: MAP_NAME, roam: true, name: 'partners', nameProperty: 'name',
          itemStyle: { areaColor: '#eef0f2', borderColor: '#fff', borderWidth: 0.5 },
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#f2c14e' } },
          select: { disabled: true },
          data: [...data, { name: f, value: null, itemStyle: { areaColor: '#24292f' } }],
        }],
      }, { replaceMerge: ['series', 'visualMap'] });
    };
    draw();
    c.on('click', (e) => {
      const code = e.name;
      if (code && code !== f) go('dyad', { partner: code });
    });
    toggle.addEventListener('change', (e) => {
      colouring = (e.target as HTMLInputElement).value as Colouring;
      replace({ colour: colouring === 'warmth' ? 'warmth' : null });
      draw();
    });
    table.append(
      h('thead', {}, h('tr', {}, ...['Partner', 'Events', 'Out', 'In', 'Share', 'Warmth', '90% interval'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, ...par.partners.map((p) => h('tr', {},
        h('td', {}, h('a', { href: href('dyad', { partner: p.partner }) }, p.name ?? nameOf(p.partner)), ' ', h('span', { class: 'code' }, p.partner)),
        h('td', { class: 'n' }, num(p.events)), h('td', { class: 'n' }, num(p.events_out)), h('td', { class: 'n' }, num(p.events_in)),
        h('td', { class: 'n' }, pct(p.share)), h('td', { class: 'n' }, warmth(p).toFixed(2)),
        h('td', { class: 'n' }, `${p.warmth.low.toFixed(2)} to ${p.warmth.high.toFixed(2)}`)))));
  },
};
