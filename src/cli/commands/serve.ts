/**
 * `multivector serve [--db FILE] [--port 8080] [--host 127.0.0.1] [--allowed-hosts NAMES] [--cors ORIGIN] [--lexicon FILE...]
 * [--ingest-budget SECONDS]`: the
 * observatory — API and dashboard in one process. A new, empty database gets the bundled example corpus first,
 * so the dashboard has something to show. Prints the URL, and the write token when it is generated.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { InputError } from '../../errors.ts';
import { createCoder, loadLexicon, type Coder } from '../../coder/index.ts';
import { ingest } from '../../ingest/index.ts';
import { displayLocation, engineFor } from '../../store/engines.ts';
import { openStore, type Store } from '../../store/store.ts';
import { removeServeRecord, writeServeRecord } from '../_serve-record.ts';
import type { Register } from './index.ts';
import { loadSources, type WatchEvent } from '../../watch/index.ts';
import { addDbOption, dbPath } from './_store-options.ts';
import { CODER_POOL_DEFAULTS, MIN_HEAP_MB } from '../../ingest/coder-pool.ts';
import { workerHeapOption } from './_pool-options.ts';
import { memoryLogSeconds, memoryLogTarget } from '../../memory-log.ts';
import { sweepScratch } from '../../scratch.ts';

export const EXAMPLES_FILE = fileURLToPath(new URL('../../../examples/docs.jsonl', import.meta.url));

/** Ingests the example corpus into an empty store; returns the number of events stored (0 when not empty). */
export async function seedExamples(store: Store, file = EXAMPLES_FILE, coder: () => Coder = () => createCoder()): Promise<number> {
  if ((await store.countEvents({})) > 0 || (await store.queries().listDocuments({ limit: 0, offset: 0 })).total > 0) return 0;
  const p = await ingest([file], { store, coder: coder() });
  return p.events;
}

/** A service's log of the poller: failures, polls that brought something, and alerts, one line each. */
function logWatch(e: WatchEvent): void {
  if (e.kind === 'polling') return;
  if (e.kind === 'alert') process.stdout.write(`alert: ${e.alert.message}${e.alert.delivery ? ` (webhook: ${e.alert.delivery})` : ''}\n`);
  else if (e.error) process.stderr.write(`watch: ${e.source.name}: failed (${e.status.failures} in a row): ${e.error}\n`);
  else if (e.result && (e.result.items || e.result.updated)) {
    process.stdout.write(`watch: ${e.source.name}: ${e.result.items} new, ${e.result.updated} updated, ${e.result.events} events\n`);
  }
}

/** Longest `--ingest-budget`: a day (timers overflow past some 24 days, and a longer budget is no budget). */
const MAX_BUDGET_S = 86_400;

/** `--ingest-budget SECONDS` in ms, or an error saying what it takes. */
export function parseIngestBudget(value: string): number {
  const s = value.trim() === '' ? NaN : Number(value);
  if (!Number.isFinite(s) || s <= 0 || s > MAX_BUDGET_S) {
    throw new InputError(`--ingest-budget ${JSON.stringify(value)} is not a number of seconds above 0 and at most ${MAX_BUDGET_S} (e.g. 60, 0.5)`,
      { where: { field: 'ingest-budget' } });
  }
  // Timers count whole milliseconds: a budget under one is one.
  return Math.max(1, Math.round(s * 1000));
}

