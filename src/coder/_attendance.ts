/**
 * Attendance of a gathering, read over the whole document (spec rule 4). News copy tells who came to a summit in
 * many sentences and wordings ("brought together the presidents of A, B and C", "chaired the talks with X of China,
 * Y of Russia", "joined by video link", "took part as invited guests", "were among the leaders in the capital");
 * the sentence that reports the gathering rarely names them all. Each gathering collects the states its own
 * stretch of the document names as taking part, less those named as staying away, and the joint acts of its
 * participants ("The leaders signed …", "They also agreed …") take the whole gathering as their compound actor.
 */
import type { CodedEvent } from '../model/event.ts';
import type { Token } from './_text.ts';
import { GATHERINGS } from './_words.ts';

/** What the attendance reading needs of a name found in a sentence. */
export interface NameSpan {
  start: number;
  end: number;
  code: string;
  kind: string;
  prep: string | null;
}

export interface ReadSentence {
  index: number;
  tokens: Token[];
  mentions: NameSpan[];
}

/** Widens each gathering of `events` (in place) to its attendance; drops the restatements it absorbs. */
export function gatherAttendance(sentences: ReadSentence[], events: CodedEvent[], isIgo: (c: string) => boolean): CodedEvent[] {
  for (const e of events) if (videoGathering(e, isIgo) || orgMeeting(e, isIgo)) { e.mode = 'multilateral'; e.actor = uniq([...e.actor, ...e.recipient]); e.recipient = []; e.cameo = '043'; }
  const byIndex = new Map(sentences.map((s) => [s.index, s]));
  // a bilateral meeting told with a list of attendees ("welcomed A of X, B of Y and C of Z") is the gathering itself
  const anyGathering = events.some((o) => o.event_type === 'CONSULT' && o.mode === 'multilateral');
  for (const e of anyGathering ? [] : events) {
    if (e.event_type !== 'CONSULT' || e.mode === 'multilateral' || e.mode === 'phone' || e.mode === 'third-party') continue;
    const s = byIndex.get(e.sentence);
    if (!s) continue;
    const seen = attendees(s, isIgo);
    if (!seen || seen.listed < 3 || s.tokens.some((x) => ONE_TO_ONE.has(x.l))) continue;
    const parts = uniq([...e.actor, ...e.recipient, ...seen.states]);
    if (parts.filter((c) => !isIgo(c)).length < 3) continue;
    e.mode = 'multilateral';
    e.actor = parts;
    e.recipient = [];
    e.cameo = '043';
  }
  const all = events.filter((e) => e.event_type === 'CONSULT' && e.mode === 'multilateral').sort((a, b) => a.sentence - b.sentence);
  if (!all.length) return events;
  const restated = new Set<CodedEvent>();
  // ("hosted a summit of the SCO … Xi Jinping of China took part in the session": a gathering named again by a definite
  // noun soon after is the same gathering, and those said to take part in it are its parties)
  const gatherings: CodedEvent[] = [];
  for (const g of all) {
    const p = gatherings.at(-1);
    const s = byIndex.get(g.sentence);
    // (an organisation the second sentence names among those attending, "The meeting was also attended by … UN
    // Secretary-General Guterres", came to the gathering; one named otherwise may own another gathering)
    // ("The President of Russia took part in a meeting of the CSTO in Bishkek. Putin, Pashinyan, Lukashenko … first met
    // in a limited format": the next sentence's meeting of the same leaders and more is the gathering told in detail)
    const detail = p && s && g.sentence === p.sentence + 1 && compatible(p.date, g.date) && !g.actor.some((c) => isIgo(c) && !p.actor.includes(c)) &&
      p.actor.filter((c) => !isIgo(c)).every((c) => g.actor.includes(c)) && g.actor.filter((c) => !isIgo(c)).length > p.actor.filter((c) => !isIgo(c)).length;
    if (p && s && detail) {
      p.actor = uniq([...p.actor, ...g.actor]);
      restated.add(g);
      continue;
    }
    if (p && s && g.sentence > p.sentence && g.sentence - p.sentence <= NEAR && refersBack(s.tokens) && compatible(p.date, g.date) &&
        (g.actor.filter(isIgo).every((c) => p.actor.includes(c)) || attendees(s, isIgo) !== null || asFrame(s.tokens))) {
      restated.add(g);
      continue;
    }
    gatherings.push(g);
  }
  // each sentence belongs to the gathering told last before it (the first one, for sentences that lead up to it),
  // when it is near: attendance is told around the report of the gathering, not pages away in an essay
  // (gatherings are in sentence order: the owner is found by bisection, so a long document stays linear)
  const owner = (i: number): CodedEvent | undefined => {
    let lo = 0, hi = gatherings.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (gatherings[mid]!.sentence <= i) lo = mid + 1; else hi = mid; }
    const g = gatherings[lo - 1] ?? gatherings[0]!;
    return Math.abs(i - g.sentence) <= NEAR ? g : undefined;
  };
  // (the events of each sentence, found once: a long document stays linear)
  const bySentence = new Map<number, CodedEvent[]>();
  for (const e of events) { const list = bySentence.get(e.sentence); if (list) list.push(e); else bySentence.set(e.sentence, [e]); }
  const guests = new Map<CodedEvent, Set<string>>();
  const absent = new Map<CodedEvent, Set<string>>();
  for (const s of sentences) {
    const g = owner(s.index);
    if (!g) continue;
    const here = bySentence.get(s.index) ?? [];
    // ("On the sidelines of the CIS meeting Tokayev and Putin held a bilateral conversation": those who met beside the
    // gathering just told were at it)
    if (s.index > g.sentence && besideIt(s, g, isIgo)) {
      for (const e of here) {
        if (e.event_type !== 'CONSULT' || e.mode === 'multilateral' || e.mode === 'phone' || e.mode === 'third-party') continue;
        g.actor = uniq([...g.actor, ...g.recipient, ...e.actor, ...e.recipient].filter((c) => !isIgo(c) || g.actor.includes(c)));
        g.recipient = [];
      }
    }
    // (a sentence that reports an act of another kind is about that act: "Kazakhstan joined the bank in 2015")
    if (here.some((e) => e.event_type !== 'CONSULT')) continue;
    const away = absentees(s, isIgo);
    if (away.length) { const set = absent.get(g) ?? new Set(); away.forEach((c) => set.add(c)); absent.set(g, set); }
    // (the sentence right after the gathering's has it in view unnamed: "Xi, Modi and Khan all took part")
    const seen = attendees(s, isIgo, s.index === g.sentence + 1);
    if (!seen) continue;
    const before = new Set(g.actor);
    g.actor = uniq([...g.actor, ...g.recipient, ...seen.states, ...seen.orgs]);
    g.recipient = [];
    if (seen.guest) {
      const set = guests.get(g) ?? new Set();
      for (const c of seen.states) if (!before.has(c)) set.add(c);
      guests.set(g, set);
    }
    // (an organisation at another organisation's gathering is its guest: the UN Secretary-General at an SCO summit
    // does not adopt the SCO's declaration)
    if ([...before].some(isIgo)) {
      const set = guests.get(g) ?? new Set();
      for (const c of seen.orgs) if (!before.has(c)) set.add(c);
      guests.set(g, set);
    }
    // ("chaired the talks with Xi Jinping of China, Vladimir Putin of Russia …": the list of attendees told as a
    // meeting of the chair with the first of them is the gathering again)
    // (not "held bilateral meetings with the presidents of A, B and C": meetings told as one-to-one are each their own)
    if (seen.listed >= 3 && !s.tokens.some((x) => ONE_TO_ONE.has(x.l))) {
      for (const e of here) {
        if (e !== g && e.event_type === 'CONSULT' && e.mode !== 'phone' &&
            [...e.actor, ...e.recipient].every((c) => g.actor.includes(c))) restated.add(e);
      }
    }
  }
  for (const [g, away] of absent) g.actor = g.actor.filter((c) => !away.has(c));
  // joint acts: a generic subject ("the leaders", "the participants", "they") after the gathering is its parties
  for (const e of events) {
    if (restated.has(e) || (e.event_type === 'CONSULT' && (e.mode === 'multilateral' || e.mode === 'phone'))) continue;
    const g = owner(e.sentence);
    if (!g || e.sentence < g.sentence || e === g) continue;
    const s = byIndex.get(e.sentence);
    if (!s || !genericSubject(s.tokens)) continue;
    // (a meeting told after the gathering, "On the sidelines Tokayev met Putin", is what a later subject continues)
    let between = false;
    for (let k = g.sentence + 1; k <= e.sentence && !between; k++) {
      between = (bySentence.get(k) ?? []).some((o) => o.event_type === 'CONSULT' && o.mode !== 'multilateral' && !restated.has(o));
    }
    if (between) continue;
    const all = new Set(g.actor);
    if (!e.actor.every((c) => all.has(c))) continue;
    // ("The two heads of state signed …" after a summit: a counted group is as many as it says)
    const n = counted(s.tokens);
    if (n !== null && n !== g.actor.filter((c) => !isIgo(c)).length) continue;
    const away = guests.get(g) ?? new Set<string>();
    e.actor = g.actor.filter((c) => !away.has(c));
    // (a member named as the next host, "agreed that Russia would host the next summit", is no recipient of its own act)
    e.recipient = e.recipient.filter((c) => !all.has(c));
    // ("Following the meeting, the leaders adopted…": the joint act of a gathering, told with no time of its own, was
    // done at the gathering, not at a time an earlier sentence recalled)
    if (g.date && e.date !== g.date && compatible(e.date, g.date) === false && !s.tokens.some((x) => TIME_WORD.test(x.s))) e.date = g.date;
  }
  return restated.size ? events.filter((e) => !restated.has(e)) : events;
}

