/** Headline numbers of a window (GET /api/measures/headline): the cards at the top of the overview. */
import { api, type BalanceResult } from '../api.ts';
import { count, h, MEASURED, num, pct, usd } from '../dom.ts';
import { href } from '../state.ts';

function card(label: string, value: string | Node, note?: string): HTMLElement {
  const text = typeof value !== 'string' || /[a-z]{3}/i.test(value);
  return h('div', { class: 'card' }, h('div', { class: text ? 'card-value text' : 'card-value' }, value), h('div', { class: 'card-label' }, label), note ? h('div', { class: 'card-note' }, note) : null);
}

export async function headlineCards(el: HTMLElement, q: { focal: string; from?: string; to?: string }, bal: BalanceResult, signal: AbortSignal): Promise<void> {
  const hl = await api.headline(q);
  if (signal.aborted) return;
  const top = hl.top_partner;
  el.append(
    card('Happenings', num(hl.events), count(hl.partners, 'partner')),
    card('Balance (entropy)', hl.entropy === null ? '—' : hl.entropy.toFixed(2), `0 = one vector · 1 = even · on ${count(bal.total.events, `${MEASURED}–vector pair`)}`),
    hl.dominant_tie.length
      ? card('Leading vector', 'Tie', `${hl.dominant_tie.map((x) => x.label).join(' = ')} · ${count(hl.dominant_tie[0]!.events, MEASURED)} each`)
      : card('Leading vector', hl.dominant?.label ?? '—', hl.dominant ? `${pct(hl.dominant.share)} of engagement · ${count(hl.dominant.events, MEASURED)}` : undefined),
    hl.top_partner_tie.length
      ? card('Top partner', 'Tie', `${hl.top_partner_tie.map((x) => x.name ?? x.partner).join(' = ')} · ${count(hl.top_partner_tie[0]!.events, MEASURED)} each`)
      : card('Top partner', top ? h('a', { href: href('dyad', { partner: top.partner }) }, top.name ?? top.partner) : '—', top ? `${count(top.events, MEASURED)} · ${pct(top.share)}` : undefined),
    card('Visits in / out', `${num(hl.visits.inbound)} / ${num(hl.visits.outbound)}`, hl.visits.reciprocity != null ? `reciprocity ${hl.visits.reciprocity.toFixed(2)}` : 'no visits'),
    card('Deals', usd(hl.deals_usd), `${count(hl.deal_events, MEASURED)} with money`),
    card('Convening', `${num(hl.summits_hosted)} / ${num(hl.mediation_hosted)}`, 'summits / mediation hosted'),
    card('Alerts', num(bal.alerts.length), bal.alerts.length ? 'see below' : 'none'),
  );
}
