/** Russian (and Kazakh) sentence splitting: at . ! ? … before a capital, a digit or an opening quote, not after an initial or an abbreviation. */
export interface Sentence { text: string; start: number }

const ABBREV = /(?:^|[\s(])(?:[А-ЯЁA-Z]|г|гг|т|п|ст|им|ул|д|св|проф|акад|ген|см|др|пр|т\.е|т\.к|т\.н)$/;
/** A lone capital after a capitalised word ends a name, not an initial ("Ван И."); initials come before a surname
 * ("В. Путин", "В. В. Путин") or in pairs after it ("Путин В.В.") */
const NAME_END = /(?:^|\s)[А-ЯЁA-Z][а-яёa-z]+\s[А-ЯЁA-Z]$/;

export function ruSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[.!?…]+["»”)]*\s+(?=[«"„(]?[А-ЯЁӘҒҚҢӨҰҮҺІA-Z0-9])/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const before = text.slice(start, m.index);
    if (ABBREV.test(before) && !(NAME_END.test(before) && !/^[А-ЯЁA-Z]\./.test(text.slice(m.index + m[0].length)))) continue;
    const end = m.index + m[0].trimEnd().length;
    push(out, text, start, end);
    start = m.index + m[0].length;
  }
  push(out, text, start, text.length);
  return out;
}

/** Longer than any real sentence: a run of text without stops is cut at spaces, so work per sentence stays bounded. */
export const MAX_SENTENCE = 1500;

function push(out: Sentence[], text: string, start: number, end: number): void {
  while (end - start > MAX_SENTENCE) {
    const cut = text.lastIndexOf(' ', start + MAX_SENTENCE);
    const at = cut > start ? cut : start + MAX_SENTENCE;
    push(out, text, start, at);
    start = at;
  }
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const s = raw.trim();
  if (s) out.push({ text: s, start: start + lead });
}
