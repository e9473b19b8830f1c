/**
 * ECharts, tree-shaken to what the pages draw, with one look for every chart. Charts made through `chart()`
 * follow their box's size and are disposed when the page changes (`disposeCharts`).
 */
import * as echarts from 'echarts/core';
import { BarChart, GraphChart, LineChart, MapChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent, VisualMapComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsCoreOption, ECharts } from 'echarts/core';
import { chartCsv, chartFileName, type ChartOption } from './chart-csv.ts';

echarts.use([
  BarChart, GraphChart, LineChart, MapChart, ScatterChart, AriaComponent, GridComponent, LegendComponent, MarkLineComponent,
  TitleComponent, TooltipComponent, VisualMapComponent, CanvasRenderer,
]);

export { echarts };

/** One colour per vector of the default set; other ids take the fallback palette in order. */
const VECTOR_COLOURS: Record<string, string> = {
  russia: '#b5473a', china: '#d9a23b', usa: '#2f5d8c', eu: '#6c95c8', uk: '#7b62a3', turkic: '#2f9b8f',
  mideast: '#a57548', southasia: '#e07f3c', eastasia: '#8aa14a', centralasia: '#4f8a5b', multilateral: '#7d8790',
  rest: '#c7ccd1',
};
const FALLBACK = ['#3b6ea8', '#c8553d', '#5a9367', '#d6a33b', '#8360a6', '#3e9aa8', '#a8735a', '#7d8790'];

export function vectorColour(id: string, index = 0): string {
  return VECTOR_COLOURS[id] ?? FALLBACK[index % FALLBACK.length]!;
}

export const INK = '#24292f';
export const MUTED = '#6b737c';
export const ACCENT = '#2f5d8c';
export const WARM = '#2e8b57';
export const COLD = '#c0392b';

const live = new Set<{ chart: ECharts; observer: ResizeObserver }>();

const BASE: EChartsCoreOption = {
  aria: { enabled: true },
  textStyle: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', color: INK },
  animationDuration: 300,
};

export function chart(el: HTMLElement, option: EChartsCoreOption): ECharts {
  // ECharts' aria module rewrites the box's label with its own description: keep ours for file names.
  const label = el.getAttribute('aria-label') ?? 'chart';
  const c = echarts.init(el, undefined, { renderer: 'canvas' });
  c.setOption({ ...BASE, ...option });
  // The instance on its box, so end-to-end tests can find where a country or a bar is drawn.
  Object.defineProperty(el, 'echart', { value: c, configurable: true });
  const observer = new ResizeObserver(() => c.resize());
  observer.observe(el);
  live.add({ chart: c, observer });
  el.before(downloads(label, c));
  return c;
}

/** Triggers a download of `href` as `name`. */
function save(href: string, name: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
}

/** CSV (the data as drawn, read from the chart's current option) and PNG buttons above a chart. */
function downloads(label: string, c: ECharts): HTMLElement {
  const bar = document.createElement('div');
  bar.className = 'chart-tools';
  const button = (text: string, title: string, onClick: () => void) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'link';
    b.textContent = text;
    b.title = title;
    b.setAttribute('aria-label', `${title}: ${label}`);
    b.addEventListener('click', onClick);
    bar.append(b);
  };
  button('CSV', 'Download the data', () => {
    const url = URL.createObjectURL(new Blob([chartCsv(c.getOption() as ChartOption)], { type: 'text/csv' }));
    save(url, chartFileName(label, 'csv'));
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
  button('PNG', 'Download the picture', () => save(c.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }), chartFileName(label, 'png')));
  return bar;
}

export function disposeCharts(): void {
  for (const { chart: c, observer } of live) {
    observer.disconnect();
    c.dispose();
  }
  live.clear();
}
