/**
 * Dates in Russian text, resolved against the document's date: "12 марта 2024 года", "29–30 ноября" (a range is
 * the month), "в марте", "в августе прошлого года", "в прошлом году", "во вторник", "вчера", "в тот же день".
 * Precision is what the text supports: a day only when a day is named.
 */
const MONTHS_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const MONTHS_LOC = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'];
const WEEKDAYS: [RegExp, number][] = [[/^понедельник/, 1], [/^вторник/, 2], [/^сред[уаы]/, 3], [/^четверг/, 4], [/^пятниц[уаы]/, 5], [/^суббот[уаы]/, 6], [/^воскресень[ея]/, 0]];

export interface RuDate {
  date: string;
  /** the sentence pins a day itself (a day, a weekday, "вчера", "в тот же день"), rather than a month or year */
  day: boolean;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const parseIso = (s: string): Date | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : null;
};
const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * 86_400_000);
const inRange = (y: number): boolean => y >= 1000 && y <= 9999;

/** The year of a day-month without one: the one that puts it nearest the document's date (news looks back more than ahead). */
function nearestYear(doc: Date, month: number, day: number): number {
  const y = doc.getUTCFullYear();
  let best = y, bestGap = Infinity;
  for (const c of [y - 1, y, y + 1]) {
    const gap = (Date.UTC(c, month, day) - doc.getTime()) / 86_400_000;
    const cost = gap > 0 ? gap * 3 : -gap; // a date ahead of the article is less likely than one behind it
    if (cost < bestGap) { bestGap = cost; best = c; }
  }
  return best;
}

const DAY_MONTH = new RegExp(`(?<![\\d.])(\\d{1,2})(?:\\s*[-–—]\\s*(\\d{1,2}))?\\s+(${MONTHS_GEN.join('|')})(?:\\s+(\\d{4})\\s*(?:года|год|г\\.)?)?`, 'iu');
const MONTH_IN = new RegExp(`(?:^|\\s)в\\s+(${MONTHS_LOC.join('|')})(?:\\s+(?:(\\d{4})\\s*(?:года|г\\.)|(прошлого|этого|текущего|следующего)\\s+года))?`, 'iu');
const PART_OF_MONTH = new RegExp(`(?:начале|середине|конце|первой половине|второй половине)\\s+(${MONTHS_GEN.join('|')})(?:\\s+(\\d{4})\\s*(?:года|г\\.))?`, 'iu');
const MONTH_GEN_YEAR = new RegExp(`(?:^|\\s)(${MONTHS_GEN.join('|')}|${['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'].join('|')})\\s+(\\d{4})\\s*(?:года|г\\.)`, 'iu');

/**
 * The date a sentence names, resolved against the document date (`YYYY-MM-DD`) and the date of the
 * happening before it (`prev`, for "в тот же день"), or null when it names none. `ahead`: the sentence tells of
 * the future, so a weekday is the coming one.
 */
export function ruDate(sentence: string, docDate: string | null | undefined, prev: string | null, ahead = false): RuDate | null {
  const doc = docDate ? parseIso(docDate) : null;
  const s = sentence.toLowerCase().replace(/ё/g, 'е');
  let m = DAY_MONTH.exec(s);
  if (m) {
    const month = MONTHS_GEN.indexOf(m[3]!);
    const day = +m[1]!;
    const year = m[4] ? +m[4] : doc ? nearestYear(doc, month, day) : null;
    if (year === null || !inRange(year) || day < 1 || day > 31) return null;
    if (m[2]) return { date: `${year}-${pad(month + 1)}`, day: false };
    return { date: `${year}-${pad(month + 1)}-${pad(day)}`, day: true };
  }
  if (/в тот же день|в этот же день|тогда же/.test(s) && prev && prev.length === 10) return { date: prev, day: true };
  if (/(?:^|\s)(?:днем ранее|днем раньше|накануне)/.test(s)) {
    const p = prev && prev.length === 10 ? parseIso(prev) : doc;
    if (p) return { date: iso(addDays(p, -1)), day: true };
  }
  if (/на следующий день|на другой день/.test(s) && prev && prev.length === 10) {
    const p = parseIso(prev);
    if (p) return { date: iso(addDays(p, 1)), day: true };
  }
  if ((m = PART_OF_MONTH.exec(s))) {
    const month = MONTHS_GEN.indexOf(m[1]!);
    let year = m[2] ? +m[2] : doc ? doc.getUTCFullYear() : null;
    if (year !== null && !m[2] && doc && month > doc.getUTCMonth() + 1) year -= 1;
    if (year !== null && inRange(year)) return { date: `${year}-${pad(month + 1)}`, day: false };
  }
  if ((m = MONTH_GEN_YEAR.exec(s))) {
    const stem = m[1]!.slice(0, 3);
    const month = MONTHS_GEN.findIndex((x) => x.startsWith(stem));
    if (month >= 0 && inRange(+m[2]!)) return { date: `${m[2]}-${pad(month + 1)}`, day: false };
  }
  if (!doc) {
    const y = /(?:^|\s)в\s+(\d{4})\s+году/.exec(s);
    return y && inRange(+y[1]!) ? { date: y[1]!, day: false } : null;
  }
  const dy = doc.getUTCFullYear();
  const shift = (n: number): RuDate | null => {
    const d = addDays(doc, n);
    return inRange(d.getUTCFullYear()) ? { date: iso(d), day: true } : null;
  };
  if (/(?:^|[\s,])позавчера/.test(s)) return shift(-2);
  if (/(?:^|[\s,])вчера/.test(s)) return shift(-1);
  if (/(?:^|[\s,])сегодня/.test(s)) return shift(0);
  // ("с пятницы": the day a regime starts is that weekday too)
  const wd = /(?:^|\s)(?:во?\s+(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|со?\s+(понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья))(?!\s+(?:следующ|предстоящ))/.exec(s);
  if (wd && !/(?:следующ|будущ|предстоящ)[а-яё]*\s+(?:неделе|недел)/.test(s)) {
    const target = WEEKDAYS.find(([re]) => re.test(wd[1] ?? wd[2]!))![1];
    // a weekday told in the future ("во вторник пройдет саммит") is the next one, else the last one
    if (ahead) return shift((target - doc.getUTCDay() + 7) % 7);
    const back = (doc.getUTCDay() - target + 7) % 7;
    return shift(-back);
  }
  if ((m = MONTH_IN.exec(s))) {
    const month = MONTHS_LOC.indexOf(m[1]!);
    let year = m[2] ? +m[2] : dy;
    if (m[3] === 'прошлого') year = dy - 1;
    else if (m[3] === 'следующего') year = dy + 1;
    else if (!m[2] && !m[3] && month > doc.getUTCMonth() + 1) year = dy - 1; // "в ноябре" in a March article is last November
    return inRange(year) ? { date: `${year}-${pad(month + 1)}`, day: false } : null;
  }
  if (/в прошлом месяце/.test(s)) {
    const d = new Date(Date.UTC(dy, doc.getUTCMonth() - 1, 1));
    return inRange(d.getUTCFullYear()) ? { date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`, day: false } : null;
  }
  if (/в прошлом году|в минувшем году/.test(s)) return inRange(dy - 1) ? { date: String(dy - 1), day: false } : null;
  const y = /(?:^|\s)в\s+(\d{4})\s+году/.exec(s);
  if (y && inRange(+y[1]!)) return { date: y[1]!, day: false };
  return null;
}
