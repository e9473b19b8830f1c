/**
 * Soak of the live sources: a local server publishes 100 items a minute across 20 RSS feeds (each feed shows its
 * latest 30 items, as real feeds do) while the real `multivector serve --watch` (a child process, fresh database
 * file) follows them every 5 s and this process queries the dashboard's API one request after another (balance,
 * partners, sources, events). Reported: items stored per second, lag from an item's publication to the measures
 * (the focal country's reports counted by /api/measures/balance?unit=reports), the server's resident memory after
 * the warm-up (a quarter of the run, at most a minute) and at the end, with its range, and errors (failed polls, non-2xx answers; expected: zero).
 * The server runs with its memory log (MULTIVECTOR_MEMORY_LOG, a record every 10 s): memory by component (V8 heap,
 * external and ArrayBuffers; DuckDB's buffers; the result cache; the poller's state; the coding threads' queue) is
 * reported at launch, after the warm-up and at the end.
 *
 *   npm run bench -- soak                 (default 1 minute)
 *   npm run bench -- soak --minutes 10    (the issue's figure)
 *   npm run bench -- soak --minutes 30 --heap DIR   (also heap snapshots of the server after the warm-up and at the end, in DIR)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/multivector', import.meta.url));
const FEEDS = 20;
const PER_MINUTE = 100;
const SHOWN = 30;
const PARTNERS = ['France', 'Germany', 'Italy', 'Spain', 'Poland', 'China', 'Russia', 'Japan', 'India', 'Turkey', 'Uzbekistan', 'Kyrgyzstan',
  'Tajikistan', 'Turkmenistan', 'Azerbaijan', 'Mongolia', 'Pakistan', 'Egypt', 'Qatar', 'Brazil'];

/** `--heap DIR`: where the server's heap snapshots go (none without it). */
function heapArg(argv = process.argv): string | null {
  const i = argv.indexOf('--heap');
  return i >= 0 ? argv[i + 1] ?? null : null;
}

