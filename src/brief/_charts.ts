/**
 * The brief's charts as SVG, drawn on the server by ECharts' SSR renderer (no browser, no DOM): the vector
 * shares over time (stacked bars) and the warmth of the dyad, in the dashboard's colours (src/model/palette.ts).
 * Plain SVG strings, inlined in HTML or written as files.
 */
import * as echarts from 'echarts';
import type { BalanceResult, DyadResult } from '../analytics/types.ts';
import { ACCENT, vectorColour, WARM } from '../model/palette.ts';
import { countNoun } from '../model/unit.ts';

export interface BriefCharts {
  balance: string;
  /** Null when the brief has no dyad. */
  warmth: string | null;
}

const FONT = { fontFamily: 'Helvetica, Arial, sans-serif', fontSize: 11, color: '#333' };

function render(option: echarts.EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: FONT, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The evidence beside a series: distinct documents and sources per period, as lines on the right-hand axis. */
export const COVERAGE_SERIES = ['documents', 'sources'] as const;
function coverageLines(rows: Array<{ documents: number; sources: number }>): echarts.SeriesOption[] {
  return COVERAGE_SERIES.map((k) => ({
    name: k, type: 'line' as const, yAxisIndex: 1, symbolSize: 3, data: rows.map((r) => r[k]),
    itemStyle: { color: k === 'documents' ? '#555' : '#999' }, lineStyle: { width: 1, type: k === 'documents' ? 'solid' as const : 'dashed' as const },
  }));
}
const countAxis = { type: 'value' as const, min: 0, minInterval: 1, axisLabel: { fontSize: 10 }, splitLine: { show: false } };
/** An axis's name along it (what its numbers are), small and out of the title's way. */
const axisName = (name: string, gap: number) => ({ name, nameLocation: 'middle' as const, nameGap: gap, nameTextStyle: { fontSize: 9, color: '#666' } });
const MEASURED = countNoun(undefined);

/**
 * Stacked bars, as on the dashboard: a period without events stays an empty slot, where a stacked area would
 * break its band or draw a slope across the gap. Documents and sources per period are drawn beside them.
 */
export function balanceOption(b: BalanceResult): echarts.EChartsOption {
  const periods = b.series.map((p) => p.period);
  const index = new Map(b.total.vectors.map((v, i) => [v.vector, i]));
  const used = b.total.vectors.filter((v) => b.series.some((p) => (p.shares[v.vector] ?? 0) > 0));
  const legend = [...used.map((v) => v.label), ...COVERAGE_SERIES];
  return {
    title: { text: `Vector shares by ${b.granularity}, with the documents and sources behind them`, left: 0, top: 0, textStyle: { fontSize: 13, fontWeight: 'bold' } },
    legend: { bottom: 0, left: 0, itemWidth: 12, itemHeight: 8, textStyle: { fontSize: 10 }, data: legend },
    grid: { left: 44, right: 36, top: 30, bottom: 26 + Math.ceil(legend.length / 5) * 16 },
    xAxis: { type: 'category', data: periods, axisLabel: { fontSize: 10 } },
    yAxis: [{ type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%', fontSize: 10 }, ...axisName('share', 32) },
      { ...countAxis, ...axisName('documents, sources', 24) }],
    series: [...used.map((v) => ({
      name: v.label, type: 'bar', stack: 'share', barCategoryGap: '20%', itemStyle: { color: vectorColour(v.vector, index.get(v.vector) ?? 0) },
      // An empty period is a gap, not 0%; periods on few events are pale, as on the dashboard.
      data: b.series.map((p) => ({
        value: p.total > 0 ? Math.round((p.shares[v.vector] ?? 0) * 1000) / 10 : null,
        ...(p.lowCount ? { itemStyle: { opacity: 0.4 } } : {}),
      })),
    })) as echarts.SeriesOption[], ...coverageLines(b.series)],
  };
}

export function balanceChart(b: BalanceResult, width = 680, height = 210): string {
  return render(balanceOption(b), width, height);
}

/**
 * A dyad brief's balance: the partner's place in the focal country's engagement, period by period (the dyad's
 * share of the focal country's events, in the colour of the partner's vector), with the documents and sources
 * behind the dyad's events. Periods on few dyad events are pale; an empty period is a gap.
 */
export function dyadBalanceOption(d: DyadResult, focalName: string, partnerName: string, colour: string): echarts.EChartsOption {
  const label = `share of ${focalName}'s ${MEASURED} with ${partnerName}`;
  return {
    title: { text: `${partnerName} in ${focalName}'s engagement by ${d.granularity}, with the documents and sources behind it`, left: 0, top: 0, textStyle: { fontSize: 13, fontWeight: 'bold' } },
    legend: { bottom: 0, left: 0, itemWidth: 12, itemHeight: 8, textStyle: { fontSize: 10 }, data: [label, ...COVERAGE_SERIES] },
    grid: { left: 44, right: 36, top: 30, bottom: 42 },
    xAxis: { type: 'category', data: d.series.map((p) => p.period), axisLabel: { fontSize: 10 } },
    yAxis: [{ type: 'value', min: 0, axisLabel: { formatter: '{value}%', fontSize: 10 }, ...axisName('share', 32) },
      { ...countAxis, ...axisName('documents, sources', 24) }],
    series: [
      {
        name: label, type: 'bar', barCategoryGap: '20%', itemStyle: { color: colour },
        data: d.series.map((p) => ({
          value: p.volume_share === null || p.events === 0 ? null : Math.round(p.volume_share * 1000) / 10,
          ...(p.lowCount ? { itemStyle: { opacity: 0.4 } } : {}),
        })),
      },
      ...coverageLines(d.series),
    ],
  };
}

export function warmthChart(d: DyadResult, partnerName: string, width = 680, height = 170): string {
  const periods = d.series.map((p) => p.period);
  return render({
    title: { text: `Warmth with ${partnerName} by ${d.granularity}`, left: 0, top: 0, textStyle: { fontSize: 13, fontWeight: 'bold' } },
    legend: { bottom: 0, left: 0, itemWidth: 12, itemHeight: 8, textStyle: { fontSize: 10 }, data: ['warmth (smoothed)', '90% interval', 'raw index', `dyad ${MEASURED}`] },
    grid: { left: 44, right: 44, top: 30, bottom: 40 },
    xAxis: { type: 'category', data: periods, axisLabel: { fontSize: 10 } },
    yAxis: [
      { type: 'value', min: -1, max: 1, axisLabel: { fontSize: 10 }, ...axisName('warmth', 28) },
      { type: 'value', min: 0, minInterval: 1, axisLabel: { fontSize: 10 }, splitLine: { show: false }, ...axisName(MEASURED, 24) },
    ],
    // The smoothed index (as on the dashboard) with its interval; the raw index as dots, so one event stays one dot.
    series: [
      { name: `dyad ${MEASURED}`, type: 'bar', yAxisIndex: 1, data: d.series.map((p) => p.events), itemStyle: { color: '#c9d6e3' } },
      {
        name: 'warmth (smoothed)', type: 'line', yAxisIndex: 0, symbolSize: 3,
        data: d.series.map((p) => p.warmth.smoothed), itemStyle: { color: WARM }, lineStyle: { width: 2 },
      },
      ...(['low', 'high'] as const).map((k) => ({
        name: '90% interval', type: 'line' as const, yAxisIndex: 0, symbol: 'none',
        data: d.series.map((p) => p.warmth[k]), itemStyle: { color: WARM }, lineStyle: { width: 1, type: 'dotted' as const, opacity: 0.7 },
      })),
      { name: 'raw index', type: 'scatter', yAxisIndex: 0, symbolSize: 4, data: d.series.map((p) => p.index), itemStyle: { color: WARM, opacity: 0.6 } },
    ],
  }, width, height);
}

/** The colour of the partner's vector (the vector the balance puts it in), else the accent. */
export function partnerColour(b: BalanceResult, vector: string | null | undefined): string {
  const i = b.total.vectors.findIndex((v) => v.vector === vector);
  return i < 0 ? ACCENT : vectorColour(vector!, i);
}

export function briefCharts(d: {
  balance: BalanceResult; dyad: DyadResult | null; partnerName: string | null; partnerGiven?: boolean; focalName?: string; partnerVector?: string | null;
}): BriefCharts {
  const dyadBrief = d.partnerGiven && d.dyad && d.partnerName;
  return {
    balance: dyadBrief
      ? render(dyadBalanceOption(d.dyad!, d.focalName ?? d.dyad!.focal, d.partnerName!, partnerColour(d.balance, d.partnerVector)), 680, 210)
      : balanceChart(d.balance),
    warmth: d.dyad && d.partnerName ? warmthChart(d.dyad, d.partnerName) : null,
  };
}
