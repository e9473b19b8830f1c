/** Compiles the trigger lexicon into an index keyed by surface word and matches it against tokens. */
import { inflect, type Form } from './_inflect.ts';
import type { Token } from './_text.ts';
import * as Wd from './_words.ts';
import { TRIGGERS, type TriggerDef } from './triggers.ts';

interface Elem {
  alts: Set<string>;
  opt: boolean;
  /** words that may be skipped here (0 = none) */
  gap: number;
}
interface Compiled {
  def: TriggerDef;
  rest: Elem[];
  /** the words of each element the pattern cannot match without (a sentence lacking one is skipped unmatched) */
  needs: Set<string>[];
  /** surface of the first word → its verb form ('noun' for literals) */
  forms: Map<string, Form | 'noun'>;
  len: number;
}

export interface Hit {
  def: TriggerDef;
  start: number; // token index of the first word
  end: number; // exclusive
  form: Form | 'noun';
}

const GAP_MAX = 4;
const GAP_LONG = 8;
/** for phrases so distinctive that a long gap cannot mislead ("declared four diplomats working at … persona non grata") */
const GAP_VERY_LONG = 16;
const GAP_STOP = new Set([',', ';', ':', '.', '(', ')', 'that', 'which', 'who', 'while', 'but', 'because', 'if', 'unless']);

function compile(defs: TriggerDef[]): Map<string, Compiled[]> {
  const index = new Map<string, Compiled[]>();
  for (const def of defs) {
    const parts = def.p.split(' ');
    const head = parts[0]!;
    const forms = new Map<string, Form | 'noun'>();
    if (head.startsWith('=')) {
      for (const a of head.slice(1).split('|')) forms.set(a, 'noun');
    } else {
      for (const lemma of head.split('|')) {
        const inf = inflect(lemma);
        for (const f of ['base', 's', 'past', 'pp', 'ing'] as Form[]) for (const w of inf[f]) if (!forms.has(w)) forms.set(w, f);
      }
    }
    const rest: Elem[] = parts.slice(1).map((p) => ({
      alts: new Set(p.replace(/\?$/, '').replace(/^=/, '').split('|')),
      opt: p.endsWith('?'),
      gap: p === '*' ? GAP_MAX : p === '**' ? GAP_LONG : p === '***' ? GAP_VERY_LONG : 0,
    }));
    // "cut", "put", "quit", "set", "shut": a base form that is also the past tense is read as the past unless a
    // modal, "to" or "do" governs it (formOf)
    if (!head.startsWith('=')) for (const lemma of head.split('|')) {
      const inf = inflect(lemma);
      for (const w of inf.base) if (inf.past.includes(w)) PAST_TOO.add(w);
    }
    const c: Compiled = { def, rest, forms, len: parts.length, needs: rest.filter((e) => !e.opt && !e.gap).map((e) => e.alts) };
    for (const w of forms.keys()) {
      const list = index.get(w) ?? [];
      list.push(c);
      index.set(w, list);
    }
  }
  return index;
}

const PAST_TOO = new Set<string>();
const INDEX = compile(TRIGGERS);
/** words that govern a bare infinitive ("will cut", "to cut", "did not cut"): after them a base form is no past */
const GOVERNS_BASE = new Set(['to', 'will', 'would', 'shall', 'should', 'can', 'cannot', 'could', 'may', 'might', 'must', 'do', 'does', 'did', 'not',
  "n't", 'never', 'let', 'help', 'make', 'please', 'and', 'or']);
const ADVERB_GAP = new Set(['also', 'later', 'officially', 'formally', 'finally', 'reportedly', 'already', 'then', 'immediately', 'abruptly', 'swiftly', 'unilaterally']);
function formOf(tokens: Token[], i: number, f: Form | 'noun'): Form | 'noun' {
  if (f !== 'base' || !PAST_TOO.has(tokens[i]!.l)) return f;
  let k = i - 1;
  while (k >= 0 && ADVERB_GAP.has(tokens[k]!.l)) k--;
  const prev = tokens[k];
  // ("Saudi Arabia cut ties", "the government quit the agency"; not "to cut", "will cut", "a cut")
  return !prev || GOVERNS_BASE.has(prev.l) || DETERMINERS.has(prev.l) || prev.punct ? f : 'past';
}

