/**
 * Sentence splitting and tokenisation, hand-tuned for news prose. Both are on the hot path of the
 * coder, so they are single regex passes that keep character offsets into the document.
 */

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

export interface Token {
  /** surface form */
  s: string;
  /** lower-cased form */
  l: string;
  start: number;
  end: number;
  /** starts with an upper-case letter */
  cap: boolean;
  /** punctuation (one character) */
  punct: boolean;
}

// Abbreviations whose final period does not end a sentence.
const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'gov', 'sen', 'rep',
  'st', 'mt', 'jr', 'sr', 'rev', 'hon', 'pres', 'amb', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'est', 'fig',
  'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'a.m', 'p.m', 'e.g', 'i.e', 'ph.d', 'sheikh',
]);

// a line break ends a sentence unless the next line goes on in lower case (a broken paragraph)
// and a period after a date goes on in lower case in careless copy ("… on 12 September. on 13 September they met")
const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])|\n+(?![\n \t]*[a-z])|\.(?=\s+[a-z])/g;
const DATE_END = /(?:\b\d{1,4}|\b(?:january|february|march|april|may|june|july|august|september|october|november|december))$/i;

/** Splits text into sentences at . ! ? followed by a capitalised word, and at line breaks. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const push = (a: number, b: number): void => {
    // trim whitespace, keep offsets true to the document
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ index: out.length, start: a, end: b, text: text.slice(a, b) });
  };
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length;
    // a lower-case start splits only after a date ("in 2024. the" yes, "approx. the" no)
    if (m[0] === '.' && /[a-z]/.test(text[end + 1] ?? '') && /\s/.test(text[end] ?? '') &&
        !DATE_END.test(text.slice(Math.max(from, m.index - 12), m.index))) continue;
    if (m[0][0] === '.') {
      // the word before the period: an abbreviation or an initial ("F.W. de Klerk") does not end a sentence
      const before = /([A-Za-z][A-Za-z.]*)$/.exec(text.slice(Math.max(from, m.index - 12), m.index));
      const w = before?.[1]?.toLowerCase();
      if (w && (ABBREV.has(w) || /^[a-z]$/.test(w) || /^([a-z]\.)+[a-z]$/.test(w))) {
        // "U.S." at a real sentence end is rare in news; keep going unless a line break follows
        continue;
      }
    }
    push(from, m[0][0] === '\n' ? m.index : end);
    from = end;
  }
  push(from, text.length);
  return out;
}

const TOKEN = /(?:[A-Za-z]\.){2,}|\$|€|£|¥|₸|[\p{L}\p{M}][\p{L}\p{M}'’\-.]*[\p{L}\p{M}]|[\p{L}\p{M}]|\d[\d,.]*\d|\d|[^\s\p{L}\p{M}\d]/gu;
// the same for plain ASCII text, which most sentences are: no Unicode classes to test
const TOKEN_ASCII = /(?:[A-Za-z]\.){2,}|\$|[A-Za-z][A-Za-z'\-.]*[A-Za-z]|[A-Za-z]|\d[\d,.]*\d|\d|[^\sA-Za-z\d]/g;
// any letter or mark outside ASCII, or the typographic apostrophe (part of words), needs the Unicode path; dashes,
// quotes and currency signs are single punctuation tokens on both
const NON_ASCII = /[^\x00-\x7f\u2013\u2014\u201c\u201d\u2018\u2026\u20ac\u00a3\u00a5\u20b8\u00ab\u00bb\u00a0]/;

/** Tokenises a sentence: words (with inner hyphens/apostrophes), acronyms like U.S., numbers, punctuation. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  const re = NON_ASCII.test(text) ? TOKEN : TOKEN_ASCII;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let s = m[0];
    let start = m.index;
    // split off a possessive 's / ’s into its own token
    const poss = /['’]s$/i.exec(s);
    if (poss && s.length > 2 && !/^(?:[A-Za-z]\.){2,}$/.test(s)) {
      const w = s.slice(0, -2);
      out.push(mk(w, start + offset));
      out.push(mk("'s", start + offset + w.length));
      continue;
    }
    // a trailing period that is not part of an acronym belongs to the sentence, not the word
    if (s.length > 1 && s.endsWith('.') && !/^(?:[A-Za-z]\.){2,}$/.test(s)) s = s.slice(0, -1);
    if (s.length > 1 && (s.endsWith("'") || s.endsWith('’'))) s = s.slice(0, -1);
    out.push(mk(s, start + offset));
  }
  return out;
}

const LETTER = /\p{L}/u;
function mk(s: string, start: number): Token {
  const c = s.charCodeAt(0);
  // ASCII first: the Unicode class only for the rest
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && LETTER.test(s[0]!));
  return {
    s, l: s.toLowerCase(), start, end: start + s.length,
    cap: letter && s[0] !== s[0]!.toLowerCase(),
    punct: !letter && !(c >= 48 && c <= 57) && s.length === 1 && !'$€£¥₸'.includes(s),
  };
}
