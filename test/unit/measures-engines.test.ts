/**
 * The engines agree: random event sets (fast-check) are written to a DuckDB file and to a PostgreSQL database
 * through the same Store calls, and every measure query, the happenings and the stats must come back the same
 * (numbers equal to 1e-9 relative: sums may add in another order). Needs a PostgreSQL test server (./_pg.ts).
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import { loadOffices } from '../../src/analytics/_offices.ts';
import { loadRates } from '../../src/analytics/rates.ts';
import type { EventType } from '../../src/model/event.ts';
import type { Grouping, MeasureFilter, MeasureQueries } from '../../src/store/measures.ts';
import type { NewEvent, Store } from '../../src/store/store.ts';
import { openFreshDuckDb, openFreshPostgres } from './_engines.ts';
import { withPostgres } from './_pg.ts';

const CODES = ['KAZ', 'CHN', 'RUS', 'DEU', 'USA', 'IGO', 'SCO'];
const TYPES: EventType[] = ['CONSULT', 'AGREE', 'COOPERATE', 'SUPPORT', 'ACCUSE', 'SANCTION'];
const TEXTS = ['', 'President Tokayev arrived in Beijing on a state visit.', 'Foreign Minister Wang Yi visited Astana.',
  'The ministers held an official visit to Moscow.', 'Leaders met.'];

const date = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 2022, max: 2024 }).map(String),
  fc.tuple(fc.integer({ min: 2022, max: 2024 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc.tuple(fc.integer({ min: 2022, max: 2024 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);
const codes = fc.uniqueArray(fc.constantFrom(...CODES), { minLength: 0, maxLength: 3 });
const event = fc.record({
  type: fc.constantFrom(...TYPES), mode: fc.constantFrom(null, 'visit', 'multilateral', 'third-party'),
  actor: codes, recipient: codes, date, location: fc.constantFrom(null, 'KAZ', 'CHN'),
  value: fc.option(fc.record({ amount: fc.integer({ min: 1, max: 1_000_000 }), currency: fc.constantFrom('USD', 'EUR', 'XXX') }), { nil: null }),
  origin: fc.constantFrom('manual', 'gdelt', 'coded'), goldstein: fc.option(fc.double({ min: -10, max: 10, noNaN: true }), { nil: null }),
  text: fc.constantFrom(...TEXTS), reject: fc.boolean(),
}).filter((e) => e.actor.length > 0);

/** Numbers rounded to 9 significant digits, so sums in another order compare equal. */
const norm = (v: unknown): unknown => {
  if (typeof v === 'number') return Number.isInteger(v) ? v : Number(v.toPrecision(9));
  if (Array.isArray(v)) return v.map(norm);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, norm(x)]));
  return v;
};

/** Every measure query on one store, with a few filters and groupings. */
async function everything(q: MeasureQueries): Promise<Record<string, unknown>> {
  const rates = loadRates().rows;
  const grouping: Grouping = { members: [{ code: 'CHN', group: 'east' }, { code: 'RUS', group: 'east' }, { code: 'DEU', group: 'eu' }], rest: 'rest' };
  const out: Record<string, unknown> = {};
  const filters: MeasureFilter[] = [{}, { unit: 'reports' }, { from: '2023', to: '2024-06', reviewStatuses: ['auto', 'rejected'] }];
  for (const [i, filter] of filters.entries()) {
    for (const granularity of [null, 'month', 'year'] as const) {
      const g = `${i}:${granularity}`;
      out[`engagement ${g}`] = await q.engagement({ focal: 'kaz', filter, granularity, rates, totals: true });
      out[`engagement grouped ${g}`] = await q.engagement({ focal: 'KAZ', filter, granularity, rates, grouping });
      out[`engagement no rest ${g}`] = await q.engagement({ focal: 'KAZ', filter, granularity, rates, grouping: { ...grouping, rest: null } });
      out[`volume ${g}`] = await q.volume({ focal: 'KAZ', filter, granularity });
      out[`dyad ${g}`] = await q.dyad({ focal: 'KAZ', partner: 'chn', filter, granularity });
      out[`coverage ${g}`] = await q.coverage({ focal: 'KAZ', filter, granularity, grouping });
      out[`coverage out ${g}`] = await q.coverage({ focal: 'KAZ', filter, granularity, partner: 'CHN', direction: 'out' });
      out[`hosted ${g}`] = await q.hosted({ focal: 'KAZ', filter, kind: 'multilateral', granularity });
      out[`hosted3 ${g}`] = await q.hosted({ focal: 'KAZ', filter, kind: 'third-party', granularity });
    }
    out[`visits ${i}`] = await q.visits({ focal: 'KAZ', filter, offices: loadOffices() });
    out[`deals ${i}`] = await q.deals({ focal: 'KAZ', filter, rates });
    out[`edges ${i}`] = await q.coParticipation({ filter });
    out[`corpus ${i}`] = await q.corpus({ filter });
  }
  return out;
}

type Gen = typeof event extends fc.Arbitrary<infer T> ? T : never;

async function fill(store: Store, gen: Gen[]): Promise<void> {
  const events: NewEvent[] = gen.map((e, i) => ({
    id: `g${i}`, origin: e.origin as NewEvent['origin'], doc: `doc-${i % 5}`, sentence: i, text: e.text, event_type: e.type, mode: e.mode,
    context: e.value ? ['economic'] : [], actor: e.actor, recipient: e.recipient, date: e.date, location: e.location, value: e.value,
    cameo: null, goldstein: e.goldstein,
  }));
  await store.importEvents(events);
  for (const [i, e] of gen.entries()) if (e.reject) await store.setReviewStatus(`g${i}`, 'rejected', 'test');
}

withPostgres('measures agree on DuckDB and PostgreSQL', () => {
  it('measures agree on DuckDB and PostgreSQL over random event sets', async () => {
    await fc.assert(fc.asyncProperty(fc.array(event, { maxLength: 30 }), async (gen) => {
      const duck = await openFreshDuckDb();
      const pg = await openFreshPostgres();
      try {
        await fill(duck.store, gen);
        await fill(pg.store, gen);
        assert.deepEqual(norm(await everything(pg.store.measures())), norm(await everything(duck.store.measures())));
        const happenings = async (s: Store) => (await s.queryHappenings({ reviewStatuses: ['auto', 'rejected'] }, { limit: 1000, sort: 'reports' }));
        assert.deepEqual(await happenings(pg.store), await happenings(duck.store));
        const stats = async (s: Store) => ({ ...(await s.stats()), bytes: 0 });
        assert.deepEqual(await stats(pg.store), await stats(duck.store));
        assert.deepEqual(await pg.store.checkIntegrity(), await duck.store.checkIntegrity());
      } finally {
        await duck.cleanup();
        await pg.cleanup();
      }
    }), { numRuns: 6, seed: 20261201, endOnFailure: true });
  });
});