/**
 * The passive of a verb-and-object trigger: "a curfew was imposed", "sanctions were introduced", "the ambassador was
 * summoned". Indexed by the object's words; the hit is the participle, so the coder reads it as any passive.
 */
interface Passive { def: TriggerDef; pp: Set<string> }
function compilePassives(defs: TriggerDef[]): Map<string, Passive[]> {
  const index = new Map<string, Passive[]>();
  for (const def of defs) {
    const parts = def.p.split(' ');
    const head = parts[0]!;
    if (head.startsWith('=') || parts.length < 2) continue;
    const last = parts.at(-1)!;
    // verb (gap) object only: longer frames ("call * on") have no plain passive
    const middle = parts.slice(1, -1);
    // verb, gap, object only ("impose * curfew"): a particle frame ("call on") or a longer one has no plain passive
    if (last.startsWith('=') || last.endsWith('?') || last === '*' || last === '**' || middle.length === 0 ||
        middle.some((p) => p !== '*' && p !== '**')) continue;
    const pp = new Set(head.split('|').flatMap((l) => inflect(l).pp));
    for (const w of last.split('|')) {
      const list = index.get(w) ?? [];
      list.push({ def, pp });
      index.set(w, list);
    }
  }
  return index;
}
const PASSIVES = compilePassives(TRIGGERS);
/** every word that starts a trigger or names a passive's object: most tokens are neither, and leave at once */
const WORDS = new Map<string, { cands?: Compiled[]; passives?: Passive[] }>();
for (const w of new Set([...INDEX.keys(), ...PASSIVES.keys()])) WORDS.set(w, { cands: INDEX.get(w), passives: PASSIVES.get(w) });
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'this', 'that']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'being']);
const BETWEEN = new Set(['also', 'later', 'officially', 'formally', 'finally', 'reportedly', 'already', 'then', 'immediately', 'subsequently', 'has', 'have', 'had', 'will', 'would']);

/** The participle of a passive right after an object word at i ("curfew was imposed"), or -1. */
function passiveAfter(tokens: Token[], i: number, pp: Set<string>): number {
  let sawBe = false;
  for (let j = i + 1; j < tokens.length && j <= i + 5; j++) {
    const l = tokens[j]!.l;
    if (BE_FORMS.has(l)) { sawBe = true; continue; }
    if (BETWEEN.has(l)) continue;
    return sawBe && pp.has(l) ? j : -1;
  }
  return -1;
}

const APPOSITIVE = new Set(['the', 'a', 'an', 'former', 'his', 'her', 'its', 'their']);
/** the comma closing an appositive opened at i (a short phrase with no clause word), or -1 */
function appositiveEnd(tokens: Token[], i: number): number {
  for (let q = i; q < tokens.length && q <= i + 12; q++) {
    const l = tokens[q]!.l;
    if (l === ',') return q;
    if (GAP_STOP.has(l)) return -1;
  }
  return -1;
}

