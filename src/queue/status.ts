/** `multivector queue`: how many documents wait, run, retry and are parked, and the parked ones with their errors. */
import { Queue } from 'bullmq';
import { QUEUE_NAME, type DocumentJob } from './_jobs.ts';
import { openRedis, queueError } from './_redis.ts';

export interface ParkedDocument {
  doc: string;
  /** "file:line" it came from, when known. */
  source: string | null;
  attempts: number;
  error: string;
  /** When it failed the last time, ISO 8601 UTC. */
  failed_at: string | null;
}

export interface QueueStatus {
  /** Waiting to be taken. */
  waiting: number;
  /** With a worker now. */
  active: number;
  /** Waiting out their back-off before another try. */
  retrying: number;
  /** Failed every try (or unreadable): kept with their error until retried. */
  parked: number;
  /** Up to `limit` parked documents. */
  parkedDocuments: ParkedDocument[];
  /** Parked documents sent back to the queue by `retry`. */
  retried?: number;
}

async function withQueue<T>(url: string, fn: (q: Queue<DocumentJob>) => Promise<T>): Promise<T> {
  const redis = await openRedis(url, { persistent: false });
  const queue = new Queue<DocumentJob>(QUEUE_NAME, { connection: redis });
  queue.on('error', () => undefined);
  try {
    return await fn(queue);
  } catch (e) {
    throw queueError(url, e, 'read');
  } finally {
    await queue.close().catch(() => undefined);
    redis.disconnect();
  }
}

/** The queue's counts and up to `limit` parked documents; with `retry`, the parked ones go back to the queue first. */
export function queueStatus(url: string, o: { limit?: number; retry?: boolean } = {}): Promise<QueueStatus> {
  return withQueue(url, async (q) => {
    let retried: number | undefined;
    if (o.retry) {
      retried = 0;
      // In pages, so a large backlog of parked documents is never held at once.
      for (;;) {
        const jobs = await q.getFailed(0, 499);
        if (!jobs.length) break;
        for (const j of jobs) await j.retry('failed');
        retried += jobs.length;
      }
    }
    const c = await q.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed');
    const limit = Math.max(0, Math.floor(o.limit ?? 20));
    const failed = limit ? await q.getFailed(0, limit - 1) : [];
    return {
      waiting: (c.waiting ?? 0) + (c.prioritized ?? 0), active: c.active ?? 0, retrying: c.delayed ?? 0, parked: c.failed ?? 0,
      parkedDocuments: failed.map((j) => ({
        doc: j.data.doc.id,
        source: j.data.doc.source ? `${j.data.doc.source.file}${j.data.doc.source.line ? `:${j.data.doc.source.line}` : ''}` : null,
        attempts: j.attemptsMade, error: j.failedReason,
        failed_at: j.finishedOn ? new Date(j.finishedOn).toISOString() : null,
      })),
      ...(retried !== undefined ? { retried } : {}),
    };
  });
}
