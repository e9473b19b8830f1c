/**
 * PLOVER / POLECAT event records (JSON Lines, or a JSON array) -> store events. Field names follow the PLOVER
 * manual's JSON table (id, date, actor, recipient, event, mode, context, event_loc, event_text) and the
 * POLECAT spellings (event_type, event_mode, contexts, actor_country, recipient_country, story_id).
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.ts';
import { entityNameToCode } from '../model/cameo.ts';
import { EVENT_TYPES, QUAD_CLASS, type EventType } from '../model/event.ts';
import { illFormedField } from '../model/wellformed.ts';
import { datasetEventId } from '../store/ids.ts';
import type { ImportCounts, NewEvent, Store } from '../store/store.ts';
import { datasetRows, type RowProblem } from './_rows.ts';
import { firstLine, isZip } from './_unzip.ts';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Older PLOVER drafts' types (spec: "Older PLOVER drafts used …"). */
const OLD_TYPES: Record<string, { type: EventType; mode?: string }> = {
  DEMAND: { type: 'REQUEST' }, DISAPPROVE: { type: 'ACCUSE', mode: 'disapprove' },
  INVESTIGATE: { type: 'ACCUSE', mode: 'investigate' }, FIGHT: { type: 'ASSAULT' },
};

const BATCH = 5000;
type Rec = Record<string, unknown>;

const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);
const strings = (v: unknown): string[] =>
  (Array.isArray(v) ? v : v == null || v === '' ? [] : typeof v === 'string' ? v.split(/[;,]/) : [v])
    .map((x) => String(x).trim()).filter(Boolean);

/** An entity as PLOVER writes it: {"code": "USA"}, "USA", or a country/organisation name. */
function entityCode(v: unknown): string | null {
  const raw = typeof v === 'object' && v !== null ? ((v as Rec).code ?? (v as Rec).country ?? (v as Rec).name) : v;
  if (typeof raw !== 'string' || !raw.trim()) return null;
  const s = raw.trim();
  if (/^[A-Z]{2,5}$/.test(s)) return s;
  return entityNameToCode(s) ?? (/^[a-z]{3}$/i.test(s) ? s.toUpperCase() : null);
}
const entityList = (v: unknown): string[] =>
  [...new Set((Array.isArray(v) ? v : v == null ? [] : [v]).map(entityCode).filter((c): c is string => c !== null))];

/**
 * Why a PLOVER date (YYYY, YYYY-MM or YYYY-MM-DD) is not a real one, or null: an impossible month or day
 * would otherwise be stored as an undated event, and years before 1000 are typing errors in these datasets.
 */
export function checkDate(date: string): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return 'is not a YYYY-MM-DD date';
  const [y, mo, d] = [Number(m[1]), m[2] === undefined ? 1 : Number(m[2]), m[3] === undefined ? 1 : Number(m[3])];
  if (y < 1000) return 'is before the year 1000';
  if (mo < 1 || mo > 12) return 'has no such month';
  if (d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return 'has no such day';
  return null;
}

/** Maps one record; throws InputError naming the field when it cannot. */
export function ploverRecordToEvent(rec: Rec, where: { file: string; line: number }): NewEvent {
  const fail = (field: string, msg: string) => new InputError(msg, { where: { ...where, field } });
  const bad = illFormedField(rec);
  if (bad !== null) throw fail(bad, 'holds a lone UTF-16 surrogate (not Unicode text)');
  const id = rec.id ?? rec.event_id;
  if ((typeof id !== 'string' && typeof id !== 'number') || id === '') throw fail('id', 'missing event id');
  const rawType = String(first(rec.event ?? rec.event_type) ?? '').trim().toUpperCase();
  const old = OLD_TYPES[rawType];
  const type = old?.type ?? (EVENT_TYPES.includes(rawType as EventType) ? (rawType as EventType) : null);
  if (!type) throw fail('event', `"${rawType}" is not a PLOVER event type`);
  const date = String(rec.date ?? rec.story_date ?? rec.event_date ?? '').slice(0, 10);
  const dateProblem = checkDate(date);
  if (dateProblem) throw fail('date', `"${date}" ${dateProblem}`);
  const mode = String(first(rec.mode ?? rec.event_mode) ?? old?.mode ?? '').trim().toLowerCase() || null;
  const actor = entityList(rec.actor_country ?? rec.actor);
  const recipient = entityList(rec.recipient_country ?? rec.recipient);
  const loc = rec.event_loc ?? rec.location ?? rec.country;
  const location = entityCode(first(loc));
  const text = rec.event_text ?? rec.text;
  const cite = (rec.cite_info ?? {}) as Rec;
  const url = rec.source_url ?? rec.url ?? cite.url ?? null;
  const quad = Number(rec.quad_code);
  return {
    id: datasetEventId('plover', String(id)), origin: 'plover',
    doc: String(rec.story_id ?? rec.doc ?? `plover:${id}`), sentence: Number.isInteger(rec.sentence) ? (rec.sentence as number) : 0,
    text: Array.isArray(text) ? text.join(' ') : typeof text === 'string' ? text : '',
    event_type: type, mode, context: strings(rec.context ?? rec.contexts).map((c) => c.toLowerCase()),
    actor, recipient, date, location, value: null,
    cameo: typeof rec.cameo === 'string' ? rec.cameo : null,
    source_url: typeof url === 'string' ? url : null,
    quad_class: quad >= 1 && quad <= 4 ? (quad as 1 | 2 | 3 | 4) : QUAD_CLASS[type],
  };
}

