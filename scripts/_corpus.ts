/**
 * Checks a gold corpus (docs.jsonl + gold.jsonl in the spec's format): every line parses, every event points at a
 * real document, quotes its sentence verbatim and uses known codes. Shared by the examples test and
 * `scripts/check-corpus.ts`, so corpus writers run the same checks CI runs.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { z } from 'zod';
import { DocumentSchema, EventSchema, GENERIC_CODES, IGO_CODES } from '../src/model/event.ts';
import type { Event } from '../src/model/event.ts';

/** A raw JSONL line with where it came from, so problems can name file and line. */
export interface Line {
  file: string;
  line: number;
  raw: string;
}

/** Streams the non-empty lines of a JSONL file. */
export async function readLines(file: string): Promise<Line[]> {
  const out: Line[] = [];
  const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const raw of rl) {
    n++;
    if (raw.trim() !== '') out.push({ file, line: n, raw });
  }
  return out;
}

/**
 * The corpus's sentence rule: split after . ! or ? when whitespace and a capital letter or quote follow. Capitals
 * are Latin or Cyrillic, with the Kazakh letters outside Russian's range, and « opens a quote (the rule the shared
 * ru-news-dev corpus follows).
 */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=["'“‘«A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])/u);
}

const KNOWN_CODES = new Set<string>([...IGO_CODES, ...GENERIC_CODES]);
const isEntityCode = (c: string): boolean => KNOWN_CODES.has(c) || /^[A-Z]{3}$/.test(c);

interface CorpusDoc {
  text: string;
  date: string;
}

export interface Checked {
  problems: string[];
  docs: Map<string, CorpusDoc>;
  events: Event[];
}

/** Validates a docs/gold pair; returns every problem found as "file:line field: message". */
/** `sentences: false` for corpora of one-sentence records with no date or title (the wire set, like PLOVER's). */
export function checkCorpus(docLines: Line[], goldLines: Line[], opts: { dated?: boolean } = {}): Checked {
  const dated = opts.dated ?? true;
  const problems: string[] = [];
  const docs = new Map<string, CorpusDoc>();
  const events: Event[] = [];
  const where = (l: Line, field: string): string => `${l.file}:${l.line} ${field}`;

  // one line against its schema: the value, or a problem naming file, line and field
  const parse = <T>(l: Line, schema: z.ZodType<T>): T | null => {
    let json: unknown;
    try {
      json = JSON.parse(l.raw);
    } catch {
      problems.push(`${where(l, '-')}: not JSON`);
      return null;
    }
    const parsed = schema.safeParse(json);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    problems.push(`${where(l, issue?.path.join('.') ?? '-')}: ${issue?.message ?? 'invalid'}`);
    return null;
  };

  for (const l of docLines) {
    const d = parse(l, DocumentSchema);
    if (!d) continue;
    if (docs.has(d.id)) problems.push(`${where(l, 'id')}: duplicate id ${d.id}`);
    if (dated && !d.date) problems.push(`${where(l, 'date')}: missing`);
    if (d.text.trim() === '') problems.push(`${where(l, 'text')}: empty`);
    if (dated && !d.title) problems.push(`${where(l, 'title')}: missing`);
    docs.set(d.id, { text: d.text, date: d.date ?? '' });
  }

  for (const l of goldLines) {
    const e = parse(l, EventSchema);
    if (!e) continue;
    events.push(e);
    const d = docs.get(e.doc);
    if (!d) {
      problems.push(`${where(l, 'doc')}: unknown document ${e.doc}`);
      continue;
    }
    if (!d.text.includes(e.text)) problems.push(`${where(l, 'text')}: not found verbatim in ${e.doc}`);
    else if (sentences(d.text)[e.sentence] !== e.text) problems.push(`${where(l, 'sentence')}: index ${e.sentence} is not that sentence`);
    for (const field of ['actor', 'recipient'] as const) {
      for (const c of e[field]) if (!isEntityCode(c)) problems.push(`${where(l, field)}: bad entity code ${c}`);
    }
    if (e.actor.length === 0) problems.push(`${where(l, 'actor')}: empty`);
    if (e.location !== null && !isEntityCode(e.location)) problems.push(`${where(l, 'location')}: bad code ${e.location}`);
    // An event cannot postdate the report of it (all gold dates here are announcements or past happenings).
    if (e.date !== null && d.date !== '' && e.date > d.date.slice(0, e.date.length)) {
      problems.push(`${where(l, 'date')}: ${e.date} is after the document date ${d.date}`);
    }
  }
  return { problems, docs, events };
}

