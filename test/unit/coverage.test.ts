/**
 * Documents and sources behind every series (issue 10, item 7): the example corpus, given URLs on a few hosts
 * (some without one, so their source is the input file) and with some documents reported again by another
 * outlet (so happenings have reports in several documents), is coded into a real DuckDB file. The documents
 * and sources the balance and dyad series carry per period are recounted with plain SQL over `events` and
 * `documents`, for happenings and for reports.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import { balance, dyad } from '../../src/analytics/index.ts';
import type { BalanceResult, DyadResult } from '../../src/analytics/types.ts';
import { createCoder } from '../../src/coder/index.ts';
import { ingest } from '../../src/ingest/index.ts';
import type { Unit } from '../../src/store/measures.ts';
import { openStore } from '../../src/store/store.ts';

const FOCAL = 'KAZ';
const HOSTS = ['https://www.astanatimes.example/a/', 'http://kz.reuters.example/b?x=', 'https://news.example:8443/c/', 'https://www.tass.example/'];
const vectorSet = JSON.parse(readFileSync(new URL('../../data/vectors/default.json', import.meta.url), 'utf8')) as {
  vectors: Array<{ id: string; members?: string[]; rest?: boolean }>;
};

let dir: string;
let input: string;
let partner: string;
const got = new Map<Unit, { balance: BalanceResult; dyad: DyadResult }>();
let sqlRun: <T>(sql: string) => Promise<T[]>;
let closeDb: () => void;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mv-coverage-'));
  const docs = readFileSync(new URL('../../examples/docs.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  const out: Array<Record<string, unknown>> = [];
  docs.forEach((d, i) => {
    // Every fifth document has no URL: its source is the input file.
    out.push(i % 5 === 4 ? d : { ...d, url: `${HOSTS[i % HOSTS.length]}${String(d.id)}` });
    // Every third one is reported again, by another outlet: the same happenings in a second document.
    if (i % 3 === 0) out.push({ ...d, id: `${String(d.id)}-again`, url: `https://other.example/${String(d.id)}` });
  });
  input = join(dir, 'docs.jsonl');
  writeFileSync(input, out.map((d) => JSON.stringify(d)).join('\n') + '\n');
  const path = join(dir, 'c.duckdb');
  const store = await openStore({ path });
  try {
    await ingest([input], { store, coder: createCoder() });
    const q = store.measures();
    partner = 'CHN';
    for (const unit of ['happenings', 'reports'] as const) {
      got.set(unit, {
        balance: await balance(q, FOCAL, { granularity: 'quarter', filter: { unit } }),
        dyad: await dyad(q, FOCAL, partner, { granularity: 'quarter', filter: { unit } }),
      });
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

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const PREC = `(CASE length(date) WHEN 4 THEN 1 WHEN 7 THEN 2 WHEN 10 THEN 3 END)`;
const QUARTER = `CASE WHEN date_start IS NULL THEN 'undated' WHEN ${PREC} >= 2 THEN strftime(date_start, '%Y') || '-Q' || quarter(date_start) ELSE 'imprecise' END`;
const vectorRows = vectorSet.vectors.flatMap((v) => (v.members ?? []).map((m) => `(${lit(m)}, ${lit(v.id)})`)).join(', ');
const REST = vectorSet.vectors.find((v) => v.rest)!.id;

/**
 * Per (quarter, key) and per quarter: the documents and sources of the counted events' reports. Written from
 * the documented model: counted events as in the cross-check; a happening's reports share `happening`; the
 * source is the URL host without "www." (or the input file).
 */
