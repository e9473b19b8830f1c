/** Pure maths and config of the measures, against hand-computed values; bad inputs rejected with file and field. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { dominanceRatio, hhi, normalisedEntropy, normalisedHhi, reciprocity, shares } from '../../src/analytics/_math.ts';
import { periodLabel, periodRange, seriesLabels } from '../../src/analytics/_periods.ts';
import { rankBrokers } from '../../src/analytics/brokerage.ts';
import { foldDeals } from '../../src/analytics/deals.ts';
import { loadRates, parseRates, toUsd } from '../../src/analytics/rates.ts';
import { loadVectorSet, parseVectorSet, toGrouping } from '../../src/analytics/vectors.ts';
import { foldVisits } from '../../src/analytics/visits.ts';
import { sparkline, toCsv } from '../../src/cli/_format.ts';
import { InputError, NotFoundError } from '../../src/errors.ts';
import { IGO_CODES } from '../../src/model/event.ts';

const close = (a: number | null, b: number | null, eps = 1e-9) =>
  b === null ? assert.equal(a, null) : assert.ok(a !== null && Math.abs(a - b) < eps, `${a} ≉ ${b}`);

describe('indices', () => {
  const cases: Array<{ name: string; v: number[]; entropy: number | null; hhi: number | null; nhhi: number | null; dom: number | null }> = [
    { name: 'one vector only', v: [5, 0, 0, 0], entropy: 0, hhi: 1, nhhi: 1, dom: null },
    { name: 'perfectly even', v: [2, 2, 2, 2], entropy: 1, hhi: 0.25, nhhi: 0, dom: 1 },
    // shares .5 .25 .25: H = 1.5 ln2 / ln3; HHI = .375; (0.375 - 1/3) / (2/3) = 0.0625
    { name: 'half and two quarters', v: [2, 1, 1], entropy: (1.5 * Math.LN2) / Math.log(3), hhi: 0.375, nhhi: 0.0625, dom: 2 },
    // shares .6 .3 .1 of k = 4: dominance 2
    { name: 'uneven with an empty vector', v: [6, 3, 1, 0], entropy: -(0.6 * Math.log(0.6) + 0.3 * Math.log(0.3) + 0.1 * Math.log(0.1)) / Math.log(4), hhi: 0.46, nhhi: (0.46 - 0.25) / 0.75, dom: 2 },
    { name: 'no events at all', v: [0, 0, 0], entropy: null, hhi: null, nhhi: null, dom: null },
    { name: 'a single category', v: [3], entropy: null, hhi: 1, nhhi: null, dom: null },
  ];
  for (const c of cases) {
    it(c.name, () => {
      close(normalisedEntropy(c.v), c.entropy);
      close(hhi(c.v), c.hhi);
      close(normalisedHhi(c.v), c.nhhi);
      close(dominanceRatio(c.v), c.dom);
    });
  }
  it('shares sum to 1 and refuse negative or non-finite values', () => {
    assert.deepEqual(shares([1, 3]), [0.25, 0.75]);
    assert.deepEqual(shares([0, 0]), [null, null]);
    assert.throws(() => shares([1, -1]), RangeError);
    assert.throws(() => shares([Number.NaN]), RangeError);
  });
  it('reciprocity is min/max, null with no visits', () => {
    assert.equal(reciprocity(3, 1), 1 / 3);
    assert.equal(reciprocity(0, 4), 0);
    assert.equal(reciprocity(2, 2), 1);
    assert.equal(reciprocity(0, 0), null);
  });
});

describe('periods', () => {
  it('labels and runs of months, quarters, years', () => {
    assert.equal(periodLabel('2024-05-31', 'quarter'), '2024-Q2');
    assert.deepEqual(periodRange('2023-11-15', '2024-02-01', 'month'), ['2023-11', '2023-12', '2024-01', '2024-02']);
    assert.deepEqual(periodRange('2023-11-15', '2024-02-01', 'quarter'), ['2023-Q4', '2024-Q1']);
    assert.deepEqual(periodRange('2015-01-01', '2024-12-31', 'month').length, 120);
    assert.deepEqual(seriesLabels(['2024-Q3', '2024-Q1'], {}, 'quarter'), ['2024-Q1', '2024-Q2', '2024-Q3']);
    assert.deepEqual(seriesLabels([], { from: '2023', to: '2024' }, 'year'), ['2023', '2024']);
    assert.deepEqual(seriesLabels([], {}, 'year'), []);
  });
});

describe('brokerage', () => {
  it('path A–B–C: B is the only broker (normalised betweenness 1)', () => {
    const r = rankBrokers([{ a: 'A', b: 'B', weight: 3 }, { a: 'B', b: 'C', weight: 1 }]);
    assert.deepEqual(r.map((n) => [n.code, n.rank, n.betweenness, n.degree, n.strength]), [
      ['B', 1, 1, 2, 4], ['A', 2, 0, 1, 3], ['C', 2, 0, 1, 1]]);
  });
  it('two triangles joined by a bridge C–D: C and D carry 9 of 10 outside pairs each', () => {
    const e = (a: string, b: string) => ({ a, b, weight: 1 });
    const r = rankBrokers([e('A', 'B'), e('A', 'C'), e('B', 'C'), e('C', 'D'), e('D', 'E'), e('D', 'F'), e('E', 'F')]);
    const by = Object.fromEntries(r.map((n) => [n.code, n.betweenness]));
    // C lies between {A,B} and {D,E,F}: 6 pairs, of (n-1)(n-2)/2 = 10 -> 0.6
    close(by.C!, 0.6, 1e-6);
    close(by.D!, 0.6, 1e-6);
    close(by.A!, 0, 1e-6);
  });
  it('empty network', () => assert.deepEqual(rankBrokers([]), []));
});

describe('vector sets', () => {
  it('the default set: every IGO but the EU is multilateral, EU has 27 members plus EU, one rest', () => {
    const set = loadVectorSet();
    const g = toGrouping(set);
    const of = new Map(g.members.map((m) => [m.code, m.group]));
    for (const c of IGO_CODES) assert.equal(of.get(c), c === 'EU' ? 'eu' : 'multilateral', c);
    assert.equal(set.vectors.find((v) => v.id === 'eu')!.members.length, 28);
    assert.equal(g.rest, 'rest');
    assert.equal(set.vectors.length, 12);
    assert.deepEqual(set.vectors.find((v) => v.id === 'centralasia')!.members, ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']);
  });
  const bad: Array<[string, unknown, string]> = [
    ['duplicate member', { name: 'x', vectors: [{ id: 'a', label: 'A', members: ['RUS'] }, { id: 'b', label: 'B', members: ['rus'] }] }, 'vectors.1.members.0'],
    ['duplicate id', { name: 'x', vectors: [{ id: 'a', label: 'A' }, { id: 'a', label: 'B' }] }, 'vectors.1.id'],
    ['bad code', { name: 'x', vectors: [{ id: 'a', label: 'A', members: ['Russia!'] }] }, 'vectors.0.members.0'],
    ['two rests', { name: 'x', vectors: [{ id: 'a', label: 'A', rest: true }, { id: 'b', label: 'B', rest: true }] }, 'vectors'],
    ['negative weight', { name: 'x', vectors: [{ id: 'a', label: 'A', weight: -1 }] }, 'vectors.0.weight'],
    ['unknown field', { name: 'x', vectors: [{ id: 'a', label: 'A', member: ['RUS'] }] }, 'vectors.0'],
    ['no vectors', { name: 'x', vectors: [] }, 'vectors'],
    ['share threshold above 1', { name: 'x', vectors: [{ id: 'a', label: 'A' }], alerts: { share: 2 } }, 'alerts.share'],
  ];
  for (const [name, data, field] of bad) {
    it(`rejects ${name}, naming the field`, () => {
      assert.throws(() => parseVectorSet(data, 'my.json'), (e: unknown) =>
        e instanceof InputError && e.where.file === 'my.json' && e.where.field === field);
    });
  }
  it('a file that is not JSON names the file; a missing file is NotFound', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mv-vec-'));
    try {
      const f = join(dir, 'v.json');
      writeFileSync(f, '{\n "name": "x",\n "vectors": [,]\n}');
      assert.throws(() => loadVectorSet(f), (e: unknown) => e instanceof InputError && e.where.file === f && /not valid JSON/.test(e.message));
      assert.throws(() => loadVectorSet(join(dir, 'none.json')), NotFoundError);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('rates and deals', () => {
  it('shipped table: every currency the coder emits, 2013–2025, USD at 1', () => {
    const t = loadRates();
    for (const c of ['USD', 'EUR', 'GBP', 'CNY', 'KZT', 'RUB', 'JPY', 'INR', 'TRY', 'AED', 'SAR', 'KRW', 'UZS', 'KGS', 'CHF', 'AZN']) {
      for (let y = 2013; y <= 2025; y++) assert.ok(toUsd(t, 1, c, y) !== null, `${c} ${y}`);
    }
    assert.equal(toUsd(t, 5, 'USD', 2020), 5);
    assert.equal(toUsd(t, 3.75, 'SAR', 2019), 1);
    assert.equal(toUsd(t, 1, 'XXX', 2020), null);
    assert.equal(toUsd(t, 1, 'EUR', 2012), null);
    assert.equal(toUsd(t, 1, 'EUR', null), null);
  });
  it('rejects a malformed rates table with the field', () => {
    assert.throws(() => parseRates({ _source: 's', unit: 'per_usd', rates: { EUR: { 2020: -1 } } }, 'r.json'),
      (e: unknown) => e instanceof InputError && e.where.field === 'rates.EUR.2020');
  });
  it('foldDeals keeps unconvertible money, with the reason', () => {
    const t = parseRates({ _source: 's', unit: 'per_usd', rates: { EUR: { 2020: 0.5 } } });
    const r = foldDeals([
      { partner: 'DEU', year: 2020, context: 'economic', currency: 'EUR', amount: 10, usd: 20, events: 1 },
      { partner: 'DEU', year: 2012, context: 'economic', currency: 'EUR', amount: 7, usd: null, events: 1 },
      { partner: 'CHN', year: null, context: null, currency: 'EUR', amount: 3, usd: null, events: 2 },
      { partner: 'CHN', year: 2020, context: null, currency: 'XYZ', amount: 9, usd: null, events: 1 },
    ], t);
    assert.equal(r.total_usd, 20);
    assert.equal(r.events, 5);
    assert.deepEqual(r.unconverted.map((u) => [u.currency, u.amount, u.reason]).sort(), [
      ['EUR', 3, 'event has no date'], ['EUR', 7, 'no EUR rate for 2012'], ['XYZ', 9, 'no rates for this currency']]);
    assert.deepEqual(r.by_partner.map((p) => [p.partner, p.usd, p.unconverted_events]), [['DEU', 20, 1], ['CHN', 0, 3]]);
  });
});

describe('visits folding and output helpers', () => {
  it('foldVisits adds levels per direction and computes reciprocity', () => {
    const r = foldVisits([
      { partner: 'CHN', direction: 'in', level: 'head', kind: 'state', events: 2 },
      { partner: 'CHN', direction: 'in', level: 'minister', kind: null, events: 1 },
      { partner: 'CHN', direction: 'out', level: 'head', kind: 'official', events: 1 },
      { partner: 'RUS', direction: 'out', level: 'other', kind: null, events: 1 },
    ]);
    assert.deepEqual(r.map((p) => [p.partner, p.inbound.total, p.outbound.total, p.reciprocity]), [['CHN', 3, 1, 0.3333], ['RUS', 0, 1, 0]]);
    assert.deepEqual([r[0]!.inbound.state, r[0]!.inbound.official, r[0]!.outbound.official], [2, 0, 1]);
  });
  it('sparkline scales, keeps gaps, and buckets long series', () => {
    assert.equal(sparkline([0, 1, null, 0.5], { min: 0, max: 1 }), '▁█ ▅');
    assert.equal(sparkline([2, 2]), '██');
    assert.equal(sparkline([null, null]), '  ');
    assert.equal(sparkline(Array.from({ length: 120 }, (_, i) => i), { width: 12 }).length, 12);
  });
  it('toCsv quotes what needs quoting', () => {
    assert.equal(toCsv([{ a: 'x,y', b: null, c: 'say "hi"' }]), 'a,b,c\n"x,y",,"say ""hi"""\n');
  });
});
