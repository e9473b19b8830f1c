/**
 * Happenings (src/store/happenings.ts): table-driven clustering cases, then fast-check properties of the pure
 * clustering (deterministic, independent of input order, every report in exactly one happening, the rule kept
 * inside every happening) and of the store (what DuckDB stores is what the pure clustering says; counts by
 * happenings never exceed counts by reports).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { partners } from '../../src/analytics/index.ts';
import type { EventType } from '../../src/model/event.ts';
import {
  clusterHappenings, happeningKey, isClusterable, precisionOf, REPORT_WINDOW_DAYS, type Assignment, type Report,
} from '../../src/store/happenings.ts';
import { openStore, type NewEvent } from '../../src/store/store.ts';

const K = 'coded|CONSULT|visit|KAZ>RUS';

function r(id: string, date: string | null, o: Partial<Report> = {}): Report {
  return { id, key: K, date, location: null, clusterable: true, ...o };
}

/** Happenings as sorted lists of sorted ids (comparable whatever the happening ids are). */
function groups(a: Assignment[]): string[][] {
  const by = new Map<string, string[]>();
  for (const x of a) by.set(x.happening, [...(by.get(x.happening) ?? []), x.id]);
  return [...by.values()].map((g) => g.sort()).sort((x, y) => (x[0]! < y[0]! ? -1 : 1));
}

const CASES: Array<{ name: string; reports: Report[]; want: string[][]; rep?: Record<string, string> }> = [
  // precision and windows
  { name: `two day dates ${REPORT_WINDOW_DAYS} days apart are one happening`, reports: [r('a', '2024-03-01'), r('b', '2024-03-03')], want: [['a', 'b']] },
  { name: 'three days apart are two', reports: [r('a', '2024-03-01'), r('b', '2024-03-04')], want: [['a'], ['b']] },
  { name: 'no chaining: every pair of a happening is within the window', reports: [r('a', '2024-03-01'), r('b', '2024-03-03'), r('c', '2024-03-05')], want: [['a', 'b'], ['c']] },
  { name: 'the window crosses a month end', reports: [r('a', '2024-03-31'), r('b', '2024-04-01')], want: [['a', 'b']] },
  { name: 'the window crosses a year end', reports: [r('a', '2023-12-31'), r('b', '2024-01-01')], want: [['a', 'b']], rep: { b: 'a' } },
  { name: 'across a year end, three days apart are two', reports: [r('a', '2023-12-30'), r('b', '2024-01-02')], want: [['a'], ['b']] },
  {
    name: 'a happening across the year end takes a month or year date of either year when it is the only fit',
    reports: [r('a', '2023-12-31'), r('b', '2024-01-01'), r('c', '2024-06-01'), r('y3', '2023'), r('y4', '2024'), r('m', '2024-01')],
    want: [['a', 'b', 'm', 'y3'], ['c'], ['y4']],
  },
  {
    name: 'linked years stay apart where no report pair is within the window',
    reports: [r('a', '2023-12-31'), r('b', '2024-01-01'), r('c', '2023-03-01'), r('d', '2024-03-02'), r('y', '2024')],
    want: [['a', 'b'], ['c'], ['d'], ['y']],
  },
  { name: 'a month date joins the one day happening of its month', reports: [r('m', '2024-03'), r('d', '2024-03-14')], want: [['d', 'm']], rep: { m: 'd' } },
  { name: 'a month date of another month does not', reports: [r('m', '2024-04'), r('d', '2024-03-14')], want: [['d'], ['m']] },
  {
    name: 'a month date with two day happenings in its month cannot say which: it groups with its month',
    reports: [r('m1', '2024-03'), r('m2', '2024-03'), r('d1', '2024-03-01'), r('d2', '2024-03-20')], want: [['d1'], ['d2'], ['m1', 'm2']],
  },
  { name: 'two month dates of one month are one happening', reports: [r('m1', '2024-03'), r('m2', '2024-03')], want: [['m1', 'm2']] },
  { name: 'a year date joins the one finer happening of its year', reports: [r('y', '2024'), r('d', '2024-05-02'), r('d2', '2024-05-03')], want: [['d', 'd2', 'y']], rep: { y: 'd' } },
  { name: 'a year date with two finer happenings stays with its year', reports: [r('y', '2024'), r('d', '2024-05-02'), r('m', '2024-09')], want: [['d'], ['m'], ['y']] },
  { name: 'a year date of another year does not join', reports: [r('y', '2023'), r('d', '2024-05-02')], want: [['d'], ['y']] },
  // place
  { name: 'different stated places are different happenings', reports: [r('a', '2024-03-01', { location: 'KAZ' }), r('b', '2024-03-01', { location: 'RUS' })], want: [['a'], ['b']] },
  { name: 'a place stated by one report only does not split', reports: [r('a', '2024-03-01'), r('b', '2024-03-02', { location: 'RUS' })], want: [['a', 'b']] },
  {
    name: 'the first stated place holds the happening',
    reports: [r('a', '2024-03-01'), r('b', '2024-03-01', { location: 'KAZ' }), r('c', '2024-03-02', { location: 'RUS' })], want: [['a', 'b'], ['c']],
  },
  { name: 'a coarse report with another place does not join', reports: [r('m', '2024-03', { location: 'KAZ' }), r('d', '2024-03-14', { location: 'RUS' })], want: [['d'], ['m']] },
  // keys, joint acts, reports that stay alone
  { name: 'different keys never merge', reports: [r('a', '2024-03-01'), r('b', '2024-03-01', { key: 'coded|CONSULT|visit|RUS>KAZ' })], want: [['a'], ['b']] },
  { name: 'a rejected or one-party report stays alone', reports: [r('a', '2024-03-01'), r('b', '2024-03-01', { clusterable: false })], want: [['a'], ['b']] },
  { name: 'undated reports stay alone', reports: [r('a', null), r('b', null)], want: [['a'], ['b']] },
  // the representative
  { name: 'the representative is the most precise, earliest report', reports: [r('z', '2024-03-02'), r('y', '2024-03-01'), r('x', '2024-03')], want: [['x', 'y', 'z']], rep: { x: 'y', z: 'y' } },
  { name: 'among equal dates a report with money represents', reports: [r('a', '2024-03-01'), r('b', '2024-03-01', { valued: true })], want: [['a', 'b']], rep: { a: 'b' } },
];

