/**
 * Whose people were held, freed or sent away. An arrest or a deportation with nobody else named falls back on the
 * acting state as its own target; news copy tells the detainees' state by their nationality instead: "a Russian
 * national", "three Tajik migrants", "citizens of Tajikistan", "who holds Armenian citizenship".
 */
import type { Token } from './_text.ts';

/** the parts of a mention this needs (rules.ts's Mention fits it) */
export interface NamedSpan { start: number; end: number; code: string; kind: string }

/** private people a nationality is told of when they are detained, tried, freed or deported */
const PERSONS = new Set(['national', 'nationals', 'citizen', 'citizens', 'migrant', 'migrants', 'worker', 'workers',
  'labourer', 'labourers', 'laborer', 'laborers', 'journalist', 'journalists', 'employee', 'employees', 'man', 'men',
  'woman', 'women', 'student', 'students', 'tourist', 'tourists', 'businessman', 'businessmen', 'businesswoman',
  'activist', 'activists', 'blogger', 'bloggers', 'pilot', 'pilots', 'sailor', 'sailors', 'fishermen', 'fisherman',
  'crew', 'suspect', 'suspects', 'reporter', 'reporters', 'passenger', 'passengers', 'traveller', 'travellers',
  'traveler', 'travelers', 'native', 'natives', 'resident', 'residents', 'people', 'guest', 'trucker', 'truckers',
  'drivers', 'driver']);
/** the papers of a nationality: "holds Armenian citizenship", "a Kyrgyz passport" */
const PAPERS = new Set(['citizenship', 'passport', 'passports', 'nationality']);
/** words that may stand between the demonym and the person noun: "Tajik labour migrants", "Russian-born journalist" */
const BETWEEN = /^(labour|labor|migrant|guest|dual|young|elderly|former|independent|freelance|ethnic|truck|lorry|[a-z]+-born)$/;

/**
 * The state the sentence ties to private persons by nationality, when exactly one is told; null when none or when
 * several are (then the sentence does not say which were held).
 */
export function detaineeState(tokens: Token[], spans: readonly NamedSpan[]): string | null {
  const found = new Set<string>();
  for (const m of spans) {
    if (!m.code) continue;
    if (m.kind === 'adjective') {
      // "three Tajik migrants", "a Russian national", "Armenian citizenship"; "Tajik labour migrants": the head
      // noun may come a word or two later
      let j = m.end;
      while (j < m.end + 2 && BETWEEN.test(tokens[j]?.l ?? '') && !PERSONS.has(tokens[j]?.l ?? '')) j++;
      const w = tokens[j]?.l ?? '';
      if (PERSONS.has(w) || PAPERS.has(w)) found.add(m.code);
    } else if (m.kind === 'people') {
      // "seven Uzbeks were detained": a plural demonym is the persons themselves
      found.add(m.code);
    } else if (m.kind === 'country') {
      // "citizens of Tajikistan", "nationals of Russia"
      const of = tokens[m.start - 1]?.l, noun = tokens[m.start - 2]?.l ?? '';
      if (of === 'of' && (noun === 'citizen' || noun === 'citizens' || noun === 'national' || noun === 'nationals' || noun === 'natives')) found.add(m.code);
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}