export function minutesArg(argv = process.argv): number {
  const i = argv.indexOf('--minutes');
  const v = i >= 0 ? Number(argv[i + 1]) : Number(process.env.BENCH_SOAK_MINUTES ?? 1);
  if (!(v > 0)) throw new Error('--minutes takes a positive number');
  return v;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const rssOf = (items: Array<{ id: string; title: string; text: string; at: number }>) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>soak</title><link>http://soak.test/</link><description>soak</description><language>en</language>
${items.map((i) => `<item><guid>${i.id}</guid><link>http://soak.test/${i.id}</link><title>${esc(i.title)}</title><pubDate>${new Date(i.at).toUTCString()}</pubDate><description>${esc(i.text)}</description></item>`).join('\n')}
</channel></rss>`;

function rssKb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : NaN;
}

/** One record of the server's memory log (src/memory-log.ts). */
interface MemoryRecord {
  at: string;
  phase: string;
  memory: { rss: number; heap_used: number; heap_total: number; external: number; array_buffers: number };
  components: Record<string, Record<string, number | string>>;
}

const MB = (b: number | string | undefined) => (Number(b ?? 0) / 1024 ** 2).toFixed(1);

/** A memory record as one report line: the process's memory, then each component's figures. */
function byComponent(label: string, r: MemoryRecord | undefined): string {
  if (!r) return `   memory by component ${label}: no record`;
  const m = r.memory;
  const { engine = {}, cache = {}, watcher = {}, coding = {} } = r.components;
  const tags = Object.entries(engine).filter(([k]) => k.endsWith('_bytes') && k !== 'total_bytes')
    .sort((a, b) => Number(b[1]) - Number(a[1])).slice(0, 3).map(([k, v]) => `${k.slice(0, -6)} ${MB(v)}`).join(', ');
  return `   memory by component ${label}: rss ${MB(m.rss)} MB; V8 heap ${MB(m.heap_used)} of ${MB(m.heap_total)} MB; external ${MB(m.external)} MB ` +
    `(array buffers ${MB(m.array_buffers)}); DuckDB ${MB(engine.total_bytes)} MB (${tags || 'nothing'}; limit ${engine.limit ?? '?'}); ` +
    `result cache ${cache.entries ?? '?'} entries, ${MB(cache.data_bytes)} MB; poller ${watcher.statuses ?? '?'} statuses, ${watcher.behind ?? '?'} behind, ` +
    `${watcher.polls ?? '?'} polls; coding ${coding.threads ?? '?'} threads, ${coding.running ?? '?'} running, ${coding.waiting ?? '?'} waiting`;
}

function startServe(db: string, sources: string, heapDir: string | null, memoryLog: string): Promise<{ child: ChildProcess; url: string; log: () => string }> {
  return new Promise((resolve, reject) => {
    const heap = heapDir ? [`--heapsnapshot-signal=SIGUSR2`, `--diagnostic-dir=${heapDir}`] : [];
    const child = spawn(process.execPath, [...heap, BIN, 'serve', '--watch', '--sources', sources, '--db', db, '--port', '0', '--no-examples'], {
      env: { ...process.env, MULTIVECTOR_TOKEN: 'soak-token-0123456789abcdef', MULTIVECTOR_MEMORY_LOG: memoryLog, MULTIVECTOR_MEMORY_LOG_SECONDS: '10' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stderr!.on('data', (d: Buffer) => { out += d; });
    child.stdout!.on('data', (d: Buffer) => {
      out += d;
      const m = /observatory on (http:\/\/\S+?)\/? /.exec(out);
      if (m) resolve({ child, url: m[1]!, log: () => out });
    });
    child.on('exit', (code) => reject(new Error(`serve exited with code ${code}: ${out}`)));
  });
}

export async function benchSoak(): Promise<string[]> {
  const minutes = minutesArg();
  const ms = minutes * 60_000;
  const dir = mkdtempSync(join(tmpdir(), 'mv-soak-'));
  const feeds: Array<Array<{ id: string; title: string; text: string; at: number }>> = Array.from({ length: FEEDS }, () => []);
  const published: number[] = [];
  const server = createServer((req, res) => {
    const n = Number(/^\/feed\/(\d+)$/.exec(req.url ?? '')?.[1]);
    const items = feeds[n];
    if (!items) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssOf(items.slice(-SHOWN).reverse()));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const feedBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const sources = join(dir, 'sources.json');
  writeFileSync(sources, JSON.stringify({ timeout: '10s', sources: feeds.map((_, i) => ({ name: `feed-${i}`, url: `${feedBase}/feed/${i}`, type: 'feed', every: '5s' })) }));
  const heapDir = heapArg();
  const db = join(dir, 'soak.duckdb');
  // The database's size (file and write-ahead log): DuckDB keeps what it reads in memory, so memory follows it.
  const dbMb = () => [db, `${db}.wal`].reduce((n, f) => n + (existsSync(f) ? statSync(f).size : 0), 0) / 1024 ** 2;
  let dbStart = NaN;
  const memoryLog = join(dir, 'memory.jsonl');
  const serve = await startServe(db, sources, heapDir, memoryLog);
  const snapshot = () => { if (heapDir) serve.child.kill('SIGUSR2'); };
  let errors = 0;
  let requests = 0;
  let stopQueries = false;
  const lags: number[] = [];
  let seen = 0;
  const get = async (path: string) => {
    requests++;
    const res = await fetch(`${serve.url}${path}`).catch(() => null);
    if (!res || !res.ok) { errors++; return null; }
    return res.json() as Promise<unknown>;
  };
  const queries = (async () => {
    const paths = ['/api/measures/partners?focal=KAZ', '/api/sources', '/api/events?country=KAZ&limit=50', '/api/stats'];
    for (let i = 0; !stopQueries; i++) {
      const b = await get('/api/measures/balance?focal=KAZ&unit=reports') as { total?: { focal_events?: number } } | null;
      const count = b?.total?.focal_events ?? seen;
      // Reports of the focal country visible to the measures: items up to `count` have arrived (in publication order).
      for (; seen < Math.min(count, published.length); seen++) lags.push(Date.now() - published[seen]!);
      await get(paths[i % paths.length]!);
    }
  })();
  const t0 = Date.now();
  let rssStart = NaN;
  let warmAt = Infinity;
  let k = 0;
  const day = (i: number) => new Date(Date.now() - (1 + (i % 20)) * 86_400_000);
  const publish = setInterval(() => {
    const at = Date.now();
    const d = day(k);
    const spoken = d.toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
    const partner = PARTNERS[k % PARTNERS.length]!;
    feeds[k % FEEDS]!.push({ id: `item-${k}`, at, title: `Tokayev and ${partner} (${k})`,
      text: `Kazakh President Kassym-Jomart Tokayev met the President of ${partner} in Astana on ${spoken}. Item ${k}.` });
    published.push(at);
    k++;
  }, 60_000 / PER_MINUTE);
  // Resident memory sampled every 10 s after the warm-up: DuckDB's buffers make single readings swing by tens of MB.
  const samples: number[] = [];
  let sampler: NodeJS.Timeout | undefined;
  const warm = setTimeout(() => {
    rssStart = rssKb(serve.child.pid!);
    warmAt = Date.now();
    dbStart = dbMb();
    samples.push(rssStart);
    snapshot();
    sampler = setInterval(() => samples.push(rssKb(serve.child.pid!)), 10_000);
  }, Math.min(60_000, ms / 4));
  await new Promise((r) => setTimeout(r, ms));
  clearInterval(publish);
  // The last items: give the watcher two rounds to bring them in.
  const drainUntil = Date.now() + 20_000;
  while (seen < published.length && Date.now() < drainUntil) await new Promise((r) => setTimeout(r, 200));
  stopQueries = true;
  await queries;
  clearTimeout(warm);
  clearInterval(sampler);
  const rssEnd = rssKb(serve.child.pid!);
  const dbEnd = dbMb();
  samples.push(rssEnd);
  if (heapDir) {
    snapshot();
    // Writing a snapshot takes a few seconds; the server is stopped after it.
    await new Promise((r) => setTimeout(r, 15_000));
  }
  const failedPolls = (serve.log().match(/watch: .*failed/g) ?? []).length;
  const elapsed = (Date.now() - t0) / 1000;
  await new Promise<void>((r) => { serve.child.removeAllListeners('exit'); serve.child.once('exit', () => r()); serve.child.kill('SIGTERM'); });
  server.close();
  const memory = existsSync(memoryLog) ? readFileSync(memoryLog, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as MemoryRecord) : [];
  rmSync(dir, { recursive: true, force: true });
  const sorted = [...lags].sort((a, b) => a - b);
  // Single readings swing by tens of MB (DuckDB's buffers, the allocator): growth shows in the means of each end.
  const edge = Math.max(1, Math.min(6, Math.floor(samples.length / 3)));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  // The run in six spans: whether memory levels off or keeps climbing shows in their means.
  const span = Math.max(1, Math.ceil(samples.length / 6));
  const spans = Array.from({ length: Math.ceil(samples.length / span) }, (_, i) => (mean(samples.slice(i * span, (i + 1) * span)) / 1024).toFixed(0));
  const q = (p: number) => (sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! / 1000).toFixed(1) : '—');
  return [
    `soak ${minutes} min: ${published.length} items published across ${FEEDS} feeds (${PER_MINUTE}/min), ${seen} reached the measures`,
    `   throughput ${(seen / elapsed).toFixed(2)} items/s stored (publication rate ${(PER_MINUTE / 60).toFixed(2)}/s)`,
    `   lag publication -> measures: p50 ${q(0.5)} s, p90 ${q(0.9)} s, max ${q(1)} s (polls every 5 s)`,
    `   serve --watch resident memory: ${(rssStart / 1024).toFixed(0)} MB after warm-up, ${(rssEnd / 1024).toFixed(0)} MB at the end ` +
      `(${(Math.min(...samples) / 1024).toFixed(0)}–${(Math.max(...samples) / 1024).toFixed(0)} MB over ${samples.length} samples; ` +
      `mean of the first ${edge} samples ${(mean(samples.slice(0, edge)) / 1024).toFixed(0)} MB, of the last ${edge} ${(mean(samples.slice(-edge)) / 1024).toFixed(0)} MB)`,
    `   resident memory by sixths of the run (MB): ${spans.join(' → ')}; database ${dbStart.toFixed(1)} MB after warm-up, ${dbEnd.toFixed(1)} MB at the end`,
    byComponent('at launch', memory[0]),
    byComponent('after warm-up', memory.find((r) => Date.parse(r.at) >= warmAt) ?? memory.at(-1)),
    byComponent('at the end', memory.at(-1)),
    `   ${requests} API requests while watching; errors: ${errors} non-2xx, ${failedPolls} failed polls, ${published.length - seen} items missing`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) for (const l of await benchSoak()) console.log(l);
