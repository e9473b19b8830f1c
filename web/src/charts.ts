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

// Vector colours live with the brief's, in one module (see src/model/palette.ts).
export { vectorColour, ACCENT, WARM } from '../../src/model/palette.ts';

export const INK = '#24292f';
export const MUTED = '#6b737c';
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
