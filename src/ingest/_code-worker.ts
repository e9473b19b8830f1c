/**
 * A coding worker thread of the CoderPool: builds the coder once (with the pool's lexicon options) and codes the
 * documents of one request at a time (./_code-docs.ts).
 */
import { workerData } from 'piscina';
import { createCoder } from '../coder/index.ts';
import type { Doc } from '../model/event.ts';
import { codeDocs, type CodeResult } from './_code-docs.ts';
import type { CoderWorkerData } from './coder-pool.ts';

const coder = createCoder({ lexicons: (workerData as CoderWorkerData).lexicons });

/** `null` is the pool's readiness probe: it answers once this worker has started and built its coder. */
export default function code(docs: Doc[] | null): CodeResult[] {
  return docs === null ? [] : codeDocs(docs, coder);
}
