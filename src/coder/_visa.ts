/**
 * Visa regimes read as a frame (spec rule 2, PLOVER COOPERATE): the state that lets others in without visas is the
 * actor, and each state whose people it lets in is a recipient of an act of its own. Who is let in is told by the
 * travellers' phrase ("citizens of A, B and C", "Brazilian and Mexican nationals", "holders of Kyrgyz passports"), and
 * who lets them in by where they go ("enter Uzbekistan", "stay in Mongolia", "visa-free entry to Georgia") or, failing
 * that, by the subject that granted the regime ("Tajikistan waived visas for …"). A mutual regime ("each other's
 * countries", "mutual visa exemption") is one joint act of the states whose people travel.
 */
import type { Token } from './_text.ts';

interface PartyMention {
  start: number;
  end: number;
  code: string;
  kind: string;
  prep: string | null;
}

/** Who acts and who receives, and whether each recipient is an act of its own. */
export interface VisaReading {
  actor: string[];
  recipient: string[];
  split: 'recipient' | null;
}

/** talk of visas ("visa-free" and "visa-exempt" included: the hyphen ends the word) */
export const VISA_TALK = /\bvisas?\b/i;

/** the people a regime lets in */
const TRAVELLERS = new Set(['citizens', 'nationals', 'residents', 'holders', 'passport-holders', 'tourists', 'visitors', 'travellers',
  'travelers', 'passports', 'people', 'subjects', 'citizen', 'national', 'holder']);
/** words between the members of a list of states ("the People's Republic of China, the Republic of India and …") */
const LIST_GLUE = new Set([',', 'and', 'the', 'of', 'as', 'well', 'also', 'both', 'from', 'ordinary', 'diplomatic', 'service', 'official']);
/** words after which a place named is where the travellers go */
const INTO = new Set(['enter', 'enters', 'entering', 'entered', 'visit', 'visits', 'visiting', 'to', 'into', 'in']);
const MUTUAL = /\b(?:mutual|mutually|reciprocal|reciprocally|each other'?s?|one another'?s?|both ways)\b/i;
const STATE_KINDS = new Set(['country', 'adjective', 'people', 'city', 'capital', 'igo', 'seat']);

/** The members of a list of states that starts at mention `first`, joined by commas, "and" and the like. */
function listFrom(ms: PartyMention[], first: number, tokens: Token[]): PartyMention[] {
  const out = [ms[first]!];
  for (let k = first + 1; k < ms.length; k++) {
    const prev = out.at(-1)!;
    const m = ms[k]!;
    if (!tokens.slice(prev.end, m.start).every((t) => LIST_GLUE.has(t.l)) || m.start - prev.end > 5) break;
    out.push(m);
  }
  return out;
}

/**
 * The parties of a visa regime told in this sentence, or null where the sentence does not tell both who lets whom in
 * (the rules' reading then stands).
 */
export function visaParties(tokens: Token[], mentions: PartyMention[], actor: readonly string[]): VisaReading | null {
  const text = tokens.map((t) => t.l).join(' ');
  if (!VISA_TALK.test(text)) return null;
  const mutual = MUTUAL.test(text);
  const ms = mentions.filter((m) => m.code && STATE_KINDS.has(m.kind));
  const travellers = new Set<string>();
  const inTravellers = new Set<PartyMention>();
  for (let i = 0; i < tokens.length; i++) {
    // "Georgians can travel to …": a people named is its travellers
    const people = ms.find((m) => m.kind === 'people' && m.start === i);
    if (people) { travellers.add(people.code); inTravellers.add(people); continue; }
    if (!TRAVELLERS.has(tokens[i]!.l)) continue;
    // "citizens of A, B and C", "visitors from A": the list after the travellers' word
    const after = ms.findIndex((m) => m.start === i + 2 && (tokens[i + 1]?.l === 'of' || tokens[i + 1]?.l === 'from') ||
      (m.start === i + 3 && (tokens[i + 1]?.l === 'of' || tokens[i + 1]?.l === 'from') && tokens[i + 2]?.l === 'the'));
    if (after >= 0) for (const m of listFrom(ms, after, tokens)) { travellers.add(m.code); inTravellers.add(m); }
    // "Brazilian and Mexican nationals", "Kyrgyz passport holders": the states named just before it, back along the list
    let k = ms.findLastIndex((m) => m.end <= i && i - m.end <= 1 && (m.kind === 'adjective' || tokens[m.end]?.l === "'s"));
    while (k >= 0) {
      const m = ms[k]!;
      travellers.add(m.code); inTravellers.add(m);
      const prev = ms[k - 1];
      if (!prev || !tokens.slice(prev.end, m.start).every((t) => t.l === ',' || t.l === 'and') || m.start - prev.end > 2) break;
      k--;
    }
  }
  if (travellers.size === 0) return null;
  // "citizens of A and B can visit each other's countries": one regime, both ways
  if (mutual) return travellers.size >= 2 ? { actor: [...travellers], recipient: [], split: null } : null;
  // where they go: the first state named after a word of entering, not itself a travellers' state
  const dest = ms.find((m) => !inTravellers.has(m) && m.start > 0 && INTO.has(tokens[m.start - 1]!.l) && m.kind !== 'adjective') ??
    ms.find((m) => !inTravellers.has(m) && m.start > 1 && tokens[m.start - 1]!.l === 'the' && INTO.has(tokens[m.start - 2]!.l) && m.kind !== 'adjective');
  const granter = dest?.code ?? actor.find((a) => !travellers.has(a));
  if (!granter || travellers.has(granter)) return null;
  return { actor: [granter], recipient: [...travellers], split: travellers.size > 1 ? 'recipient' : null };
}
