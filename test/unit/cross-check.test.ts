/**
 * Cross-check (issue 10, "done when"): the bundled example corpus is coded into a real DuckDB file, one event
 * is rejected, and every number of the overview (headline, balance, partners), the dyad page and the brief is
 * computed by the library for two focal countries. Then the store is closed and each number is recomputed
 * from the stored `events` table with plain SQL written here from the documented counting model (not from
 * event_party, not through the store), and they must agree.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import { balance, deals, dyad, partners } from '../../src/analytics/index.ts';
import { smoothWarmth, warmthPrior } from '../../src/analytics/warmth.ts';
import { gatherBrief, type BriefData } from '../../src/brief/_data.ts';
import { headline, type HeadlineResult } from '../../src/brief/headline.ts';
import { renderMarkdown } from '../../src/brief/_markdown.ts';
import { createCoder } from '../../src/coder/index.ts';
import { ingest } from '../../src/ingest/index.ts';
import { GENERIC_CODES, IGO_CODES } from '../../src/model/event.ts';
import { openStore } from '../../src/store/store.ts';
import { buildServer } from '../../src/server/index.ts';
import type { BalanceResult, DealsResult, DyadResult, PartnersResult } from '../../src/analytics/types.ts';

const FOCALS = ['KAZ', 'UZB'] as const;
/** The brief's window and the previous one of equal length (first day, first day after). */
const WINDOW = { from: '2024-01', to: '2024-12', start: '2024-01-01', end: '2025-01-01' };
const PREVIOUS = { start: '2023-01-01', end: '2024-01-01' };

interface Surfaces {
  /** The same measures as the HTTP API (a real server on loopback) serves them to the dashboard. */
  api: Record<'headline' | 'partners' | 'balance' | 'dyad' | 'deals', unknown>;
  apiBrief: string;
  headline: HeadlineResult;
  partners: PartnersResult;
  balance: BalanceResult;
  partner: string;
  dyad: DyadResult;
  deals: DealsResult;
  brief: BriefData;
  markdown: string;
}

const vectorSet = JSON.parse(readFileSync(new URL('../../data/vectors/default.json', import.meta.url), 'utf8')) as {
  vectors: Array<{ id: string; members?: string[]; rest?: boolean }>;
};
const rates = JSON.parse(readFileSync(new URL('../../data/rates/usd.json', import.meta.url), 'utf8')) as { rates: Record<string, Record<string, number>> };

