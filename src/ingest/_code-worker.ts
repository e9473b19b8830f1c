/**
 * A coding worker thread of the CoderPool: builds the coder once (with the pool's lexicon options) and prepares
 * one slice of a request's documents at a time (hash, language, events: ./_code-docs.ts), and reads fetched feeds
 * and pages (./_read-web.ts), off the caller's event loop.
 */
import { workerData } from 'piscina';
import { createCoder } from '../coder/index.ts';
import { loadIdentifier } from '../lang/_cld.ts';
import { prepareDocs, type CodeSlice, type Prepared } from './_code-docs.ts';
import { readWeb } from './_read-web.ts';
import type { CoderWorkerData } from './coder-pool.ts';

const coder = createCoder({ lexicons: (workerData as CoderWorkerData).lexicons });

/**
 * Everything loaded on first use, loaded before the readiness probe answers: the language detector and each
 * language pack (a sentence of each coded). A request's time budget then counts its coding, not the setup.
 * (Not a top-level await: tsx then fails to load this file in a worker.)
 */
const ready = (async () => {
  await loadIdentifier();
  for (const [lang, text] of [
    ['en', 'President Tokayev arrived in Beijing on a state visit on Monday.'],
    ['ru', 'Президент Казахстана прибыл в Пекин с государственным визитом.'],
    ['kk', 'Қазақстан Президенті Бейжіңге мемлекеттік сапармен барды.'],
  ] as const) coder.code({ id: 'warm-up', text, date: '2024-01-01', lang });
})();

/** A fetched feed or article page read off the caller's event loop (the pool's `read`). */
export { readWeb };

/** `null` is the pool's readiness probe: it answers once this worker has started and loaded all of the above. */
export default async function code(task: CodeSlice | null): Promise<Prepared[]> {
  await ready;
  return task === null ? [] : prepareDocs(task, coder);
}
