/**
 * Marks the actor and the action in an event's evidence sentence. The store keeps the sentence, not the
 * words that triggered the event, so this finds them again: actor names (countries, demonyms, capitals,
 * office-holders, organisations) and the coder's own trigger words for the event's type.
 */
import aliases from 'virtual:aliases';
import { TRIGGERS } from '../../src/coder/triggers.ts';
import { country, nameOf } from './countries.ts';
import { h } from './dom.ts';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Names that can stand for an entity code in running text. */
function namesOf(code: string): string[] {
  const c = country(code);
  const names = [code, nameOf(code), ...(aliases[code] ?? [])];
  if (c) names.push(c.name, c.demonym, c.capital);
  if (code === 'USA') names.push('US', 'U.S.', 'Washington', 'American');
  if (code === 'GBR') names.push('UK', 'British', 'Britain');
  if (code === 'KAZ') names.push('Kazakh', 'Akorda');
  if (code === 'RUS') names.push('Kremlin');
  return names.filter((n) => n && n.length >= 2);
}

const actionCache = new Map<string, RegExp | null>();

/** Past forms the stem match cannot reach ("meet" → "met"). */
const IRREGULAR: Record<string, string[]> = {
  meet: ['met'], hold: ['held'], speak: ['spoke', 'spoken'], begin: ['began', 'begun'], take: ['took', 'taken'],
  give: ['gave', 'given'], make: ['made'], send: ['sent'], fly: ['flew'], go: ['went'], seek: ['sought'],
  lead: ['led'], win: ['won'], shoot: ['shot'], strike: ['struck'], fight: ['fought'], bring: ['brought'],
  tell: ['told'], withdraw: ['withdrew', 'withdrawn'], undertake: ['undertook'], sell: ['sold'], lend: ['lent'],
};

/** The first words of the type's trigger patterns, as a regex matching their inflections. */
function actionPattern(type: string): RegExp | null {
  if (actionCache.has(type)) return actionCache.get(type)!;
  const words = new Set<string>();
  for (const t of TRIGGERS) {
    if (t.t !== type) continue;
    const first = t.p.split(' ')[0] ?? '';
    for (const alt of first.replace(/^=/, '').split('|')) {
      const w = alt.replace(/\?$/, '');
      if (w.length >= 2 && /^[a-z-]+$/i.test(w)) {
        if (w.length >= 3) words.add(w);
        for (const past of IRREGULAR[w.toLowerCase()] ?? []) words.add(past);
      }
    }
  }
  const stems = [...words].map((w) => (literal(w) ? escape(w) : `${escape(w.replace(/e$/, ''))}\\w*`));
  const re = stems.length ? new RegExp(`\\b(?:${stems.join('|')})\\b`, 'gi') : null;
  actionCache.set(type, re);
  return re;
}

// Short words are matched literally so "met" does not light up "metal".
function literal(w: string): boolean {
  return w.length <= 3;
}

interface Mark { start: number; end: number; kind: 'actor' | 'action' | 'recipient' }

/** The sentence as DOM nodes, with <mark> around the actor, the recipient and the action. */
export function highlighted(text: string, ev: { actor: string[]; recipient: string[]; event_type: string }): HTMLElement {
  const marks: Mark[] = [];
  const find = (re: RegExp, kind: Mark['kind'], once: boolean) => {
    for (const m of text.matchAll(re)) {
      marks.push({ start: m.index, end: m.index + m[0].length, kind });
      if (once) break;
    }
  };
  const namesRe = (codes: string[]) => {
    const names = codes.flatMap(namesOf).sort((a, b) => b.length - a.length).map(escape);
    return names.length ? new RegExp(`(?<![\\w-])(?:${names.join('|')})(?:'s)?(?![\\w-])`, 'g') : null;
  };
  const a = namesRe(ev.actor);
  if (a) find(a, 'actor', false);
  const r = namesRe(ev.recipient.filter((c) => !ev.actor.includes(c)));
  if (r) find(r, 'recipient', false);
  const act = actionPattern(ev.event_type);
  if (act) find(act, 'action', true);
  marks.sort((x, y) => x.start - y.start || y.end - x.end);
  const out = h('span', { class: 'evidence' });
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue; // overlapping: the earlier, longer mark wins
    out.append(text.slice(at, m.start));
    out.append(h('mark', { class: `hl-${m.kind}`, title: m.kind }, text.slice(m.start, m.end)));
    at = m.end;
  }
  out.append(text.slice(at));
  return out;
}