describe('clustering rule (table)', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const a = clusterHappenings(c.reports);
      assert.deepEqual(groups(a), c.want);
      for (const [id, rep] of Object.entries(c.rep ?? {})) assert.equal(a.find((x) => x.id === id)!.happening, rep);
    });
  }

  it('joint acts: co-actors in any order are one party set; directed acts keep their direction', () => {
    const e = (actor: string[], recipient: string[], mode: string | null = null) => ({ origin: 'coded', event_type: 'AGREE', mode, actor, recipient });
    assert.equal(happeningKey(e(['KAZ', 'ITA'], [])), happeningKey(e(['ITA', 'KAZ'], [])));
    assert.equal(happeningKey(e(['KAZ', 'ITA'], [])), happeningKey(e(['ITA', 'KAZ', 'ITA'], [])));
    assert.notEqual(happeningKey(e(['KAZ'], ['RUS'])), happeningKey(e(['RUS'], ['KAZ'])));
    assert.notEqual(happeningKey(e(['KAZ', 'RUS'], [])), happeningKey(e(['KAZ'], ['RUS'])));
    assert.notEqual(happeningKey(e(['KAZ'], ['RUS'], 'visit')), happeningKey(e(['KAZ'], ['RUS'])));
    assert.notEqual(happeningKey({ ...e(['KAZ'], ['RUS']), origin: 'gdelt' }), happeningKey(e(['KAZ'], ['RUS'])));
  });

  it('what may be clustered: two parties, a date, not rejected', () => {
    const e = (actor: string[], recipient: string[], date: string | null, review_status = 'auto') => ({ actor, recipient, date, review_status });
    assert.equal(isClusterable(e(['KAZ'], ['RUS'], '2024')), true);
    assert.equal(isClusterable(e(['KAZ'], [], '2024')), false);
    assert.equal(isClusterable(e([], ['USA'], '2024')), false);
    assert.equal(isClusterable(e(['KAZ'], ['KAZ'], '2024')), false);
    assert.equal(isClusterable(e(['KAZ'], ['RUS'], null)), false);
    assert.equal(isClusterable(e(['KAZ'], ['RUS'], '2024', 'rejected')), false);
  });
});

