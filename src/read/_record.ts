/** One JSON value to a Doc, checked against the spec's "Documents in" rules. */
import { InputError, type Where } from '../errors.ts';
import type { Doc } from '../model/event.ts';
import { isoDate } from './_date.ts';
import { normalizeNewlines } from './_decode.ts';

const OPTIONAL_STRINGS = ['title', 'url', 'lang'] as const;

function typeName(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : `a ${typeof v}`;
}

/**
 * `prefix` names the record inside the message when the location has no line (items of a JSON array).
 * Returns the first thing wrong with the record as an InputError.
 */
export function toDoc(value: unknown, source: { file: string; line?: number }, prefix = ''): Doc | InputError {
  const where = (field?: string): Where => ({ ...source, ...(field ? { field } : {}) });
  const bad = (message: string, field?: string) => new InputError(prefix + message, { where: where(field) });

  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return bad(`a document must be a JSON object, not ${typeName(value)}`);
  }
  const { id, text, date, title, url, lang, ...meta } = value as Record<string, unknown>;

  if (id === undefined || id === null) return bad('missing document id', 'id');
  if (typeof id !== 'string') return bad(`id must be a string, not ${typeName(id)}`, 'id');
  if (id.trim() === '') return bad('id is empty', 'id');

  if (text === undefined || text === null) return bad('missing document text', 'text');
  if (typeof text !== 'string') return bad(`text must be a string, not ${typeName(text)}`, 'text');
  if (text.trim() === '') return bad('text is empty', 'text');

  let day: string | null = null;
  if (date !== undefined && date !== null && date !== '') {
    if (typeof date !== 'string') return bad(`date must be a string YYYY-MM-DD, not ${typeName(date)}`, 'date');
    day = isoDate(date);
    if (!day) return bad(`date ${JSON.stringify(date)} is not a valid YYYY-MM-DD date`, 'date');
  }

  const doc: Doc = { id, text: normalizeNewlines(text), date: day, title: null, url: null, lang: null };
  const extra = { title, url, lang };
  for (const key of OPTIONAL_STRINGS) {
    const v = extra[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') return bad(`${key} must be a string, not ${typeName(v)}`, key);
    doc[key] = v;
  }
  doc.source = { ...source };
  doc.meta = meta;
  return doc;
}
