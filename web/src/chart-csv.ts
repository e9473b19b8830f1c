/**
 * The data of a chart as CSV, read from its ECharts option: for a chart on a category axis, one row per
 * category and one column per series; for a map, graph or other chart without one, one row per data item
 * (series, name, value). Pure, so it is tested without a browser.
 */

type Item = number | string | null | undefined | { value?: unknown; name?: unknown };
interface SeriesOpt { name?: unknown; type?: unknown; data?: Item[] }
interface AxisOpt { type?: unknown; data?: unknown[] }
export interface ChartOption {
  xAxis?: AxisOpt | AxisOpt[];
  yAxis?: AxisOpt | AxisOpt[];
  series?: SeriesOpt | SeriesOpt[];
}

const list = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

function valueOf(item: Item): unknown {
  if (item !== null && typeof item === 'object') return Array.isArray(item.value) ? item.value.at(-1) : item.value;
  return item;
}

const cell = (v: unknown): string => {
  const s = v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v)) ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

const rowsToCsv = (rows: unknown[][]): string => rows.map((r) => r.map(cell).join(',')).join('\n') + '\n';

export function chartCsv(option: ChartOption): string {
  const series = list(option.series);
  const category = [...list(option.xAxis), ...list(option.yAxis)].find((a) => a.type === 'category' && Array.isArray(a.data));
  if (category?.data) {
    // a name shared by several series (one legend entry for an interval's two bounds) is numbered in the header
    const names = series.map((s, i) => (typeof s.name === 'string' && s.name ? s.name : `series ${i + 1}`));
    const head = ['category', ...names.map((n, i) => {
      const k = names.slice(0, i).filter((x) => x === n).length;
      return k ? `${n} (${k + 1})` : n;
    })];
    const rows = category.data.map((c, i) => [
      c !== null && typeof c === 'object' ? (c as { value?: unknown }).value : c, ...series.map((s) => valueOf(s.data?.[i])),
    ]);
    return rowsToCsv([head, ...rows]);
  }
  const rows: unknown[][] = [['series', 'name', 'value']];
  for (const s of series) {
    for (const item of s.data ?? []) {
      const name = item !== null && typeof item === 'object' ? item.name : undefined;
      rows.push([s.name ?? '', name ?? '', valueOf(item)]);
    }
  }
  return rowsToCsv(rows);
}

/** A file name from a chart's label: lower case, words joined by dashes. */
export function chartFileName(label: string, ext: string): string {
  const stem = label.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'chart';
  return `${stem}.${ext}`;
}
