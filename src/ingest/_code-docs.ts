/**
 * What a coding thread does with one slice of documents, shared by the CoderPool's threads and coding in the
 * calling thread: every step that costs CPU in proportion to the text: the content hash, the language (detected
 * when asked), and the coding of the documents whose stored hash differs. A document that cannot be coded comes
 * back as its error; the rest are coded.
 */
import type { Coder } from '../coder/coder.ts';
import { isInputError } from '../errors.ts';
import { isReadable, resolveLanguage } from '../lang/index.ts';
import type { Doc } from '../model/event.ts';
import { contentHash } from '../store/ids.ts';
import type { NewEvent } from '../store/store.ts';
import { toNewEvents } from './events.ts';

/**
 * A document's coded events, or why there are none: a problem of its text (`input`, e.g. a money amount out of
 * range, with the field) or a failure of the coder.
 */
export type CodeResult = { events: NewEvent[] } | { error: string; input: boolean; field?: string };

/** What a request asks of the coding besides coding. */
export interface CodeOptions {
  /** Content hashes already stored, by document id: a document with the same hash is not coded again. */
  stored?: Map<string, string>;
  /** Detect each document's language from its text (as the readers do), else keep the one it carries. */
  detect?: boolean;
  /** The language of every document (`?lang=`), instead of the detected one. */
  lang?: string | null;
}

/** One document after coding: its content hash, its language, and its events (null: unchanged, not coded). */
export interface Prepared {
  hash: string;
  lang: string | null;
  result: CodeResult | null;
}

/** One message to a coding thread. */
export interface CodeSlice {
  docs: Doc[];
  /** The stored hash of each document (null: not stored). */
  stored: Array<string | null>;
  detect: boolean;
  lang: string | null;
}

export function codeSlice(docs: Doc[], o: CodeOptions): CodeSlice {
  return { docs, stored: docs.map((d) => o.stored?.get(d.id) ?? null), detect: o.detect ?? false, lang: o.lang ?? null };
}

export async function prepareDocs(task: CodeSlice, coder: Coder): Promise<Prepared[]> {
  const out: Prepared[] = [];
  for (const [i, doc] of task.docs.entries()) {
    const hash = contentHash(doc.text);
    if (task.detect) doc.lang = await resolveLanguage(doc.text, doc.lang, task.lang);
    // Unchanged since stored: nothing to code (the store would skip it anyway). A document stored unread (its
    // hash marked "unread:") is coded again only when its language is readable now.
    const stored = task.stored[i];
    const same = stored === hash || (stored === `unread:${hash}` && !isReadable(doc.lang));
    out.push({ hash, lang: doc.lang ?? null, result: same ? null : codeOne(doc, coder) });
  }
  return out;
}

function codeOne(doc: Doc, coder: Coder): CodeResult {
  try {
    return { events: toNewEvents(doc, coder) };
  } catch (e) {
    if (isInputError(e)) return { error: e.message, input: true, ...(e.where.field ? { field: e.where.field } : {}) };
    return { error: e instanceof Error ? e.message : String(e), input: false };
  }
}
