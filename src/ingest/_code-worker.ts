/**
 * A coding worker thread of the CoderPool: builds the coder once (with the pool's lexicon options) and, for one
 * slice of a request's documents at a time, does every step that costs CPU in proportion to the text: the content
 * hash, the language (detected when asked), and the coding of the documents whose stored hash differs. A document
 * that cannot be coded comes back as its error; the rest are coded.
 */
import { workerData } from 'piscina';
import { createCoder } from '../coder/index.ts';
import { isInputError } from '../errors.ts';
import { resolveLanguage } from '../lang/index.ts';
import { contentHash } from '../store/ids.ts';
import type { CodeResult, CodeSlice, CoderWorkerData, Prepared } from './coder-pool.ts';
import { toNewEvents } from './events.ts';

const coder = createCoder({ lexicons: (workerData as CoderWorkerData).lexicons });

/** `null` is the pool's readiness probe: it answers once this worker has started and built its coder. */
export default async function code(task: CodeSlice | null): Promise<Prepared[]> {
  if (task === null) return [];
  const out: Prepared[] = [];
  for (const [i, doc] of task.docs.entries()) {
    const hash = contentHash(doc.text);
    if (task.detect) doc.lang = await resolveLanguage(doc.text, doc.lang, task.lang);
    // Unchanged since stored: nothing to code (the store would skip it anyway).
    if (task.stored[i] === hash) {
      out.push({ hash, lang: doc.lang ?? null, result: null });
      continue;
    }
    out.push({ hash, lang: doc.lang ?? null, result: codeOne(doc) });
  }
  return out;
}

function codeOne(doc: CodeSlice['docs'][number]): CodeResult {
  try {
    return { events: toNewEvents(doc, coder) };
  } catch (e) {
    if (isInputError(e)) return { error: e.message, input: true, ...(e.where.field ? { field: e.where.field } : {}) };
    return { error: e instanceof Error ? e.message : String(e), input: false };
  }
}
