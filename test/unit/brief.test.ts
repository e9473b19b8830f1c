/**
 * Briefs: the window and the previous period, and the md/html/pdf documents built from a real DuckDB store
 * (the API fixture: KAZ with CHN and RUS in 2024, a CHN visit in 2023), through the library and the CLI.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { briefCharts, chromiumPath, gatherBrief, renderBrief, type BriefData } from '../../src/brief/index.ts';
import { balanceOption, COVERAGE_SERIES, dyadBalanceOption } from '../../src/brief/_charts.ts';
import { coverageLine, coverageRows } from '../../src/brief/_sections.ts';
import { headline } from '../../src/brief/headline.ts';
import { balance, dyad } from '../../src/analytics/index.ts';
import { vectorColour } from '../../src/model/palette.ts';
import { briefWindow, granularityOf, previousWindow } from '../../src/brief/_window.ts';
import { main } from '../../src/cli/main.ts';
import type { Store } from '../../src/store/store.ts';
import { fixtureStore } from './server-helpers.ts';

describe('brief window', () => {
  const cases: Array<[{ from?: string; to?: string }, string | null, [string, string], [string, string], string]> = [
    [{ from: '2024-01', to: '2024-12' }, null, ['2024-01', '2024-12'], ['2023-01', '2023-12'], 'month'],
    [{ from: '2024', to: '2024' }, null, ['2024-01', '2024-12'], ['2023-01', '2023-12'], 'month'],
    [{ to: '2024-03' }, null, ['2023-04', '2024-03'], ['2022-04', '2023-03'], 'month'],
    [{}, '2024-03-20', ['2023-04', '2024-03'], ['2022-04', '2023-03'], 'month'],
    [{ from: '2020', to: '2024' }, null, ['2020-01', '2024-12'], ['2015-01', '2019-12'], 'quarter'],
    [{ from: '2024-03-10', to: '2024-03-19' }, null, ['2024-03-10', '2024-03-19'], ['2024-02-29', '2024-03-09'], 'month'],
    [{ from: '2010', to: '2024' }, null, ['2010-01', '2024-12'], ['1995-01', '2009-12'], 'year'],
  ];
  for (const [o, latest, win, prev, g] of cases) {
    it(`${JSON.stringify(o)}${latest ? ` latest ${latest}` : ''}`, () => {
      const w = briefWindow(o, latest);
      const p = previousWindow(w);
      assert.deepEqual([w.from, w.to], win);
      assert.deepEqual([p.from, p.to], prev);
      assert.equal(p.days > 0 && (w.months === null ? p.days === w.days : p.months === w.months), true);
      assert.equal(granularityOf(w), g);
    });
  }
  it('an empty window is an input error naming from', () => {
    assert.throws(() => briefWindow({ from: '2024-05', to: '2024-04' }, null), (e: any) => e.name === 'InputError' && e.where.field === 'from');
  });
});

describe('brief content', () => {
  let dir: string;
  let store: Store;
  let data: BriefData;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mv-brief-'));
    store = await fixtureStore(dir);
    data = await gatherBrief(store, { focal: 'kaz', from: '2024-01', to: '2024-12' });
  });
  after(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gathers the window, the previous period and the top partner', () => {
    assert.deepEqual([data.window.from, data.window.to, data.previous?.from, data.previous?.to], ['2024-01', '2024-12', '2023-01', '2023-12']);
    assert.equal(data.headline.events, 4);
    assert.equal(data.previousHeadline?.events, 1);
    assert.equal(data.partner, 'CHN');
    assert.equal(data.partnerGiven, false);
    assert.deepEqual(data.notable.map((e) => e.id), ['e4', 'e3', 'e2', 'e1'], 'newest first');
    assert.ok(data.changes.some((c) => /Happenings: 4 against 1 \(up 300%\)/.test(c)), data.changes.join('\n'));
  });

  it('markdown: headline numbers, changes, evidence sentences, deals, linked charts', async () => {
    const md = (await renderBrief(data, 'md')).toString();
    assert.match(md, /^# Kazakhstan: brief, 2024-01 to 2024-12\n/);
    assert.match(md, /\| Happenings \| 4 \| 1 \|/);
    assert.match(md, /\| Deals \(USD\) \| \$500\.0 m \| – \|/);
    assert.match(md, /## What changed\n\n- Happenings: 4 against 1/);
    assert.match(md, /> President Tokayev arrived in Beijing on a state visit\./);
    assert.match(md, /\*\*2024-01-10\*\*, CONSULT \(visit\): Kazakhstan → China/);
    assert.match(md, /\| China \| \$500\.0 m \| 1 \|/);
    assert.match(md, /!\[Warmth\]\(data:image\/svg\+xml;base64,/);
  });

  it('html: self-contained with inline SVG charts, and every text escaped', async () => {
    const html = (await renderBrief(data, 'html')).toString();
    assert.equal((html.match(/<svg /g) ?? []).length, 2);
    assert.match(html, /Vector shares by quarter/);
    assert.match(html, /Warmth with China by quarter/);
    assert.match(html, /Kazakhstan criticised Russian &lt;b&gt;statements&lt;\/b&gt;/);
    assert.doesNotMatch(html, /<b>statements/);
    assert.doesNotMatch(html, /<(script|link)\b|src="http/);
  });

  it('its window is the dashboard\'s for the same parameters; without them, where the bulk of the happenings lie', async () => {
    const q = store.measures();
    const plain = (x: unknown) => { const { filter: _f, ...rest } = JSON.parse(JSON.stringify(x)) as Record<string, unknown>; return rest; };
    // No from or to: the months the happenings run through without a year's gap (here all of them), said in the brief;
    // the numbers are the dashboard's for that window, by quarter. The period before holds no data: nothing compared.
    const dflt = await gatherBrief(store, { focal: 'KAZ' });
    assert.deepEqual([dflt.window.from, dflt.window.to], ['2023-06', '2024-03']);
    assert.equal(dflt.previous, null);
    const win = { from: '2023-06', to: '2024-03' };
    assert.deepEqual(plain(dflt.headline), plain(await headline(q, 'KAZ', { filter: win })));
    assert.deepEqual(plain(dflt.balance), plain(await balance(q, 'KAZ', { filter: win, granularity: 'quarter' })));
    assert.equal(dflt.headline.events, 5, 'the 2023 visit is in');
    const md = (await renderBrief(dflt, 'md')).toString();
    assert.match(md, /The window is the stretch in which Kazakhstan's happenings run without a gap of more than 12 months/);
    assert.match(md, /\(2022-08 to 2023-05\) lies before the bulk of the data \(from 2023-06\): nothing to compare with/);
    // Given bounds and a granularity: the measures the dashboard asks for with from, to and by.
    const given = await gatherBrief(store, { focal: 'KAZ', from: '2024-03', to: '2024-12', by: 'month' });
    const filter = { from: '2024-03', to: '2024-12' };
    assert.deepEqual(plain(given.headline), plain(await headline(q, 'KAZ', { filter })));
    assert.deepEqual(plain(given.balance), plain(await balance(q, 'KAZ', { filter, granularity: 'month' })));
    assert.deepEqual(plain(given.dyad), plain(await dyad(q, 'KAZ', given.partner!, { filter, granularity: 'month' })));
  });

  it('charts: the vector shares are stacked bars (a gap stays a gap) in the dashboard\'s colours', () => {
    const option = balanceOption(data.balance);
    const series = (option.series as Array<{ type: string; name: string; itemStyle: { color: string } }>)
      .filter((s) => !(COVERAGE_SERIES as readonly string[]).includes(s.name));
    assert.ok(series.length >= 2);
    for (const s of series) {
      assert.equal(s.type, 'bar', s.name);
      const i = data.balance.total.vectors.findIndex((v) => v.label === s.name);
      assert.equal(s.itemStyle.color, vectorColour(data.balance.total.vectors[i]!.vector, i), s.name);
    }
    // The colours land in the SVG: China's and Russia's as the dashboard draws them.
    const svg = briefCharts(data).balance;
    for (const id of ['china', 'russia']) assert.ok(svg.includes(vectorColour(id)), id);
    // One palette module: the dashboard imports it rather than keeping its own table.
    const web = readFileSync(new URL('../../web/src/charts.ts', import.meta.url), 'utf8');
    assert.match(web, /from '\.\.\/\.\.\/src\/model\/palette\.ts'/);
    assert.doesNotMatch(web, /#[0-9a-f]{6}'.*#[0-9a-f]{6}'.*#[0-9a-f]{6}'/i, 'no colour table of its own');
  });

  it('documents and sources per period stand beside the series, in the chart and in words', async () => {
    type Line = { name: string; type: string; data: number[] };
    const lines = (o: { series?: unknown }) => (o.series as Line[]).filter((x) => (COVERAGE_SERIES as readonly string[]).includes(x.name));
    const country = lines(balanceOption(data.balance));
    assert.deepEqual(country.map((x) => [x.name, x.type]), [['documents', 'line'], ['sources', 'line']]);
    assert.deepEqual(country[0]!.data, data.balance.series.map((p) => p.documents));
    assert.deepEqual(country[1]!.data, data.balance.series.map((p) => p.sources));
    const rows = coverageRows(data);
    assert.ok(rows.length > 0 && rows.every((r) => r.documents > 0 && r.sources > 0 && r.sources <= r.documents));
    assert.deepEqual(rows.map((r) => r.period), data.balance.series.filter((p) => p.documents > 0).map((p) => p.period));
    for (const format of ['md', 'html'] as const) {
      // (the words as read: HTML keeps a period whole in a span that does not break)
      const text = (await renderBrief(data, format)).toString().replace(/<span class="nb">([^<]*)<\/span>/g, '$1');
      for (const r of rows) assert.ok(text.includes(`${r.period} ${r.documents} / ${r.sources}`), `${format}: ${r.period}`);
      assert.ok(text.includes(`from ${data.balance.total.documents} document`), `${format}: window total`);
    }
    assert.ok((coverageLine(data) ?? '').startsWith(`Documents / sources per ${data.balance.granularity}: `));
  });

  it('a dyad brief\'s balance is about the dyad: the partner\'s share of the focal country\'s events, with its documents', async () => {
    const d = await gatherBrief(store, { focal: 'KAZ', partner: 'RUS', from: '2024', to: '2024' });
    assert.equal(d.partnerVector, 'russia');
    const option = dyadBalanceOption(d.dyad!, d.focalName, d.partnerName!, vectorColour('russia'));
    const [bars, ...cov] = option.series as Array<{ type: string; data: Array<{ value: number | null } | number> }>;
    assert.equal(bars!.type, 'bar');
    assert.deepEqual(bars!.data.map((x) => (x as { value: number | null }).value),
      d.dyad!.series.map((p) => (p.events ? Math.round(p.volume_share! * 1000) / 10 : null)));
    assert.deepEqual(cov.map((x) => x.data), [d.dyad!.series.map((p) => p.documents), d.dyad!.series.map((p) => p.sources)]);
    // The chart drawn is the dyad's, in Russia's colour: no other vector's bars, unlike the country brief's.
    const svg = briefCharts(d).balance;
    assert.ok(svg.includes(vectorColour('russia')));
    assert.ok(!svg.includes(vectorColour('china')), 'no China bars in a KAZ–RUS brief');
    assert.ok(briefCharts(data).balance.includes(vectorColour('china')), 'the country brief has them');
    const md = (await renderBrief(d, 'md')).toString();
    assert.doesNotMatch(md, /Top partners/);
    const periods = d.dyad!.series.filter((p) => p.events > 0);
    assert.ok(periods.length > 0);
    for (const p of periods) assert.ok(md.includes(`| ${p.period} | ${p.events} |`), p.period);
    assert.ok(md.includes(`${d.dyad!.total.events} happening${d.dyad!.total.events === 1 ? '' : 's'} with Russia in the window, from ${d.dyad!.total.documents} document`));
  });

  it('a partner narrows the events and the deals', async () => {
    const d = await gatherBrief(store, { focal: 'KAZ', partner: 'RUS', from: '2024', to: '2024' });
    assert.equal(d.partnerGiven, true);
    assert.deepEqual(d.notable.map((e) => e.id), ['e4', 'e3']);
    assert.equal(d.deals.total_usd, 0);
    const md = (await renderBrief(d, 'md')).toString();
    assert.match(md, /^# Kazakhstan and Russia: brief, 2024-01 to 2024-12/);
    // A dyad brief is about the dyad: its headline and changes are the dyad's, not Kazakhstan's with everyone.
    const q = store.measures();
    const dy = await dyad(q, 'KAZ', 'RUS', { filter: { from: '2024', to: '2024' } });
    assert.equal(d.dyad?.total.events, dy.total.events);
    assert.match(md, new RegExp(`\\| Happenings with Russia \\| ${dy.total.events} \\| 0 \\|`));
    assert.match(md, new RegExp(`\\| Warmth \\(smoothed, 90% interval\\) \\| ${dy.total.warmth.smoothed.toFixed(2)} `));
    assert.doesNotMatch(md, /\| Partners \||\| Happenings \| 4 \|/, 'no focal-wide headline rows');
    assert.equal(d.changes[0], `Happenings with Russia: ${dy.total.events} against 0 (up from none).`);
  });

  it('the CLI writes the markdown with its SVG charts beside it', async () => {
    await store.close();
    const out = join(dir, 'kaz.md');
    const code = await main(['brief', 'KAZ', '--db', join(dir, 'api.duckdb'), '--from', '2024-01', '--to', '2024-12', '--format', 'md', '--out', out]);
    assert.equal(code, 0);
    const md = readFileSync(out, 'utf8');
    assert.match(md, /!\[Vector shares\]\(kaz-balance\.svg\)/);
    assert.match(md, /!\[Warmth\]\(kaz-warmth\.svg\)/);
    assert.match(readFileSync(join(dir, 'kaz-balance.svg'), 'utf8'), /^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.ok(existsSync(join(dir, 'kaz-warmth.svg')));
    assert.equal(await main(['brief', 'KAZ', '--db', join(dir, 'api.duckdb'), '--format', 'doc']), 2);
    store = await fixtureStoreReopen(dir);
  });

  it('pdf: two A4 pages through Chromium', async (t) => {
    if (!existsSync(chromiumPath())) {
      // CI installs Chromium first: there a missing browser is a failure, not a skip
      assert.ok(!process.env.CI, `no Chromium at ${chromiumPath()} under CI`);
      t.skip(`no Chromium at ${chromiumPath()} (apt install chromium): PDF not tested`);
      return;
    }
    const pdf = await renderBrief(data, 'pdf');
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    assert.ok(pages.length >= 1 && pages.length <= 2, `${pages.length} pages`);
  });

  it('pdf without Chromium: a clear error saying how to get it', async () => {
    const { htmlToPdf } = await import('../../src/brief/_pdf.ts');
    await assert.rejects(htmlToPdf('<p>x</p>', join(dir, 'no-chromium')), (e: any) =>
      e.name === 'MultivectorError' && /needs Chromium/.test(e.message) && /apt install chromium/.test(e.message) && /html or md/.test(e.message));
  });
});

async function fixtureStoreReopen(dir: string): Promise<Store> {
  const { openStore } = await import('../../src/store/store.ts');
  return openStore({ path: join(dir, 'api.duckdb') });
}
