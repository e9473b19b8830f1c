/**
 * A coding worker thread of the CoderPool: builds the coder once (with the pool's lexicon options) and prepares
 * one slice of a request's documents at a time (hash, language, events: ./_code-docs.ts), and reads fetched feeds
 * and pages (./_read-web.ts), off the caller's event loop.
 */
import { workerData } from 'piscina';
import { createCoder } from '../coder/index.ts';
import { prepareDocs, type CodeSlice, type Prepared } from './_code-docs.ts';
import { readWeb } from './_read-web.ts';
import type { CoderWorkerData } from './coder-pool.ts';

const coder = createCoder({ lexicons: (workerData as CoderWorkerData).lexicons });

/** `null` is the pool's readiness probe: it answers once this worker has started and built its coder. */
/** A fetched feed or article page read off the caller's event loop (the pool's `read`). */
export { readWeb };

export default async function code(task: CodeSlice | null): Promise<Prepared[]> {
  return task === null ? [] : prepareDocs(task, coder);
}
