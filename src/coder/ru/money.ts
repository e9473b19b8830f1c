/**
 * Money in Russian (and Kazakh) text: "1,5 млрд долларов", "$1,5 млрд", "500 млн евро", "10 млрд тенге", "1 млн долларов США".
 * Amounts are in units of the currency (1.5e9), currencies ISO 4217.
 */
import type { Money } from '../../model/event.ts';

const SCALE: Record<string, number> = { трлн: 1e12, триллион: 1e12, млрд: 1e9, миллиард: 1e9, млн: 1e6, миллион: 1e6, тыс: 1e3, тысяч: 1e3 };
const CURRENCY: [RegExp, string][] = [
  [/^(?:долл|\$)/, 'USD'], [/^(?:евро|еуро|€)/, 'EUR'], [/^(?:тенге|теңге|₸)/, 'KZT'], [/^(?:руб|₽)/, 'RUB'], [/^юан/, 'CNY'],
  [/^фунт/, 'GBP'], [/^[ий]ен/, 'JPY'], [/^вон/, 'KRW'], [/^лир/, 'TRY'], [/^дирхам/, 'AED'], [/^сом/, 'KGS'], [/^сум/, 'UZS'],
];
const NUM = String.raw`(\d{1,3}(?:[ \u00a0]\d{3})+|\d+(?:[.,]\d+)?)`;
const SCALE_RE = String.raw`(трлн|триллион[а-яё]*|млрд|миллиард[а-яё]*|млн|миллион[а-яё]*|тыс\.?|тысяч[а-яё]*)`;
const CUR_RE = String.raw`(долл[а-яё]*\.?|евро|еуро|тенге|теңге|руб[а-яё]*\.?|юан[а-яё]*|фунт[а-яё]*|[ий]ен[а-яё]*|вон[а-яё]*|лир[а-яё]*|дирхам[а-яё]*|сом[а-яё]*|сум[а-яё]*)`;
const PREFIX = new RegExp(String.raw`(\$|€|₽|₸)\s?${NUM}(?:\s*${SCALE_RE})?`, 'iu');
const SUFFIX = new RegExp(String.raw`(?<![\d.,])${NUM}\s*(?:${SCALE_RE}\s*)?${CUR_RE}`, 'iu');

const num = (s: string): number => Number(s.replace(/[ \u00a0]/g, '').replace(',', '.'));
const scale = (s: string | undefined): number => (s ? SCALE[Object.keys(SCALE).find((k) => s.toLowerCase().startsWith(k)) ?? ''] ?? 1 : 1);
const currency = (s: string): string | null => CURRENCY.find(([re]) => re.test(s.toLowerCase()))?.[1] ?? null;

/** The first amount of money a sentence names, or null. */
export function ruMoney(sentence: string): Money | null {
  const a = PREFIX.exec(sentence);
  const b = SUFFIX.exec(sentence);
  const first = a && (!b || a.index <= b.index) ? 'a' : b ? 'b' : null;
  if (first === 'a' && a) {
    const cur = currency(a[1]!);
    const amount = num(a[2]!) * scale(a[3]);
    return cur && Number.isFinite(amount) ? { amount, currency: cur } : null;
  }
  if (first === 'b' && b) {
    const cur = currency(b[3]!);
    const amount = num(b[1]!) * scale(b[2]);
    return cur && Number.isFinite(amount) ? { amount, currency: cur } : null;
  }
  return null;
}
