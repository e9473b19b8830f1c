/**
 * Datelines: the "ASTANA, May 3 (Reuters) –" or "MOSCOW, November 5. /TASS/." that opens agency copy names where
 * and when the report was filed, not a happening, and its words must not be read as parties ("ASTANA") or
 * triggers ("March"). The coder blanks them out before it splits sentences, so offsets stay true.
 */

// the place: an upper-case city ("ASTANA", "NUR-SULTAN", "NEW YORK"), optionally followed by its country
const PLACE = String.raw`[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,2}(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)?`;
// the filing date: "May 3", "3 May", "Sept. 18", "May 3, 2024"
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const DATE = String.raw`(?:${MONTH} \d{1,2}(?:, \d{4})?|\d{1,2} ${MONTH}(?: \d{4})?)`;
// the agency: "(Reuters)", "/TASS/", "KAZINFORM"
const AGENCY = String.raw`(?:\([^()\n]{1,40}\)|/[^/\n]{1,20}/\.?|[A-Z][A-Za-z\-]+(?=\s*[–—-]))`;
const DASH = String.raw`(?:[–—]|-{1,2})`;
const DATELINE = new RegExp(
  String.raw`^[ \t]*(?:${PLACE}|[A-Z][a-z]+(?=[,.] ${DATE}))(?:[,.] ${DATE})?\.?(?: ${AGENCY})?[ \t]*(?:${DASH}|(?<=/\.?))[ \t]*`,
);

/** Length of the dateline that opens `line`, or 0. An upper-case place needs a dash or an agency after it. */
export function datelineLength(line: string): number {
  const m = DATELINE.exec(line);
  if (!m) return 0;
  // the rest must be a sentence: a capital or a quote follows
  const next = line[m[0].length];
  return next !== undefined && /["“'‘A-Z]/.test(next) ? m[0].length : 0;
}

/** The text with every paragraph's dateline replaced by spaces (same length, so offsets do not move). */
export function blankDatelines(text: string): string {
  let out: string | null = null;
  for (let at = 0; at !== -1 && at < text.length; ) {
    const eol = text.indexOf('\n', at);
    const line = text.slice(at, eol === -1 ? undefined : eol);
    const n = datelineLength(line);
    if (n) out = (out ?? text).slice(0, at) + ' '.repeat(n) + (out ?? text).slice(at + n);
    at = eol === -1 ? -1 : eol + 1;
  }
  return out ?? text;
}