/** "on the sidelines of the summit", "on the margins of the CIS meeting": beside the gathering `g` told before (an
 * organisation named there must be the gathering's own) */
function besideIt(s: ReadSentence, g: CodedEvent, isIgo: (c: string) => boolean): boolean {
  const t = s.tokens;
  const at = t.findIndex((x, i) => (x.l === 'sidelines' || x.l === 'margins' || x.l === 'sideline' || x.l === 'margin') && t[i + 1]?.l === 'of' &&
    DEFINITE.has(t[i + 2]?.l ?? ''));
  if (at < 0) return false;
  const head = t.slice(at + 3, at + 8).findIndex((x) => GATHERING_NOUN.has(x.l));
  if (head < 0) return false;
  const orgs = s.mentions.filter((m) => m.code && isIgo(m.code) && m.start > at && m.start < at + 3 + head);
  return orgs.every((m) => g.actor.includes(m.code));
}

/** "Following the meeting, …", "At the summit …": a gathering named as the time or place frame of what the sentence tells */
function asFrame(t: Token[]): boolean {
  return t.some((x, i) => GATHERING_NOUN.has(x.l) && i <= 4 && DEFINITE.has(t[i - 1]?.l ?? '') && FRAME_PREP.has(t[i - 2]?.l ?? ''));
}
const FRAME_PREP = new Set(['following', 'after', 'at', 'during']);
const TIME_WORD = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|\d{4})$/i;

