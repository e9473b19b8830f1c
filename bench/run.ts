/**
 * `npm run bench`: every benchmark, each next to a reference measured in the same run.
 * `npm run bench -- coder store analytics postgres queue http soak` runs a subset; `soak --minutes 10` sets the soak's length.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

type Bench = () => Promise<string[]>;
const benches: Record<string, () => Promise<Bench[]>> = {
  coder: async () => [(await import('./coder.ts')).benchCoder],
  store: async () => { const m = await import('./store.ts'); return [m.benchImport, m.benchQuery]; },
  analytics: async () => [(await import('./analytics.ts')).benchAnalytics],
  postgres: async () => { const m = await import('./postgres.ts'); return [m.benchPgImport, m.benchPgBalance]; },
  queue: async () => { const m = await import('./queue.ts'); return [m.benchIngestThreads, m.benchWorkers]; },
  soak: async () => [(await import('./soak.ts')).benchSoak],
  http: async () => {
    // the HTTP bench lands with the server; skip cleanly before that
    if (!existsSync(join(import.meta.dirname, 'http.ts'))) return [];
    const m = (await import('./http.ts' as string)) as { benchHttp: Bench; benchHttpEngines: Bench };
    return [m.benchHttp, m.benchHttpEngines];
  },
};

// Bench names, without options and their values (`soak --minutes 10 --heap DIR`).
const args = process.argv.slice(2);
const wanted = args.filter((a, i) => !a.startsWith('-') && args[i - 1] !== '--minutes' && args[i - 1] !== '--heap');
for (const name of wanted.length ? wanted : Object.keys(benches)) {
  const load = benches[name];
  if (!load) { console.error(`unknown bench "${name}" (${Object.keys(benches).join(', ')})`); process.exitCode = 2; continue; }
  console.log(`\n== ${name}`);
  for (const run of await load()) {
    const t0 = Date.now();
    for (const line of await run()) console.log(line);
    console.log(`   (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  }
}
