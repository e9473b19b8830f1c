/**
 * The ingest pipeline: read documents -> code them -> store them, in batches that commit whole or not at all.
 * Idempotent: a document stored with the same content is skipped before coding; a changed one is re-coded.
 * A bad document (unreadable record, coder failure) is reported and skipped; the rest goes in.
 */
import type { Coder } from '../coder/coder.ts';
import { InputError, isInputError } from '../errors.ts';
import type { Doc } from '../model/event.ts';
import { isReadable } from '../lang/index.ts';
import { readDocuments, type ReadItem } from '../read/index.ts';
import type { DocumentWithEvents, Store } from '../store/store.ts';
import { codeSlice, prepareDocs, type CodeOptions, type Prepared } from './_code-docs.ts';

import { toDocumentRecord } from './events.ts';

export { toDocumentRecord, toNewEvents } from './events.ts';

export interface IngestProgress {
  /** Documents read so far (stored, skipped or bad). */
  documents: number;
  added: number;
  replaced: number;
  unchanged: number;
  events: number;
  /** Reviewed events kept (and flagged) because their document changed. */
  keptReviewed: number;
  problems: number;
  ms: number;
  /** Documents read per language ("und" when it could not be told). */
  languages: Record<string, number>;
  /** Documents in a language the coder cannot read yet: stored, but coded to no events. */
  unreadable: number;
  /** The first MAX_LISTED of them, for the summary. */
  unreadableDocs: UnreadableDoc[];
}

export interface UnreadableDoc {
  id: string;
  lang: string;
  /** "file:line" it came from, when known. */
  source: string | null;
}

/** Documents in unreadable languages listed in a summary; more are only counted (memory stays bounded). */
export const MAX_LISTED = 1000;

/** A new, empty summary. */
export function emptyProgress(): IngestProgress {
  return {
    documents: 0, added: 0, replaced: 0, unchanged: 0, events: 0, keptReviewed: 0, problems: 0, ms: 0,
    languages: {}, unreadable: 0, unreadableDocs: [],
  };
}

/** Counts a document read in the summary: its language, and whether the coder reads it. */
export function countLanguage(p: IngestProgress, doc: { id: string; lang?: string | null; source?: Doc['source'] }): void {
  const lang = doc.lang ?? 'und';
  p.languages[lang] = (p.languages[lang] ?? 0) + 1;
  if (isReadable(doc.lang)) return;
  p.unreadable++;
  if (p.unreadableDocs.length < MAX_LISTED) p.unreadableDocs.push({ id: doc.id, lang, source: sourceLabel(doc) });
}

/**
 * Codes batches of documents off the caller's thread (the CoderPool, ./coder-pool.ts): hashes, languages and
 * events, in order; `workers` batches are coded at once while the caller stores the ones before them.
 */
export interface BatchCoder {
  readonly workers: number;
  /** `signal` abandons the coding: the promise rejects with its reason. */
  code(docs: Doc[], o: CodeOptions, signal?: AbortSignal): Promise<Prepared[]>;
}

export interface IngestOptions {
  store: Store;
  /** A coder (coding in this thread, one batch at a time: the CLI's `--threads 0`) or a pool of coding threads. */
  coder: Coder | BatchCoder;
  /** Documents per transaction. */
  batchSize?: number;
  /** Fallback publication date for plain text (spec: `--date`). */
  date?: string;
  /** `--lang`: the language of every document, instead of the detected one. */
  lang?: string;
  stdin?: NodeJS.ReadableStream;
  onProgress?: (p: IngestProgress) => void;
  onProblem?: (e: InputError) => void;
  /**
   * Stops the run (the watcher stopping): coding in progress is abandoned and nothing more is stored; batches
   * committed before stay. The promise rejects with the signal's reason.
   */
  signal?: AbortSignal;
}

export function sourceLabel(doc: { source?: Doc['source'] }): string | null {
  if (!doc.source) return null;
  return doc.source.line === undefined ? doc.source.file : `${doc.source.file}:${doc.source.line}`;
}

