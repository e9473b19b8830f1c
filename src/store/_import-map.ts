/**
 * Dataset rows mapped to events in JavaScript, row by row as they stream (PostgreSQL's import, ./postgres/_import.ts:
 * mapping there in SQL cost more than storing the rows). The same mapping as ./_import-sql.ts, which DuckDB runs
 * in SQL: the same checks in the same order (the first thing wrong with a row, by field), the same lookups and the
 * same typed values; test/unit/import-engines.test.ts holds the two to equal results.
 */
import { cameoActorRows, cameoPloverRows, entityNameRows, fipsRows } from '../model/cameo.ts';
import { QUAD_CLASS, type EventType } from '../model/event.ts';
import { ploverScore } from '../model/plover.ts';
import { happeningKey } from './happenings.ts';
import { reportSource } from './_source.ts';
import { datasetColumns } from './_import-sql.ts';
import type { DelimitedImport } from './store.ts';

/** An event of a good row. Numbers are kept as the canonical text of their value (the engine parses them). */
export interface MappedEvent {
  id: string;
  origin: 'gdelt' | 'icews';
  doc: string;
  sentence: number;
  event_type: EventType;
  mode: string | null;
  context: string[];
  actor: string[];
  recipient: string[];
  /** The parties: actors and recipients, distinct, in byte order. */
  parties: string[];
  /** YYYY-MM-DD. */
  date: string;
  location: string | null;
  cameo: string;
  score: number;
  quad_class: number;
  goldstein: string | null;
  num_mentions: string | null;
  num_sources: string | null;
  num_articles: string | null;
  tone: string | null;
  source_url: string | null;
  /** Block key of its happening (./happenings.ts happeningKey) and its source (./_source.ts). */
  hkey: string;
  source: string;
}

export type MappedRow =
  | { status: 'ok'; event: MappedEvent; eid: bigint }
  | { status: 'unmapped' }
  | { status: 'malformed'; field: string | null; reason: string };

interface CameoEntry { type: EventType; mode: string | null; context: string[]; score: number; quad: number }

let lookups: { cameo: Map<string, CameoEntry>; actor: Map<string, string>; fips: Map<string, string>; name: Map<string, string> } | null = null;

function tables(): NonNullable<typeof lookups> {
  if (lookups) return lookups;
  const cameo = new Map<string, CameoEntry>();
  for (const r of cameoPloverRows()) {
    // As the SQL tables hold them: an empty mode is none, the context travels joined by ';'.
    const context = r.context.join(';');
    cameo.set(r.cameo, { type: r.type, mode: r.mode || null, context: context === '' ? [] : context.split(';'),
      score: ploverScore(r.type, r.mode), quad: QUAD_CLASS[r.type] });
  }
  lookups = {
    cameo,
    actor: new Map(cameoActorRows().map((r) => [r.cameo, r.code])),
    fips: new Map(fipsRows().map((r) => [r.fips, r.iso3])),
    name: new Map(entityNameRows().map((r) => [r.name, r.code])),
  };
  return lookups;
}