/** "the session", "the summit", "this meeting": a gathering named as one already told */
function refersBack(t: Token[]): boolean {
  return t.some((x, i) => GATHERING_NOUN.has(x.l) && DEFINITE.has(t[i - 1]?.l ?? '') && t[i + 1]?.l !== 'of');
}
/** a gathering named again (a call too: "the call") */
const GATHERING_NOUN = new Set([...GATHERINGS, 'call']);
const DEFINITE = new Set(['the', 'this', 'that']);
function compatible(a: string | null, b: string | null): boolean { return !a || !b || a.startsWith(b) || b.startsWith(a); }

/** "held an emergency meeting by video link", "an online summit": a gathering over a screen is still a gathering */
function videoGathering(e: CodedEvent, isIgo: (c: string) => boolean): boolean {
  if (e.event_type !== 'CONSULT' || e.mode !== 'phone') return false;
  if (!/\b(?:video|online|virtual|videoconference)\b/i.test(e.text) || !GATHERING_WORD.test(e.text)) return false;
  const parts = [...e.actor, ...e.recipient];
  return parts.some(isIgo) || parts.length >= 3;
}
/** "chaired a meeting of the Eurasian Economic Union": a state's meeting with an organisation that is its session */
function orgMeeting(e: CodedEvent, isIgo: (c: string) => boolean): boolean {
  if (e.event_type !== 'CONSULT' || e.mode !== null || !e.recipient.some(isIgo)) return false;
  return /\b(?:summit|meeting|session|council|conference|forum)s? of\b/i.test(e.text);
}
const NEAR = 4;
const GATHERING_WORD = /\b(?:summit|meeting|session|council|conference|forum)\b/i;

