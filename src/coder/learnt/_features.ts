/**
 * What the sentence model sees of a sentence: its words, lightly stemmed, with each named party replaced by its kind,
 * so the model learns how events are worded ("@state accused @state of"), never which states they involve.
 */

export interface PartySpan {
  start: number;
  end: number;
  kind: string;
}

const STATE_KINDS = new Set(['country', 'adjective', 'people', 'capital', 'seat', 'city', 'pair', 'focus', 'member', 'local']);

function slot(kind: string): string {
  if (STATE_KINDS.has(kind)) return '@state';
  if (kind === 'person' || kind === 'titleref' || kind === 'officeref' || kind === 'headref') return '@person';
  if (kind === 'igo' || kind === 'orgref') return '@org';
  return '@ref';
}

// (plural, past and gerund endings folded so "accused", "accuses" and "accusing" share their weights)
function stem(w: string): string {
  if (/\d/.test(w)) return '#';
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ied')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 4 && w.endsWith('es')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

const PUNCT = /^[^\p{L}\p{N}@#]+$/u;

/**
 * The feature strings of one sentence: unigrams and bigrams over its slotted, stemmed words, and the length of its
 * document (a wire record of one sentence nearly always tells an event, a sentence of a long story often does not).
 */
export function sentenceFeatures(words: readonly string[], parties: readonly PartySpan[], sentencesInDoc: number, cues: readonly string[] = []): string[] {
  const seq: string[] = [];
  const byStart = new Map<number, PartySpan>();
  for (const p of parties) if (!byStart.has(p.start)) byStart.set(p.start, p);
  for (let i = 0; i < words.length;) {
    const p = byStart.get(i);
    if (p && p.end > i) {
      const s = slot(p.kind);
      if (seq.at(-1) !== s) seq.push(s);
      i = p.end;
      continue;
    }
    const w = words[i]!;
    i++;
    if (PUNCT.test(w) && w !== ',') continue;
    seq.push(stem(w));
  }
  const out = new Set<string>();
  for (let i = 0; i < seq.length; i++) {
    out.add(`u:${seq[i]}`);
    if (i > 0) out.add(`b:${seq[i - 1]} ${seq[i]}`);
  }
  out.add(`n:${Math.min(new Set(parties.map((p) => p.kind)).size, 3)}`);
  // (the types whose trigger words the rules found, whether or not they made an event of them)
  for (const c of cues) out.add(`c:${c}`);
  out.add(`c#${Math.min(cues.length, 2)}`);
  out.add(`d:${sentencesInDoc <= 1 ? 'one' : sentencesInDoc <= 3 ? 'few' : 'many'}`);
  return [...out];
}
