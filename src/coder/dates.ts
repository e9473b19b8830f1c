/**
 * Event dates from a sentence, resolved against the document date at the precision the text gives.
 * chrono-node handles days, weekdays and months; years and "this/last year" are handled here.
 */
import * as chrono from 'chrono-node';

export interface DateMention {
  index: number; // character offset in the sentence
  end: number;
  date: string; // YYYY, YYYY-MM or YYYY-MM-DD
}

const pad = (n: number): string => String(n).padStart(2, '0');

// chrono's English casual configuration without the clock-time and slash-date parsers, which news dates do
// not need and which cost most of its time
const SKIP = /^(?:ENTimeExpressionParser|ENCasualTimeParser|ENTimeUnitWithinFormatParser|ENTimeUnitLaterFormatParser|SlashDateFormatParser|ENSlashMonthFormatParser)$/;
const DATES = new chrono.Chrono({
  parsers: chrono.en.casual.parsers.filter((p) => !SKIP.test(p.constructor.name)),
  refiners: chrono.en.casual.refiners,
});

// words that can start a date expression chrono reads; the rest ("this year", bare years) are read here
const CHRONO_WORDS = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\btoday\b|\byesterday\b|\btonight\b|\btomorrow\b|\bago\b|\b(?:last|next|this|past) (?:week|month|weekend)\b|\d{4}-\d{2}-\d{2}/gi;
const QUICK = /\b(?:19|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\btoday\b|\byesterday\b|\btonight\b|\btomorrow\b|\b(?:this|last|next|earlier|recent)\b|\brecently\b|\bago\b|\bthe year\b/i;

const RELATIVE: [RegExp, (d: Date) => string][] = [
  [/\b(?:earlier |later )?this year\b/gi, (d) => `${d.getUTCFullYear()}`],
  [/\blast year\b/gi, (d) => `${d.getUTCFullYear() - 1}`],
  [/\bnext year\b/gi, (d) => `${d.getUTCFullYear() + 1}`],
  [/\bthis month\b/gi, (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`],
  [/\blast month\b/gi, (d) => { const x = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1)); return `${x.getUTCFullYear()}-${pad(x.getUTCMonth() + 1)}`; }],
  [/\b(?:recent(?:ly)?|the year)\b/gi, (d) => `${d.getUTCFullYear()}`],
];

// the coder dates a sentence when it codes it and again when a later sentence of the paragraph looks back for a date
// to carry ("carried", "lastDayNamed"): the last few answers are kept, bounded so memory stays constant
const MEMO = new Map<string, readonly DateMention[]>();
const MEMO_MAX = 64;

/**
 * Every date expression in the sentence, in order. `ref` is the document date (UTC midnight) or null. The array
 * returned is shared with later calls for the same sentence: read it, never change it.
 */
export function findDates(sentence: string, ref: Date | null): readonly DateMention[] {
  if (!QUICK.test(sentence)) return [];
  const key = `${ref ? ref.getTime() : ''}|${sentence}`;
  const known = MEMO.get(key);
  if (known) return known;
  const out = Object.freeze(readDates(sentence, ref).map((d) => Object.freeze(d)));
  if (MEMO.size >= MEMO_MAX) MEMO.clear();
  MEMO.set(key, out);
  return out;
}

const LOWER_WEEKDAY_ABBR = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$/;

function readDates(sentence: string, ref: Date | null): DateMention[] {
  const out: DateMention[] = [];
  const ahead = AHEAD.test(sentence);
  if (ref) {
    for (const r of chronoWindows(sentence, ref)) {
      const s = r.start;
      // "a day earlier", "the next day": counted from the happening being reported, not from the document (relativeAnchor)
      if (ANCHOR.test(r.text)) continue;
      // "he sat down with Xi", "the wed couple": a lower-case word that only looks like a weekday's short form is a verb
      // or a noun (agency copy capitalises weekdays, abbreviated or not)
      if (LOWER_WEEKDAY_ABBR.test(r.text)) continue;
      if (!s.isCertain('month') && !s.isCertain('weekday') && !s.isCertain('day') && !/today|yesterday|tonight|tomorrow/i.test(r.text)) continue;
      let y = s.get('year')!, mo = s.get('month')!, d = s.get('day')!;
      let when = new Date(Date.UTC(y, mo - 1, d));
      // news reports the past: a weekday or month without a year that lands after the document date is the previous
      // one, unless the sentence looks ahead ("will enter into force from October 1" in a September report)
      // (a day of a month named, "on 25 October", a few weeks after the document date is that coming day: nobody dates a
      // past happening by a day and month that fall almost a year back without saying "last year")
      const soon = s.isCertain('month') && s.isCertain('day') && when.getTime() - ref.getTime() <= SOON_DAYS * 86400000;
      if (when > ref && !s.isCertain('year') && !/tomorrow|next/i.test(r.text) && !(s.isCertain('month') && ahead) && !soon) {
        if (s.isCertain('month')) when = new Date(Date.UTC(y - 1, mo - 1, d));
        else when = new Date(when.getTime() - 7 * 86400000);
        y = when.getUTCFullYear(); mo = when.getUTCMonth() + 1; d = when.getUTCDate();
      }
      const dayKnown = !/\bweek\b/i.test(r.text) && (s.isCertain('day') || s.isCertain('weekday') || /today|yesterday|tonight|tomorrow/i.test(r.text));
      const date = dayKnown ? `${y}-${pad(mo)}-${pad(d)}` : `${y}-${pad(mo)}`;
      out.push({ index: r.index, end: r.index + r.text.length, date });
    }
    for (const [re, f] of RELATIVE) {
      for (const m of sentence.matchAll(re)) {
        if (out.some((o) => m.index >= o.index && m.index < o.end)) continue;
        out.push({ index: m.index, end: m.index + m[0].length, date: f(ref) });
      }
    }
  }
  // bare years ("in 2024", "the 2013 summit"), unless part of a date chrono already read or a money amount
  for (const m of sentence.matchAll(/(?<![\d$€£.,])\b((?:19|20)\d\d)\b(?![\d,.]\d|\s*(?:million|billion|bn|troops|people))/g)) {
    if (out.some((o) => m.index >= o.index && m.index < o.end)) continue;
    // "a strategy up to 2035", "by 2030": a horizon, not when anything happened
    if (HORIZON.test(sentence.slice(Math.max(0, m.index - 24), m.index))) continue;
    // "Central Asia 2040", "Expo 2017", "Vision 2030": a year that ends a name is no date
    if (NAME_BEFORE.test(sentence.slice(Math.max(0, m.index - 24), m.index))) continue;
    out.push({ index: m.index, end: m.index + 4, date: m[1]! });
  }
  // a year range "2020-2023" is not one event date
  return out.filter((o) => !/\d{4}\s*[-–]\s*\d{4}/.test(sentence.slice(Math.max(0, o.index - 5), o.end + 5)) || o.date.length > 4)
    .sort((a, b) => a.index - b.index);
}

const SOON_DAYS = 45;
// a sentence that looks ahead: a future auxiliary or plan word; "from"/"starting" count only right before a date
const AHEAD = /\b(?:will|shall|scheduled|planned|is to|are to|next)\b|\b(?:from|starting|effective|as of|until|till|through) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)/i;
const NAME_BEFORE = /\b(?!(?:In|By|Since|From|Until|Till|Through|During|Of|On|After|Before|Early|Late|Mid|End|Since|And|Or|The|Year|Fiscal|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December|Spring|Summer|Autumn|Fall|Winter)\b)[A-Z][a-z]+[- ]$/;
const HORIZON = /\b(?:up to|until|till|through|by|before|horizon of|period to|towards?|through to|to|-)\s*(?:the\s+(?:year|end of)\s+)?$/i;

type ChronoHit = { index: number; text: string; start: chrono.ParsedComponents };

/**
 * chrono over short windows around the words that can start a date, not the whole sentence: the same
 * results for news prose at a fraction of the cost (chrono's time grows with the text it scans).
 */
function chronoWindows(sentence: string, ref: Date): ChronoHit[] {
  const out: ChronoHit[] = [];
  let covered = -1;
  CHRONO_WORDS.lastIndex = 0;
  for (let m = CHRONO_WORDS.exec(sentence); m; m = CHRONO_WORDS.exec(sentence)) {
    if (m.index < covered) continue;
    let a = Math.max(0, m.index - 16);
    let b = Math.min(sentence.length, m.index + m[0].length + 24);
    while (a > 0 && /\S/.test(sentence[a - 1]!)) a--;
    while (b < sentence.length && /\S/.test(sentence[b]!)) b++;
    for (const r of DATES.parse(sentence.slice(a, b), { instant: ref, timezone: 0 }, { forwardDate: false })) {
      const index = r.index + a;
      if (out.some((o) => o.index === index)) continue;
      out.push({ index, text: r.text, start: r.start });
    }
    covered = b;
  }
  return out;
}

export function parseRef(date: string | null | undefined): Date | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}/.test(date)) return null;
  const d = new Date(date.slice(0, 10) + 'T00:00:00Z');
  return Number.isNaN(d.getTime()) ? null : d;
}

const NUM: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
// "a day earlier", "two days later", "the previous day", "the next day", "the same day", "later that day", "hours later"
const ANCHOR = /\b(?:(a|one|two|three|four|five|six|seven|\d) days? (earlier|before|later|after)|the (previous|preceding|next|following) day|the day (before|after)|(?:on )?the same day|(?:later|earlier) (?:that|the same) day|that day|(?:hours|minutes) (?:later|earlier))\b/i;

/**
 * A date given relative to the happening being reported ("a day earlier", "the same day"): the offset in days and
 * where it is, or null. It resolves against that happening's day, not the publication date.
 */
export function relativeAnchor(sentence: string): { days: number; index: number } | null {
  const m = ANCHOR.exec(sentence);
  if (!m) return null;
  let days = 0;
  if (m[1]) days = (NUM[m[1].toLowerCase()] ?? Number(m[1])) * (/earlier|before/i.test(m[2]!) ? -1 : 1);
  else if (m[3]) days = /previous|preceding/i.test(m[3]) ? -1 : 1;
  else if (m[4]) days = /before/i.test(m[4]) ? -1 : 1;
  return { days, index: m.index };
}

/** A YYYY-MM-DD date moved by `days`. */
export function shiftDay(day: string, days: number): string {
  const d = new Date(day + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
