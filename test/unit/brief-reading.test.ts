/**
 * The briefs of the bundled examples read as a diplomat would read them before a meeting: the default window is
 * where the happenings lie (not 1991, where a recalled declaration sits), nothing is compared with a period the data
 * do not reach, alerts rest on more than noise and say their counts, a one-quarter brief has a chart by month, the
 * deals table adds up to its total, warmth changes are the smoothed ones with their counts, and no quote is listed twice.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gatherBrief, renderBrief, type BriefData } from '../../src/brief/index.ts';
import { dealRows, dealsSummary } from '../../src/brief/_sections.ts';
import { balance, beyondNoise } from '../../src/analytics/balance.ts';
import { span } from '../../src/analytics/span.ts';
import { createCoder } from '../../src/coder/index.ts';
import { ingest } from '../../src/ingest/index.ts';
import { openStore, type Store } from '../../src/store/store.ts';
import { ev } from './server-helpers.ts';

describe("Fisher's exact test keeps noise out of jump alerts", () => {
  const cases: Array<[string, [number, number, number, number, number], boolean]> = [
    ['1 of 25 to 2 of 10 is noise', [2, 10, 1, 25, 0.9], false],
    ['4 of 25 to 0 of 10 is noise', [0, 10, 4, 25, 0.9], false],
    ['10 of 100 to 40 of 100 is news', [40, 100, 10, 100, 0.9], true],
    ['1 of 28 to 2 of 10 is noise, though a z-test calls it news (z 1.65)', [2, 10, 1, 28, 0.9], false],
    ['12 of 47 to 1 of 28 is news', [1, 28, 12, 47, 0.9], true],
    ['the same shares on counts ten times larger are news', [20, 100, 10, 280, 0.9], true],
    ['no pair at all on either side is never news', [0, 10, 0, 20, 0.9], false],
    ['the test off (confidence 0)', [2, 10, 1, 25, 0], true],
    ['an empty period is never news', [0, 0, 3, 10, 0.9], false],
  ];
  for (const [name, [k, n, j, m, c], want] of cases) it(name, () => assert.equal(beyondNoise(k, n, j, m, c), want));
});

describe('the default window is where the happenings run, not where a recalled date sits', () => {
  const dirs: string[] = [];
  const open: Store[] = [];
  after(async () => {
    for (const s of open) await s.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  const cases: Array<{ name: string; dates: string[]; from: string; to: string; before: number; after: number }> = [
    { name: 'one run', dates: ['2024-01-05', '2024-03-01', '2024-12-30'], from: '2024-01', to: '2024-12', before: 0, after: 0 },
    { name: 'a recalled year and month before a long gap', dates: ['1991', '2015-01-01', '2022-01-05', '2022-02-01', '2023-01-01'], from: '2022-01', to: '2023-01', before: 2, after: 0 },
    { name: 'a stray late date after a long gap', dates: ['2022-01-05', '2022-02-01', '2022-03-01', '2026-05-01'], from: '2022-01', to: '2022-03', before: 0, after: 1 },
    { name: 'a gap of exactly twelve months keeps one run', dates: ['2022-01-05', '2023-01-05'], from: '2022-01', to: '2023-01', before: 0, after: 0 },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const d = mkdtempSync(join(tmpdir(), 'mv-span-'));
      dirs.push(d);
      const s = await openStore({ path: join(d, 's.duckdb') });
      open.push(s);
      await s.importEvents(c.dates.map((date, i) => ({ ...ev(`e${i}`, 'd1', 'CONSULT', ['KAZ'], ['RUS'], date), origin: 'plover' as const })));
      const sp = await span(s.measures(), 'KAZ');
      assert.deepEqual([sp.from, sp.to, sp.before, sp.after], [c.from, c.to, c.before, c.after]);
    });
  }
});

describe('the briefs of the bundled examples, read as a diplomat would', () => {
  let dir: string;
  let store: Store;
  let kaz: BriefData;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mv-brief-reading-'));
    store = await openStore({ path: join(dir, 'examples.duckdb') });
    await ingest([new URL('../../examples/docs.jsonl', import.meta.url).pathname], { store, coder: createCoder() });
    kaz = await gatherBrief(store, { focal: 'KAZ' });
  });
  after(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('Kazakhstan\'s default window starts in 2022, says what it leaves out, and compares with nothing before the data', async () => {
    assert.equal(kaz.window.from, '2022-01');
    assert.equal(kaz.previous, null);
    const md = (await renderBrief(kaz, 'md')).toString();
    assert.match(md, /^# Kazakhstan: brief, 2022-01 to 2025-11\n/);
    // (how many recalled happenings there are follows the coder; the brief must say how many and from when, and
    // overriding the window must bring back exactly those)
    const all = await gatherBrief(store, { focal: 'KAZ', from: '1900' });
    const left = all.headline.events - kaz.headline.events;
    assert.ok(left >= 1, 'the examples recall happenings from before 2022');
    const said = new RegExp(`${left} happenings? dated earlier \\(the first (\\d{4})\\), often history a later report recalls, are left out; give from and to`).exec(md);
    assert.ok(said && Number(said[1]) < 2022, md.slice(0, 600));
    assert.match(md, /lies before the bulk of the data \(from 2022-01\): nothing to compare with/);
    assert.match(md, /The window covers the last quarter only up to 2025-11;/, 'a chart\'s last quarter cut by the window is said to be');
    // Overridable: a window from that year brings the recalled happenings back.
    const back = await gatherBrief(store, { focal: 'KAZ', from: said![1]! });
    assert.equal(back.headline.events, kaz.headline.events + left);
  });

  it('no alert rests on noise, and every alert says the counts behind it', async () => {
    assert.ok(!kaz.changes.some((c) => /Alert: .* in 2025-Q4/.test(c)), kaz.changes.join('\n'));
    const b = await balance(store.measures(), 'KAZ', { granularity: 'quarter', filter: { from: '2022-01' } });
    for (const a of b.alerts) assert.match(a.message, /\(\d+ of \d+ happening–vector pairs/);
  });

  it('a one-quarter brief is drawn by month, and its warmth change is the smoothed one with its counts', async () => {
    const q = await gatherBrief(store, { focal: 'KAZ', from: '2024-07', to: '2024-09' });
    assert.equal(q.granularity, 'month');
    assert.deepEqual(q.balance.series.map((p) => p.period), ['2024-07', '2024-08', '2024-09']);
    const warm = q.changes.find((c) => c.startsWith('Warmth with'));
    assert.match(warm ?? '', /^Warmth with Uzbekistan \(smoothed\): \d\.\d\d on 10 happenings against \d\.\d\d on \d+ happenings/);
    assert.doesNotMatch(warm ?? '', /index 1\.00/);
  });

  it('the deals table adds up to the deals it sums up', () => {
    const rows = dealRows(kaz);
    assert.equal(rows.reduce((n, r) => n + Number(r[2]), 0), kaz.deals.events);
    // (the examples have more than six partners with money: the rest share one row, named)
    const rest = kaz.deals.by_partner.length - 6;
    assert.ok(rest > 1, `${kaz.deals.by_partner.length} partners with money`);
    assert.equal(rows.length, 7);
    assert.match(rows.at(-1)![0], new RegExp(`^${rest} other partners \\(`));
    assert.match(dealsSummary(kaz), new RegExp(`over ${kaz.deals.events} happening–partner pairs with money`));
  });

  it('no evidence sentence is listed twice, and no count reads "(s)" or "1 … are"', async () => {
    for (const o of [{ focal: 'KAZ' }, { focal: 'KAZ', partner: 'RUS' }, { focal: 'KAZ', from: '2024-07', to: '2024-09' }]) {
      const d = await gatherBrief(store, o);
      const quotes = [...d.notable, ...d.more].map((e) => e.text.trim());
      assert.equal(new Set(quotes).size, quotes.length, JSON.stringify(o));
      const md = (await renderBrief(d, 'md')).toString();
      assert.doesNotMatch(md, /\(s\)|\b1 [a-z–-]+s\b (are|rest)\b| 1 happening–partner pairs/, JSON.stringify(o));
    }
  });
});
