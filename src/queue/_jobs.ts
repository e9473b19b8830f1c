/** A queued document: what a job carries, its id, and how it is retried. */
import { createHash } from 'node:crypto';
import type { JobsOptions } from 'bullmq';
import type { Doc } from '../model/event.ts';

/** The BullMQ queue every `ingest --queue` feeds and every `worker` takes from. */
export const QUEUE_NAME = 'multivector-documents';

export interface DocumentJob {
  doc: Doc;
  /** Content hash of the text (../store/ids.ts contentHash): a worker skips a document stored with it already. */
  hash: string;
}

/**
 * The job's id: the same document with the same text is the same job, so queueing a corpus twice while the
 * first copy waits adds nothing (and a worker that stores it twice stores it once: the store skips equal hashes).
 */
export function jobId(doc: Doc, hash: string): string {
  return createHash('sha256').update(doc.id).update('\0').update(hash).digest('hex').slice(0, 32);
}

/** Tries per document before it is parked (failed, with its error, until `multivector queue --retry`). */
export const DEFAULT_ATTEMPTS = 5;
/** The first retry's delay, ms; each next one doubles (2, 4, 8, 16 s: a database restart is waited out). */
const BACKOFF_MS = 2000;

export function jobOptions(doc: Doc, hash: string, attempts = DEFAULT_ATTEMPTS): JobsOptions {
  return {
    jobId: jobId(doc, hash), attempts, backoff: { type: 'exponential', delay: BACKOFF_MS },
    // Done jobs leave Redis (its memory follows the backlog, not the history); parked ones stay to be seen.
    removeOnComplete: true, removeOnFail: false,
  };
}
