/**
 * Where the bulk of a focal country's happenings lie: the default window of a brief. Coded news recalls history
 * ("the Alma-Ata Declaration was signed here in 1991"), so the first event is a poor start: the months holding
 * happenings are split into runs wherever more than GAP_MONTHS pass without one, and the run holding the most
 * happenings (the later one on a tie) is the span. Happenings before or after it are counted, so a brief can say
 * what it leaves out; happenings dated only to a year fall in no month and count where their year's first day falls.
 */
import type { MeasureFilter, MeasureQueries } from '../store/measures.ts';

/** A gap longer than this many months without a happening ends a run (a year without news of a country is a break). */
export const GAP_MONTHS = 12;

export interface Span {
  /** First and last month of the run (YYYY-MM); null when no happening is dated to a month. */
  from: string | null;
  to: string | null;
  /** Happenings in the run's months, and dated (to a year or a month) before and after it. */
  events: number;
  before: number;
  after: number;
  /** The first and last month holding a happening, run or not. */
  first: string | null;
  last: string | null;
}

const monthIndex = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;

export async function span(q: MeasureQueries, focal: string, filter: Pick<MeasureFilter, 'reviewStatuses' | 'origins' | 'unit'> = {}): Promise<Span> {
  const rows = await q.volume({ focal: focal.toUpperCase(), filter, granularity: 'month' });
  const months = rows.filter((r) => r.dating === 'period' && r.period !== null && r.events > 0)
    .map((r) => ({ month: r.period!, events: r.events })).sort((a, b) => a.month.localeCompare(b.month));
  const none: Span = { from: null, to: null, events: 0, before: 0, after: 0, first: null, last: null };
  if (!months.length) return none;
  // Runs of months no more than GAP_MONTHS apart; the biggest wins, the later on a tie.
  let best = { start: 0, end: 0, events: 0 };
  let start = 0;
  let events = 0;
  months.forEach((m, i) => {
    if (i > 0 && monthIndex(m.month) - monthIndex(months[i - 1]!.month) > GAP_MONTHS) {
      start = i;
      events = 0;
    }
    events += m.events;
    if (events >= best.events) best = { start, end: i, events };
  });
  const from = months[best.start]!.month;
  const to = months[best.end]!.month;
  const total = async (f: MeasureFilter) => (await q.volume({ focal: focal.toUpperCase(), filter: { ...filter, ...f }, granularity: null }))
    .reduce((n, r) => n + r.events, 0);
  const [before, after] = await Promise.all([
    total({ to: prevMonth(from) }),
    total({ from: nextMonth(to) }),
  ]);
  return { from, to, events: best.events, before, after, first: months[0]!.month, last: months[months.length - 1]!.month };
}

const shift = (m: string, n: number) => {
  const i = monthIndex(m) + n;
  return `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;
};
const prevMonth = (m: string) => shift(m, -1);
const nextMonth = (m: string) => shift(m, 1);
