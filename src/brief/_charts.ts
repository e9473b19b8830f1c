/**
 * The brief's charts as SVG, drawn on the server by ECharts' SSR renderer (no browser, no DOM): the vector
 * shares over time (stacked bars) and the warmth of the dyad, in the dashboard's colours (src/model/palette.ts).
 * Plain SVG strings, inlined in HTML or written as files.
 */
import * as echarts from 'echarts';
import type { BalanceResult, DyadResult } from '../analytics/types.ts';
import { vectorColour, WARM } from '../model/palette.ts';

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

/**
 * Stacked bars, as on the dashboard: a period without events stays an empty slot, where a stacked area would
 * break its band or draw a slope across the gap.
 */
export function balanceOption(b: BalanceResult): echarts.EChartsOption {
  const periods = b.series.map((p) => p.period);
  const index = new Map(b.total.vectors.map((v, i) => [v.vector, i]));
  const used = b.total.vectors.filter((v) => b.series.some((p) => (p.shares[v.vector] ?? 0) > 0));
  return {
    title: { text: `Vector shares by ${b.granularity}`, left: 0, top: 0, textStyle: { fontSize: 13, fontWeight: 'bold' } },
    legend: { bottom: 0, left: 0, itemWidth: 12, itemHeight: 8, textStyle: { fontSize: 10 }, data: used.map((v) => v.label) },
    grid: { left: 44, right: 12, top: 30, bottom: 26 + Math.ceil(used.length / 5) * 16 },
    xAxis: { type: 'category', data: periods, axisLabel: { fontSize: 10 } },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%', fontSize: 10 } },
    series: used.map((v) => ({
      name: v.label, type: 'bar', stack: 'share', barCategoryGap: '20%', itemStyle: { color: vectorColour(v.vector, index.get(v.vector) ?? 0) },
      // An empty period is a gap, not 0%; periods on few events are pale, as on the dashboard.
      data: b.series.map((p) => ({
        value: p.total > 0 ? Math.round((p.shares[v.vector] ?? 0) * 1000) / 10 : null,
        ...(p.lowCount ? { itemStyle: { opacity: 0.4 } } : {}),
      })),
    })),
  };
}

export function balanceChart(b: BalanceResult, width = 680, height = 210): string {
  return render(balanceOption(b), width, height);
}

export function warmthChart(d: DyadResult, partnerName: string, width = 680, height = 170): string {
  const periods = d.series.map((p) => p.period);
  return render({
    title: { text: `Warmth with ${partnerName} by ${d.granularity}`, left: 0, top: 0, textStyle: { fontSize: 13, fontWeight: 'bold' } },
    legend: { bottom: 0, left: 0, itemWidth: 12, itemHeight: 8, textStyle: { fontSize: 10 }, data: ['warmth (smoothed)', '90% interval', 'raw index', 'dyad events'] },
    grid: { left: 44, right: 44, top: 30, bottom: 40 },
    xAxis: { type: 'category', data: periods, axisLabel: { fontSize: 10 } },
    yAxis: [
      { type: 'value', min: -1, max: 1, axisLabel: { fontSize: 10 } },
      { type: 'value', min: 0, axisLabel: { fontSize: 10 }, splitLine: { show: false } },
    ],
    // The smoothed index (as on the dashboard) with its interval; the raw index as dots, so one event stays one dot.
    series: [
      { name: 'dyad events', type: 'bar', yAxisIndex: 1, data: d.series.map((p) => p.events), itemStyle: { color: '#c9d6e3' } },
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

export function briefCharts(d: { balance: BalanceResult; dyad: DyadResult | null; partnerName: string | null }): BriefCharts {
  return {
    balance: balanceChart(d.balance),
    warmth: d.dyad && d.partnerName ? warmthChart(d.dyad, d.partnerName) : null,
  };
}
