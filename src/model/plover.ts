/**
 * PLOVER conflict–cooperation scores (PLOVER manual, table "PLOVER conflict--cooperation scores"):
 * -10 (most conflictual) .. +10 (most cooperative), per event type and, where the manual gives one, per mode.
 */
import type { EventType } from './event.ts';

const TYPE_SCORES: Record<EventType, number> = {
  AGREE: 2.5, CONSULT: 2.5, SUPPORT: 5, CONCEDE: 4.5, COOPERATE: 9.5, AID: 10, RETREAT: 6.5,
  REQUEST: 0,
  // The manual prints +3 for ACCUSE, a sign slip: its modes score -2 to -3.5 and the earlier draft said -2.
  ACCUSE: -3,
  REJECT: -2, THREATEN: -3.5, PROTEST: -5, SANCTION: -6, MOBILIZE: -5.5, COERCE: -7, ASSAULT: -9,
};

const MODE_SCORES: Record<string, number> = {
  'CONSULT:visit': 4, 'CONSULT:third-party': 1, 'CONSULT:multilateral': 4, 'CONSULT:phone': 1.5,
  'RETREAT:withdraw': 8, 'RETREAT:release': 6.5, 'RETREAT:disarm': 10, 'RETREAT:ceasefire': 7.5,
  'RETREAT:access': 6.5, 'RETREAT:resign': 4.5,
  'REQUEST:assist': 0.5, 'REQUEST:change': -1, 'REQUEST:yield': -1, 'REQUEST:meet': 0,
  'ACCUSE:disapprove': -2, 'ACCUSE:investigate': -3.5, 'ACCUSE:allege': -3.5,
  'REJECT:assist': -1.5, 'REJECT:change': -2, 'REJECT:yield': -2, 'REJECT:meet': -2,
  'THREATEN:restrict': -3, 'THREATEN:arrest': -3.5, 'THREATEN:relations': -3.5, 'THREATEN:expel': -3.5,
  'THREATEN:territory': -4, 'THREATEN:violence': -3.5,
  'PROTEST:demo': -5, 'PROTEST:riot': -7, 'PROTEST:strike': -5, 'PROTEST:hunger': -4.5,
  'PROTEST:boycott': -4.5, 'PROTEST:obstruct': -4.5,
  'SANCTION:convict': -6, 'SANCTION:expel': -5.5, 'SANCTION:withdraw': -6, 'SANCTION:discontinue': -6,
  'MOBILIZE:troops': -6.5, 'MOBILIZE:weapons': -6.5, 'MOBILIZE:police': -5.5, 'MOBILIZE:militia': -6,
  'COERCE:seize': -7, 'COERCE:restrict': -7, 'COERCE:censor': -6.5, 'COERCE:curfew': -6.5,
  'COERCE:martial-law': -7.5, 'COERCE:arrest': -7, 'COERCE:deport': -7, 'COERCE:withhold': -7,
  'COERCE:misinformation': -6.5, 'COERCE:cyber': -7,
  'ASSAULT:abduct': -8.5, 'ASSAULT:beat': -7.5, 'ASSAULT:torture': -8.5, 'ASSAULT:sexual': -8.5,
  'ASSAULT:targeted': -9.5, 'ASSAULT:destroy': -8.5, 'ASSAULT:primitive': -8, 'ASSAULT:firearms': -9,
  'ASSAULT:explosives': -9, 'ASSAULT:suicide-attack': -9.5, 'ASSAULT:aerial': -9.5, 'ASSAULT:drone': -9.5,
  'ASSAULT:heavy-weapons': -9.5, 'ASSAULT:crowd-control': -7.5, 'ASSAULT:unconventional': -10,
};

/** The PLOVER score of a type and mode; an unknown or missing mode gets its type's score. */
export function ploverScore(type: EventType, mode?: string | null): number {
  if (mode) {
    const s = MODE_SCORES[`${type}:${mode.toLowerCase()}`];
    if (s !== undefined) return s;
  }
  return TYPE_SCORES[type];
}

/** Rows (type, mode|'' , score) for loading into a database lookup table. */
export function ploverScoreRows(): Array<{ type: EventType; mode: string; score: number }> {
  const rows: Array<{ type: EventType; mode: string; score: number }> = [];
  for (const [type, score] of Object.entries(TYPE_SCORES)) rows.push({ type: type as EventType, mode: '', score });
  for (const [key, score] of Object.entries(MODE_SCORES)) {
    const [type, mode] = key.split(':') as [EventType, string];
    rows.push({ type, mode, score });
  }
  return rows;
}
