/**
 * Analytics benchmark: `balance` for one focal country (KAZ) by month over 10 years (2015–2024), on 1M and
 * 10M generated events (src/store/duckdb/synthetic.ts: skewed pairs, all types, dates 2015–2025 in random
 * order, written in 1M-row batches through the store's write path). Balance reads KAZ's event_party rows, which
 * the store keeps clustered by code. Reports median latency and growth; target < 300 ms at 10M. Uncached coverage
 * (a balance's documents and sources) is measured against engagement on the same window, as a ratio.
 * Run standalone: node --import tsx bench/analytics.ts   (BENCH_ANALYTICS_SIZES=1000000,10000000)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { balance } from '../src/analytics/balance.ts';
import { fillSyntheticEvents } from '../src/store/duckdb/synthetic.ts';
import { openStore } from '../src/store/store.ts';

const SIZES = (process.env.BENCH_ANALYTICS_SIZES ?? '1000000,10000000').split(',').map(Number);
const TARGET_MS = 300;
/**
 * Coverage (documents and sources behind the series) against engagement (the series itself), both uncached on the
 * same window: coverage reads every report of each focal happening, so it may cost more, but not many times more
 * (8x before the sources were stored on the event rows and the distinct counts rewritten).
 */
const TARGET_COVERAGE_RATIO = 4;

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchAnalytics(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'mv-bench-analytics-'));
  const lines: string[] = [];
  const results: Array<{ n: number; ms: number }> = [];
  try {
    for (const n of SIZES) {
      const path = join(dir, `a${n}.duckdb`);
      let t = performance.now();
      await fillSyntheticEvents(path, n, { clustered: false });
      const fillS = (performance.now() - t) / 1000;
      const store = await openStore({ path, readOnly: true });
      try {
        const run = () => balance(store.measures(), 'KAZ', { granularity: 'month', filter: { from: '2015', to: '2024' } });
        const first = await run(); // warm-up: first touch loads the file's blocks
        const times: number[] = [];
        for (let i = 0; i < 7; i++) {
          t = performance.now();
          await run();
          times.push(performance.now() - t);
        }
        const m = median(times);
        results.push({ n, ms: m });
        const q = store.measures();
        const filter = { from: '2015', to: '2024' };
        const timed = async (fn: () => Promise<unknown>) => {
          await fn();
          const ts: number[] = [];
          for (let i = 0; i < 7; i++) {
            t = performance.now();
            await fn();
            ts.push(performance.now() - t);
          }
          return median(ts);
        };
        const eng = await timed(() => q.engagement({ focal: 'KAZ', filter, granularity: 'month', rates: [], totals: true }));
        const cov = await timed(() => q.coverage({ focal: 'KAZ', filter, granularity: 'month' }));
        lines.push(`analytics: ${fmt(n)} events (generated in ${fillS.toFixed(1)}s): balance KAZ by month 2015–2024 ` +
          `(${first.total.focal_events.toLocaleString('en-US')} focal events, ${first.series.length} months, 12 vectors) ` +
          `median ${m.toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`,
        `analytics: ${fmt(n)} events: coverage median ${cov.toFixed(0)} ms, engagement ${eng.toFixed(0)} ms: ` +
          `x${(cov / eng).toFixed(1)}; ${cov / eng <= TARGET_COVERAGE_RATIO ? 'meets' : 'MISSES'} the target (coverage <= ${TARGET_COVERAGE_RATIO}x engagement)`);
      } finally {
        await store.close();
        rmSync(path, { force: true });
      }
    }
    if (results.length >= 2) {
      const a = results[0]!;
      const b = results[results.length - 1]!;
      lines.push(`analytics: ${fmt(a.n)} -> ${fmt(b.n)} events (x${(b.n / a.n).toFixed(0)}): latency x${(b.ms / a.ms).toFixed(1)}; ` +
        `${b.ms < TARGET_MS ? 'meets' : 'MISSES'} the < ${TARGET_MS} ms target at ${fmt(b.n)}`);
    }
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const l of await benchAnalytics()) console.log(l);
}
