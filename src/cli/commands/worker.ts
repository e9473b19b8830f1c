/**
 * `multivector worker --queue redis://… [--db …]`: codes and stores the documents `ingest --queue` sends, until
 * stopped (SIGINT/SIGTERM: the documents in hand are finished first) or, with --drain, until the queue is empty
 * (nothing waiting, retrying or with any worker: a dead worker's document comes back once its lock lapses).
 */
import type { Command } from 'commander';
import { InputError } from '../../errors.ts';
import { CoderPool } from '../../ingest/coder-pool.ts';
import { displayQueue, resolveQueueUrl } from '../../queue/_redis.ts';
import { queueStatus } from '../../queue/status.ts';
import { startQueueWorker, type WorkerEvent } from '../../queue/worker.ts';
import { openStore } from '../../store/store.ts';
import { displayLocation, engineFor } from '../../store/engines.ts';
import type { Register } from './index.ts';
import { addDbOption, dbPath } from './_store-options.ts';

/** How often --drain looks whether the queue is empty, ms. */
const DRAIN_POLL_MS = 1000;

export const registerWorker: Register = (program: Command) => {
  addDbOption(program.command('worker')
    .description('code and store the documents queued by `ingest --queue` (run any number, on any machines, against one database)')
    .option('--queue <redis-url>', 'the work queue (default: $MULTIVECTOR_QUEUE)')
    .option('--threads <n>', 'coding threads, each working on one document at a time', '1')
    .option('--lexicon <file...>', 'extra lexicon files (same shapes as data/lexicon/*.json)')
    .option('--batch <n>', 'at most this many coded documents stored per transaction (gathered for at most 0.2 s)', '16')
    .option('--lock <seconds>', 'how long a document stays with a worker that stopped answering before another takes it', '30')
    .option('--drain', 'stop once the queue has nothing waiting, retrying or being worked on'))
    .action(async (opts: { db?: string; queue?: string; threads: string; lexicon?: string[]; lock: string; batch: string; drain?: boolean }) => {
      const url = resolveQueueUrl(opts.queue);
      if (!url) throw new InputError('no queue: give --queue redis://host:port (or set MULTIVECTOR_QUEUE)', { where: { field: 'queue' } });
      const threads = whole(opts.threads, 'threads');
      const lockMs = whole(opts.lock, 'lock') * 1000;
      const batch = whole(opts.batch, 'batch');
      const path = dbPath(opts);
      if (engineFor(path).embedded) {
        process.stderr.write(`worker: ${displayLocation(path)} is a database file one process holds: one worker only (use PostgreSQL for more)\n`);
      }
      const store = await openStore({ path });
      const coder = new CoderPool({
        // Room for every job the worker holds at once (a batch's worth), none refused as busy.
        lexicons: opts.lexicon ?? [], workers: threads, queue: Math.max(threads, batch), budgetMs: Infinity, yieldCpu: false,
      });
      const counts = { added: 0, replaced: 0, unchanged: 0, events: 0, parked: 0 };
      const log = (e: WorkerEvent) => {
        if (e.kind === 'stored') {
          counts[e.status]++;
          counts.events += e.events;
        } else if (e.kind === 'parked') {
          counts.parked++;
          process.stderr.write(`parked: ${e.error}\n`);
        } else if (e.kind === 'retry') process.stderr.write(`retrying (${e.attempt}/${e.of}): ${e.error}\n`);
        else process.stderr.write(`worker: ${e.error}\n`);
      };
      let worker;
      try {
        worker = await startQueueWorker({ url, store, coder, lockMs, batch, onEvent: log });
      } catch (e) {
        await coder.close();
        await store.close();
        throw e;
      }
      const w = worker;
      process.stderr.write(`worker: coding documents from ${displayQueue(url)} into ${displayLocation(path)} (${threads} thread${threads > 1 ? 's' : ''})\n`);
      const stop = () => void w.close();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      let poll: NodeJS.Timeout | undefined;
      if (opts.drain) {
        poll = setInterval(() => {
          if (w.running) return;
          queueStatus(url, { limit: 0 }).then((s) => {
            if (!s.waiting && !s.retrying && !s.active && !w.running) stop();
          }, () => undefined);
        }, DRAIN_POLL_MS);
      }
      try {
        await w.closed;
      } finally {
        if (poll) clearInterval(poll);
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        await coder.close();
        await store.close();
      }
      process.stdout.write(`worker stopped: ${counts.added} added, ${counts.replaced} re-coded, ${counts.unchanged} unchanged; ` +
        `${counts.events} events stored; ${counts.parked} parked\n`);
    });
};

function whole(v: string, field: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InputError(`--${field}: "${v}" is not a whole number of at least 1`, { where: { field } });
  return n;
}
