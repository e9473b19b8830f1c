/**
 * The brief's window and the previous period of equal length. Whole months stay months (2024-01..2024-12
 * follows 2023-01..2023-12); anything else is counted in days. Without `to`, the window ends with the month of
 * the latest event; without `from`, it spans 12 months.
 */
import { InputError } from '../errors.ts';
import type { Granularity } from '../store/measures.ts';
import { MIN_YEAR, periodEndExclusive, periodStart } from '../store/period.ts';

export interface Window {
  /** Inclusive bounds as the measures take them (YYYY-MM or YYYY-MM-DD). */
  from: string;
  to: string;
  /** First day and the day after the last, YYYY-MM-DD. */
  start: string;
  end: string;
  months: number | null;
  days: number;
  /** No dated happening to set the window by: the last twelve months, and no filter on the measures. */
  open?: boolean;
}

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const parse = (d: string) => Date.parse(`${d}T00:00:00Z`);
const addMonths = (d: string, n: number) => {
  const t = new Date(parse(d));
  return iso(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + n, t.getUTCDate()));
};
const isFirst = (d: string) => d.endsWith('-01');
const monthsBetween = (a: string, b: string) => (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));

export function windowOf(start: string, end: string): Window {
  const days = Math.round((parse(end) - parse(start)) / DAY);
  if (isFirst(start) && isFirst(end)) {
    const months = monthsBetween(start, end);
    return { from: start.slice(0, 7), to: addMonths(end, -1).slice(0, 7), start, end, months, days };
  }
  return { from: start, to: iso(parse(end) - DAY), start, end, months: null, days };
}

/** The window of the options; `latest` is the date of the newest event (YYYY-MM-DD) when `to` is absent. */
export function briefWindow(o: { from?: string | undefined; to?: string | undefined }, latest: string | null, today = new Date()): Window {
  const end = o.to ? periodEndExclusive(o.to, 'to')
    : addMonths(`${(latest ?? iso(today.getTime())).slice(0, 7)}-01`, 1);
  const start = o.from ? periodStart(o.from, 'from') : addMonths(end, -12);
  if (start >= end) throw new InputError(`the window is empty: from ${o.from ?? start} is not before to ${o.to ?? end}`, { where: { field: 'from' } });
  const w = windowOf(start, end);
  // The brief compares with the period of equal length before; it too must stay within the years a period takes.
  if (previousWindow(w).start < `${MIN_YEAR}-01-01`) {
    throw new InputError(`the window is too long: the brief compares it with the period of equal length before it, which would start before ${MIN_YEAR}`, { where: { field: 'from' } });
  }
  return w;
}

export function previousWindow(w: Window): Window {
  if (w.months !== null) return windowOf(addMonths(w.start, -w.months), w.start);
  return windowOf(iso(parse(w.start) - w.days * DAY), w.start);
}

export function granularityOf(w: Window): Granularity {
  const months = w.months ?? w.days / 30.4;
  return months <= 24 ? 'month' : months <= 96 ? 'quarter' : 'year';
}

export function label(w: Window): string {
  return w.from === w.to ? w.from : `${w.from} to ${w.to}`;
}
