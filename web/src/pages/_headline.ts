/** Headline numbers of a window: the cards at the top of the overview. */
import { api, type BalanceResult } from '../api.ts';
import { h, num, pct, usd } from '../dom.ts';

function card(label: string, value: string, note?: string): HTMLElement {
  return h('div', { class: 'card' }, h('div', { class: 'card-value' }, value), h('div', { class: 'card-label' }, label), note ? h('div', { class: 'card-note' }, note) : null);
}

export async function headlineCards(el: HTMLElement, q: { focal: string; from?: string; to?: string }, bal: BalanceResult, signal: AbortSignal): Promise<void> {
  const [visits, deals] = await Promise.all([api.visits(q).catch(() => null), api.deals(q).catch(() => null)]);
  if (signal.aborted) return;
  const dominant = bal.total.vectors.find((v) => v.vector === bal.total.dominant);
  el.append(
    card('Events', num(bal.total.focal_events), `${num(bal.total.with_partner)} with a partner`),
    card('Balance (entropy)', bal.total.entropy === null ? '—' : bal.total.entropy.toFixed(2), '0 = one vector · 1 = even'),
    card('Leading vector', dominant?.label ?? '—', dominant ? `${pct(dominant.share)} of engagement` : undefined),
    card('Visits in / out', visits ? `${num(visits.inbound)} / ${num(visits.outbound)}` : '—',
      visits?.reciprocity != null ? `reciprocity ${visits.reciprocity.toFixed(2)}` : undefined),
    card('Deals', deals ? usd(deals.total_usd) : '—', deals ? `${num(deals.events)} events with money` : undefined),
    card('Alerts', num(bal.alerts.length), bal.alerts.length ? 'see below' : 'none'),
  );
}