let dir: string;
let rejected: string;
const got = new Map<string, Surfaces>();
let sqlRun: <T>(sql: string) => Promise<T[]>;
let closeDb: () => void;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mv-cross-'));
  const path = join(dir, 'x.duckdb');
  const store = await openStore({ path });
  try {
    await ingest([new URL('../../examples/docs.jsonl', import.meta.url).pathname], { store, coder: createCoder() });
    // One KAZ–CHN event rejected: it must leave every number on both sides.
    const sq = store.queries();
    const page = await sq.searchEvents({ country: 'KAZ', partner: 'CHN' }, { limit: 1, offset: 0, sort: '-date' });
    rejected = page.events[0]!.id;
    await sq.review(rejected, { action: 'reject', who: 'cross-check' });
    const q = store.measures();
    const app = await buildServer({ store, token: 'cross-check-token-0123456789', webRoot: join(dir, 'no-web') });
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const addr = app.server.address();
      const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/api`;
      const get = async (path: string) => {
        const res = await fetch(`${base}/${path}`);
        assert.equal(res.status, 200, path);
        return res.headers.get('content-type')?.includes('json') ? res.json() : res.text();
      };
      for (const f of FOCALS) {
        const par = await partners(q, f);
        const partner = par.partners[0]!.partner;
        const brief = await gatherBrief(store, { focal: f, from: WINDOW.from, to: WINDOW.to, ...(f === 'UZB' ? { partner: 'KAZ' } : {}) });
        got.set(f, {
          api: {
            headline: await get(`measures/headline?focal=${f}`), partners: await get(`measures/partners?focal=${f}`),
            balance: await get(`measures/balance?focal=${f}&by=quarter`), dyad: await get(`measures/dyad?focal=${f}&partner=${partner}&by=quarter`),
            deals: await get(`measures/deals?focal=${f}`),
          },
          apiBrief: String(await get(`brief?focal=${f}&from=${WINDOW.from}&to=${WINDOW.to}&format=md${f === 'UZB' ? '&partner=KAZ' : ''}`)),
          headline: await headline(q, f), partners: par, balance: await balance(q, f, { granularity: 'quarter' }), partner,
          dyad: await dyad(q, f, partner, { granularity: 'quarter' }), deals: await deals(q, f), brief,
          markdown: renderMarkdown(brief, { balance: 'balance.svg', warmth: 'warmth.svg' }),
        });
      }
    } finally {
      await app.close();
    }
  } finally {
    await store.close();
  }
  const db = await DuckDBInstance.create(path, { access_mode: 'READ_ONLY' });
  const conn = await db.connect();
  sqlRun = async <T>(sql: string) => (await conn.runAndReadAll(sql)).getRowObjectsJson() as T[];
  closeDb = () => { conn.closeSync(); db.closeSync(); };
});
after(() => {
  closeDb?.();
  rmSync(dir, { recursive: true, force: true });
});

// ---- The counting model in plain SQL over `events` -------------------------------------------------------

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const list = (xs: readonly string[]) => `[${xs.map(lit).join(', ')}]::VARCHAR[]`;
// (measures count happenings: one row per happening, its representative report; see src/store/measures.ts, "Unit")
const KEPT = `review_status <> 'rejected' AND coalesce(h_rep, true) AND date_flag IS NULL AND (date_start IS NULL OR date_start <= current_date)`;
const within = (w?: { start: string; end: string }) => (w ? `AND date_start >= DATE ${lit(w.start)} AND date_start < DATE ${lit(w.end)}` : '');
const PREC = `(CASE length(date) WHEN 4 THEN 1 WHEN 7 THEN 2 WHEN 10 THEN 3 END)`;
const QUARTER = `CASE WHEN date_start IS NULL THEN 'undated' WHEN ${PREC} >= 2 THEN strftime(date_start, '%Y') || '-Q' || quarter(date_start) ELSE 'imprecise' END`;
const vectorRows = vectorSet.vectors.flatMap((v) => (v.members ?? []).map((m) => `(${lit(m)}, ${lit(v.id)})`)).join(', ');
const REST = vectorSet.vectors.find((v) => v.rest)!.id;
const rateRows = Object.entries(rates.rates).flatMap(([c, ys]) => Object.entries(ys).map(([y, r]) => `(${lit(c)}, ${y}, ${r})`)).join(', ');

/** Focal events (`ev`) with their partners each way, and one row per event–partner pair (`pairs`), with the vector. */
function model(f: string, w?: { start: string; end: string }): string {
  const F = lit(f);
  return `WITH ev AS (
    SELECT *, CASE WHEN origin IN ('gdelt', 'icews') AND goldstein IS NOT NULL THEN goldstein ELSE score END AS s,
      CASE WHEN list_contains(actor, ${F}) THEN list_distinct(list_filter(CASE WHEN len(recipient) = 0 THEN actor ELSE recipient END, lambda x: x <> ${F})) ELSE []::VARCHAR[] END AS outp,
      CASE WHEN list_contains(recipient, ${F}) THEN list_distinct(list_filter(actor, lambda x: x <> ${F})) ELSE []::VARCHAR[] END AS inp,
      ${QUARTER} AS q
    FROM events WHERE ${KEPT} ${within(w)} AND (list_contains(actor, ${F}) OR list_contains(recipient, ${F}))
  ), vec(code, vector) AS (VALUES ${vectorRows}),
  pairs AS (
    SELECT ev.*, t.partner, list_contains(outp, t.partner) AS po, list_contains(inp, t.partner) AS pi,
      len(list_distinct(outp || inp)) AS np, coalesce(vec.vector, ${lit(REST)}) AS vector
    FROM ev, unnest(list_distinct(outp || inp)) AS t(partner) LEFT JOIN vec ON vec.code = t.partner
  ), rates(currency, yr, per_usd) AS (VALUES ${rateRows})`;
}

interface PartnerRow { partner: string; events: number; out: number; inn: number; coop: number; conflict: number; s: number }
const partnerSql = (f: string, w?: { start: string; end: string }) => `${model(f, w)}
  SELECT partner, count(*)::INTEGER AS events, count(*) FILTER (WHERE po)::INTEGER AS out, count(*) FILTER (WHERE pi)::INTEGER AS inn,
    count(*) FILTER (WHERE quad_class IN (1, 2))::INTEGER AS coop, count(*) FILTER (WHERE quad_class IN (3, 4))::INTEGER AS conflict,
    sum(s)::DOUBLE AS s
  FROM pairs GROUP BY partner ORDER BY events DESC, partner`;

const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
const r2 = (x: number) => Math.round(x * 100) / 100;
function entropy(counts: number[]): number | null {
  const t = counts.reduce((a, b) => a + b, 0);
  if (!t) return null;
  return r4(-counts.filter((c) => c > 0).reduce((h, c) => h + (c / t) * Math.log(c / t), 0) / Math.log(counts.length));
}

/** Money over event–partner pairs, each event's sum split among its partners, optionally of one partner only. */
async function dealsBySql(f: string, w: { start: string; end: string }, partner: string) {
  const [money] = await sqlRun<{ usd: number | null; events: number }>(`${model(f, w)}
    SELECT sum(value_amount / np / r.per_usd)::DOUBLE AS usd, count(*)::INTEGER AS events
    FROM pairs LEFT JOIN rates r ON r.currency = pairs.value_currency AND r.yr = year(pairs.date_start)
    WHERE value_amount IS NOT NULL AND partner = ${lit(partner)}`);
  return { usd: r2(money?.usd ?? 0), events: money?.events ?? 0 };
}

/** Everything the headline says, recomputed. */
async function headlineBySql(f: string, w?: { start: string; end: string }) {
  const F = lit(f);
  const [{ events }] = await sqlRun<{ events: number }>(`${model(f, w)} SELECT count(*)::INTEGER AS events FROM ev`) as [{ events: number }];
  const ps = await sqlRun<PartnerRow>(partnerSql(f, w));
  const vectors = await sqlRun<{ vector: string; events: number }>(`${model(f, w)}
    SELECT vector, count(DISTINCT id)::INTEGER AS events FROM pairs GROUP BY vector`);
  const [money] = await sqlRun<{ usd: number | null; events: number }>(`${model(f, w)}
    SELECT sum(value_amount / np / r.per_usd)::DOUBLE AS usd, count(*)::INTEGER AS events
    FROM pairs LEFT JOIN rates r ON r.currency = pairs.value_currency AND r.yr = year(pairs.date_start) WHERE value_amount IS NOT NULL`);
  const hosted = async (cond: string) => (await sqlRun<{ n: number }>(
    `SELECT count(*)::INTEGER AS n FROM events WHERE ${KEPT} ${within(w)} AND event_type = 'CONSULT' AND ${cond}`))[0]!.n;
  const orgs = list([...IGO_CODES, ...GENERIC_CODES]);
  const [visits] = await sqlRun<{ inn: number; out: number }>(`${model(f, w)}
    SELECT count(*) FILTER (WHERE pi AND NOT list_contains(${orgs}, partner))::INTEGER AS inn,
      count(*) FILTER (WHERE po AND NOT list_contains(${orgs}, ${F}))::INTEGER AS out
    FROM pairs WHERE event_type = 'CONSULT' AND mode = 'visit'`);
  const counts = vectorSet.vectors.map((v) => vectors.find((x) => x.vector === v.id)?.events ?? 0);
  return {
    events, ps, vectors, counts, entropy: entropy(counts),
    usd: r2(money?.usd ?? 0), deal_events: money?.events ?? 0,
    summits: await hosted(`mode = 'multilateral' AND location = ${F}`),
    mediation: await hosted(`mode = 'third-party' AND list_contains(recipient, ${F})`),
    visits: visits!,
  };
}

function assertHeadline(h: HeadlineResult, x: Awaited<ReturnType<typeof headlineBySql>>, what: string): void {
  assert.equal(h.events, x.events, `${what}: events`);
  assert.equal(h.partners, x.ps.length, `${what}: partners`);
  const pairs = x.ps.reduce((n, p) => n + p.events, 0);
  const top = x.ps.filter((p) => p.events === x.ps[0]!.events);
  if (top.length === 1) {
    assert.equal(h.top_partner?.partner, top[0]!.partner, `${what}: top partner`);
    assert.equal(h.top_partner?.events, top[0]!.events);
    assert.equal(h.top_partner?.share, r4(top[0]!.events / pairs));
  } else {
    assert.equal(h.top_partner, null);
    assert.deepEqual(h.top_partner_tie.map((p) => p.partner).sort(), top.map((p) => p.partner).sort());
  }
  assert.equal(h.entropy, x.entropy, `${what}: entropy`);
  const max = Math.max(...x.counts);
  const leaders = vectorSet.vectors.filter((_, i) => x.counts[i] === max).map((v) => v.id);
  if (leaders.length === 1) {
    assert.equal(h.dominant?.vector, leaders[0], `${what}: dominant`);
    assert.equal(h.dominant?.events, max);
    assert.equal(h.dominant?.share, r4(max / x.counts.reduce((a, b) => a + b, 0)));
  } else assert.deepEqual(h.dominant_tie.map((v) => v.vector).sort(), leaders.sort());
  assert.equal(h.deals_usd, x.usd, `${what}: deals`);
  assert.equal(h.deal_events, x.deal_events);
  assert.equal(h.summits_hosted, x.summits, `${what}: summits hosted`);
  assert.equal(h.mediation_hosted, x.mediation, `${what}: mediation hosted`);
  assert.deepEqual([h.visits.inbound, h.visits.outbound], [x.visits.inn, x.visits.out], `${what}: visits`);
}

for (const f of FOCALS) {
  describe(`${f}: the library's numbers agree with plain SQL over the stored events`, () => {
    it('the corpus was coded and one event rejected', async () => {
      const [{ n }] = await sqlRun<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM events WHERE id = ${lit(rejected)} AND review_status = 'rejected'`) as [{ n: number }];
      assert.equal(n, 1);
      assert.ok(got.get(f)!.headline.events > 50);
    });

    it('the API serves the dashboard the same numbers as the library (and so as the SQL below)', () => {
      const g = got.get(f)!;
      const plain = (x: unknown) => { const { filter: _f, ...rest } = JSON.parse(JSON.stringify(x)) as Record<string, unknown>; return rest; };
      for (const k of ['headline', 'partners', 'balance', 'dyad', 'deals'] as const) assert.deepEqual(plain(g.api[k]), plain(g[k]), k);
      const rows = (md: string) => md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'));
      assert.deepEqual(rows(g.apiBrief), rows(g.markdown), 'the brief the dashboard downloads has the same tables');
    });

    it('overview: headline numbers', async () => {
      assertHeadline(got.get(f)!.headline, await headlineBySql(f), f);
    });

    it('overview: every partner\'s events, directions, shares, cooperation, conflict and smoothed warmth', async () => {
      const p = got.get(f)!.partners;
      const rows = await sqlRun<PartnerRow>(partnerSql(f));
      const pairs = rows.reduce((n, r) => n + r.events, 0);
      assert.equal(p.pairs, pairs);
      const prior = warmthPrior(rows.reduce((n, r) => n + r.coop, 0), rows.reduce((n, r) => n + r.conflict, 0));
      assert.deepEqual(p.warmth_prior, prior);
      assert.deepEqual(
        p.partners.map((x) => [x.partner, x.events, x.events_out, x.events_in, x.share, x.coop, x.conflict, x.mean_score, x.warmth]),
        rows.map((r) => [r.partner, r.events, r.out, r.inn, r4(r.events / pairs), r.coop, r.conflict, r4(r.s / r.events), smoothWarmth(r.coop, r.conflict, prior)]));
    });

    it('overview: balance by quarter — counts per vector and period, imprecise and undated beside the series', async () => {
      const b = got.get(f)!.balance;
      const rows = await sqlRun<{ q: string; vector: string; n: number }>(`${model(f)}
        SELECT q, vector, count(DISTINCT id)::INTEGER AS n FROM pairs GROUP BY q, vector`);
      const at = (q: string) => Object.fromEntries(rows.filter((r) => r.q === q).map((r) => [r.vector, r.n]));
      const nonZero = (c: Record<string, number>) => Object.fromEntries(Object.entries(c).filter(([, n]) => n > 0));
      for (const p of b.series) {
        assert.deepEqual(nonZero(p.counts), at(p.period), `${f} ${p.period}`);
        const n = Object.values(at(p.period)).reduce((a, c) => a + c, 0);
        assert.equal(p.events, n);
        assert.equal(p.lowCount, n < b.low_count);
        for (const [v, c] of Object.entries(at(p.period))) assert.equal(p.shares[v], r4(c / n));
      }
      assert.deepEqual(nonZero(b.imprecise.counts), at('imprecise'));
      assert.deepEqual(nonZero(b.undated.counts), at('undated'));
      const seen = new Set(rows.map((r) => r.q).filter((q) => /Q/.test(q)));
      assert.ok([...seen].every((q) => b.series.some((p) => p.period === q)), 'every dated quarter is in the series');
      assert.equal(b.total.events, rows.reduce((a, r) => a + r.n, 0));
      assert.equal(b.total.focal_events, got.get(f)!.headline.events);
    });

    it('dyad page: totals, quad classes, index, warmth, series, visits and deals with the top partner', async () => {
      const { dyad: d, partner } = got.get(f)!;
      const P = lit(partner);
      const [t] = await sqlRun<{ n: number; o: number; i: number; q1: number; q2: number; q3: number; q4: number; s: number }>(`${model(f)}
        SELECT count(*)::INTEGER AS n, count(*) FILTER (WHERE po)::INTEGER AS o, count(*) FILTER (WHERE pi)::INTEGER AS i,
          count(*) FILTER (WHERE quad_class = 1)::INTEGER AS q1, count(*) FILTER (WHERE quad_class = 2)::INTEGER AS q2,
          count(*) FILTER (WHERE quad_class = 3)::INTEGER AS q3, count(*) FILTER (WHERE quad_class = 4)::INTEGER AS q4, sum(s)::DOUBLE AS s
        FROM pairs WHERE partner = ${P}`);
      assert.deepEqual([d.total.events, d.total.events_out, d.total.events_in], [t!.n, t!.o, t!.i]);
      assert.deepEqual(d.total.quad, { verbal_cooperation: t!.q1, material_cooperation: t!.q2, verbal_conflict: t!.q3, material_conflict: t!.q4 });
      assert.equal(d.total.index, r4((t!.q1 + t!.q2 - t!.q3 - t!.q4) / t!.n));
      assert.equal(d.total.mean_score, r4(t!.s / t!.n));
      assert.deepEqual(d.total.warmth, smoothWarmth(t!.q1 + t!.q2, t!.q3 + t!.q4, got.get(f)!.partners.warmth_prior));
      const per = await sqlRun<{ q: string; n: number; coop: number; conflict: number }>(`${model(f)}
        SELECT q, count(*)::INTEGER AS n, count(*) FILTER (WHERE quad_class IN (1, 2))::INTEGER AS coop,
          count(*) FILTER (WHERE quad_class IN (3, 4))::INTEGER AS conflict FROM pairs WHERE partner = ${P} GROUP BY q`);
      const vol = await sqlRun<{ q: string; n: number }>(`${model(f)} SELECT q, count(*)::INTEGER AS n FROM ev GROUP BY q`);
      for (const p of d.series) {
        const r = per.find((x) => x.q === p.period);
        assert.deepEqual([p.events, p.coop, p.conflict], [r?.n ?? 0, r?.coop ?? 0, r?.conflict ?? 0], `${f}–${partner} ${p.period}`);
        assert.equal(p.focal_events, vol.find((x) => x.q === p.period)?.n ?? 0);
      }
      assert.equal(d.imprecise, per.find((x) => x.q === 'imprecise')?.n ?? 0);
      assert.equal(d.undated, per.find((x) => x.q === 'undated')?.n ?? 0);
      const [v] = await sqlRun<{ inn: number; out: number }>(`${model(f)}
        SELECT count(*) FILTER (WHERE pi)::INTEGER AS inn, count(*) FILTER (WHERE po)::INTEGER AS out
        FROM pairs WHERE event_type = 'CONSULT' AND mode = 'visit' AND partner = ${P}`);
      assert.deepEqual([d.visits.inbound.total, d.visits.outbound.total], [v!.inn, v!.out]);
      for (const side of [d.visits.inbound, d.visits.outbound]) {
        assert.equal(side.head + side.minister + side.other + side.unknown, side.total);
      }
    });

    it('deals: money by partner adds up to the money stated, split across partners', async () => {
      const dl = got.get(f)!.deals;
      const rows = await sqlRun<{ partner: string; usd: number | null; events: number }>(`${model(f)}
        SELECT partner, sum(value_amount / np / r.per_usd)::DOUBLE AS usd, count(*)::INTEGER AS events
        FROM pairs LEFT JOIN rates r ON r.currency = pairs.value_currency AND r.yr = year(pairs.date_start)
        WHERE value_amount IS NOT NULL GROUP BY partner`);
      const [stated] = await sqlRun<{ usd: number | null }>(`${model(f)}
        SELECT sum(value_amount / r.per_usd)::DOUBLE AS usd FROM ev LEFT JOIN rates r ON r.currency = ev.value_currency AND r.yr = year(ev.date_start)
        WHERE value_amount IS NOT NULL AND len(list_distinct(outp || inp)) > 0`);
      assert.equal(dl.total_usd, r2(stated!.usd ?? 0));
      assert.deepEqual(
        Object.fromEntries(dl.by_partner.map((p) => [p.partner, [p.usd, p.events]])),
        Object.fromEntries(rows.map((r) => [r.partner, [r2(r.usd ?? 0), r.events]])));
    });

    it('brief: headline of the window and of the previous one, top partners, warmth and deals, in the rendered text too', async () => {
      const { brief: d, markdown } = got.get(f)!;
      const now = await headlineBySql(f, WINDOW);
      const before = await headlineBySql(f, PREVIOUS);
      assertHeadline(d.headline, now, `${f} brief window`);
      assertHeadline(d.previousHeadline!, before, `${f} brief previous window`);
      const moved = (x: number, y: number) => (y === 0 ? (x === 0 ? 'unchanged' : 'up from none') : x === y ? 'unchanged' : `${x > y ? 'up' : 'down'} ${Math.abs(Math.round(((x - y) / y) * 100))}%`);
      if (f !== 'UZB') {
        assert.match(markdown, new RegExp(`\\| Happenings \\| ${now.events} \\| ${before.events} \\|`));
        assert.equal(d.changes[0], `Happenings: ${now.events} against ${before.events} (${moved(now.events, before.events)}).`);
      }
      const pairs = now.ps.reduce((n, p) => n + p.events, 0);
      assert.deepEqual(d.topPartners.map((p) => [p.partner, p.events, p.share]), now.ps.slice(0, d.topPartners.length).map((p) => [p.partner, p.events, r4(p.events / pairs)]));
      // (a dyad brief, UZB's with KAZ, counts the money of that dyad only)
      const money = f === 'UZB' ? await dealsBySql(f, WINDOW, 'KAZ') : { usd: now.usd, events: now.deal_events };
      assert.equal(d.deals.total_usd, money.usd);
      assert.match(markdown, new RegExp(`over ${money.events} happening–partner ${money.events === 1 ? 'pair' : 'pairs'} with money`));
      // the dyad of the brief is with the partner asked for (UZB–KAZ) or the top partner of the window (KAZ)
      const partner = d.partner!;
      assert.equal(partner, f === 'UZB' ? 'KAZ' : now.ps[0]!.partner);
      const [t] = await sqlRun<{ n: number; coop: number; conflict: number }>(`${model(f, WINDOW)}
        SELECT count(*)::INTEGER AS n, count(*) FILTER (WHERE quad_class IN (1, 2))::INTEGER AS coop,
          count(*) FILTER (WHERE quad_class IN (3, 4))::INTEGER AS conflict FROM pairs WHERE partner = ${lit(partner)}`);
      assert.equal(d.dyad!.total.events, t!.n);
      // The events listed agree with the deals: each is one happening, and the money of each is in the deals.
      const ids = d.notable.map((e) => e.happening ?? e.id);
      assert.equal(new Set(ids).size, ids.length, 'one report per happening');
      for (const e of d.notable.filter((x) => x.value)) {
        const [c] = await sqlRun<{ n: number }>(`${model(f, WINDOW)} SELECT count(*)::INTEGER AS n FROM pairs WHERE id = ${lit(e.id)} AND value_amount IS NOT NULL`);
        assert.ok(c!.n > 0, `${e.id}: its money is counted`);
        for (const p of [...e.actor, ...e.recipient].filter((x) => x !== f && (!d.partnerGiven || x === d.partner))) {
          if (e.recipient.length && e.actor.includes(p) && !e.recipient.includes(f)) continue;
          assert.ok(d.deals.by_partner.some((x) => x.partner === p && x.events > 0), `${e.id}: ${p} is in the deals`);
        }
      }
      if (f === 'UZB') {
        // A dyad brief's headline and changes are the dyad's.
        const [p] = await sqlRun<{ n: number }>(`${model(f, PREVIOUS)} SELECT count(*)::INTEGER AS n FROM pairs WHERE partner = ${lit(partner)}`);
        assert.match(markdown, new RegExp(`\\| Happenings with Kazakhstan \\| ${t!.n} \\| ${p!.n} \\|`));
        assert.equal(d.changes[0], `Happenings with Kazakhstan: ${t!.n} against ${p!.n} (${moved(t!.n, p!.n)}).`);
      }
      const w = smoothWarmth(t!.coop, t!.conflict, warmthPrior(now.ps.reduce((n, p) => n + p.coop, 0), now.ps.reduce((n, p) => n + p.conflict, 0)));
      assert.match(markdown, new RegExp(`${t!.n} happening${t!.n === 1 ? '' : 's'}, warmth ${w.smoothed.toFixed(2)} \\(90% interval ${w.low.toFixed(2)} to ${w.high.toFixed(2)};`));
    });
  });
}