interface Seen { states: string[]; orgs: string[]; listed: number; guest: boolean }

/**
 * The states a sentence names as taking part in a gathering: it must carry a verb of attendance ("attended", "took
 * part", "joined", "brought together", "chaired", "hosted", "were among the leaders") and the names counted are its
 * persons, countries and adjectives outside place, topic and time phrases ("in the Tajik capital", "about Afghanistan").
 */
function attendees(s: ReadSentence, isIgo: (c: string) => boolean, inView = false): Seen | null {
  const t = s.tokens;
  const cue = t.findIndex((x, i) => ATTEND.has(x.l) || (x.l === 'part' && TAKE.has(t[i - 1]?.l ?? '')) ||
    (x.l === 'brought' && (t[i + 1]?.l === 'together' || t[i + 1]?.l === 'in')) ||
    // ("Putin, Lukashenko and the leaders of Armenia and Kyrgyzstan all flew in": those who came for the gathering)
    ((x.l === 'flew' || x.l === 'arrived') && (t[i + 1]?.l === 'in' || t[i + 1]?.l === 'for') && !s.mentions.some((m) => m.start === i + 2)) ||
    (x.l === 'among' && t[i + 1]?.l === 'the' && AMONG.has(t[i + 2]?.l ?? '')));
  if (cue < 0) return null;
  // (a verb of welcoming is attendance only when it names a list: "welcomed A of X, B of Y and C of Z")
  const hostOnly = HOSTING.has(t[cue]!.l);
  if (t.slice(Math.max(0, cue - 4), cue).some((x) => NEGATION.has(x.l) || UNREAL.has(x.l))) return null;
  // (the gathering must be in view: named, or its guests, its screen or a list of attendees)
  const guest = t.some((x) => GUEST.has(x.l));
  if (!inView && !t.some((x) => GATHERING.has(x.l)) && !guest && !/\bvideo\b/i.test(t.map((x) => x.l).join(' '))) {
    if (t[cue]!.l !== 'among' && !hostOnly) return null;
  }
  const states: string[] = [];
  const orgs: string[] = [];
  for (const m of s.mentions) {
    if (!m.code) continue;
    if (isIgo(m.code)) {
      // (not the gathering it was held beside: "a summit of the Andean neighbours, held on the margins of the UN …")
      if ((m.prep === null || m.prep === 'of') && !t.slice(Math.max(0, m.start - 5), m.start).some((x) => BESIDE.has(x.l))) orgs.push(m.code);
      continue;
    }
    if (!PARTY.has(m.kind) || (m.prep !== null && AWAY_PREP.has(m.prep))) continue;
    // ("the Tajik capital", "a resort on the Caspian coast of Turkmenistan": a place, not a guest)
    if (PLACE_NOUN.has(t[m.end]?.l ?? '') || (m.prep === 'of' && PLACE_NOUN.has(t[m.start - 2]?.l ?? ''))) continue;
    // ("Russian-led", "whose country", "the Afghan border": a state named as a modifier is not a person at the table)
    if (/-led$|-based$/.test(t[m.start]?.l ?? '')) continue;
    states.push(m.code);
  }
  const distinct = uniq(states);
  if (hostOnly && distinct.length < 3) return null;
  return { states: distinct, orgs: uniq(orgs), listed: distinct.length, guest };
}