/** Matches rest elements from token j; returns the end index or -1. */
function matchRest(tokens: Token[], rest: Elem[], k: number, j: number): number {
  if (k === rest.length) return j;
  const e = rest[k]!;
  if (e.gap) {
    let free = 0;
    for (let p = j; p - j - free <= e.gap && p <= tokens.length; p++) {
      if (p > j && GAP_STOP.has(tokens[p - 1]!.l) && !(e.gap > GAP_MAX && tokens[p - 1]!.l === ',')) break;
      // ("the China–Kyrgyzstan–Uzbekistan railway": the dashes of a compound name cost no gap)
      if (p > j && Wd.DASH.has(tokens[p - 1]!.l)) free++;
      // ("adds Bahrain, Colombia, …, the Vatican and Vietnam to the list": a list of names costs the longest gap nothing)
      if (e.gap === GAP_VERY_LONG && p > j && tokens[p - 1]!.cap) free++;
      // "sentenced Karim Masimov, the former chairman of the National Security Committee, to…": an appositive
      // between commas costs a long gap nothing
      if (e.gap > GAP_MAX && p > j && tokens[p - 1]!.l === ',' && APPOSITIVE.has(tokens[p]?.l ?? '')) {
        const close = appositiveEnd(tokens, p);
        if (close > 0) { free += close + 1 - p; p = close + 1; }
      }
      const r = matchRest(tokens, rest, k + 1, p);
      if (r >= 0) return r;
    }
    return -1;
  }
  const t = tokens[j];
  if (t && e.alts.has(t.l)) {
    const r = matchRest(tokens, rest, k + 1, j + 1);
    if (r >= 0) return r;
  }
  return e.opt ? matchRest(tokens, rest, k + 1, j) : -1;
}

/** All trigger hits in a sentence; where hits overlap, the longer one wins. `fits` drops hits whose frame is not met
 *  before that contest, so that a word they would take stays with a hit that fits */
export function findTriggers(tokens: Token[], fits: (h: Hit) => boolean = () => true): Hit[] {
  const hits: Hit[] = [];
  // (the sentence's words, built once the first trigger word is met: a pattern whose required word is absent is skipped)
  let present: Set<string> | null = null;
  const has = (alts: Set<string>): boolean => { for (const a of alts) if (present!.has(a)) return true; return false; };
  for (let i = 0; i < tokens.length; i++) {
    const l = tokens[i]!.l;
    const w = WORDS.get(l);
    if (!w) continue;
    // "On March 9", "since March": the month, never the verb
    if (l === 'march' && tokens[i]!.s === 'March') continue;
    if (w.passives) for (const p of w.passives) {
      const at = passiveAfter(tokens, i, p.pp);
      if (at >= 0) hits.push({ def: p.def, start: at, end: at + 1, form: 'pp' });
    }
    const cands = w.cands;
    if (!cands) continue;
    present ??= new Set(tokens.map((t) => t.l));
    for (const c of cands) {
      if (c.needs.length && !c.needs.every(has)) continue;
      const end = matchRest(tokens, c.rest, 0, i + 1);
      if (end >= 0) {
        const h: Hit = { def: c.def, start: i, end, form: formOf(tokens, i, c.forms.get(tokens[i]!.l)!) };
        if (fits(h)) hits.push(h);
      }
    }
  }
  // a verb's base form after a determiner is a noun ("imposed a ban on imports" is not "ban imports"): such hits
  // yield to the others; then longest first, then earliest; drop hits whose head lies inside a kept hit
  if (hits.length < 2) return hits;
  const weak = new Map<Hit, number>();
  for (const h of hits) weak.set(h, (h.form === 'base' || h.form === 's') && DETERMINERS.has(tokens[h.start - 1]?.l ?? '') ? 1 : 0);
  // ("approved sending 150 servicemen and 19 units of equipment": a verb whose frame names the gerund after it governs
  // that gerund's act, however far the gerund's own frame reaches)
  for (const h of hits) {
    if (h.form === 'ing' && hits.some((g) => g.start === h.start - 1 && g.end > h.start && g.def.t !== h.def.t && g.form !== 'noun')) weak.set(h, 1);
  }
  hits.sort((a, b) => weak.get(a)! - weak.get(b)! || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Hit[] = [];
  for (const h of hits) {
    if (kept.some((k) => h.start >= k.start && h.start < k.end) || kept.some((k) => k.start >= h.start && k.start < h.end)) continue;
    kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start);
}
