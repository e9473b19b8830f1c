/** Period labels of a granularity (the same labels the SQL produces) and the full run of them in a window. */
import { InputError } from '../errors.ts';
import { periodEndExclusive, periodStart } from '../store/period.ts';
import type { Granularity } from '../store/measures.ts';

/** Periods with fewer events than this are flagged `lowCount` (charts grey them): their shares say little. */
export const LOW_COUNT = 5;

export const GRANULARITIES = ['month', 'quarter', 'year'] as const satisfies readonly Granularity[];

/** 'YYYY-MM' | 'YYYY-Qn' | 'YYYY' of a YYYY-MM-DD day. */
export function periodLabel(day: string, g: Granularity): string {
  const y = day.slice(0, 4);
  const m = Number(day.slice(5, 7));
  if (g === 'year') return y;
  if (g === 'quarter') return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
  return `${y}-${String(m).padStart(2, '0')}`;
}

/** Every period label from the one containing `first` to the one containing `last` (YYYY-MM-DD days), in order. */
export function periodRange(first: string, last: string, g: Granularity): string[] {
  const out: string[] = [];
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  const step = g === 'year' ? 12 : g === 'quarter' ? 3 : 1;
  if (g === 'year') m = 1;
  if (g === 'quarter') m = Math.floor((m - 1) / 3) * 3 + 1;
  const end = periodLabel(last, g);
  for (let guard = 0; guard < 100_000; guard++) {
    const label = periodLabel(`${y}-${String(m).padStart(2, '0')}-01`, g);
    out.push(label);
    if (label >= end) break;
    m += step;
    if (m > 12) {
      m -= 12;
      y++;
    }
  }
  return out;
}

export function parseGranularity(s: string | undefined, field = 'by'): Granularity {
  const g = (s ?? 'month').toLowerCase();
  if (!(GRANULARITIES as readonly string[]).includes(g)) {
    throw new InputError(`"${s}" is not a granularity (${GRANULARITIES.join(', ')})`, { where: { field } });
  }
  return g as Granularity;
}

/** First day of a period label (YYYY-MM, YYYY-Qn, YYYY). */
export function labelStart(label: string): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(label);
  if (q) return `${q[1]}-${String((Number(q[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
  return periodStart(label);
}

/**
 * The labels of a series: every period of the window, or, where the window is open, from the first to the
 * last period that has data. Empty periods are included so gaps show.
 */
export function seriesLabels(seen: Iterable<string | null>, window: { from?: string; to?: string }, g: Granularity): string[] {
  const labels = [...seen].filter((x): x is string => x !== null).sort();
  const first = window.from ? periodStart(window.from) : labels[0] ? labelStart(labels[0]) : null;
  let last: string | null = labels.length ? labelStart(labels[labels.length - 1]!) : null;
  if (window.to) {
    const d = new Date(`${periodEndExclusive(window.to)}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - 1);
    last = d.toISOString().slice(0, 10);
  }
  return first && last && first <= last ? periodRange(first, last, g) : [];
}