async function recount(unit: Unit, partnerOnly?: string): Promise<Array<{ q: string; key: string | null; documents: number; sources: number }>> {
  const F = lit(FOCAL);
  const kept = `review_status <> 'rejected' ${unit === 'happenings' ? 'AND coalesce(h_rep, true)' : ''} AND date_flag IS NULL AND (date_start IS NULL OR date_start <= current_date)`;
  return sqlRun(`WITH ev AS (
      SELECT id, coalesce(happening, id) AS h, ${QUARTER} AS q,
        list_distinct(
          (CASE WHEN list_contains(actor, ${F}) THEN list_filter(CASE WHEN len(recipient) = 0 THEN actor ELSE recipient END, lambda x: x <> ${F}) ELSE []::VARCHAR[] END) ||
          (CASE WHEN list_contains(recipient, ${F}) THEN list_filter(actor, lambda x: x <> ${F}) ELSE []::VARCHAR[] END)) AS ps
      FROM events WHERE ${kept} AND (list_contains(actor, ${F}) OR list_contains(recipient, ${F}))
    ), vec(code, vector) AS (VALUES ${vectorRows}),
    counted AS (
      SELECT DISTINCT ev.id, ev.h, ev.q, ${partnerOnly ? 't.p' : `coalesce(vec.vector, ${lit(REST)})`} AS key
      FROM ev, unnest(ps) AS t(p) LEFT JOIN vec ON vec.code = t.p ${partnerOnly ? `WHERE t.p = ${lit(partnerOnly)}` : ''}
    ), rep AS (
      SELECT c.q, c.key, e.doc, CASE WHEN d.url IS NOT NULL THEN regexp_replace(split_part(split_part(d.url, '://', 2), '/', 1), '^www[.]|:[0-9]+$', '', 'g')
        ELSE ${lit(input)} END AS src
      FROM counted c JOIN events e ON ${unit === 'happenings' ? 'coalesce(e.happening, e.id) = c.h' : 'e.id = c.id'} JOIN documents d ON d.id = e.doc
    )
    SELECT q, key, count(DISTINCT doc)::INTEGER AS documents, count(DISTINCT src)::INTEGER AS sources FROM rep GROUP BY q, key
    UNION ALL SELECT q, NULL, count(DISTINCT doc)::INTEGER, count(DISTINCT src)::INTEGER FROM rep GROUP BY q
    UNION ALL SELECT 'total', NULL, count(DISTINCT doc)::INTEGER, count(DISTINCT src)::INTEGER FROM rep`);
}

for (const unit of ['happenings', 'reports'] as const) {
  describe(`documents and sources beside every series (${unit})`, () => {
    it('the corpus has happenings reported by several documents, on several hosts', async () => {
      const [r] = await sqlRun<{ multi: number; hosts: number }>(`SELECT
          (SELECT count(*) FROM (SELECT happening FROM events GROUP BY happening HAVING count(DISTINCT doc) > 1))::INTEGER AS multi,
          (SELECT count(DISTINCT split_part(url, '/', 3)) FROM documents)::INTEGER AS hosts`);
      assert.ok(r!.multi > 5, `happenings in several documents: ${r!.multi}`);
      assert.ok(r!.hosts >= 5);
    });

    it('balance: per quarter and per vector, imprecise, undated and the window agree with SQL', async () => {
      const b = got.get(unit)!.balance;
      const rows = await recount(unit);
      const at = (q: string, key: string | null) => rows.find((r) => r.q === q && r.key === key);
      let checked = 0;
      for (const p of b.series) {
        const all = at(p.period, null);
        assert.deepEqual([p.documents, p.sources], [all?.documents ?? 0, all?.sources ?? 0], `${unit} ${p.period}`);
        for (const [v, c] of Object.entries(p.coverage)) {
          const r = at(p.period, v);
          assert.deepEqual([c.documents, c.sources], [r?.documents ?? 0, r?.sources ?? 0], `${unit} ${p.period} ${v}`);
          assert.equal(c.documents > 0, (p.counts[v] ?? 0) > 0, 'documents exactly where there are events');
        }
        if (p.events > 0) checked++;
        assert.ok(p.sources <= p.documents);
      }
      assert.ok(checked > 5);
      assert.deepEqual([b.imprecise.documents, b.imprecise.sources], [at('imprecise', null)?.documents ?? 0, at('imprecise', null)?.sources ?? 0]);
      assert.deepEqual([b.undated.documents, b.undated.sources], [at('undated', null)?.documents ?? 0, at('undated', null)?.sources ?? 0]);
      assert.deepEqual([b.total.documents, b.total.sources], [at('total', null)!.documents, at('total', null)!.sources]);
      assert.ok(b.total.sources >= 5, 'hosts and the input file are told apart');
    });

    it('dyad: per quarter and for the window agree with SQL', async () => {
      const d = got.get(unit)!.dyad;
      const rows = await recount(unit, partner);
      const at = (q: string) => rows.find((r) => r.q === q && r.key === null);
      assert.ok(d.total.events > 3);
      for (const p of d.series) {
        assert.deepEqual([p.documents, p.sources], [at(p.period)?.documents ?? 0, at(p.period)?.sources ?? 0], `${unit} ${p.period}`);
        assert.equal(p.documents > 0, p.events > 0);
      }
      assert.deepEqual([d.total.documents, d.total.sources], [at('total')!.documents, at('total')!.sources]);
      assert.deepEqual([d.imprecise_coverage.documents, d.undated_coverage.documents], [at('imprecise')?.documents ?? 0, at('undated')?.documents ?? 0]);
    });
  });
}

it('counting happenings, a happening brings the documents of all its reports', () => {
  const h = got.get('happenings')!.balance.total;
  const r = got.get('reports')!.balance.total;
  assert.ok(h.events < r.events, 'fewer happenings than reports');
  assert.equal(h.documents, r.documents, 'the same documents stand behind them');
});
