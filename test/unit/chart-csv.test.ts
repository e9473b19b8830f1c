/** The dashboard's chart downloads: the CSV read from a chart's option (issue 10, item 7). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chartCsv, chartFileName } from '../../web/src/chart-csv.ts';

describe('chart CSV', () => {
  const cases: Array<[string, Parameters<typeof chartCsv>[0], string]> = [
    ['a category axis: one row per period, one column per series, gaps empty',
      { xAxis: [{ type: 'category', data: ['2024-Q1', '2024-Q2'] }], yAxis: [{ type: 'value' }],
        series: [{ name: 'Russia', data: [{ value: 0.5 }, { value: null }] }, { name: 'China, PRC', data: [0.25, 1] }] },
      'category,Russia,"China, PRC"\n2024-Q1,0.5,0.25\n2024-Q2,,1\n'],
    ['a category axis on y (horizontal bars)',
      { xAxis: { type: 'value' }, yAxis: { type: 'category', data: ['Russia'] }, series: [{ name: 'Events out', data: [7] }, { data: [3] }] },
      'category,Events out,series 2\nRussia,7,3\n'],
    ['series sharing a name (an interval\'s bounds) are numbered',
      { xAxis: { type: 'category', data: ['2024'] }, series: [{ name: '90% interval', data: [0.1] }, { name: '90% interval', data: [0.9] }] },
      'category,90% interval,90% interval (2)\n2024,0.1,0.9\n'],
    ['a map: one row per item',
      { series: [{ name: 'partners', type: 'map', data: [{ name: 'CHN', value: 12 }, { name: 'KAZ', value: null }] }] },
      'series,name,value\npartners,CHN,12\npartners,KAZ,\n'],
    ['text that needs quoting',
      { xAxis: { type: 'category', data: ['say "hi"'] }, series: [{ name: 'a', data: ['x\ny'] }] },
      'category,a\n"say ""hi""","x\ny"\n'],
  ];
  for (const [what, option, want] of cases) it(what, () => assert.equal(chartCsv(option), want));

  it('file names come from the chart label', () => {
    assert.equal(chartFileName("Share of Kazakhstan's engagement by vector over time", 'csv'), 'share-of-kazakhstan-s-engagement-by-vector-over-time.csv');
    assert.equal(chartFileName('—', 'png'), 'chart.png');
  });
});
