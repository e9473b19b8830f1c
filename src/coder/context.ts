/** PLOVER contexts from the event type and the sentence's words. */
import type { EventType } from '../model/event.ts';

const RULES: [RegExp, string][] = [
  [/\b(?:trade|invest\w*|econom\w*|business|deals?|billion|million|export\w*|import\w*|tariffs?|loans?|financ\w*|bank\w*|industr\w*|logistics|corridor|railway|transit)\b/i, 'economic'],
  [/\b(?:military|troops|army|armed|weapons?|arms|defen[cs]e|missiles?|exercises?|drills?|soldiers|forces|nuclear weapons?|shell\w*|bomb\w*)\b/i, 'military'],
  [/\b(?:oil|gas|uranium|pipelines?|energy|minerals?|water|coal|hydropower|critical raw)\b/i, 'natural_resource'],
  [/\b(?:visas?|visa-free|migra\w*|refugees?|asylum|border crossings?)\b/i, 'migration'],
  [/\b(?:humanitarian|relief|earthquake|flood\w*|famine|aid)\b/i, 'humanitarian'],
  [/\b(?:climate|environment\w*|emissions|green)\b/i, 'environment'],
  [/\b(?:court|judge|law|legal|prosecut\w*|indict\w*|trial|extradit\w*)\b/i, 'legal'],
  [/\b(?:human rights|freedoms?|journalists?|press freedom)\b/i, 'human_rights'],
  [/\b(?:terror\w*|militants?|extremis\w*)\b/i, 'terrorism'],
  [/\b(?:elections?|parliament\w*|referendum|constitution\w*)\b/i, 'political_institutions'],
  [/\b(?:peacekeep\w*|ceasefire|cease-fire|truce|peace talks)\b/i, 'peacekeeping'],
];
const DIPLOMATIC = new Set<EventType>(['AGREE', 'CONSULT', 'SUPPORT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'SANCTION']);

export function contextFor(type: EventType, sentence: string, topics: string[] = topicsOf(sentence)): string[] {
  const out: string[] = [];
  if (DIPLOMATIC.has(type)) out.push('diplomatic');
  for (const c of topics) if (!out.includes(c)) out.push(c);
  return out.slice(0, 3);
}

/** The sentence's topic contexts, once per sentence however many events it gives. */
export function topicsOf(sentence: string): string[] {
  const out: string[] = [];
  for (const [re, c] of RULES) if (re.test(sentence) && !out.includes(c)) out.push(c);
  return out;
}
