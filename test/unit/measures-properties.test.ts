/**
 * Property tests of the counting model (fast-check): random event sets are written to a real DuckDB file and
 * every measure must keep the invariants of src/store/measures.ts — shares sum to 1 (or are all null), partner
 * sums equal vector sums, money over partners equals the money stated (recomputed here independently), and
 * counts in periods + imprecise + undated equal the window total, at every granularity.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { balance, deals, partners } from '../../src/analytics/index.ts';
import { loadRates } from '../../src/analytics/rates.ts';
import { parseVectorSet } from '../../src/analytics/vectors.ts';
import type { EventType } from '../../src/model/event.ts';
import { openStore, type NewEvent } from '../../src/store/store.ts';

const FOCAL = 'KAZ';
const CODES = [FOCAL, 'CHN', 'RUS', 'DEU', 'FRA', 'USA', 'UZB'];
const TYPES: EventType[] = ['CONSULT', 'AGREE', 'COOPERATE', 'SUPPORT', 'ACCUSE', 'SANCTION', 'AID'];
// Each code its own vector (and a rest), so partner figures and vector figures must agree exactly.
const IDENTITY = parseVectorSet({
  name: 'identity', vectors: [...CODES.slice(1).map((c) => ({ id: c.toLowerCase(), label: c, members: [c] })), { id: 'rest', label: 'Rest', rest: true }],
});
// A grouped set: several partners per vector, so an event can collapse onto one vector.
const GROUPED = parseVectorSet({
  name: 'grouped', vectors: [{ id: 'east', label: 'East', members: ['CHN', 'RUS'] }, { id: 'eu', label: 'EU', members: ['DEU', 'FRA'] }, { id: 'rest', label: 'Rest', rest: true }],
});

const date = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 2020, max: 2024 }).map(String),
  fc.tuple(fc.integer({ min: 2020, max: 2024 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc.tuple(fc.integer({ min: 2020, max: 2024 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);
const codes = fc.uniqueArray(fc.constantFrom(...CODES), { minLength: 0, maxLength: 3 });
const value = fc.option(fc.record({ amount: fc.integer({ min: 1, max: 1_000_000 }), currency: fc.constantFrom('USD', 'EUR', 'XXX') }), { nil: null });
const event = fc.record({ type: fc.constantFrom(...TYPES), actor: codes, recipient: codes, date, value })
  .filter((e) => e.actor.length > 0);
const eventSet = fc.array(event, { minLength: 0, maxLength: 40 });

type Gen = { type: EventType; actor: string[]; recipient: string[]; date: string | null; value: { amount: number; currency: string } | null };

/** The partners of `FOCAL` in an event, by the rule of measures.ts, written again here from the spec. */
function partnersOf(e: Gen): string[] {
  const out = e.actor.includes(FOCAL) ? (e.recipient.length ? e.recipient : e.actor) : [];
  const inn = e.recipient.includes(FOCAL) ? e.actor : [];
  return [...new Set([...out, ...inn])].filter((c) => c !== FOCAL);
}

