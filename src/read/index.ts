/**
 * Document readers: files, folders and stdin to `Doc`s (spec "Documents in"). Formats are chosen by
 * extension, or sniffed from the content for stdin and for named files of unknown type.
 * Bad input never throws: a bad record or file becomes a `problem` item and reading goes on.
 */
import { basename, extname } from 'node:path';
import type { ReadItem, ReadOptions } from './_types.ts';
import { isoDate } from './_date.ts';
import { declaredCharset, decodeText, HEAD_BYTES, looksBinary } from './_decode.ts';
import { readFeed } from './_feed.ts';
import { readHtml } from './_html.ts';
import { readJsonFeed } from './_jsonfeed.ts';
import { readJsonArray, readJsonLines } from './_jsonl.ts';
import { readMarkdown } from './_markdown.ts';
import { problem, systemProblem } from './_problem.ts';
import { chooseFormat, sniff, type Format } from './_sniff.ts';
import { fileSource, streamSource, type Source } from './_source.ts';
import { readPlainText } from './_text.ts';
import { walk } from './_walk.ts';
import { illFormedField } from '../model/wellformed.ts';
import { isInputError } from '../errors.ts';
import { parseLangOption, resolveLanguage } from '../lang/index.ts';

export type { ReadItem, ReadOptions } from './_types.ts';

/** The file label of documents read from '-'. */
export const STDIN_LABEL = '<stdin>';

/** Streams documents from files, folders (recursively, sorted, skipping dotfiles/node_modules) and '-'. */
export async function* readDocuments(inputs: string[], options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  let fallbackDate: string | null = null;
  if (options.date !== undefined) {
    fallbackDate = /^\d{4}-\d{2}-\d{2}$/.test(options.date.trim()) ? isoDate(options.date) : null;
    if (!fallbackDate) {
      yield problem(`--date ${JSON.stringify(options.date)} is not a valid YYYY-MM-DD date`, { field: 'date' });
      return;
    }
  }
  let lang: string | null = null;
  if (options.lang !== undefined) {
    try {
      lang = parseLangOption(options.lang);
    } catch (e) {
      if (!isInputError(e)) throw e;
      yield { kind: 'problem', error: e };
      return;
    }
  }
  for (const input of inputs) {
    if (input === '-') {
      yield* checked(readStdin(options.stdin ?? process.stdin, fallbackDate), lang, options.detect ?? true);
      continue;
    }
    for await (const entry of walk(input)) {
      if (entry.kind === 'problem') yield entry;
      else yield* checked(readFile(entry.path, entry.explicit, fallbackDate), lang, options.detect ?? true);
    }
  }
}

/**
 * The last gate every document passes, whatever its format: a string holding a lone UTF-16 surrogate
 * (from a JSON or XML escape) cannot be stored or sent on, so its document is a problem named by field.
 * Here every document also gets its language: the override, else the one detected from its text, else the
 * one it declared (see lang/index.ts).
 */
async function* checked(items: AsyncIterable<ReadItem>, lang: string | null, detect: boolean): AsyncGenerator<ReadItem> {
  for await (const item of items) {
    if (item.kind === 'doc') {
      const { source, ...rest } = item.doc;
      const field = illFormedField(rest);
      if (field !== null) {
        yield problem('holds a lone UTF-16 surrogate (not Unicode text)', { file: source?.file ?? STDIN_LABEL, ...(source?.line ? { line: source.line } : {}), field: field.replace(/^meta\./, '') });
        continue;
      }
      // Without detection the document keeps what it declared (or the override) for the caller to resolve.
      item.doc.lang = detect ? await resolveLanguage(item.doc.text, item.doc.lang, lang) : lang ?? item.doc.lang ?? null;
    }
    yield item;
  }
}

async function* readStdin(stream: NodeJS.ReadableStream, fallbackDate: string | null): AsyncGenerator<ReadItem> {
  try {
    const src = await streamSource(stream);
    if (looksBinary(src.head)) {
      yield problem('binary file', { file: STDIN_LABEL });
      return;
    }
    yield* readAs(sniff(src.head.toString('utf8')), src, STDIN_LABEL, 'stdin', fallbackDate);
  } catch (err) {
    yield systemProblem(err, STDIN_LABEL);
  }
}

async function* readFile(path: string, explicit: boolean, fallbackDate: string | null): AsyncGenerator<ReadItem> {
  try {
    const src = await fileSource(path);
    const format = chooseFormat(path, src.head.toString('utf8'), explicit);
    if (format === null) return; // not a document type: skipped silently inside folders
    if (looksBinary(src.head)) {
      yield problem('binary file', { file: path });
      return;
    }
    yield* readAs(format, src, path, basename(path, extname(path)), fallbackDate);
  } catch (err) {
    // I/O failures (vanished file, permission, EISDIR…) are the file's problem; anything else is a bug.
    yield systemProblem(err, path);
  }
}

/** `id` names a one-document file's document (file name without extension). */
async function* readAs(format: Format, src: Source, file: string, id: string, fallbackDate: string | null): AsyncGenerator<ReadItem> {
  if (format === 'jsonl') {
    yield* readJsonLines(src.chunks(), file);
    return;
  }
  const buf = await src.all();
  if (format === 'json-array') {
    yield* readJsonArray(buf, file);
    return;
  }
  const decoded = decodeText(buf, format === 'html' || format === 'feed' ? declaredCharset(src.head) : null);
  if (!decoded.ok) {
    yield problem('not valid UTF-8', { file, line: decoded.line });
    return;
  }
  switch (format) {
    case 'text':
      yield readPlainText(decoded.text, file, id, fallbackDate);
      return;
    case 'markdown':
      yield readMarkdown(decoded.text, file, id, fallbackDate);
      return;
    case 'html':
      yield readHtml(decoded.text, file, id, fallbackDate);
      return;
    case 'feed':
      yield* readFeed(decoded.text, file, id);
      return;
  }
}

/**
 * A feed fetched from the web (RSS, RDF, Atom or JSON Feed, told apart by its content), decoded by its declared
 * charset: its items as documents, or one problem naming `label` when it is not a feed or is malformed.
 */
export function* readFeedBytes(buf: Uint8Array, label: string, base: string): Generator<ReadItem> {
  const head = buf.subarray(0, HEAD_BYTES);
  const decoded = decodeText(buf, declaredCharset(head));
  if (!decoded.ok) {
    yield problem('not valid UTF-8', { file: label, line: decoded.line });
    return;
  }
  const text = decoded.text.trimStart();
  if (text.startsWith('{')) yield* readJsonFeed(text, label, base);
  else yield* readFeed(decoded.text, label, base);
}

/** A web page (an article a feed item points to), read as `ingest` reads HTML. */
export function readPage(buf: Uint8Array, label: string, id: string): ReadItem {
  const decoded = decodeText(buf, declaredCharset(buf.subarray(0, HEAD_BYTES)));
  if (!decoded.ok) return problem('not valid UTF-8', { file: label, line: decoded.line });
  return readHtml(decoded.text, label, id, null);
}
