/**
 * The real GDELT sample gives identical figures on both engines: the file is imported into a DuckDB file and
 * into a PostgreSQL database (the test server of test/unit/_pg.ts), and the import counts, stats, happenings and
 * every measure the CLI shows are compared (numbers to 1e-9 relative: sums may add in another order).
 */
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, it } from 'node:test';
import { balance, brokerage, deals, dyad, partners, visits } from '../../src/analytics/index.ts';
import { importFile } from '../../src/import/index.ts';
import type { Store } from '../../src/store/store.ts';
import { openFreshDuckDb, openFreshPostgres } from '../unit/_engines.ts';
import { withPostgres } from '../unit/_pg.ts';

const CSV = fileURLToPath(new URL('../../../shared/data/gdelt/20150218230000.export.CSV', import.meta.url));
const FOCALS = ['USA', 'RUS', 'GBR'];

const norm = (v: unknown): unknown => {
  if (typeof v === 'number') return Number.isInteger(v) ? v : Number(v.toPrecision(9));
  if (Array.isArray(v)) return v.map(norm);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, norm(x)]));
  return v;
};

async function figures(store: Store): Promise<Record<string, unknown>> {
  const q = store.measures();
  const out: Record<string, unknown> = { stats: { ...(await store.stats()), bytes: 0 } };
  out.happenings = await store.queryHappenings({}, { limit: 200, sort: 'reports' });
  for (const focal of FOCALS) {
    for (const unit of ['reports', 'happenings'] as const) {
      const filter = { unit };
      out[`balance ${focal} ${unit}`] = await balance(q, focal, { granularity: 'month', filter });
      out[`partners ${focal} ${unit}`] = await partners(q, focal, { filter });
      out[`dyad ${focal} ${unit}`] = await dyad(q, focal, focal === 'RUS' ? 'UKR' : 'RUS', { granularity: 'month', filter });
      out[`deals ${focal} ${unit}`] = await deals(q, focal, { filter });
      out[`visits ${focal} ${unit}`] = await visits(q, focal, { filter });
    }
    out[`brokerage ${focal}`] = await brokerage(q, focal);
  }
  return out;
}

withPostgres('the GDELT sample on DuckDB and PostgreSQL', () => {
  const opened: Array<{ store: Store; cleanup(): Promise<void> }> = [];
  const counts: unknown[] = [];
  before(async () => {
    opened.push(await openFreshDuckDb(), await openFreshPostgres());
    for (const o of opened) counts.push(await importFile(o.store, 'gdelt', CSV));
  });
  after(async () => {
    for (const o of opened) await o.cleanup();
  });

  it('the GDELT sample gives identical figures on DuckDB and PostgreSQL', async () => {
    const noTime = (c: unknown) => ({ ...(c as Record<string, unknown>), ms: 0 });
    assert.deepEqual(noTime(counts[1]), noTime(counts[0]), 'import counts');
    assert.ok((counts[0] as { added: number }).added > 1000);
    const [duck, pg] = [await figures(opened[0]!.store), await figures(opened[1]!.store)];
    for (const k of Object.keys(duck)) assert.deepEqual(norm(pg[k]), norm(duck[k]), k);
    assert.deepEqual(await opened[1]!.store.checkIntegrity(), []);
  });
});
