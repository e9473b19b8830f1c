/**
 * A coding worker thread of the CoderPool: builds the coder once (with the pool's lexicon options) and codes the
 * documents of one request at a time. A document that cannot be coded comes back as its error; the rest are coded.
 */
import { workerData } from 'piscina';
import { createCoder } from '../coder/index.ts';
import { isInputError } from '../errors.ts';
import type { Doc } from '../model/event.ts';
import type { CodeResult, CoderWorkerData } from './coder-pool.ts';
import { toNewEvents } from './events.ts';

const coder = createCoder({ lexicons: (workerData as CoderWorkerData).lexicons });

/** `null` is the pool's readiness probe: it answers once this worker has started and built its coder. */
export default function code(docs: Doc[] | null): CodeResult[] {
  if (docs === null) return [];
  return docs.map((doc) => {
    try {
      return { events: toNewEvents(doc, coder) };
    } catch (e) {
      if (isInputError(e)) return { error: e.message, input: true, ...(e.where.field ? { field: e.where.field } : {}) };
      return { error: e instanceof Error ? e.message : String(e), input: false };
    }
  });
}
