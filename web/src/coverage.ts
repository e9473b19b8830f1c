/** The evidence behind a series: documents and sources per period, in its tooltip and in a line under its chart. */
import { MEASURED, num } from './dom.ts';

export interface Covered {
  documents: number;
  sources: number;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

interface AxisItem { axisValueLabel?: string; dataIndex: number; marker?: string; seriesName?: string; value?: unknown }

/**
 * An axis tooltip formatter: the usual lines (value through `fmt`), then the documents and sources of the
 * period under the pointer. Series names are escaped (they come from data).
 */
export function coverageTooltip(periods: readonly Covered[], fmt: (v: unknown) => string = (v) => (typeof v === 'number' ? num(v, 2) : '—')) {
  return (raw: unknown): string => {
    const items = (Array.isArray(raw) ? raw : [raw]) as AxisItem[];
    const first = items[0];
    if (!first) return '';
    const p = periods[first.dataIndex];
    const lines = items.map((i) => {
      const v = typeof i.value === 'object' && i.value !== null && 'value' in i.value ? (i.value as { value: unknown }).value : i.value;
      return `${i.marker ?? ''}${esc(i.seriesName ?? '')}: <b>${esc(fmt(v))}</b>`;
    });
    const ev = p ? `<span style="color:#667">${evidence(p)}</span>` : '';
    return [esc(first.axisValueLabel ?? ''), ...lines, ev].filter(Boolean).join('<br/>');
  };
}

export const evidence = (c: Covered): string => `${num(c.documents)} document${c.documents === 1 ? '' : 's'}, ${num(c.sources)} source${c.sources === 1 ? '' : 's'}`;

/** "Behind the series: 40 documents, 6 sources over the window; per quarter 1–12 documents from 1–4 sources." */
export function coverageNote(total: Covered, periods: readonly Covered[], unit: string): string {
  const seen = periods.filter((p) => p.documents > 0);
  const range = (xs: number[]) => (Math.min(...xs) === Math.max(...xs) ? num(xs[0]) : `${num(Math.min(...xs))}–${num(Math.max(...xs))}`);
  const sources = seen.map((p) => p.sources);
  const per = seen.length
    ? `; per ${unit} with ${MEASURED}s ${range(seen.map((p) => p.documents))} documents from ${range(sources)} source${Math.max(...sources) === 1 ? '' : 's'}`
    : '';
  return `Behind the series: ${evidence(total)} over the window${per}.`;
}
