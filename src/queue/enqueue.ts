/** `ingest --queue`: documents read as usual, sent to the queue in bulk for workers to code and store. */
import { Queue } from 'bullmq';
import { InputError, isInputError } from '../errors.ts';
import { countLanguage, emptyProgress, type IngestProgress } from '../ingest/index.ts';
import type { Doc } from '../model/event.ts';
import type { ReadItem } from '../read/index.ts';
import { contentHash } from '../store/ids.ts';
import { jobOptions, QUEUE_NAME, type DocumentJob } from './_jobs.ts';
import { openRedis, queueError } from './_redis.ts';

export interface EnqueueOptions {
  attempts?: number;
  /** Documents per round trip to Redis. */
  batchSize?: number;
  onProgress?: (p: IngestProgress) => void;
  onProblem?: (e: InputError) => void;
}

/** Sends the documents to the queue; the summary counts them as `added` (queued) and bad inputs as problems. */
export async function enqueueItems(url: string, items: AsyncIterable<ReadItem> | Iterable<ReadItem>, o: EnqueueOptions = {}): Promise<IngestProgress> {
  const redis = await openRedis(url, { persistent: false });
  const queue = new Queue<DocumentJob>(QUEUE_NAME, { connection: redis });
  queue.on('error', () => undefined);
  const batchSize = Math.max(1, o.batchSize ?? 100);
  const started = performance.now();
  const p = emptyProgress();
  const send = async (docs: Doc[]) => {
    if (!docs.length) return;
    try {
      await queue.addBulk(docs.map((doc) => {
        const hash = contentHash(doc.text);
        return { name: 'document', data: { doc, hash }, opts: jobOptions(doc, hash, o.attempts) };
      }));
    } catch (e) {
      throw queueError(url, e, 'send documents to');
    }
    p.added += docs.length;
    p.ms = performance.now() - started;
    o.onProgress?.({ ...p });
  };
  try {
    let pending: Doc[] = [];
    for await (const item of items) {
      if (item.kind === 'problem') {
        p.problems++;
        o.onProblem?.(isInputError(item.error) ? item.error : new InputError(String(item.error)));
        continue;
      }
      p.documents++;
      countLanguage(p, item.doc);
      pending.push(item.doc);
      if (pending.length >= batchSize) {
        await send(pending);
        pending = [];
      }
    }
    await send(pending);
    p.ms = performance.now() - started;
    return p;
  } finally {
    await queue.close().catch(() => undefined);
    redis.disconnect();
  }
}
