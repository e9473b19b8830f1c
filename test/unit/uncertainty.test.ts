/**
 * Honest uncertainty (issue 10, item 5) on real DuckDB files: warmth is a smoothed index with an interval, so
 * one event cannot make a partner the warmest or coldest; brokerage says what it was computed on and warns
 * when the corpus is centred on one country. Plus fast-check properties of the smoothing itself.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { brokerage, dyad, partners } from '../../src/analytics/index.ts';
import { smoothWarmth, warmthPrior } from '../../src/analytics/warmth.ts';
import { brokerageTable } from '../../src/cli/commands/brokerage.ts';
import { convening } from '../../src/analytics/convening.ts';
import { warmthChart } from '../../src/brief/_charts.ts';
import type { EventType } from '../../src/model/event.ts';
import { openStore, type NewEvent, type Store } from '../../src/store/store.ts';

let n = 0;
// each event its own happening: three days apart (reports of one act on the same day would be one happening)
const dayOf = (k: number) => new Date(Date.UTC(2024, 0, 1 + 3 * (k % 200))).toISOString().slice(0, 10);
function ev(type: EventType, actor: string[], recipient: string[], date = dayOf(n)): NewEvent {
  const id = `u${n++}`;
  return { id, origin: 'manual', doc: `doc-${id}`, sentence: 0, text: '', event_type: type, mode: null, context: [], actor, recipient, date, location: null, value: null, cameo: null };
}
const times = (k: number, f: () => NewEvent) => Array.from({ length: k }, f);

const dirs: string[] = [];
const stores: Store[] = [];
async function storeWith(events: NewEvent[]): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), 'mv-uncertainty-'));
  dirs.push(dir);
  const s = await openStore({ path: join(dir, 'u.duckdb') });
  await s.importEvents(events);
  stores.push(s);
  return s;
}
after(async () => {
  for (const s of stores) await s.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('warmth: a smoothed index with an interval', () => {
  let store: Store;
  before(async () => {
    store = await storeWith([
      ...times(20, () => ev('CONSULT', ['KAZ'], ['CHN'])), ...times(2, () => ev('ACCUSE', ['CHN'], ['KAZ'])),
      ...times(10, () => ev('AGREE', ['KAZ'], ['RUS'])),
      ...times(6, () => ev('PROTEST', ['UKR'], ['KAZ'])), ...times(2, () => ev('SUPPORT', ['KAZ'], ['UKR'])),
      ev('REJECT', ['JPN'], ['KAZ']), // one cancelled trip
      ev('SUPPORT', ['KAZ'], ['MNG']), // one friendly word
    ]);
  });

  const rank = async () => {
    const p = await partners(store.measures(), 'KAZ');
    return p.partners.slice().sort((a, b) => a.warmth.smoothed - b.warmth.smoothed);
  };

  it('one cancelled trip does not make a country the coldest', async () => {
    const r = await rank();
    assert.equal(r[0]!.partner, 'UKR', r.map((p) => `${p.partner} ${p.warmth.smoothed}`).join(', '));
    const jpn = r.find((p) => p.partner === 'JPN')!;
    assert.equal(jpn.warmth.raw, -1);
    assert.ok(jpn.warmth.smoothed > 0, `JPN smoothed ${jpn.warmth.smoothed}`);
  });

  it('one friendly event does not make a country the warmest', async () => {
    const r = await rank();
    assert.equal(r.at(-1)!.partner, 'RUS');
    const mng = r.find((p) => p.partner === 'MNG')!;
    assert.equal(mng.warmth.raw, 1);
    assert.ok(mng.warmth.smoothed < r.at(-1)!.warmth.smoothed);
  });

  it('the interval is wider on fewer events, and every estimate says its count and prior', async () => {
    const p = await partners(store.measures(), 'KAZ');
    const by = Object.fromEntries(p.partners.map((x) => [x.partner, x.warmth]));
    assert.equal(by.JPN!.events, 1);
    assert.equal(by.CHN!.events, 22);
    assert.ok(by.JPN!.high - by.JPN!.low > 2 * (by.CHN!.high - by.CHN!.low));
    assert.deepEqual([p.warmth_prior.events, p.warmth_prior.coop_share], [42, Math.round((33 / 42) * 1e4) / 1e4]);
  });

  it('the dyad carries the same smoothed warmth, in total and per period', async () => {
    const d = await dyad(store.measures(), 'KAZ', 'JPN');
    const p = (await partners(store.measures(), 'KAZ')).partners.find((x) => x.partner === 'JPN')!;
    assert.deepEqual(d.total.warmth, p.warmth);
    assert.deepEqual(d.series.map((s) => s.warmth.events), [1]);
    assert.deepEqual(d.warmth_prior, (await partners(store.measures(), 'KAZ')).warmth_prior);
  });

  it('the brief\'s warmth chart draws the smoothed index with its interval, the raw index as dots', async () => {
    const svg = warmthChart(await dyad(store.measures(), 'KAZ', 'JPN'), 'Japan');
    for (const want of ['warmth (smoothed)', '90% interval', 'raw index']) assert.ok(svg.includes(want), want);
    assert.ok(!svg.includes('cooperation–conflict index'));
  });
});

describe('warmth smoothing (properties)', () => {
  const counts = fc.record({ coop: fc.nat(200), conflict: fc.nat(200), pc: fc.nat(500), pk: fc.nat(500) });
  it('lies in −1..1, inside its interval, and between the raw index and the prior', () => {
    fc.assert(fc.property(counts, ({ coop, conflict, pc, pk }) => {
      const prior = warmthPrior(pc, pk);
      const w = smoothWarmth(coop, conflict, prior);
      assert.ok(w.low >= -1 && w.high <= 1 && w.low <= w.smoothed && w.smoothed <= w.high, JSON.stringify(w));
      const priorIdx = 2 * prior.coop_share - 1;
      if (w.raw !== null) {
        const [lo, hi] = [Math.min(w.raw, priorIdx), Math.max(w.raw, priorIdx)];
        // the half event each way pulls a little toward 0 as well
        assert.ok(w.smoothed >= Math.min(lo, 0) - 1e-3 && w.smoothed <= Math.max(hi, 0) + 1e-3, `${JSON.stringify(w)} prior ${priorIdx}`);
      }
      assert.equal(w.events, coop + conflict);
    }));
  });
  it('tends to the raw index as events grow, and its interval narrows', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 10 }), (c, k) => {
      const prior = warmthPrior(1, 9);
      const small = smoothWarmth(c, k, prior);
      const big = smoothWarmth(c * 100, k * 100, prior);
      assert.ok(Math.abs(big.smoothed - big.raw!) < Math.abs(small.smoothed - small.raw!) + 1e-9);
      assert.ok(big.high - big.low < small.high - small.low);
    }));
  });
});

describe('brokerage says what it was computed on', () => {
  it('warns when one country takes part in most events, and says so in the CLI', async () => {
    const events = [
      ...times(6, () => ev('CONSULT', ['KAZ'], ['CHN'])), ...times(4, () => ev('CONSULT', ['KAZ'], ['RUS'])),
      ev('CONSULT', ['CHN'], ['RUS']), ev('REJECT', ['JPN'], ['KAZ']),
    ];
    const dates = events.map((e) => e.date!).sort();
    const [first, last] = [dates[0]!, dates.at(-1)!];
    const store = await storeWith(events);
    const q = store.measures();
    const b = await brokerage(q, 'KAZ');
    assert.deepEqual(b.data, { events: 12, network_events: 12, first, last, origins: [{ origin: 'manual', events: 12 }] });
    assert.equal(b.centred?.code, 'KAZ');
    assert.equal(b.centred?.share, Math.round((11 / 12) * 1e4) / 1e4);
    assert.match(b.warning ?? '', /centred on Kazakhstan: it takes part in 92% of them \(11\)/);
    const table = brokerageTable({ brokerage: b, convening: await convening(q, 'KAZ') });
    assert.ok(table.includes(`computed on 12 happenings (12 with two or more parties), ${first} to ${last}; origins: manual 12`), table);
    assert.match(table, /warning: The happenings are centred on Kazakhstan/);
  });

  it('no warning on a corpus spread over many countries', async () => {
    const codes = ['KAZ', 'CHN', 'RUS', 'USA', 'DEU', 'FRA', 'TUR', 'IND'];
    const store = await storeWith(codes.flatMap((a, i) => codes.slice(i + 1).map((b) => ev('CONSULT', [a], [b]))));
    const b = await brokerage(store.measures(), 'KAZ');
    assert.equal(b.data.events, 28);
    assert.equal(b.centred, null);
    assert.equal(b.warning, null);
  });
});
