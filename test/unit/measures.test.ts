/**
 * The measures end to end on each engine (a real DuckDB file; a real PostgreSQL database when a test server is
 * given): a dozen events with hand-computed expectations, written and read through the Store's public API
 * (importEvents, setReviewStatus, measures()).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { balance, brokerage, compare, convening, deals, dyad, partners, visits } from '../../src/analytics/index.ts';
import { loadVectorSet, parseVectorSet } from '../../src/analytics/vectors.ts';
import type { EventType } from '../../src/model/event.ts';
import type { NewEvent, Store } from '../../src/store/store.ts';
import { forEachEngine } from './_engines.ts';

type Extra = Partial<NewEvent>;
function ev(id: string, type: EventType, actor: string[], recipient: string[], date: string | null, extra: Extra = {}): NewEvent {
  return {
    id, origin: 'manual', doc: `doc-${id}`, sentence: 0, text: '', event_type: type, mode: null, context: [],
    actor, recipient, date, location: null, value: null, cameo: null, ...extra,
  };
}

/**
 * Focal KAZ. Partners per event (both directions): e1 CHN, e2 CHN, e3 RUS, e4 RUS+CHN (meeting without host),
 * e5 DEU, e6 FRA+DEU, e8 (rejected) CHN, e9 RUS (gdelt, Goldstein 7), e10 ARM, e11 USA (undated); e7 has no KAZ.
 */
const EVENTS: NewEvent[] = [
  ev('e1', 'CONSULT', ['KAZ'], ['CHN'], '2024-01-10', { mode: 'visit', text: 'President Tokayev arrived in Beijing on a state visit.' }),
  ev('e2', 'CONSULT', ['CHN'], ['KAZ'], '2024-01-20', { mode: 'visit', text: 'Foreign Minister Wang Yi visited Astana.' }),
  ev('e3', 'ACCUSE', ['KAZ'], ['RUS'], '2024-02-05'),
  ev('e4', 'CONSULT', ['KAZ', 'RUS', 'CHN'], [], '2024-02-15', { mode: 'multilateral', location: 'KAZ' }),
  ev('e5', 'SUPPORT', ['KAZ'], ['DEU'], '2024-02-20', { value: { amount: 100, currency: 'EUR' }, context: ['economic'] }),
  ev('e6', 'COOPERATE', ['KAZ'], ['FRA', 'DEU'], '2024-03-01', { value: { amount: 1000, currency: 'XXX' }, context: ['economic'] }),
  ev('e7', 'SANCTION', ['USA'], ['RUS'], '2024-03-01'),
  ev('e8', 'AGREE', ['KAZ'], ['CHN'], '2024-03-10'),
  ev('e9', 'CONSULT', ['RUS'], ['KAZ'], '2024-03-20', { origin: 'gdelt', goldstein: 7 }),
  ev('e10', 'REQUEST', ['KAZ'], ['ARM'], '2024-03-25'),
  ev('e11', 'CONSULT', ['KAZ'], ['USA'], null),
  ev('e12', 'CONSULT', ['AZE', 'ARM'], ['KAZ'], '2024-03-28', { mode: 'third-party' }),
];
// e12: mediation hosted by KAZ (third-party, KAZ recipient); partners AZE (turkic) and ARM (rest).

const close = (a: number | null, b: number, eps = 1e-4) => assert.ok(a !== null && Math.abs(a - b) < eps, `${a} ≉ ${b}`);