export async function ingest(inputs: string[], options: IngestOptions): Promise<IngestProgress> {
  const readOptions = {
    ...(options.date !== undefined ? { date: options.date } : {}), ...(options.stdin ? { stdin: options.stdin } : {}),
    ...(options.lang !== undefined ? { lang: options.lang } : {}),
  };
  return ingestItems(readDocuments(inputs, readOptions), options);
}

/** The pipeline over documents already read (files by `ingest`, feed items by the watcher). */
export async function ingestItems(items: AsyncIterable<ReadItem> | Iterable<ReadItem>, options: IngestOptions): Promise<IngestProgress> {
  const { store, signal } = options;
  const batchSize = Math.max(1, options.batchSize ?? 25);
  const started = performance.now();
  const p = emptyProgress();
  const report = (e: InputError) => {
    p.problems++;
    options.onProblem?.(e);
  };

  const given = options.coder;
  // In this thread: the same preparation as a pool's threads do (./_code-docs.ts), one batch at a time.
  const coder: BatchCoder = 'workers' in given ? given : { workers: 1, code: (docs, o) => prepareDocs(codeSlice(docs, o), given) };
  signal?.throwIfAborted();
  const where = (doc: Doc) => ({ file: doc.source?.file ?? doc.id, ...(doc.source?.line ? { line: doc.source.line } : {}) });

  // A batch coded: its documents not stored with the same content already come back with their events.
  // The languages are the documents' already (the readers detected them).
  const code = async (docs: Doc[]) => {
    const stored = await store.documentHashes(docs.map((d) => d.id));
    const prepared = await coder.code(docs, { stored, detect: false }, signal);
    return docs.map((doc, i) => ({ doc, prepared: prepared[i] }));
  };

  const put = async (coded: Awaited<ReturnType<typeof code>>) => {
    // Stopped while this batch was coded: it is not stored.
    signal?.throwIfAborted();
    const batch: DocumentWithEvents[] = [];
    for (const { doc, prepared } of coded) {
      if (!prepared) {
        report(new InputError('coder failed: no answer', { where: where(doc) }));
        continue;
      }
      const { result } = prepared;
      if (result === null) {
        p.unchanged++;
        continue;
      }
      if ('error' in result) {
        report(result.input
          ? new InputError(result.error, { where: { ...where(doc), ...(result.field ? { field: result.field } : {}) } })
          : new InputError(`coder failed: ${result.error}`, { where: where(doc) }));
        continue;
      }
      batch.push({ doc: toDocumentRecord(doc, prepared.hash, sourceLabel(doc)), events: result.events });
    }
    if (batch.length) {
      for (const o of await store.putDocuments(batch)) {
        if (o.status === 'added') p.added++;
        else if (o.status === 'replaced') p.replaced++;
        else p.unchanged++;
        p.events += o.events;
        p.keptReviewed += o.keptReviewed;
      }
    }
    p.ms = performance.now() - started;
    options.onProgress?.({ ...p });
  };

  // Batches being coded, oldest first: stored in the order they were read (a later version of a document wins).
  const coding: Array<ReturnType<typeof code>> = [];
  const flush = async (docs: Doc[], last = false) => {
    if (docs.length) {
      const next = code(docs);
      // Awaited in turn below; a failure while an older batch is stored must not go unhandled meanwhile.
      next.catch(() => undefined);
      coding.push(next);
    }
    // As many batches in coding as there are coders; the oldest is stored while the others are coded.
    while (coding.length > (last ? 0 : coder.workers)) await put(await coding.shift()!);
  };

  let pending: Doc[] = [];
  for await (const item of items) {
    if (item.kind === 'problem') {
      report(isInputError(item.error) ? item.error : new InputError(String(item.error)));
      continue;
    }
    p.documents++;
    countLanguage(p, item.doc);
    pending.push(item.doc);
    if (pending.length >= batchSize) {
      const docs = pending;
      pending = [];
      await flush(docs);
    }
  }
  await flush(pending, true);
  p.ms = performance.now() - started;
  return p;
}