// The whitespace of SQL's \s around a number (ASCII: the casts accept no other).
const BIGINT = /^[ \t\n\r\f\v]*[+-]?[0-9]{1,18}[ \t\n\r\f\v]*$/;
const INT = /^[ \t\n\r\f\v]*[+-]?[0-9]{1,9}[ \t\n\r\f\v]*$/;
const FLOAT = /^[ \t\n\r\f\v]*[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?[ \t\n\r\f\v]*$/;
const DECIMAL = /^-?[0-9]*[.]?[0-9]*$/;

export function tryBigint(c: string | null): bigint | null {
  return c !== null && BIGINT.test(c) ? BigInt(c.trim()) : null;
}

const PLAIN_INT = /^[0-9]{1,9}$/;

/**
 * An integer of at most 9 digits as a text the engine reads as that integer (the field itself when it is plain
 * digits), or null when `c` is not one.
 */
export function tryInt(c: string | null): string | null {
  if (c === null) return null;
  if (PLAIN_INT.test(c)) return c;
  return INT.test(c) ? String(Number(c.trim())) : null;
}

/**
 * A number as a text the engine reads as the same double (the field itself when it is a plain decimal, which both
 * read correctly rounded), or null when `c` is not a number or not a finite double.
 */
export function tryFloat(c: string | null): string | null {
  if (c === null) return null;
  if (c.length <= 30 && DECIMAL.test(c)) return /[0-9]/.test(c) ? c : null;
  if (!FLOAT.test(c)) return null;
  const n = Number(c.trim());
  if (!Number.isFinite(n)) return null;
  return Object.is(n, -0) ? '-0' : String(n);
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** 'YYYY-MM-DD' of a real calendar day from its digit texts (year 0 read as 1), or null. */
function day(y: string, m: string, d: string): string | null {
  const year = Math.max(Number(y), 1);
  const month = Number(m);
  const dd = Number(d);
  if (month < 1 || month > 12 || dd < 1) return null;
  if (dd > (month === 2 && leap(year) ? 29 : DAYS[month - 1]!)) return null;
  return `${String(year).padStart(4, '0')}-${m}-${d}`;
}

/** A real calendar day from a text of exactly this shape, as 'YYYY-MM-DD'; null otherwise. */
export function parseDay(c: string | null, shape: 'YYYYMMDD' | 'YYYY-MM-DD'): string | null {
  if (c === null) return null;
  if (shape === 'YYYYMMDD') return /^[0-9]{8}$/.test(c) ? day(c.slice(0, 4), c.slice(4, 6), c.slice(6, 8)) : null;
  return /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(c) ? day(c.slice(0, 4), c.slice(5, 7), c.slice(8, 10)) : null;
}

/** Distinct codes of two lists of at most one, in byte order (as COLLATE "C"). */
function partiesOf(a: string[], b: string[]): string[] {
  const x = a[0];
  const y = b[0];
  if (x === undefined) return y === undefined ? [] : [y];
  if (y === undefined || y === x) return [x];
  return Buffer.compare(Buffer.from(x), Buffer.from(y)) < 0 ? [x, y] : [y, x];
}

const one = (code: string | undefined | null): string[] => (code == null ? [] : [code]);

/** The checks of a row, in order (the first failing one is reported): id, date, year, event code. */
function check(eid: bigint | null, date: string | null, code: string | null, names: { id: string; date: string; shape: string; code: string }):
  { field: string; reason: string } | null {
  if (eid === null) return { field: names.id, reason: `${names.id} is not an integer` };
  if (date === null) return { field: names.date, reason: `${names.date} is not a real ${names.shape} date` };
  if (date < '1000') return { field: names.date, reason: `${names.date} is before the year 1000` };
  if (code === null) return { field: names.code, reason: `${names.code} is empty` };
  return null;
}

/**
 * A row's fields, cut at its tabs where they are read (a row has 61 fields and the mapping reads 15): empty
 * fields and `nulls` are read as missing.
 */
class Fields {
  private text = '';
  private readonly starts: Int32Array;
  constructor(private readonly width: number, private readonly nulls: ReadonlySet<string>) {
    this.starts = new Int32Array(width + 1);
  }

  /** Takes the row `text`; returns its number of fields (the fields can be read when it is `width`). */
  cut(text: string): number {
    this.text = text;
    let n = 1;
    for (let at = text.indexOf('\t'); at >= 0; at = text.indexOf('\t', at + 1)) {
      if (n < this.width) this.starts[n] = at + 1;
      n++;
    }
    this.starts[this.width] = text.length + 1;
    return n;
  }

  /** The `i`th field (0-based). */
  get(i: number): string | null {
    const start = this.starts[i]!;
    const end = this.starts[i + 1]! - 1;
    // An empty field is missing without a slice or a set lookup (most fields a row leaves blank).
    if (end === start) return null;
    const v = this.text.slice(start, end);
    return this.nulls.size && this.nulls.has(v) ? null : v;
  }
}

const GDELT_NULLS: ReadonlySet<string> = new Set();
const ICEWS_NULLS: ReadonlySet<string> = new Set(['NA']);

/** A mapper of one dataset's rows (text of one line, without its end) to events. */
export function rowMapper(format: DelimitedImport['format']): (text: string) => MappedRow {
  const cols = datasetColumns(format);
  const width = cols.length;
  const t = tables();
  const at = (name: string) => cols.indexOf(name);
  const wrongWidth = (w: number): MappedRow => ({ status: 'malformed', field: null, reason: `row has ${w} columns, expected ${width}` });
  if (format === 'icews') return icewsMapper(t, at, width, wrongWidth);
  const I = {
    id: at('GLOBALEVENTID'), date: at('SQLDATE'), g1: at('Actor1KnownGroupCode'), c1: at('Actor1CountryCode'),
    g2: at('Actor2KnownGroupCode'), c2: at('Actor2CountryCode'), code: at('EventCode'), quad: at('QuadClass'),
    goldstein: at('GoldsteinScale'), mentions: at('NumMentions'), sources: at('NumSources'), articles: at('NumArticles'),
    tone: at('AvgTone'), geo: at('ActionGeo_CountryCode'), url: at('SOURCEURL'),
  };
  const names = { id: 'GLOBALEVENTID', date: 'SQLDATE', shape: 'YYYYMMDD', code: 'EventCode' };
  const row = new Fields(width, GDELT_NULLS);
  const f = (i: number) => (i < 0 ? null : row.get(i));
  // (Made once, not per row: a closure per row cost an allocation and, under tsx, a naming call.)
  const actorCode = (g: number, c: number) => {
    const group = f(g);
    const country = f(c);
    return (group === null ? undefined : t.actor.get(group)) ?? (country === null ? undefined : t.actor.get(country));
  };
  return (text) => {
    const w = row.cut(text);
    if (w !== width) return wrongWidth(w);
    const eid = tryBigint(f(I.id));
    const date = parseDay(f(I.date), 'YYYYMMDD');
    const code = f(I.code);
    const bad = check(eid, date, code, names);
    if (bad) return { status: 'malformed', ...bad };
    const m = t.cameo.get(code!);
    if (!m) return { status: 'unmapped' };
    const actor = one(actorCode(I.g1, I.c1));
    const recipient = one(actorCode(I.g2, I.c2));
    const id = `gdelt:${eid!}`;
    const url = f(I.url);
    const quad = f(I.quad);
    const geo = f(I.geo);
    const e: MappedEvent = {
      id, origin: 'gdelt', doc: url ?? id, sentence: 0, event_type: m.type, mode: m.mode, context: m.context, actor, recipient,
      parties: partiesOf(actor, recipient), date: date!, location: (geo === null ? undefined : t.fips.get(geo)) ?? null, cameo: code!,
      score: m.score, quad_class: quad === '1' || quad === '2' || quad === '3' || quad === '4' ? Number(quad) : m.quad,
      goldstein: tryFloat(f(I.goldstein)), num_mentions: tryInt(f(I.mentions)), num_sources: tryInt(f(I.sources)),
      num_articles: tryInt(f(I.articles)), tone: tryFloat(f(I.tone)), source_url: url, hkey: '', source: reportSource('gdelt', url),
    };
    e.hkey = blockKey(e);
    return { status: 'ok', event: e, eid: eid! };
  };
}

/** ./happenings.ts happeningKey, spelt out for the lists of at most one code a dataset row has (it runs per row). */
function blockKey(e: MappedEvent): string {
  if (e.actor.length > 1 || e.recipient.length > 1) return happeningKey(e);
  const head = `${e.origin}|${e.event_type}|${e.mode ?? ''}|`;
  return e.recipient.length === 0 ? `${head}joint:${e.actor[0] ?? ''}` : `${head}${e.actor[0] ?? ''}>${e.recipient[0]!}`;
}

/** ICEWS names a country ("Russian Federation"); without one, an organisation or a sector says who it is. */
function icewsMapper(t: ReturnType<typeof tables>, at: (name: string) => number, width: number, wrongWidth: (w: number) => MappedRow):
  (text: string) => MappedRow {
  const I = {
    id: at('Event ID'), date: at('Event Date'), sName: at('Source Name'), sSectors: at('Source Sectors'), sCountry: at('Source Country'),
    code: at('CAMEO Code'), intensity: at('Intensity'), tName: at('Target Name'), tSectors: at('Target Sectors'),
    tCountry: at('Target Country'), story: at('Story ID'), sentence: at('Sentence Number'), country: at('Country'),
  };
  const names = { id: 'Event ID', date: 'Event Date', shape: 'YYYY-MM-DD', code: 'CAMEO Code' };
  const named = (x: string | null) => (x === null ? undefined : t.name.get(x));
  const inner = (x: string | null) => {
    const m = x === null ? null : /\(([^)]+)\)[ \t\n\r\f\v]*$/.exec(x);
    return m ? m[1]!.toLowerCase() : null;
  };
  const generic = (sectors: string | null) => {
    if (sectors === null) return undefined;
    const s = sectors.toLowerCase();
    if (s.includes('multinational corporation')) return 'MNC';
    if (s.includes('nongovernmental organization')) return 'NGO';
    if (s.includes('insurgents') || s.includes('rebel')) return 'IMG';
    return undefined;
  };
  const row = new Fields(width, ICEWS_NULLS);
  const f = (i: number) => row.get(i);
  const side = (country: number, name: number, sectors: number) => one(
    named(f(country)?.toLowerCase() ?? null) ?? named(f(name)?.toLowerCase() ?? null) ?? named(inner(f(name))) ?? generic(f(sectors)));
  return (text) => {
    const w = row.cut(text);
    if (w !== width) return wrongWidth(w);
    const eid = tryBigint(f(I.id));
    const date = parseDay(f(I.date), 'YYYY-MM-DD');
    const code = f(I.code);
    const bad = check(eid, date, code, names);
    if (bad) return { status: 'malformed', ...bad };
    const m = t.cameo.get(code!);
    if (!m) return { status: 'unmapped' };
    const actor = side(I.sCountry, I.sName, I.sSectors);
    const recipient = side(I.tCountry, I.tName, I.tSectors);
    const e: MappedEvent = {
      id: `icews:${eid!}`, origin: 'icews', doc: `icews:${f(I.story) ?? String(eid!)}`, sentence: Number(tryInt(f(I.sentence)) ?? 0),
      event_type: m.type, mode: m.mode, context: m.context, actor, recipient, parties: partiesOf(actor, recipient), date: date!,
      location: named(f(I.country)?.toLowerCase() ?? null) ?? null, cameo: code!, score: m.score, quad_class: m.quad,
      goldstein: tryFloat(f(I.intensity)), num_mentions: null, num_sources: null, num_articles: null, tone: null, source_url: null,
      hkey: '', source: reportSource('icews', null),
    };
    e.hkey = blockKey(e);
    return { status: 'ok', event: e, eid: eid! };
  };
}
