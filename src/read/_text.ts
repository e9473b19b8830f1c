/** Plain-text documents: the file is the document; an optional first line `Date: YYYY-MM-DD`. */
import type { ReadItem } from './_types.ts';
import { isoDate } from './_date.ts';
import { problem } from './_problem.ts';

export type DateLine =
  | { ok: true; text: string; date: string | null }
  | { ok: false; line: number; value: string };

/**
 * Takes a `Date: …` header from the first non-blank line and removes it (and the blank lines after it).
 * `firstLine` is the file line number of `text`'s first line, for the error message.
 */
export function takeDateLine(text: string, firstLine = 1): DateLine {
  const m = /^((?:[ \t]*\n)*)[ \t]*date[ \t]*:[ \t]*([^\n]*?)[ \t]*(?:\n|$)(?:[ \t]*\n)*/i.exec(text);
  if (!m) return { ok: true, text, date: null };
  const date = isoDate(m[2]!);
  if (!date) return { ok: false, line: firstLine + (m[1]!.match(/\n/g)?.length ?? 0), value: m[2]! };
  return { ok: true, text: text.slice(m[0].length), date };
}

export function readPlainText(text: string, file: string, id: string, fallbackDate: string | null): ReadItem {
  const d = takeDateLine(text);
  if (!d.ok) return problem(`Date line ${JSON.stringify(d.value)} is not a valid YYYY-MM-DD date`, { file, line: d.line, field: 'date' });
  const body = d.text.replace(/^(?:[ \t]*\n)+/, '').replace(/\s+$/, '');
  if (body.trim() === '') return problem('the document has no text', { file, field: 'text' });
  return {
    kind: 'doc',
    doc: { id, text: body, date: d.date ?? fallbackDate, title: null, url: null, lang: null, source: { file }, meta: {} },
  };
}