const dirs: string[] = [];
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const near = (a: number, b: number, eps: number, what: string) => assert.ok(Math.abs(a - b) <= eps, `${what}: ${a} vs ${b}`);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('counting model: properties over random event sets', () => {
  it('shares, partner and vector sums, money, and period + imprecise + undated = total', async () => {
    const rates = loadRates();
    let run = 0;
    await fc.assert(fc.asyncProperty(eventSet, async (gen) => {
      const dir = mkdtempSync(join(tmpdir(), 'mv-prop-'));
      dirs.push(dir);
      const store = await openStore({ path: join(dir, `p${run++}.duckdb`) });
      try {
        const events: NewEvent[] = gen.map((e, i) => ({
          id: `g${i}`, origin: 'manual', doc: `doc-${i}`, sentence: 0, text: '', event_type: e.type, mode: null, context: [],
          actor: e.actor, recipient: e.recipient, date: e.date, location: null, value: e.value, cameo: null,
        }));
        await store.importEvents(events);
        const q = store.measures();

        // Partner sums equal vector sums (identity vectors), in pairs and in money.
        const p = await partners(q, FOCAL);
        const idb = await balance(q, FOCAL, { vectors: IDENTITY, granularity: 'year' });
        for (const v of idb.total.vectors) {
          const pe = p.partners.find((x) => x.partner.toLowerCase() === v.vector);
          assert.equal(v.events, pe?.events ?? 0, `events of ${v.vector}`);
          near(v.usd, pe?.usd ?? 0, 0.02, `usd of ${v.vector}`);
        }
        const pairs = sum(gen.map((e) => partnersOf(e).length));
        assert.equal(p.pairs, pairs, 'pairs = Σ partners per event (independent recount)');
        if (p.partners.length) near(sum(p.partners.map((x) => x.share ?? 0)), 1, 1e-3, 'partner shares');

        // Money over partners equals the money stated, converted at the year's rate (independent recount).
        const rate = (c: string, y: number) => rates.rows.find((r) => r.currency === c && r.year === y)?.per_usd;
        let stated = 0;
        let unconverted = 0;
        for (const e of gen) {
          if (!e.value || partnersOf(e).length === 0) continue;
          const r = e.date ? rate(e.value.currency, Number(e.date.slice(0, 4))) : undefined;
          if (r === undefined) unconverted += partnersOf(e).length;
          else stated += e.value.amount / r;
        }
        const d = await deals(q, FOCAL);
        near(d.total_usd, stated, 0.05, 'deals total');
        near(sum(d.by_partner.map((x) => x.usd)), stated, 0.05, 'deals by partner');
        assert.equal(sum(d.unconverted.map((x) => x.events)), unconverted, 'unconverted pairs');
        near(sum(p.partners.map((x) => x.usd)), stated, 0.05, 'partners usd');

        for (const set of [IDENTITY, GROUPED]) {
          const ids = set.vectors.map((v) => v.id);
          // Money over vectors: an event's money is split over its partners, then summed per vector.
          const byYear = await balance(q, FOCAL, { vectors: set, granularity: 'year', metric: 'usd' });
          near(sum(byYear.total.vectors.map((v) => v.usd)), stated, 0.05, `${set.name} vector usd`);
          for (const g of ['month', 'quarter', 'year'] as const) {
            const b = await balance(q, FOCAL, { vectors: set, granularity: g });
            // Shares sum to 1, or are all null when there is nothing.
            for (const s of [b.total.vectors.map((v) => v.share), ...b.series.map((x) => ids.map((id) => x.shares[id] ?? null))]) {
              if (s.every((x) => x === null)) continue;
              assert.ok(s.every((x) => x !== null), 'shares are all numbers or all null');
              near(sum(s as number[]), 1, 1e-3, 'shares');
            }
            // Counts in periods + imprecise + undated = the window total, per vector.
            for (const v of b.total.vectors) {
              const inPeriods = sum(b.series.map((x) => x.counts[v.vector] ?? 0));
              assert.equal(inPeriods + (b.imprecise.counts[v.vector] ?? 0) + (b.undated.counts[v.vector] ?? 0), v.events,
                `${set.name} ${g} ${v.vector}`);
            }
            assert.equal(sum(b.series.map((x) => x.events)) + b.imprecise.events + b.undated.events, b.total.events, `${set.name} ${g} total`);
            for (const x of b.series) assert.equal(x.lowCount, x.events < b.low_count);
            // A tie at the top never names a leader.
            if (b.total.tied.length) assert.equal(b.total.dominant, null);
          }
        }
        const focalEvents = gen.filter((e) => e.actor.includes(FOCAL) || e.recipient.includes(FOCAL)).length;
        assert.equal(idb.total.focal_events, focalEvents, 'focal events');
      } finally {
        await store.close();
      }
    }), { numRuns: 25, seed: 20261130 });
  });
});