/** "Armenia's prime minister did not come", "Pashinyan stayed away": the states named as absent */
function absentees(s: ReadSentence, isIgo: (c: string) => boolean): string[] {
  const t = s.tokens;
  const at = t.findIndex((x, i) => (NEGATION.has(x.l) && ABSENT_VERB.has(t[i + 1]?.l ?? '')) ||
    (x.l === 'stayed' && t[i + 1]?.l === 'away') || x.l === 'skipped' || x.l === 'boycotted' || (x.l === 'was' && t[i + 1]?.l === 'absent'));
  if (at < 0) return [];
  // (the subject of the verb, the name nearest before it: "…met in Astana, which Armenia again did not attend")
  const who = s.mentions.filter((m) => m.code && m.start < at && !isIgo(m.code) && PARTY.has(m.kind)).at(-1);
  return who ? [who.code] : [];
}

/** "The leaders signed", "They also agreed", "The participants adopted", "the ministers adopted": the subject names
 * no one but the happening's parties */
function genericSubject(t: Token[]): boolean {
  let i = 0;
  // (an opening phrase set off by a comma: "At the close of the meeting, the heads of state …")
  const comma = t.findIndex((x) => x.l === ',');
  if (Math.max(0, comma) < 8 && comma > 0 && PREPS.has(t[0]!.l)) i = comma + 1;
  if (t[i]?.l === 'they') return true;
  if (t[i]?.l === 'the') i++;
  if (NUMBER_WORD.has(t[i]?.l ?? '')) i++;
  if (t[i]?.l === 'heads' && t[i + 1]?.l === 'of' && (t[i + 2]?.l === 'state' || t[i + 2]?.l === 'government')) return t[i + 3]?.l !== 'of';
  return GROUP.has(t[i]?.l ?? '') && t[i + 1]?.l !== 'of';
}

/** "the five presidents", "the two heads of state": how many the generic subject counts, if it does */
function counted(t: Token[]): number | null {
  const k = t.findIndex((x) => COUNT[x.l] !== undefined);
  return k >= 0 && k < 6 && GROUP.has(t[k + 1]?.l ?? '') ? COUNT[t[k]!.l]! : null;
}
const COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, both: 2 };

function uniq<T>(xs: T[]): T[] { return [...new Set(xs)]; }

const ATTEND = new Set(['attended', 'attend', 'attending', 'participated', 'participating', 'joined', 'chaired', 'hosted',
  'gathered', 'convened', 'welcomed']);
const HOSTING = new Set(['welcomed', 'hosted', 'chaired', 'convened', 'gathered']);
const TAKE = new Set(['took', 'take', 'taking', 'takes']);
const AMONG = new Set(['leaders', 'participants', 'delegations', 'guests', 'heads', 'presidents', 'ministers']);
const BESIDE = new Set(['margins', 'sidelines', 'margin', 'sideline', 'eve', 'ahead', 'before', 'after']);
const UNREAL = new Set(['will', 'would', 'expected', 'plans', 'plan', 'due', 'invited', 'may', 'might', 'could', 'should']);
/** words that place an attendance sentence at a gathering: its name, its body or those who sit at it */
const GATHERING = new Set([...GATHERINGS, 'council', 'call', 'leaders', 'participants', 'delegations', 'heads', 'presidents', 'round']);
const GUEST = new Set(['guest', 'guests', 'observer', 'observers']);
const NEGATION = new Set(['not', "n't", 'never', 'no']);
const ABSENT_VERB = new Set(['come', 'attend', 'appear', 'show', 'travel', 'participate', 'turn']);
const PARTY = new Set(['country', 'adjective', 'people', 'person', 'seat']);
const AWAY_PREP = new Set(['in', 'at', 'on', 'about', 'over', 'to', 'into', 'against', 'after', 'since', 'near', 'across',
  'toward', 'towards', 'from', 'besides', 'than', 'between', 'through', 'within', 'under']);
const PLACE_NOUN = new Set(['capital', 'city', 'coast', 'border', 'borders', 'region', 'territory', 'soil', 'side', 'resort']);
const PREPS = new Set(['at', 'after', 'following', 'in', 'on', 'during', 'later', 'earlier', 'then']);
const NUMBER_WORD = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'both', 'all']);
const ONE_TO_ONE = new Set(['bilateral', 'separate', 'one-on-one', 'one-to-one', 'tete-a-tete', 'tête-à-tête']);
const GROUP = new Set(['leaders', 'participants', 'presidents', 'ministers', 'delegations', 'members', 'signatories', 'premiers', 'heads', 'sides']);
