/**
 * English office titles, one list for the coder (news English): the head nouns of offices, the words that modify
 * them, the portfolios they carry and the honorifics around names. Every rule that asks "is this word part of a
 * title?" reads these, so a title learnt once is known everywhere.
 */

/** the head noun of an office: "Foreign Minister", "the Kazakh ambassador", "Governor …" */
export const OFFICES = new Set([
  'president', 'vice-president', 'minister', 'premier', 'chancellor', 'secretary', 'leader', 'king', 'queen', 'emir',
  'prince', 'governor', 'akim', 'mayor', 'speaker', 'chairman', 'chairwoman', 'envoy', 'ambassador', 'consul',
  'commissioner', 'representative', 'adviser', 'advisor', 'spokesman', 'spokeswoman', 'spokesperson', 'general',
  'commander', 'senator', 'judge',
]);
/** heads a bare title can refer back by ("the minister", "The Secretary of State") */
export const REFERRING_OFFICES = new Set(['president', 'minister', 'secretary', 'chancellor', 'premier', 'emir', 'king']);
/** words before an office that qualify it: "Deputy Foreign Minister", "the former president", "Crown Prince" */
export const TITLE_MODIFIERS = new Set([
  'foreign', 'prime', 'deputy', 'defence', 'defense', 'vice', 'first', 'acting', 'former', 'interim', 'outgoing',
  'ousted', 'then', 'deposed', 'exiled', 'jailed', 'detained', 'opposition', 'incoming', 'special', 'supreme', 'crown',
  'trade', 'economy', 'energy',
]);
/** the portfolio an office carries and the words that join it: "Minister of Trade and Integration" */
export const PORTFOLIO = new Set([
  'transport', 'trade', 'economy', 'energy', 'finance', 'interior', 'justice', 'health', 'agriculture', 'industry',
  'culture', 'education', 'emergencies', 'digital', 'development', 'affairs', 'of', 'for', 'and', 'first', 'national',
  'security', 'economic', 'investment', 'ecology', 'labour', 'labor', 'chairman', 'spokesman', 'spokeswoman', 'envoy',
  'special',
]);
/** forms of address and the words of a title that are no part of a name ("His Highness Sheikh …", "Head of State") */
export const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sheikh', 'ayatollah', 'mullah', 'his', 'her', 'highness', 'excellency', 'head', 'state',
  'government', 'of', 'the', 'affairs', 'external', 'commerce', 'senate', 'majilis', 'mazhilis', 'house',
]);
/** capitalised words of a title, not of a name: what is left of a person mention once these are dropped is the name */
export const NAME_TITLE = new Set([...OFFICES, ...TITLE_MODIFIERS, ...HONORIFICS]);
/** offices held abroad or for others: an envoy named after a verb is not the actor's own, as a home office-holder is */
export const ENVOYS = new Set(['ambassador', 'envoy', 'consul', 'representative', 'commissioner', 'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor']);
/** offices held at home: "ordered former president Carlos Menem to…" is about the actor's own office-holder */
export const HOME_OFFICES = new Set([...OFFICES].filter((w) => !ENVOYS.has(w)));
/** offices that are a state's whatever their holder's name: a chairman or spokesman heads or speaks for companies and
 * boards as often as for state bodies, so an unknown name after them is no state official */
export const STATE_OFFICES = new Set([...OFFICES].filter((w) => !['chairman', 'chairwoman', 'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'representative'].includes(w)));