// Properties of the pure clustering.
// December too, so reports at a year's end meet the next January's
const day = fc.tuple(fc.integer({ min: 2023, max: 2024 }), fc.constantFrom(1, 2, 3, 12), fc.integer({ min: 1, max: 31 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(Math.min(d, 28 + (m === 2 ? 0 : 2))).padStart(2, '0')}`);
const date = fc.oneof({ weight: 6, arbitrary: day }, { weight: 1, arbitrary: day.map((d) => d.slice(0, 7)) },
  { weight: 1, arbitrary: day.map((d) => d.slice(0, 4)) }, { weight: 1, arbitrary: fc.constant(null) });
const report = fc.record({ key: fc.constantFrom('k1', 'k2'), date, location: fc.constantFrom(null, null, 'KAZ', 'RUS'), valued: fc.boolean() });
const reports = fc.array(fc.tuple(report, fc.boolean()), { maxLength: 60 })
  .map((xs) => xs.map(([x, alone], i): Report => ({ ...x, clusterable: !alone || i % 5 !== 0, id: `e${String(i).padStart(3, '0')}` })));

const dayNo = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86_400_000;

describe('clustering properties (fast-check)', () => {
  it('is deterministic and independent of input order', () => {
    fc.assert(fc.property(reports, fc.integer(), (rs, seed) => {
      const shuffled = [...rs].sort((a, b) => ((hash(a.id, seed) - hash(b.id, seed)) || (a.id < b.id ? -1 : 1)));
      assert.deepEqual(clusterHappenings(shuffled), clusterHappenings(rs));
      assert.deepEqual(clusterHappenings(rs), clusterHappenings(rs));
    }), { numRuns: 300 });
  });

  it('puts every report in exactly one happening, keeps the rule inside each, and names it after its one representative', () => {
    fc.assert(fc.property(reports, (rs) => {
      const a = clusterHappenings(rs);
      assert.deepEqual(a.map((x) => x.id), rs.map((x) => x.id).sort());
      const byId = new Map(rs.map((x) => [x.id, x]));
      const by = new Map<string, Report[]>();
      for (const x of a) by.set(x.happening, [...(by.get(x.happening) ?? []), byId.get(x.id)!]);
      for (const [h, members] of by) {
        assert.deepEqual(a.filter((x) => x.happening === h && x.rep).map((x) => x.id), [h]);
        if (members.length === 1) continue;
        assert.ok(members.every((m) => m.clusterable && m.date !== null && m.key === members[0]!.key));
        // one year, or two consecutive ones joined by day reports within the window across the year's end
        const yrs = [...new Set(members.map((m) => Number(m.date!.slice(0, 4))))].sort();
        assert.ok(yrs.length === 1 || (yrs.length === 2 && yrs[1] === yrs[0]! + 1), `years ${yrs.join(',')}`);
        if (yrs.length === 2) {
          for (const y of yrs) assert.ok(members.some((m) => precisionOf(m.date) === 3 && m.date!.startsWith(String(y))), `a day report in ${y}`);
        }
        const places = new Set(members.map((m) => m.location).filter((l) => l !== null));
        assert.ok(places.size <= 1, 'one stated place');
        const days = members.filter((m) => precisionOf(m.date) === 3).map((m) => dayNo(m.date!));
        if (days.length) assert.ok(Math.max(...days) - Math.min(...days) <= REPORT_WINDOW_DAYS, 'within the window');
        const months = new Set(members.filter((m) => precisionOf(m.date) >= 2).map((m) => m.date!.slice(0, 7)));
        if (!days.length) assert.ok(months.size <= 1, 'month reports of one month');
        const rep = byId.get(h)!;
        const best = Math.max(...members.map((m) => precisionOf(m.date)));
        assert.equal(precisionOf(rep.date), best, 'the representative is among the most precise');
        assert.ok(members.every((m) => precisionOf(m.date) < best || m.date! >= rep.date!), 'and the earliest of them');
      }
    }), { numRuns: 300 });
  });
});

function hash(s: string, seed: number): number {
  let h = seed | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 2654435761) >>> 0;
  return h;
}

// Properties of the store: the SQL path stores what the pure clustering says.
const dirs: string[] = [];
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const TYPES: EventType[] = ['CONSULT', 'AGREE'];
// Days at a year's end, often: happenings that span it are re-clustered across the years, write by write.
const yearEnd = fc.tuple(fc.integer({ min: 2022, max: 2024 }), fc.integer({ min: 0, max: 5 }))
  .map(([y, k]) => (k < 3 ? `${y}-12-${29 + k}` : `${y + 1}-01-0${k - 2}`));
const ev = fc.record({
  type: fc.constantFrom(...TYPES), actor: fc.constantFrom(['KAZ'], ['KAZ', 'CHN'], ['RUS']), recipient: fc.constantFrom([], ['RUS'], ['KAZ']),
  date: fc.oneof(date, yearEnd, yearEnd.map((d) => d.slice(0, 4))), location: fc.constantFrom(null, 'KAZ', 'RUS'),
  value: fc.option(fc.integer({ min: 1, max: 100 }), { nil: null }),
});

describe('stored happenings (fast-check, real DuckDB file)', () => {
  it('are the pure clustering of the stored events, and counting happenings never exceeds counting reports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mv-happ-prop-'));
    dirs.push(dir);
    let n = 0;
    await fc.assert(fc.asyncProperty(fc.array(ev, { maxLength: 30 }), fc.array(fc.nat(30), { maxLength: 3 }), async (gen, cuts) => {
      const store = await openStore({ path: join(dir, `p${n++}.duckdb`) });
      try {
        const events: NewEvent[] = gen.map((g, i) => ({
          id: `m${i}`, origin: 'manual', doc: `d${i % 4}`, sentence: i, text: '', event_type: g.type, mode: null, context: [],
          actor: [...g.actor], recipient: [...g.recipient], date: g.date, location: g.location,
          value: g.value === null ? null : { amount: g.value, currency: 'USD' }, cameo: null,
        }));
        // in several writes: each re-clusters only what it touches
        const at = [0, ...[...new Set(cuts)].sort((a, b) => a - b), events.length];
        for (let i = 1; i < at.length; i++) await store.importEvents(events.slice(at[i - 1], Math.max(at[i - 1]!, at[i]!)));
        const want = clusterHappenings(events.map((e) => ({
          id: e.id, key: happeningKey(e), date: e.date, location: e.location, clusterable: isClusterable(e), valued: e.value !== null,
        })));
        const stored = (await store.queryEvents({}, { limit: 1000 })).map((e) => ({ id: e.id, happening: e.happening }));
        assert.deepEqual(stored.sort((a, b) => (a.id < b.id ? -1 : 1)), want.map(({ id, happening }) => ({ id, happening })));
        assert.deepEqual(await store.checkIntegrity(), []);
        assert.equal((await store.stats()).happenings, new Set(want.map((x) => x.happening)).size);
        const m = store.measures();
        const byH = await partners(m, 'KAZ');
        const byR = await partners(m, 'KAZ', { filter: { unit: 'reports' } });
        assert.ok(byH.pairs <= byR.pairs, `${byH.pairs} > ${byR.pairs}`);
        const [vh] = await m.volume({ focal: 'KAZ', filter: {} });
        const [vr] = await m.volume({ focal: 'KAZ', filter: { unit: 'reports' } });
        assert.ok((vh?.events ?? 0) <= (vr?.events ?? 0));
        assert.equal(vr?.events ?? 0, events.filter((e) => e.actor.includes('KAZ') || e.recipient.includes('KAZ')).length);
        for (const p of byH.partners) {
          assert.ok(p.events <= (byR.partners.find((q) => q.partner === p.partner)?.events ?? 0), p.partner);
        }
      } finally {
        await store.close();
      }
    }), { numRuns: 25 });
  });
});

describe('clustering time is linear-ish (n vs 4n)', () => {
  // One block holding everything, the worst case: day happenings at as many places as there are reports to spare
  // (a year has 365 days, so only places let happenings grow with n), and month and year reports that must each be
  // checked against them. Comparing a report with every happening of its block would take ~16x for 4n; blocking,
  // sorting and the place index keep it near 4x.
  const block = (n: number): Report[] => Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.UTC(2024, 0, 1) + (i * 7919 % 360) * 86_400_000).toISOString().slice(0, 10);
    const date = i % 10 === 0 ? d.slice(0, 4) : i % 5 === 0 ? d.slice(0, 7) : d;
    return { id: `r${i}`, key: 'k', date, location: `P${i % Math.floor(n / 4)}`, clusterable: true };
  });
  it('4n reports cluster in under 5x the time of n', () => {
    // both sizes built and run once before any timing (the compiler settles on the large shapes too), then the
    // median of five runs each
    const sets = new Map([25_000, 100_000].map((n) => [n, block(n)]));
    const run = (n: number): number => {
      const rs = sets.get(n)!;
      const times: number[] = [];
      // CPU time of this process, not wall time: the work done, whatever else the machine runs meanwhile
      for (let k = 0; k < 5; k++) {
        const c0 = process.cpuUsage();
        clusterHappenings(rs);
        const c = process.cpuUsage(c0);
        times.push(c.user + c.system);
      }
      return times.sort((x, y) => x - y)[2]!;
    };
    for (const rs of sets.values()) clusterHappenings(rs);
    // a load burst on a shared machine can spoil one comparison: measured again up to five times, quadratic growth
    // (~16x) shows in all of them
    let ratio = Infinity;
    for (let attempt = 0; attempt < 5 && ratio >= 5; attempt++) { const small = run(25_000); ratio = run(100_000) / small; }
    assert.ok(ratio < 5, `4n took ${ratio.toFixed(1)}x the time of n (in five measurements)`);
    if (process.env.MV_VERBOSE) console.log(`happenings scaling: 4n/n = ${ratio.toFixed(2)}`);
  });
});
