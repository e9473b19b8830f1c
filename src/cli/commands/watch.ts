/**
 * `multivector watch [--sources FILE] [--once] [--quiet] [--db FILE]`: follows the sources file's feeds and GDELT
 * lists, storing what is new (see src/watch). Fetched pages are read and items coded in worker threads, so this
 * thread stays free for the progress line and for signals: Ctrl-C (or SIGTERM) abandons a poll in progress at once,
 * storing nothing of it (its items come again at the next run). On a terminal, one progress line rewritten in
 * place (each second while a poll runs); elsewhere (a service's log) one line per poll that brought something or
 * failed; --quiet: failures and alerts only. With --once each source is polled once, then the command ends (exit
 * 69 when a source failed).
 */
import type { Command } from 'commander';
import { InputError } from '../../errors.ts';
import { CODER_POOL_DEFAULTS, CoderPool, MIN_HEAP_MB } from '../../ingest/coder-pool.ts';
import { workerHeapOption } from './_pool-options.ts';
import { openStore } from '../../store/store.ts';
import { loadSources, Watcher, type WatchEvent } from '../../watch/index.ts';
import { remoteFor } from '../_remote.ts';
import { engineProbe, memoryLogFromEnv, memoryLogSeconds, memoryLogTarget } from '../../memory-log.ts';
import type { Register } from './index.ts';
import { addDbOption, dbPath } from './_store-options.ts';
import { sweepScratch } from '../../scratch.ts';

/** How often the progress line is redrawn while a poll runs. */
const TICK_MS = 1000;

export const registerWatch: Register = (program: Command, fail) => {
  addDbOption(program.command('watch')
    .description('follow the news feeds and GDELT updates of a sources file, storing what is new (Ctrl-C to stop)')
    .option('--sources <file>', 'sources file (default: the one shipped in data/sources.json)')
    .option('--once', 'poll each source once, then exit')
    .option('--quiet', 'print only failures and alerts (for services)')
    .option('--worker-heap <MB>', `heap limit of each coding thread, MB (default ${CODER_POOL_DEFAULTS.heapMb}; at least ${MIN_HEAP_MB}): a document or page needing more is refused, alone`))
    .action(async (opts: { db?: string; sources?: string; once?: boolean; quiet?: boolean; workerHeap?: string }) => {
      const heapMb = workerHeapOption(opts.workerHeap);
      const sources = loadSources(opts.sources);
      // A bad MULTIVECTOR_MEMORY_LOG stops the command before it opens anything.
      memoryLogTarget();
      memoryLogSeconds();
      const path = dbPath(opts);
      if (await remoteFor(path)) {
        throw new InputError('a running `multivector serve` holds this database: start it with --watch to follow the sources there', { where: { file: path } });
      }
      // What a killed run of this machine left in the temporary folder (an upload may be 2 GiB) goes now.
      sweepScratch();
      const store = await openStore({ path });
      const tty = !opts.quiet && process.stderr.isTTY === true;
      const totals = { polls: 0, items: 0, events: 0, failures: 0 };
      let line = '';
      let current: { name: string; since: number } | null = null;
      const status = () => {
        const polling = current ? `polling ${current.name} (${Math.floor((Date.now() - current.since) / 1000)} s); ` : '';
        return `watch: ${polling}${totals.polls} polls, ${totals.items} new items, ${totals.events} events, ${totals.failures} failed polls`;
      };
      const redraw = () => process.stderr.write(`\r\x1b[K${(line = status())}`);
      const say = (text: string) => {
        if (tty && line) process.stderr.write('\r\x1b[K');
        process.stderr.write(`${text}\n`);
        if (tty) process.stderr.write((line = status()));
      };
      // Redrawn by a timer, not only by events: a long poll shows its seconds passing.
      const ticker = tty ? setInterval(() => { if (current) redraw(); }, TICK_MS) : undefined;
      const onEvent = (e: WatchEvent) => {
        if (e.kind === 'polling') {
          current = { name: e.source.name, since: Date.now() };
          if (tty) redraw();
          return;
        }
        if (e.kind === 'alert') {
          say(`alert: ${e.alert.message}${e.alert.delivery ? ` (webhook: ${e.alert.delivery})` : ''}`);
          return;
        }
        current = null;
        totals.polls++;
        totals.items += e.result?.items ?? 0;
        totals.events += e.result?.events ?? 0;
        if (e.error) {
          totals.failures++;
          say(`${e.source.name}: failed (${e.status.failures} in a row; next poll ${e.status.next_poll}): ${e.error}`);
        } else if (!opts.quiet && e.result && (e.result.items || e.result.updated || e.result.problems.length)) {
          say(`${e.source.name}: ${e.result.items} new, ${e.result.updated} updated, ${e.result.events} events` +
            (e.result.problems.length ? `; ${e.result.problems.length} item(s) refused, first: ${e.result.problems[0]}` : ''));
        } else if (tty) {
          redraw();
        }
      };
      // Coding at full priority: this thread only fetches, stores and draws the line.
      const pool = new CoderPool({ budgetMs: Infinity, yieldCpu: false, ...(heapMb ? { heapMb } : {}) });
      const watcher = new Watcher({ store, coder: pool, sources, onEvent });
      const memory = memoryLogFromEnv('watch', {
        watcher: () => watcher.memoryStats(), coding: () => pool.memoryStats(), engine: () => engineProbe(store),
      });
      let stopped: string | null = null;
      const onSignal = (signal: string) => {
        stopped ??= signal;
        void watcher.stop();
      };
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        await memory?.start();
        if (opts.once) {
          const end = await watcher.runOnce();
          if (tty) process.stderr.write('\r\x1b[K');
          process.stdout.write(`${status()}${stopped ? ` (stopped by ${stopped})` : ''}\n`);
          if (stopped) fail(130);
          else if (end.some((s) => s.failures > 0)) fail(69);
          return;
        }
        if (!opts.quiet) process.stderr.write(`watching ${sources.sources.length} sources into ${path} (Ctrl-C to stop)\n`);
        watcher.start();
        await watcher.stopped();
        if (tty) process.stderr.write('\n');
      } finally {
        clearInterval(ticker);
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await watcher.stop();
        await memory?.stop();
        await pool.close();
        await store.close();
      }
    });
};
