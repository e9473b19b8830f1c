/** JSON Lines documents (and `.json` files holding an array of documents). */
import { InputError } from '../errors.ts';
import type { ReadItem } from './_types.ts';
import { splitLines } from './_lines.ts';
import { problem } from './_problem.ts';
import { toDoc } from './_record.ts';
import { decodeText } from './_decode.ts';

/** Checks a record and remembers its id: a repeat within the file is a problem, as is a bad record. */
function* admit(value: unknown, source: { file: string; line?: number }, seen: Map<string, number | string>, prefix = ''): Generator<ReadItem> {
  const doc = toDoc(value, source, prefix);
  if (doc instanceof InputError) {
    yield { kind: 'problem', error: doc };
    return;
  }
  const first = seen.get(doc.id);
  if (first !== undefined) {
    yield problem(`${prefix}duplicate id ${JSON.stringify(doc.id)} (first seen ${typeof first === 'number' ? `on line ${first}` : first})`, { ...source, field: 'id' });
    return;
  }
  seen.set(doc.id, source.line ?? prefix.replace(/: $/, ''));
  yield { kind: 'doc', doc };
}

/** Streams one document per line; blank lines are skipped, line numbers are 1-based. */
export async function* readJsonLines(chunks: AsyncIterable<Buffer | string>, file: string): AsyncGenerator<ReadItem> {
  const seen = new Map<string, number | string>();
  for await (const l of splitLines(chunks)) {
    if ('invalid' in l) {
      yield problem('not valid UTF-8', { file, line: l.line });
      continue;
    }
    if (l.text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(l.text);
    } catch (err) {
      yield problem(`not valid JSON (${(err as Error).message})`, { file, line: l.line });
      continue;
    }
    yield* admit(value, { file, line: l.line }, seen);
  }
}

/**
 * Line of a JSON.parse error. V8 puts either "position N" or, for an unexpected token, a short excerpt
 * of the text around it in the message; the excerpt is looked up in the text.
 */
function errorLine(text: string, message: string): number | undefined {
  const lineOf = (pos: number) => {
    let line = 1;
    for (let i = 0; i < pos && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
    return line;
  };
  const lc = /\(line (\d+) column \d+\)/.exec(message);
  if (lc) return Number(lc[1]);
  const pos = /position (\d+)/.exec(message);
  if (pos) return lineOf(Number(pos[1]));
  if (/Unexpected end of JSON input/.test(message)) return lineOf(text.trimEnd().length);
  const ex = /Unexpected token '([\s\S]+?)', (?:\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON/.exec(message);
  if (!ex) return undefined;
  const at = text.indexOf(ex[2]!);
  if (at === -1) return undefined;
  return lineOf(at + Math.max(0, ex[2]!.indexOf(ex[1]!)));
}

/** A `.json` file holding `[ {...}, {...} ]`: parsed whole (JSON arrays cannot be streamed by line). */
export function* readJsonArray(buf: Buffer, file: string): Generator<ReadItem> {
  const decoded = decodeText(buf);
  if (!decoded.ok) {
    yield problem('not valid UTF-8', { file, line: decoded.line });
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (err) {
    const message = (err as Error).message;
    const line = errorLine(decoded.text, message);
    yield problem(`not valid JSON (${message})`, line === undefined ? { file } : { file, line });
    return;
  }
  if (!Array.isArray(value)) {
    yield* admit(value, { file }, new Map());
    return;
  }
  const seen = new Map<string, number | string>();
  for (const [i, item] of value.entries()) yield* admit(item, { file }, seen, `item ${i + 1}: `);
}