async function* records(file: string): AsyncGenerator<{ rec: unknown; line: number } | { error: string; line: number }> {
  const head = (await firstLine(file)).trimStart().slice(0, 1);
  if (head === '[') {
    // A JSON array has to be parsed whole; JSON Lines (the manual's recommendation) streams.
    let arr: unknown;
    try {
      arr = JSON.parse(strictUtf8.decode(await readFile(file)));
    } catch (e) {
      yield { error: e instanceof SyntaxError ? `invalid JSON: ${e.message}` : 'not valid UTF-8', line: 1 };
      return;
    }
    let i = 0;
    for (const rec of arr as unknown[]) yield { rec, line: ++i };
    return;
  }
  // Split on bytes, as the delimited datasets are: invalid UTF-8 is that line's problem, not U+FFFD in the store.
  const problems: RowProblem[] = [];
  for await (const batch of datasetRows(createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>, (p) => problems.push(p), true)) {
    for (let i = 0; i < batch.texts.length; i++) {
      const line = batch.lines[i]!;
      while (problems[0] && problems[0].line < line) {
        const p = problems.shift()!;
        yield { error: p.reason, line: p.line };
      }
      const text = batch.texts[i]!;
      if (!text.trim()) continue;
      try {
        yield { rec: JSON.parse(text), line };
      } catch (e) {
        yield { error: `invalid JSON: ${(e as Error).message}`, line };
      }
    }
  }
  for (const p of problems) yield { error: p.reason, line: p.line };
}

export async function importPloverFile(store: Store, file: string, strict: boolean): Promise<ImportCounts> {
  if (await isZip(file)) throw new InputError('zipped PLOVER files are not supported; unzip it first', { where: { file } });
  const counts: ImportCounts = { rows: 0, added: 0, duplicates: 0, unmapped: 0, malformed: 0, problems: [] };
  // Validate everything before writing when strict, so a bad row leaves the store untouched.
  const batches: NewEvent[][] = [];
  let batch: NewEvent[] = [];
  const flush = async () => {
    if (!batch.length) return;
    if (strict) batches.push(batch);
    else {
      const r = await store.importEvents(batch);
      counts.added += r.added;
      counts.duplicates += r.duplicates;
    }
    batch = [];
  };
  for await (const item of records(file)) {
    counts.rows++;
    let problem: InputError | null = null;
    if ('error' in item) problem = new InputError(item.error, { where: { file, line: item.line } });
    else if (typeof item.rec !== 'object' || item.rec === null || Array.isArray(item.rec)) {
      problem = new InputError('record is not a JSON object', { where: { file, line: item.line } });
    } else {
      try {
        batch.push(ploverRecordToEvent(item.rec as Rec, { file, line: item.line }));
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        problem = e;
      }
    }
    if (problem) {
      if (strict) throw problem;
      counts.malformed++;
      if (counts.problems.length < 20) {
        counts.problems.push({ file, line: problem.where.line ?? null, ...(problem.where.field ? { field: problem.where.field } : {}), reason: problem.message });
      }
    }
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  if (strict) {
    // Strict holds the validated batches (memory grows with the file) to keep the store untouched on error.
    for (const b of batches) {
      const r = await store.importEvents(b);
      counts.added += r.added;
      counts.duplicates += r.duplicates;
    }
  }
  return counts;
}
