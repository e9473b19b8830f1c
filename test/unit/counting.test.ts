/**
 * The counting model of issue 10 on real DuckDB files: partners of joint acts, precision-aware periods,
 * implausible dates, ties, counts beside shares. Each block holds its own small store.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { balance, compare, deals, dyad, partners } from '../../src/analytics/index.ts';
import type { EventType } from '../../src/model/event.ts';
import { openStore, type NewEvent, type Store } from '../../src/store/store.ts';
import { headline } from '../../src/brief/headline.ts';
import { balanceNote, headlineRows } from '../../src/brief/_sections.ts';
import { describeChanges } from '../../src/brief/_data.ts';
import { balanceTable } from '../../src/cli/commands/balance.ts';
import { dyadTable } from '../../src/cli/commands/dyad.ts';
import { contentHash, eventId } from '../../src/store/ids.ts';

function ev(id: string, type: EventType, actor: string[], recipient: string[], date: string | null, extra: Partial<NewEvent> = {}): NewEvent {
  return {
    id, origin: 'manual', doc: `doc-${id}`, sentence: 0, text: '', event_type: type, mode: null, context: [],
    actor, recipient, date, location: null, value: null, cameo: null, ...extra,
  };
}

const dirs: string[] = [];
async function storeWith(events: NewEvent[]): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), 'mv-counting-'));
  dirs.push(dir);
  const store = await openStore({ path: join(dir, 'c.duckdb') });
  await store.importEvents(events);
  return store;
}
const open: Store[] = [];
after(async () => {
  for (const s of open) await s.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('partners of joint acts', () => {
  let store: Store;
  before(async () => {
    store = await storeWith([
      // Joint signings as the spec codes them: the signers are all actors, nobody is the recipient.
      ev('j1', 'AGREE', ['ITA', 'KAZ'], [], '2024-05-10', { value: { amount: 4000, currency: 'EUR' }, context: ['economic'] }),
      ev('j2', 'COOPERATE', ['KAZ', 'QAT'], [], '2024-06-01', { value: { amount: 18000, currency: 'USD' }, context: ['economic'] }),
      ev('j3', 'AGREE', ['KAZ', 'ARE', 'QAT'], [], '2024-06-02', { value: { amount: 300, currency: 'USD' } }),
      ev('c1', 'CONSULT', ['KAZ', 'RUS'], [], '2024-06-03'),
      ev('s1', 'AGREE', ['KAZ'], [], '2024-06-04'), // a lone actor with nobody else: no partner
    ]);
    open.push(store);
  });

  it('co-actors of a joint act of any type are each other\'s partners', async () => {
    const p = await partners(store.measures(), 'KAZ');
    const by = Object.fromEntries(p.partners.map((x) => [x.partner, x]));
    assert.deepEqual(Object.keys(by).sort(), ['ARE', 'ITA', 'QAT', 'RUS']);
    assert.equal(by.ITA!.events_out, 1);
    assert.equal(by.QAT!.events, 2);
    const ita = await partners(store.measures(), 'ITA');
    assert.deepEqual(ita.partners.map((x) => x.partner), ['KAZ']);
  });

  it('deals list the partners of joint signings, and their money adds up to the money stated', async () => {
    const d = await deals(store.measures(), 'KAZ');
    const by = Object.fromEntries(d.by_partner.map((x) => [x.partner, x]));
    assert.ok(by.ITA && by.ITA.usd > 4000, 'the €4 bn signing with Italy is a deal with Italy');
    assert.equal(by.QAT!.usd, 18150); // 18000 + half of 300
    assert.equal(by.ARE!.usd, 150);
    assert.equal(d.total_usd, Math.round((18300 + by.ITA.usd) * 100) / 100);
  });

  it('balance by money is shared between the vectors that hold it', async () => {
    const b = await balance(store.measures(), 'KAZ', { metric: 'usd', granularity: 'year' });
    const eu = b.total.vectors.find((v) => v.vector === 'eu')!;
    assert.ok(eu.share !== null && eu.share > 0.15 && eu.share < 0.3, `eu share ${eu.share}`);
  });

  it('event_party stays in step with the events (integrity check)', async () => {
    assert.deepEqual(await store.checkIntegrity(), []);
  });
});

describe('ties are stated, never resolved by order', () => {
  let store: Store;
  before(async () => {
    const evs: NewEvent[] = [];
    // 12 events with the EU (DEU) and 12 with Russia; four partners tied at 6 each (6 distinct happenings each:
    // reports of one dyad are 10 days apart).
    for (let i = 0; i < 6; i++) {
      const day = 10 + 10 * Math.floor(i / 3);
      evs.push(ev(`d${i}`, 'CONSULT', ['KAZ'], ['DEU'], `2024-0${(i % 3) + 1}-${day}`));
      evs.push(ev(`f${i}`, 'CONSULT', ['KAZ'], ['FRA'], `2024-0${(i % 3) + 1}-${day + 1}`));
      evs.push(ev(`r${i}`, 'CONSULT', ['KAZ'], ['RUS'], `2024-0${(i % 3) + 1}-${day + 2}`));
      evs.push(ev(`b${i}`, 'CONSULT', ['KAZ'], ['BLR'], `2024-0${(i % 3) + 1}-${day + 3}`));
    }
    store = await storeWith(evs);
    open.push(store);
  });

  it('balance: no leading vector and no dominance on 12 vs 12', async () => {
    const set = { name: 'two', vectors: [{ id: 'eu', label: 'EU', members: ['DEU', 'FRA'], weight: 1 }, { id: 'east', label: 'East', members: ['RUS', 'BLR'], weight: 1 }], rest: null, alerts: { share: 0.9, jump: 0.5, minEvents: 5 } };
    const b = await balance(store.measures(), 'KAZ', { granularity: 'quarter', vectors: set as never });
    assert.equal(b.total.dominant, null);
    assert.equal(b.total.dominance, null);
    assert.deepEqual(b.total.tied, ['eu', 'east']);
    const text = balanceTable(b);
    assert.match(text, /tie: eu, east/);
    assert.doesNotMatch(text, /dominance 1\.00 \(eu\)/);
  });

  it('partners and headline: no top partner when four are tied, and the brief says it is a tie', async () => {
    const p = await partners(store.measures(), 'KAZ');
    assert.equal(p.top, null);
    assert.deepEqual(p.top_tied, ['BLR', 'DEU', 'FRA', 'RUS']);
    const h = await headline(store.measures(), 'KAZ');
    assert.equal(h.top_partner, null);
    assert.equal(h.top_partner_tie.length, 4);
    const rows = headlineRows({ headline: h, previousHeadline: h } as never);
    const top = rows.find((r) => r[0] === 'Top partner')!;
    assert.match(top[1]!, /^tie: Belarus, Germany, France and Russia \(6 happenings each\)$/);
    const changes = describeChanges({ balance: { alerts: [] }, headline: h, previousHeadline: { ...h, top_partner_tie: [], top_partner: { partner: 'RUS', name: 'Russia', events: 3, share: 1 } } } as never);
    assert.ok(changes.some((c) => /No single top partner: tie/.test(c)), changes.join(' | '));
    assert.ok(!changes.some((c) => /replaces/.test(c)));
  });
});

describe('precision-aware periods', () => {
  let store: Store;
  before(async () => {
    store = await storeWith([
      // a year only: in 2023, in no month or quarter of it (held elsewhere than d1, so not a report of it)
      ev('y1', 'CONSULT', ['KAZ'], ['CHN'], '2023', { location: 'KAZ' }),
      ev('m1', 'CONSULT', ['KAZ'], ['RUS'], '2023-02'), // a month: in Feb and Q1, not on a day
      ev('d1', 'CONSULT', ['KAZ'], ['CHN'], '2023-03-05', { location: 'CHN' }),
      ev('u1', 'CONSULT', ['KAZ'], ['USA'], null),
    ]);
    open.push(store);
  });

  it('a year-only date is not counted in January: it is reported beside the series as imprecise', async () => {
    const b = await balance(store.measures(), 'KAZ', { granularity: 'month' });
    assert.deepEqual(b.series.map((p) => p.period), ['2023-02', '2023-03']);
    assert.equal(b.series.reduce((n, p) => n + p.events, 0), 2);
    assert.equal(b.imprecise.events, 1);
    assert.equal(b.imprecise.counts.china, 1);
    assert.equal(b.undated.events, 1);
    assert.equal(b.total.events, 4, 'the window totals hold every event');
    assert.match(balanceTable(b), /beside the series: 1 imprecise .*, 1 undated happening–vector pairs/);
    assert.match(balanceNote({ balance: b } as never)!, /1 happening–vector pair dated too roughly for a month \(imprecise\) is in the totals but in no month; 1 undated; 2 months rest on fewer than 5 happenings \(pale in the chart\)\.$/);
  });

  it('quarters need a month; years take a year', async () => {
    const q = await balance(store.measures(), 'KAZ', { granularity: 'quarter' });
    assert.deepEqual(q.series.map((p) => [p.period, p.events]), [['2023-Q1', 2]]);
    assert.equal(q.imprecise.events, 1);
    const y = await balance(store.measures(), 'KAZ', { granularity: 'year' });
    assert.deepEqual(y.series.map((p) => [p.period, p.events]), [['2023', 3]]);
    assert.equal(y.imprecise.events, 0);
  });

  it('the dyad reports its imprecise events beside the warmth series', async () => {
    const d = await dyad(store.measures(), 'KAZ', 'CHN', { granularity: 'month' });
    assert.equal(d.total.events, 2);
    assert.deepEqual(d.series.map((p) => [p.period, p.events]), [['2023-03', 1]]);
    assert.equal(d.imprecise, 1);
    assert.match(dyadTable(d), /beside the series: 1 imprecise/);
  });
});

describe('implausible dates are flagged and left out', () => {
  let store: Store;
  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mv-counting-'));
    dirs.push(dir);
    store = await openStore({ path: join(dir, 'f.duckdb') });
    open.push(store);
    const coded = (sentence: number, date: string): NewEvent => {
      const base = { doc: 'strategy', sentence, text: `s${sentence}`, event_type: 'AGREE' as EventType, mode: null, context: [],
        actor: ['KAZ'], recipient: ['CHN'], date, location: null, value: null, cameo: null, origin: 'coded' as const };
      return { ...base, id: eventId(base) };
    };
    await store.putDocuments([{
      doc: { id: 'strategy', title: 't', url: null, date: '2024-03-01', lang: 'en', content_hash: contentHash('x'), source: null },
      // signed on the day; "a strategy up to 2035"; a meeting announced for next week (within the grace days)
      events: [coded(0, '2024-03-01'), coded(1, '2035'), coded(2, '2024-03-06')],
    }]);
    await store.importEvents([ev('fut', 'CONSULT', ['KAZ'], ['RUS'], '2099-05')]);
  });

  it('measures leave them out', async () => {
    const b = await balance(store.measures(), 'KAZ', { granularity: 'year' });
    assert.equal(b.total.focal_events, 2);
    assert.deepEqual(b.series.map((p) => p.period), ['2024']);
  });

  it('the events list puts them after every other event; stats count them apart', async () => {
    const page = await store.queries().searchEvents({ country: 'KAZ' }, { limit: 10, offset: 0, sort: '-date' });
    assert.deepEqual(page.events.map((e) => e.date), ['2024-03-06', '2024-03-01', '2099-05', '2035']);
    const s = await store.stats();
    assert.equal(s.flaggedDates, 2);
    assert.ok(!s.byYear.some((r) => r.year === 2035 || r.year === 2099));
    assert.deepEqual(await store.checkIntegrity(), []);
  });
});

describe('counts beside shares', () => {
  let store: Store;
  before(async () => {
    const evs: NewEvent[] = [];
    // three days apart: six happenings, not reports of fewer
    for (let i = 0; i < 6; i++) evs.push(ev(`a${i}`, 'CONSULT', ['KAZ'], ['CHN'], `2024-01-${10 + 3 * i}`));
    evs.push(ev('b0', 'CONSULT', ['KAZ'], ['RUS'], '2024-02-10'));
    store = await storeWith(evs);
    open.push(store);
  });

  it('every period carries its event count and is flagged lowCount under the minimum', async () => {
    const b = await balance(store.measures(), 'KAZ', { granularity: 'month' });
    assert.equal(b.low_count, 5);
    assert.deepEqual(b.series.map((p) => [p.period, p.events, p.lowCount]), [['2024-01', 6, false], ['2024-02', 1, true]]);
    assert.deepEqual(b.series[1]!.counts.russia, 1);
    const c = await compare(store.measures(), ['KAZ']);
    assert.deepEqual([c.rows[0]!.counts.china, c.rows[0]!.counts.russia], [6, 1]);
    const h = await headline(store.measures(), 'KAZ');
    assert.deepEqual([h.dominant!.vector, h.dominant!.events], ['china', 6]);
    assert.equal(b.total.events, 7);
    const d = await dyad(store.measures(), 'KAZ', 'CHN', { granularity: 'month', filter: { from: '2024-01', to: '2024-02' } });
    assert.deepEqual(d.series.map((p) => [p.events, p.lowCount]), [[6, false], [0, true]]);
  });
});

describe('money shares rest on deals', () => {
  let store: Store;
  before(async () => {
    // One deal with Germany among twelve happenings with Russia, China and Türkiye in one month (three days apart,
    // so they stay distinct happenings).
    const evs: NewEvent[] = [ev('deal', 'AGREE', ['KAZ'], ['DEU'], '2024-03-02', { value: { amount: 1e9, currency: 'USD' } })];
    ['RUS', 'CHN', 'TUR'].forEach((p, k) => {
      for (let i = 0; i < 4; i++) evs.push(ev(`${p}${i}`, 'CONSULT', ['KAZ'], [p], `2024-03-${String(1 + i * 7 + k).padStart(2, '0')}`));
    });
    store = await storeWith(evs);
    open.push(store);
  });

  it('one deal is one pair behind the money shares: a low count, and no alert that one vector takes all the money', async () => {
    const usd = await balance(store.measures(), 'KAZ', { metric: 'usd', granularity: 'month' });
    const [p] = usd.series;
    assert.equal(p!.shares.eu, 1);
    assert.deepEqual([p!.events, p!.lowCount, p!.counts.eu, usd.total.events], [1, true, 1, 1]);
    assert.deepEqual(usd.alerts, [], 'no alert on one deal');
    // Counted in happenings the same month rests on 13 and may alert (no vector over half here).
    const ev13 = await balance(store.measures(), 'KAZ', { granularity: 'month' });
    assert.deepEqual([ev13.series[0]!.events, ev13.series[0]!.lowCount], [13, false]);
  });
});