export const registerServe: Register = (program: Command) => {
  addDbOption(program.command('serve')
    .description('start the observatory: the HTTP API and the dashboard (an empty database gets the example corpus first)')
    .option('--port <n>', 'port (0 = any free port)', '8080')
    .option('--host <addr>', 'address to listen on (127.0.0.1 = this machine only)', '127.0.0.1')
    .option('--allowed-hosts <names>', 'more names the Host header may carry, comma-separated ("*" = any; default: '
      + 'loopback names and --host; env MULTIVECTOR_ALLOWED_HOSTS)')
    .option('--cors <origin>', 'allow this cross-origin caller, e.g. http://localhost:5173')
    .option('--no-examples', 'do not load the example corpus into an empty database')
    .option('--lexicon <file...>', 'extra lexicon files (same shapes as data/lexicon/*.json) for coding ingest requests and the examples')
    .option('--ingest-budget <seconds>', 'time one ingest request may spend coding; past it the request gets 413 and nothing is stored (default 60)')
    .option('--watch', 'follow the sources file\'s feeds and GDELT updates while serving (see `multivector watch`)')
    .option('--sources <file>', 'sources file for --watch (default: data/sources.json)')
    .option('--worker-heap <MB>', `heap limit of each coding thread, MB (default ${CODER_POOL_DEFAULTS.heapMb}; at least ${MIN_HEAP_MB}): a document or page needing more is refused, alone`))
    .action(async (opts: { db?: string; port: string; host: string; allowedHosts?: string; cors?: string; examples: boolean; lexicon?: string[];
      ingestBudget?: string; watch?: boolean; sources?: string; workerHeap?: string }) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InputError(`"${opts.port}" is not a port number`, { where: { field: 'port' } });
      if (opts.cors !== undefined && !/^https?:\/\/[^/\s]+$/.test(opts.cors)) {
        throw new InputError(`"${opts.cors}" is not an origin such as http://localhost:5173`, { where: { field: 'cors' } });
      }
      const heapMb = workerHeapOption(opts.workerHeap);
      const budgetMs = opts.ingestBudget === undefined ? undefined : parseIngestBudget(opts.ingestBudget);
      // Checked before anything starts, as the other options are.
      const memoryTarget = memoryLogTarget();
      const memoryLog = memoryTarget ? { target: memoryTarget, everyMs: memoryLogSeconds() * 1000 } : null;
      const lexicons = opts.lexicon ?? [];
      // A bad lexicon file is the starter's error now, not every ingest request's later (the workers load it too).
      if (lexicons.length) loadLexicon(lexicons);
      // Loaded here, not at CLI start: the other commands need none of the server.
      const { buildServer, resolveTokens, parseAllowedHosts } = await import('../../server/index.ts');
      const hostsSpec = opts.allowedHosts ?? process.env.MULTIVECTOR_ALLOWED_HOSTS;
      const allowedHosts = hostsSpec ? parseAllowedHosts(hostsSpec, opts.allowedHosts ? 'allowed-hosts' : 'MULTIVECTOR_ALLOWED_HOSTS') : [];
      // The sources file is checked before anything starts: a mistake in it is one line and exit 2.
      const sources = opts.watch ? loadSources(opts.sources) : null;
      const path = dbPath(opts);
      const embedded = engineFor(path).embedded;
      // The token file sits beside a database file; a server's database has no "beside": env, else a fresh one.
      const tokens = resolveTokens(embedded ? path : ':memory:');
      // What a killed run of this machine left in the temporary folder (an upload may be 2 GiB) goes now.
      sweepScratch();
      const store = await openStore({ path });
      let app;
      try {
        if (opts.examples) {
          const n = await seedExamples(store, EXAMPLES_FILE, () => createCoder({ lexicons }));
          if (n) process.stdout.write(`new database: loaded the example corpus (${n} events)\n`);
        }
        app = await buildServer({
          store, token: tokens.tokens, cors: opts.cors ?? null, host: opts.host, allowedHosts, lexicons, memoryLog,
          ...(heapMb || budgetMs !== undefined ? { coding: { ...(heapMb ? { heapMb } : {}), ...(budgetMs !== undefined ? { budgetMs } : {}) } } : {}),
          watch: sources ? { sources, onEvent: logWatch } : null,
        });
        await app.listen({ port, host: opts.host }).catch((e: NodeJS.ErrnoException) => {
          // One line, not a stack: the usual cause is another server (maybe another multivector serve) on the port.
          if (e.code === 'EADDRINUSE') throw new InputError(`port ${port} on ${opts.host} is already in use; choose another with --port (0 = any free port)`, { where: { field: 'port' } });
          if (e.code === 'EACCES') throw new InputError(`not allowed to listen on port ${port} (ports below 1024 need privileges); choose another with --port`, { where: { field: 'port' } });
          if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND') throw new InputError(`cannot listen on ${JSON.stringify(opts.host)}: not an address of this machine`, { where: { field: 'host' } });
          throw e;
        });
      } catch (e) {
        await store.close();
        // A token generated for a start that failed (a busy port) was never shown: do not keep it unseen.
        if (tokens.source === 'generated' && tokens.file) rmSync(tokens.file, { force: true });
        throw e;
      }
      const addr = app.server.address();
      const shown = opts.host === '0.0.0.0' || opts.host === '::' ? 'localhost' : opts.host.includes(':') ? `[${opts.host}]` : opts.host;
      const url = `http://${shown}:${typeof addr === 'object' && addr ? addr.port : port}/`;
      process.stdout.write(`multivector observatory on ${url} (database ${displayLocation(path)})\n`);
      // The token is printed once, when it is made; after that it stays in its file (terminal scrollback and
      // service logs are not where a secret should be copied on every start).
      if (tokens.source === 'env') process.stdout.write('write token: from MULTIVECTOR_TOKEN\n');
      else if (tokens.source === 'file') process.stdout.write(`write token: in ${tokens.file} (not shown)\n`);
      else process.stdout.write(`write token: ${tokens.tokens[0]!.token}${tokens.file ? ` (new, kept in ${tokens.file}, mode 0600)` : ''}\n`);
      // Beside the database: the other commands go through this server while it holds the file.
      if (path !== ':memory:' && embedded) writeServeRecord(path, { url: `http://${shown}:${typeof addr === 'object' && addr ? addr.port : port}/`, pid: process.pid });
      if (sources) process.stdout.write(`watching ${sources.sources.length} sources (status: multivector sources, GET /api/sources)\n`);
      process.stdout.write('Ctrl-C to stop\n');
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          removeServeRecord(path);
          void app.close().then(() => store.close()).finally(resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
};