forEachEngine('measures', (open) => {
  let store: Store;
  let cleanup: () => Promise<void> = async () => undefined;
  before(async () => {
    ({ store, cleanup } = await open());
    await store.importEvents(EVENTS);
    await store.setReviewStatus('e8', 'rejected', 'test');
  });
  after(() => cleanup());

  describe('balance', () => {
    it('window totals: event–vector pairs, shares and indices over the 12 default vectors', async () => {
      const r = await balance(store.measures(), 'kaz', { granularity: 'month' });
      const by = Object.fromEntries(r.total.vectors.map((v) => [v.vector, v]));
      // china e1 e2 e4; russia e3 e4 e9; eu e5 e6 (one event for FRA+DEU); rest e10 e12(ARM); usa e11; turkic e12(AZE)
      assert.deepEqual([by.china!.events, by.russia!.events, by.eu!.events, by.rest!.events, by.usa!.events, by.turkic!.events], [3, 3, 2, 2, 1, 1]);
      assert.deepEqual([by.china!.events_out, by.china!.events_in], [2, 1]);
      close(by.china!.share, 0.25);
      // shares .25 .25 1/6 1/6 1/12 1/12 -> HHI = 2/16 + 2/36 + 2/144
      close(r.total.hhi, 2 / 16 + 2 / 36 + 2 / 144);
      close(r.total.hhi_normalised, (2 / 16 + 2 / 36 + 2 / 144 - 1 / 12) / (1 - 1 / 12));
      const s = [0.25, 0.25, 1 / 6, 1 / 6, 1 / 12, 1 / 12];
      close(r.total.entropy, -s.reduce((a, p) => a + p * Math.log(p), 0) / Math.log(12));
      // china and russia tie at 3: no dominant vector and no dominance ratio (it used to say 1 with a leader).
      assert.equal(r.total.dominance, null);
      assert.equal(r.total.dominant, null);
      assert.deepEqual(r.total.tied, ['russia', 'china']);
      // Score: russia = ACCUSE -3 + CONSULT multilateral 4 + Goldstein 7 (gdelt) = 8.
      close(by.russia!.score, 8);
      assert.equal(r.total.focal_events, 10, 'rejected e8 and non-focal e7 are out');
      assert.equal(r.total.unassigned, 0);
    });

    it('series by month over a window: every period, shares, change and alerts', async () => {
      const vectors = { ...loadVectorSet(), alerts: { share: 0.5, jump: 0.15, minEvents: 1, confidence: 0 } };
      const r = await balance(store.measures(), 'KAZ', { granularity: 'month', filter: { from: '2023-12', to: '2024-03' }, vectors });
      assert.deepEqual(r.series.map((p) => p.period), ['2023-12', '2024-01', '2024-02', '2024-03']);
      const [dec, jan, feb, mar] = r.series;
      assert.equal(dec!.total, 0);
      assert.equal(dec!.entropy, null, 'an empty period has no entropy, not 0');
      assert.equal(jan!.shares.china, 1);
      assert.equal(jan!.entropy, 0);
      assert.equal(jan!.dominance, null, 'no rival');
      // Feb: russia e3 e4, china e4, eu e5
      assert.deepEqual([feb!.values.russia, feb!.values.china, feb!.values.eu], [2, 1, 1]);
      close(feb!.hhi, 0.375);
      close(feb!.change!.shares.china!, -0.75);
      // Mar: eu e6, russia e9, rest e10+e12, turkic e12 -> 5 pairs
      assert.equal(mar!.total, 5);
      close(mar!.shares.rest!, 0.4);
      const kinds = r.alerts.map((a) => `${a.period}:${a.kind}:${a.vector}`);
      assert.ok(kinds.includes('2024-01:share:china'));
      assert.ok(kinds.includes('2024-02:share:russia'));
      assert.ok(kinds.includes('2024-02:jump:china'));
      assert.ok(!kinds.includes('2024-01:jump:china'), 'no jump from an empty period');
      assert.equal(r.total.focal_events, 9, 'undated e11 is outside any window');
    });

    it('direction out counts only pairs where the focal country acts; weights scale a vector', async () => {
      const out = await balance(store.measures(), 'KAZ', { direction: 'out', granularity: 'year' });
      const by = Object.fromEntries(out.total.vectors.map((v) => [v.vector, v]));
      close(by.china!.share, 2 / 8); // out pairs: china 2, russia 2, eu 2, rest 1, usa 1
      const set = loadVectorSet();
      const weighted = { ...set, vectors: set.vectors.map((v) => (v.id === 'china' ? { ...v, weight: 0 } : v)) };
      const w = await balance(store.measures(), 'KAZ', { direction: 'out', granularity: 'year', vectors: weighted });
      assert.equal(w.total.vectors.find((v) => v.vector === 'china')!.share, 0);
      close(w.total.vectors.find((v) => v.vector === 'russia')!.share, 2 / 6);
    });

    it('review filter: asking for rejected events brings e8 back; type and origin filters apply', async () => {
      const q = store.measures();
      const rej = await balance(q, 'KAZ', { filter: { reviewStatuses: ['rejected'] }, granularity: 'year' });
      assert.equal(rej.total.focal_events, 1);
      const gd = await balance(q, 'KAZ', { filter: { origins: ['gdelt'] }, granularity: 'year' });
      assert.equal(gd.total.vectors.find((v) => v.vector === 'russia')!.events, 1);
      const ty = await balance(q, 'KAZ', { filter: { types: ['ACCUSE'] }, granularity: 'year' });
      assert.equal(ty.total.focal_events, 1);
    });

    it('a vector set without rest leaves other partners unassigned, and says so', async () => {
      const set = parseVectorSet({ name: 'two', vectors: [{ id: 'ru', label: 'Russia', members: ['RUS'] }, { id: 'cn', label: 'China', members: ['chn'] }] });
      const r = await balance(store.measures(), 'KAZ', { vectors: set, granularity: 'year' });
      // event–group pairs with no group: e5 (DEU), e6 (FRA+DEU, one pair), e10 (ARM), e11 (USA), e12 (AZE+ARM, one pair)
      assert.equal(r.total.unassigned, 5);
      assert.equal(r.total.vectors.length, 2);
    });
  });

  describe('partners, dyad, visits, deals, convening, brokerage', () => {
    it('partners: event–partner pairs, each partner of a multi-partner event counted', async () => {
      const r = await partners(store.measures(), 'KAZ');
      const by = Object.fromEntries(r.partners.map((p) => [p.partner, p]));
      assert.deepEqual(Object.keys(by).sort(), ['ARM', 'AZE', 'CHN', 'DEU', 'FRA', 'RUS', 'USA']);
      assert.deepEqual([by.DEU!.events, by.FRA!.events, by.CHN!.events, by.ARM!.events], [2, 1, 3, 2]);
      assert.equal(r.pairs, 13);
      assert.equal(by.CHN!.vector, 'china');
      assert.equal(by.CHN!.name, 'China');
      close(by.CHN!.mean_score, 4); // two visits and a summit, all 4
    });

    it('dyad KAZ–CHN: quad counts, index and volume-normalised series', async () => {
      const r = await dyad(store.measures(), 'KAZ', 'CHN', { granularity: 'month', filter: { from: '2024-01', to: '2024-03' } });
      assert.equal(r.total.events, 3);
      assert.equal(r.total.quad.verbal_cooperation, 3);
      assert.equal(r.total.index, 1);
      const [jan, feb, mar] = r.series;
      assert.deepEqual([jan!.events, jan!.focal_events, jan!.index, jan!.volume_share], [2, 2, 1, 1]);
      close(feb!.volume_share, 1 / 3); // e4 of e3 e4 e5
      close(feb!.normalised, 1 / 3);
      assert.deepEqual([mar!.events, mar!.focal_events, mar!.index, mar!.normalised], [0, 4, null, 0]);
      assert.equal(r.visits.outbound.head, 1);
      assert.equal(r.visits.inbound.minister, 1);
      assert.equal(r.visits.reciprocity, 1);
    });

    it('visits: by level and partner, reciprocity', async () => {
      const r = await visits(store.measures(), 'KAZ');
      assert.deepEqual([r.inbound, r.outbound, r.reciprocity], [1, 1, 1]);
    });

    it('deals: USD at the year\'s rate, split across partners, unconvertible money listed', async () => {
      const r = await deals(store.measures(), 'KAZ');
      assert.equal(r.total_usd, 108.23); // 100 EUR / 0.924 EUR per USD (2024)
      assert.deepEqual(r.unconverted, [{ currency: 'XXX', amount: 1000, events: 2, reason: 'no rates for this currency' }]);
      const deu = r.by_partner.find((p) => p.partner === 'DEU')!;
      assert.deepEqual([deu.usd, deu.events, deu.unconverted_events], [108.23, 2, 1]);
      assert.equal(r.by_context[0]!.context, 'economic');
    });

    it('convening: summits located in the focal country and mediation hosted', async () => {
      const r = await convening(store.measures(), 'KAZ');
      assert.equal(r.summits.total, 1);
      assert.equal(r.summits.events[0]!.id, 'e4');
      assert.equal(r.mediation.total, 1);
      assert.deepEqual(r.summits.byPeriod, [{ period: '2024', events: 1 }]);
    });

    it('brokerage: betweenness of KAZ in the co-participation network', async () => {
      const r = await brokerage(store.measures(), 'KAZ');
      // Nodes KAZ CHN RUS DEU FRA USA ARM AZE (8); KAZ lies on every shortest path between its partners
      // except CHN–RUS (direct), DEU–FRA (direct), RUS–USA (direct), ARM–AZE (direct) and half of CHN–USA.
      assert.equal(r.nodes, 8);
      assert.equal(r.position!.rank, 1);
      assert.equal(r.position!.degree, 7);
      // pairs among the 7 others: 21; through KAZ: 21 - 4 direct - 0.5 (CHN–USA also via RUS) = 16.5; normalised by 21.
      close(r.position!.betweenness, 16.5 / 21);
    });

    it('compare: one row per focal country', async () => {
      const r = await compare(store.measures(), ['KAZ', 'rus', 'KAZ']);
      assert.deepEqual(r.focals, ['KAZ', 'RUS']);
      assert.equal(r.rows[0]!.brokerage!.rank, 1);
      assert.equal(r.rows[1]!.focal_events, 4); // e3 e4 e7 e9
    });

    it('a country with no events gives empty results, not errors', async () => {
      const r = await balance(store.measures(), 'BRA');
      assert.equal(r.total.focal_events, 0);
      assert.equal(r.total.entropy, null);
      assert.deepEqual(r.series, []);
      assert.equal((await brokerage(store.measures(), 'BRA')).position, null);
    });
  });
});
