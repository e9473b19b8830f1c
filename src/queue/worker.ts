/**
 * `multivector worker`: takes queued documents, codes them on a pool of coding threads and stores them in
 * batches, several finished documents per transaction (./_batcher.ts; one transaction per document was what
 * bounded a worker on PostgreSQL). Any number of workers, on any number of machines, share one queue and one store.
 *
 * Nothing is lost and nothing stored twice: a job leaves the queue only after its document is committed; a
 * worker that dies holding a job lets its lock lapse and the job is given to another (BullMQ's stalled-job
 * recovery); storing a document again is a no-op (the store skips a document stored with the same content
 * hash). A document the coder cannot read fails at once; any other failure (the database down) is retried with
 * back-off, then the document is parked with its error (`multivector queue`).
 */
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { toDocumentRecord, type BatchCoder } from '../ingest/index.ts';
import type { Store } from '../store/store.ts';
import { PutBatcher } from './_batcher.ts';
import { QUEUE_NAME, type DocumentJob } from './_jobs.ts';
import { displayQueue, openRedis } from './_redis.ts';

/** What happened to a job, for the worker's log. */
export type WorkerEvent =
  | { kind: 'stored'; doc: string; status: 'added' | 'replaced' | 'unchanged'; events: number }
  | { kind: 'retry'; doc: string; attempt: number; of: number; error: string }
  | { kind: 'parked'; doc: string; error: string }
  | { kind: 'trouble'; error: string };

export interface QueueWorkerOptions {
  url: string;
  store: Store;
  coder: BatchCoder;
  /**
   * How long a job stays with a worker that stopped answering before another takes it, ms (BullMQ's lock;
   * renewed while the worker lives). Default 30 s.
   */
  lockMs?: number;
  /**
   * At most this many finished documents per store transaction (default 16), gathered for at most `batchWaitMs`
   * (default 200 ms); 1 stores each document alone. The worker holds up to this many jobs at once: the coder must
   * let that many wait (CoderPool's `queue`), or the ones it refuses as busy are retried.
   */
  batch?: number;
  batchWaitMs?: number;
  onEvent?: (e: WorkerEvent) => void;
}

export interface QueueWorker {
  /** Resolves when the worker has stopped (after `close`). */
  readonly closed: Promise<void>;
  /** Jobs being processed now. */
  readonly running: number;
  /** Stops taking jobs, lets the running ones finish, and disconnects. */
  close(): Promise<void>;
}

async function handle(job: Job<DocumentJob>, store: Store, coder: BatchCoder, batcher: PutBatcher): Promise<WorkerEvent & { kind: 'stored' }> {
  const { doc, hash } = job.data;
  const where = doc.source ? `${doc.source.file}${doc.source.line ? `:${doc.source.line}` : ''}` : doc.id;
  if ((await store.documentHashes([doc.id])).get(doc.id) === hash) return { kind: 'stored', doc: doc.id, status: 'unchanged', events: 0 };
  const result = (await coder.code([doc], {}))[0]?.result;
  if (!result || 'error' in result) {
    const what = result?.input ? `${result.field ? `field "${result.field}": ` : ''}${result.error}` : `coder failed: ${result?.error ?? 'no answer'}`;
    // A document's own problem: trying again gives the same answer.
    if (result?.input) throw new UnrecoverableError(`${where}: ${what}`);
    throw new Error(`${where}: ${what}`);
  }
  const source = doc.source ? (doc.source.line === undefined ? doc.source.file : `${doc.source.file}:${doc.source.line}`) : null;
  const outcome = await batcher.put({
    doc: toDocumentRecord(doc, hash, source),
    events: result.events,
  });
  return { kind: 'stored', doc: doc.id, status: outcome?.status ?? 'unchanged', events: outcome?.events ?? 0 };
}

/** Starts a worker; QueueError when the queue cannot be reached. */
export async function startQueueWorker(o: QueueWorkerOptions): Promise<QueueWorker> {
  const redis = await openRedis(o.url, { persistent: true });
  const lockMs = Math.max(1000, o.lockMs ?? 30_000);
  const emit = o.onEvent ?? (() => undefined);
  let running = 0;
  const batcher = new PutBatcher(o.store, Math.max(1, o.batch ?? 16), Math.max(0, o.batchWaitMs ?? 200));
  const worker = new Worker<DocumentJob>(QUEUE_NAME, async (job) => {
    running++;
    try {
      return await handle(job, o.store, o.coder, batcher);
    } finally {
      running--;
    }
  }, {
    // Enough jobs in hand to fill a batch while the coding threads work through them.
    connection: redis, concurrency: Math.max(o.coder.workers, batcher.max),
    lockDuration: lockMs, stalledInterval: lockMs,
    // A job whose worker died twice is still retried (a third death parks it: a document that kills workers).
    maxStalledCount: 2,
  });
  worker.on('completed', (_job, r: WorkerEvent) => emit(r));
  worker.on('failed', (job, e) => {
    if (!job) return;
    const attempts = job.opts.attempts ?? 1;
    const parked = e instanceof UnrecoverableError || job.attemptsMade >= attempts;
    emit(parked ? { kind: 'parked', doc: job.data.doc.id, error: e.message }
      : { kind: 'retry', doc: job.data.doc.id, attempt: job.attemptsMade, of: attempts, error: e.message });
  });
  // Redis going away is waited out (the client reconnects); said once per outage, not per retry.
  let trouble = false;
  worker.on('error', () => {
    if (trouble) return;
    trouble = true;
    emit({ kind: 'trouble', error: `lost the queue at ${displayQueue(o.url)}; reconnecting` });
  });
  redis.on('ready', () => {
    trouble = false;
  });
  let resolveClosed: () => void;
  const closed = new Promise<void>((r) => {
    resolveClosed = r;
  });
  let closing: Promise<void> | undefined;
  return {
    closed,
    get running() {
      return running;
    },
    close() {
      closing ??= (async () => {
        try {
          await worker.close();
        } finally {
          redis.disconnect();
          resolveClosed();
        }
      })();
      return closing;
    },
  };
}
