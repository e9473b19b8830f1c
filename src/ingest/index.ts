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
import { contentHash } from '../store/ids.ts';
import type { DocumentWithEvents, NewEvent, Store } from '../store/store.ts';
import type { CodeOptions, Prepared } from './coder-pool.ts';
import { toNewEvents } from './events.ts';

export { toNewEvents } from './events.ts';

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

/** Coding in other threads (the server's CoderPool): hashes, languages and events of documents, in order. */
export interface DocCoding {
  code(docs: Doc[], o: CodeOptions): Promise<Prepared[]>;
}

export interface IngestOptions {
  store: Store;
  /** Codes on this thread (the CLI)... */
  coder?: Coder;
  /** ...or in worker threads, off the event loop (a server, `serve --watch`). */
  coding?: DocCoding;
  /** Documents per transaction. */
  batchSize?: number;
  /** Fallback publication date for plain text (spec: `--date`). */
  date?: string;
  /** `--lang`: the language of every document, instead of the detected one. */
  lang?: string;
  stdin?: NodeJS.ReadableStream;
  onProgress?: (p: IngestProgress) => void;
  onProblem?: (e: InputError) => void;
}

function sourceLabel(doc: { source?: Doc['source'] }): string | null {
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
  const { store, coder } = options;
  if (!coder && !options.coding) throw new TypeError('ingestItems needs a coder or a coding pool');
  const batchSize = Math.max(1, options.batchSize ?? 25);
  const started = performance.now();
  const p = emptyProgress();
  const report = (e: InputError) => {
    p.problems++;
    options.onProblem?.(e);
  };

  const docOf = (doc: Doc, hash: string) => ({
    id: doc.id, title: doc.title ?? null, url: doc.url ?? null, date: doc.date ?? null, lang: doc.lang ?? null,
    content_hash: hash, source: sourceLabel(doc),
  });
  const coderFailed = (doc: Doc, message: string, cause?: unknown) => report(new InputError(`coder failed: ${message}`, {
    where: { file: doc.source?.file ?? doc.id, ...(doc.source?.line ? { line: doc.source.line } : {}) }, cause,
  }));

  /** The batch to store, coded on this thread. */
  const codeHere = (docs: Doc[], stored: Map<string, string>, coder: Coder): DocumentWithEvents[] => {
    const batch: DocumentWithEvents[] = [];
    for (const doc of docs) {
      const hash = contentHash(doc.text);
      if (stored.get(doc.id) === hash) {
        p.unchanged++;
        continue;
      }
      let events: NewEvent[];
      try {
        events = toNewEvents(doc, coder);
      } catch (e) {
        if (isInputError(e)) report(e);
        else coderFailed(doc, e instanceof Error ? e.message : String(e), e);
        continue;
      }
      batch.push({ doc: docOf(doc, hash), events });
    }
    return batch;
  };

  /** The batch to store, coded by the worker threads (the languages are the documents' already). */
  const codeElsewhere = async (docs: Doc[], stored: Map<string, string>, coding: DocCoding): Promise<DocumentWithEvents[]> => {
    const prepared = await coding.code(docs, { stored, detect: false });
    const batch: DocumentWithEvents[] = [];
    docs.forEach((doc, i) => {
      const { hash, result } = prepared[i]!;
      if (result === null) p.unchanged++;
      else if (!('error' in result)) batch.push({ doc: docOf(doc, hash), events: result.events });
      else if (result.input) {
        report(new InputError(result.error, { where: { file: doc.source?.file ?? doc.id, ...(doc.source?.line ? { line: doc.source.line } : {}), ...(result.field ? { field: result.field } : {}) } }));
      } else coderFailed(doc, result.error);
    });
    return batch;
  };

  const flush = async (docs: Doc[]) => {
    if (!docs.length) return;
    const stored = await store.documentHashes(docs.map((d) => d.id));
    const batch = options.coding ? await codeElsewhere(docs, stored, options.coding) : codeHere(docs, stored, coder!);
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
  await flush(pending);
  p.ms = performance.now() - started;
  return p;
}
