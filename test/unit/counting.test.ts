/**
 * The counting model of issue 10 on real DuckDB files: partners of joint acts, precision-aware periods,
 * implausible dates, ties, counts beside shares. Each block holds its own small store.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { balance, deals, partners } from '../../src/analytics/index.ts';
import type { EventType } from '../../src/model/event.ts';
import { openStore, type NewEvent, type Store } from '../../src/store/store.ts';
import { headline } from '../../src/brief/headline.ts';
import { headlineRows } from '../../src/brief/_sections.ts';
import { describeChanges } from '../../src/brief/_data.ts';
import { balanceTable } from '../../src/cli/commands/balance.ts';

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
    // 12 events with the EU (DEU) and 12 with Russia; four partners tied at 6 each.
    for (let i = 0; i < 6; i++) {
      evs.push(ev(`d${i}`, 'CONSULT', ['KAZ'], ['DEU'], `2024-0${(i % 3) + 1}-10`));
      evs.push(ev(`f${i}`, 'CONSULT', ['KAZ'], ['FRA'], `2024-0${(i % 3) + 1}-11`));
      evs.push(ev(`r${i}`, 'CONSULT', ['KAZ'], ['RUS'], `2024-0${(i % 3) + 1}-12`));
      evs.push(ev(`b${i}`, 'CONSULT', ['KAZ'], ['BLR'], `2024-0${(i % 3) + 1}-13`));
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
    assert.match(top[1], /^tie: Belarus, Germany, France and Russia \(6 events each\)$/);
    const changes = describeChanges({ balance: { alerts: [] }, headline: h, previousHeadline: { ...h, top_partner_tie: [], top_partner: { partner: 'RUS', name: 'Russia', events: 3, share: 1 } } } as never);
    assert.ok(changes.some((c) => /No single top partner: tie/.test(c)), changes.join(' | '));
    assert.ok(!changes.some((c) => /replaces/.test(c)));
  });
});
