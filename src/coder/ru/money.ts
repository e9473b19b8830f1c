/**
 * Money in Russian (and Kazakh) text: "1,5 млрд долларов", "$1,5 млрд", "500 млн евро", "10 млрд тенге", "1 млн долларов США",
 * and amounts in words, as agency copy writes round sums: "одного миллиона долларов", "полтора миллиарда евро",
 * "миллион долларов", "бір миллион доллар". Amounts are in units of the currency (1.5e9), currencies ISO 4217.
 * A sentence's first amount is its value ("1 млн долларов, или около 455 млн тенге": the second restates the first).
 */
import type { Money } from '../../model/event.ts';

const SCALE: [string, number][] = [['трлн', 1e12], ['триллион', 1e12], ['млрд', 1e9], ['миллиард', 1e9], ['млн', 1e6], ['миллион', 1e6], ['тыс', 1e3], ['тысяч', 1e3], ['мың', 1e3]];
const CURRENCY: [RegExp, string][] = [
  [/^(?:долл|\$)/, 'USD'], [/^(?:евро|еуро|€)/, 'EUR'], [/^(?:тенге|теңге|₸)/, 'KZT'], [/^(?:руб|₽)/, 'RUB'], [/^юан/, 'CNY'],
  [/^фунт/, 'GBP'], [/^[ий]ен/, 'JPY'], [/^вон/, 'KRW'], [/^лир/, 'TRY'], [/^дирхам/, 'AED'], [/^сом/, 'KGS'], [/^сум/, 'UZS'],
];
/** Number words (any case) that count a scale: "одного миллиона", "двух миллиардов", "полтора млрд"; Kazakh too. */
const WORDS: [RegExp, number][] = [
  [/^(?:один|одного|одному|одним|одном|одна|одну|одной|бір)$/, 1], [/^(?:полтора|полторы|полутора)$/, 1.5],
  [/^(?:два|две|двух|двум|двумя|екі)$/, 2], [/^(?:три|трех|трем|тремя|үш)$/, 3], [/^(?:четыре|четырех|четырем|четырьмя|төрт)$/, 4],
  [/^(?:пять|пяти|пятью|бес)$/, 5], [/^(?:шесть|шести|шестью|алты)$/, 6], [/^(?:семь|семи|семью|жеті)$/, 7],
  [/^(?:восемь|восьми|восемью|сегіз)$/, 8], [/^(?:девять|девяти|девятью|тоғыз)$/, 9], [/^(?:десять|десяти|десятью|он)$/, 10],
  [/^(?:двадцать|двадцати|жиырма)$/, 20], [/^(?:тридцать|тридцати|отыз)$/, 30], [/^(?:пятьдесят|пятидесяти|елу)$/, 50],
  [/^(?:сто|ста|жүз)$/, 100],
];
const NUM = String.raw`(\d{1,3}(?:[ \u00a0]\d{3})+|\d+(?:[.,]\d+)?)`;
const WORD_NUM = String.raw`(один|одного|одному|одним|одном|одна|одну|одной|бір|полтора|полторы|полутора|два|две|двух|двум|двумя|екі|три|трех|трем|тремя|үш|четыре|четырех|четырем|четырьмя|төрт|пять|пяти|пятью|бес|шесть|шести|шестью|алты|семь|семи|семью|жеті|восемь|восьми|восемью|сегіз|девять|девяти|девятью|тоғыз|десять|десяти|десятью|он|двадцать|двадцати|жиырма|тридцать|тридцати|отыз|пятьдесят|пятидесяти|елу|сто|ста|жүз)`;
const SCALE_RE = String.raw`(трлн\.?|триллион[а-яё]*|млрд\.?|миллиард[а-яё]*|млн\.?|миллион[а-яё]*|тыс\.?|тысяч[а-яё]*|мың)`;
/** a scale word said alone is one of it ("миллион долларов"); plurals ("миллионы", "миллионов") are vague, no amount */
const BARE_SCALE_RE = String.raw`(триллион|триллиона|триллиону|триллионом|миллиард|миллиарда|миллиарду|миллиардом|миллион|миллиона|миллиону|миллионом|тысяча|тысячу|тысячей)`;
// "долларов США", "американских долларов", "долл.", "$" written after the number ("3 млрд $")
const CUR_RE = String.raw`(?:американск[а-яё]*\s+|амер\.\s*)?(долл[а-яё]*\.?|евро|еуро|тенге|теңге|руб[а-яё]*\.?|юан[а-яё]*|фунт[а-яё]*|[ий]ен[а-яё]*|вон[а-яё]*|лир[а-яё]*|дирхам[а-яё]*|сом[а-яё]*|сум[а-яё]*|\$|€|₽|₸)`;
const B = String.raw`(?<![а-яёәғқңөұүһі\w])`;
const PREFIX = new RegExp(String.raw`(\$|€|₽|₸)\s?${NUM}(?:\s*${SCALE_RE})?`, 'iu');
const SUFFIX = new RegExp(String.raw`(?<![\d.,])${NUM}\s*(?:${SCALE_RE}\s*)?${CUR_RE}`, 'iu');
const WORDED = new RegExp(String.raw`${B}${WORD_NUM}\s+${SCALE_RE}\s*${CUR_RE}`, 'iu');
// not after a count of its own ("сотни миллионов", "несколько миллиардов" are plural and fail BARE_SCALE_RE anyway)
const BARE = new RegExp(String.raw`${B}${BARE_SCALE_RE}\s+${CUR_RE}`, 'iu');

const num = (s: string): number => Number(s.replace(/[ \u00a0]/g, '').replace(',', '.'));
const scale = (s: string | undefined): number => (s ? SCALE.find(([k]) => s.toLowerCase().startsWith(k))?.[1] ?? 1 : 1);
const currency = (s: string): string | null => CURRENCY.find(([re]) => re.test(s.toLowerCase()))?.[1] ?? null;
const word = (s: string): number => WORDS.find(([re]) => re.test(s.toLowerCase()))?.[1] ?? NaN;

/** The first amount of money a sentence names, or null. */
export function ruMoney(sentence: string): Money | null {
  const found: { index: number; amount: number; cur: string | null }[] = [];
  const a = PREFIX.exec(sentence);
  if (a) found.push({ index: a.index, amount: num(a[2]!) * scale(a[3]), cur: currency(a[1]!) });
  const b = SUFFIX.exec(sentence);
  if (b) found.push({ index: b.index, amount: num(b[1]!) * scale(b[2]), cur: currency(b[3]!) });
  const w = WORDED.exec(sentence);
  if (w) found.push({ index: w.index, amount: word(w[1]!) * scale(w[2]), cur: currency(w[3]!) });
  const s = BARE.exec(sentence);
  // "одного миллиона" is read whole by WORDED; its scale word alone starts inside that match
  if (s && !(w && s.index > w.index && s.index < w.index + w[0].length)) found.push({ index: s.index, amount: scale(s[1]), cur: currency(s[2]!) });
  const ok = found.filter((f) => f.cur && Number.isFinite(f.amount) && f.amount > 0).sort((x, y) => x.index - y.index);
  const first = ok[0];
  return first ? { amount: first.amount, currency: first.cur! } : null;
}
