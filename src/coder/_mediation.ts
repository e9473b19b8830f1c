/**
 * Mediation formats (spec rule 5). A story of a format of talks names its guarantors once ("Russia, Türkiye and Iran,
 * the guarantor states of the Astana format", "the three countries that sponsor the process"); the round of talks is
 * then the guarantors' and the subject state's, hosted by the host, and "the guarantors", "the sponsors" of later
 * sentences are those states, not the host or the state the talks are about.
 */
import type { CodedEvent } from '../model/event.ts';
import type { ReadSentence } from './_attendance.ts';

/** Recodes the talks and the guarantors' joint acts of a document that names a format's guarantors (in place). */
export function readMediation(sentences: ReadSentence[], events: CodedEvent[], isIgo: (c: string) => boolean): void {
  const guarantors = guarantorsOf(sentences, isIgo);
  if (guarantors.length < 2) return;
  const g = new Set(guarantors);
  // (who else sits at the format's table, the host and the state the talks are about, may stand for the guarantors'
  // act where the sentence names them as its subject; anyone else acts on their own)
  const table = new Set<string>(guarantors);
  for (const e of events) {
    if (e.event_type === 'CONSULT' && e.mode !== 'phone' && TALKS.test(e.text)) {
      const host = e.location ?? (e.mode === 'visit' && e.recipient.length === 1 ? e.recipient[0]! : null);
      const sides = [...e.actor, ...e.recipient].filter((c) => c !== host && !isIgo(c));
      // (talks of others, "Tokayev received Lavrov", stay what they are: only the format's round is recoded)
      if (!sides.some((c) => g.has(c)) && !GUARANTOR_WORD.test(e.text)) continue;
      e.actor = uniq([...guarantors, ...sides.filter((c) => !g.has(c))]);
      for (const c of [...e.actor, ...(host ? [host] : [])]) table.add(c);
      e.recipient = host && !g.has(host) ? [host] : [];
      e.mode = 'third-party';
      e.cameo = '045';
      continue;
    }
    if (e.event_type === 'CONSULT' || !VERBAL.has(e.event_type) || !e.actor.every((c) => table.has(c) || c === e.location)) continue;
    const m = GUARANTOR_SUBJECT.exec(e.text);
    if (!m || ASKED.test(e.text.slice(0, m.index))) continue;
    const host = e.location;
    e.actor = [...guarantors];
    e.recipient = e.recipient.filter((c) => !g.has(c) && c !== host);
  }
}

/** The states listed right before (or after) "the guarantors", "the three countries that sponsor the process" */
function guarantorsOf(sentences: ReadSentence[], isIgo: (c: string) => boolean): string[] {
  for (const s of sentences) {
    const t = s.tokens;
    const at = t.findIndex((x, i) => GUARANTOR.has(x.l) || (x.l === 'sponsor' && t[i - 1]?.l === 'that'));
    if (at < 0) continue;
    // the list before the phrase: names joined by commas and "and", ending at the comma that opens the apposition
    const names = s.mentions.filter((m) => m.code && !isIgo(m.code) && m.end <= at).sort((a, b) => a.start - b.start);
    const list: string[] = [];
    for (let k = names.length - 1; k >= 0; k--) {
      const m = names[k]!;
      const next = list.length ? names[k + 1]! : null;
      const gap = t.slice(m.end, next ? next.start : at).map((x) => x.l);
      const ok = next ? gap.every((w) => w === ',' || w === 'and') : gap.every((w) => LEAD.has(w));
      if (!ok) break;
      list.unshift(m.code);
    }
    if (list.length >= 2) return uniq(list);
  }
  return [];
}

function uniq<T>(xs: T[]): T[] { return [...new Set(xs)]; }

const VERBAL = new Set(['AGREE', 'SUPPORT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'CONCEDE']);
const GUARANTOR = new Set(['guarantors', 'guarantor', 'sponsors', 'co-sponsors']);
const LEAD = new Set([',', 'the', 'that', 'three', 'two', 'four', 'countries', 'states', 'its', 'their', 'as', '–', '-', '—']);
const TALKS = /\b(?:talks|round|meeting|negotiations|consultations)\b/i;
const GUARANTOR_WORD = /\b(?:guarantors?|sponsors?)\b/i;
const GUARANTOR_SUBJECT = /\b(?:the|three|its|their)\s+(?:three\s+)?(?:guarantors|sponsors|guarantor (?:states|countries))\b/i;
const ASKED = /\b(?:asking|asked|urged|urging|called on|calling on|told|invited)\b[^.]*$/i;
