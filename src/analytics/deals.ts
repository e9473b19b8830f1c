/**
 * Deals: money attached to focal events, by partner, year and primary context, in USD at the rate of the
 * event's year. Money the rates table cannot convert (unknown currency, undated or out-of-table year) is
 * listed by currency with the reason, and counted in `unconverted_events` — never dropped silently.
 */
import type { DealRow, MeasureFilter, MeasureQueries } from '../store/measures.ts';
import { round } from './_math.ts';
import { loadRates, type RatesTable } from './rates.ts';
import type { DealsResult } from './types.ts';

/** Folds deal rows into the result's totals (pure; exported for tests). */
export function foldDeals(rows: DealRow[], rates: RatesTable): Omit<DealsResult, 'measure' | 'focal' | 'filter'> {
  const sum = <K>(key: (r: DealRow) => K) => {
    const m = new Map<K, { usd: number; events: number; unconverted_events: number }>();
    for (const r of rows) {
      const a = m.get(key(r)) ?? { usd: 0, events: 0, unconverted_events: 0 };
      a.events += r.events;
      if (r.usd === null) a.unconverted_events += r.events;
      else a.usd += r.usd;
      m.set(key(r), a);
    }
    return [...m.entries()].map(([k, a]) => ({ k, ...a, usd: round(a.usd, 2)! }));
  };
  const currencies = new Set(rates.rows.map((r) => r.currency));
  const un = new Map<string, { currency: string; amount: number; events: number; reason: string }>();
  for (const r of rows) {
    if (r.usd !== null) continue;
    const reason = !currencies.has(r.currency) ? 'no rates for this currency'
      : r.year === null ? 'event has no date' : `no ${r.currency} rate for ${r.year}`;
    const k = `${r.currency}\u0000${reason}`;
    const a = un.get(k) ?? { currency: r.currency, amount: 0, events: 0, reason };
    a.amount += r.amount;
    a.events += r.events;
    un.set(k, a);
  }
  return {
    rates_source: rates.source,
    total_usd: round(rows.reduce((n, r) => n + (r.usd ?? 0), 0), 2)!,
    events: rows.reduce((n, r) => n + r.events, 0),
    unconverted: [...un.values()].map((u) => ({ ...u, amount: round(u.amount, 2)! })).sort((a, b) => b.events - a.events),
    by_partner: sum((r) => r.partner).map(({ k, ...a }) => ({ partner: k, ...a })).sort((a, b) => b.usd - a.usd || b.events - a.events),
    by_year: sum((r) => r.year).map(({ k, ...a }) => ({ year: k, ...a })).sort((a, b) => (a.year ?? 1e9) - (b.year ?? 1e9)),
    by_context: sum((r) => r.context).map(({ k, ...a }) => ({ context: k, ...a })).sort((a, b) => b.usd - a.usd || b.events - a.events),
  };
}

export async function deals(q: MeasureQueries, focalCode: string, o: { filter?: MeasureFilter; partner?: string; rates?: RatesTable } = {}): Promise<DealsResult> {
  const focal = focalCode.toUpperCase();
  const filter = o.filter ?? {};
  const rates = o.rates ?? loadRates();
  const rows = await q.deals({ focal, filter, rates: rates.rows, ...(o.partner ? { partner: o.partner } : {}) });
  return { measure: 'deals', focal, filter, ...foldDeals(rows, rates) };
}
