/**
 * Dates in Kazakh text, resolved against the document's date: "бейсенбі күні" (the last Thursday), "12 наурызда",
 * "2024 жылғы 12 наурыз", "наурыз айында" (the month), "өткен жылы", "кеше", "сол күні" (the day before's day).
 */
const MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];
const WEEKDAYS: [string, number][] = [['дүйсенбі', 1], ['сейсенбі', 2], ['сәрсенбі', 3], ['бейсенбі', 4], ['жұма', 5], ['сенбі', 6], ['жексенбі', 0]];

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const parse = (s: string): Date | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : null;
};
const inRange = (y: number): boolean => y >= 1000 && y <= 9999;

const DAY_MONTH = new RegExp(`(?:(\\d{4})\\s+жылғы\\s+)?(\\d{1,2})(?:\\s*[-–—]\\s*(\\d{1,2}))?\\s+(${MONTHS.join('|')})`, 'iu');
const MONTH_ONLY = new RegExp(`(?:^|\\s)(?:(\\d{4})\\s+жылғы\\s+)?(${MONTHS.join('|')})(?:\\s+айында|да|та|де|те)(?=[\\s,.]|$)`, 'iu');

/** The date a Kazakh sentence names (YYYY-MM-DD, YYYY-MM or YYYY), or null. */
export function kkDate(sentence: string, docDate: string | null | undefined, prev: string | null): string | null {
  const doc = docDate ? parse(docDate) : null;
  const s = sentence.toLowerCase();
  let m = DAY_MONTH.exec(s);
  if (m) {
    const month = MONTHS.indexOf(m[4]!);
    let year = m[1] ? +m[1] : doc ? doc.getUTCFullYear() : null;
    if (year !== null && !m[1] && doc && Date.UTC(year, month, +m[2]!) > doc.getTime() + 60 * 86_400_000) year -= 1;
    if (year === null || !inRange(year)) return null;
    return m[3] ? `${year}-${pad(month + 1)}` : `${year}-${pad(month + 1)}-${pad(+m[2]!)}`;
  }
  if (/(?:^|\s)сол күні/.test(s) && prev) return prev;
  if (/(?:^|\s)келесі күні/.test(s) && prev) {
    const p = parse(prev);
    if (p) return iso(new Date(p.getTime() + 86_400_000));
  }
  if (!doc) return null;
  if (/(?:^|\s)кеше/.test(s)) return iso(new Date(doc.getTime() - 86_400_000));
  if (/(?:^|\s)бүгін/.test(s)) return iso(doc);
  for (const [w, n] of WEEKDAYS) {
    if (new RegExp(`(?:^|\\s)${w}\\s+күн`).test(s)) {
      const back = (doc.getUTCDay() - n + 7) % 7;
      return iso(new Date(doc.getTime() - back * 86_400_000));
    }
  }
  if ((m = MONTH_ONLY.exec(s))) {
    const month = MONTHS.indexOf(m[2]!);
    let year = m[1] ? +m[1] : doc.getUTCFullYear();
    if (!m[1] && month > doc.getUTCMonth() + 1) year -= 1;
    return inRange(year) ? `${year}-${pad(month + 1)}` : null;
  }
  if (/өткен жыл/.test(s)) return String(doc.getUTCFullYear() - 1);
  const y = /(?:^|\s)(\d{4})\s+жыл(?:ы|да)/.exec(s);
  return y && inRange(+y[1]!) ? y[1]! : null;
}
