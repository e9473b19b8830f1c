/** Money mentions: "$1.5 billion", "more than 2 bn dollars", "€500 million", "KZT 10 billion" → units + ISO 4217. */
import type { Money } from '../model/event.ts';

const SYMBOL: Record<string, string> = { $: 'USD', 'us$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'CNY', '₸': 'KZT', '₽': 'RUB', '₹': 'INR' };
const WORD: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', usd: 'USD', euro: 'EUR', euros: 'EUR', eur: 'EUR', pound: 'GBP', pounds: 'GBP',
  sterling: 'GBP', gbp: 'GBP', yuan: 'CNY', renminbi: 'CNY', rmb: 'CNY', cny: 'CNY', tenge: 'KZT', kzt: 'KZT',
  rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', rub: 'RUB', yen: 'JPY', jpy: 'JPY', rupee: 'INR',
  rupees: 'INR', inr: 'INR', lira: 'TRY', liras: 'TRY', try: 'TRY', dirham: 'AED', dirhams: 'AED', aed: 'AED',
  riyal: 'SAR', riyals: 'SAR', sar: 'SAR', won: 'KRW', krw: 'KRW', sum: 'UZS', soum: 'UZS', som: 'KGS', uzs: 'UZS',
  kgs: 'KGS', chf: 'CHF', francs: 'CHF', manat: 'AZN', azn: 'AZN',
};
const SCALE: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mln: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bln: 1e9, bn: 1e9, b: 1e9,
  trillion: 1e12, tn: 1e12, trn: 1e12,
};

const NUM = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const SC = String.raw`(?:\s*(thousand|million|mln|mn|billion|bln|bn|trillion|tn|trn|[mbk])\b)?`;
const CUR_WORDS = Object.keys(WORD).join('|');
// "$1.5 billion", "US$ 3 bn", "€500 million", "KZT 10 billion", "USD 2.3bn"
const PREFIX = new RegExp(String.raw`(US\$|\$|€|£|¥|₸|₽|₹|\b(?:USD|EUR|GBP|CNY|KZT|RUB|JPY|INR|AED|SAR|TRY|CHF|UZS|KGS|AZN))\s?` + NUM + SC, 'gi');
// "2 bn dollars", "500 million euros", "1.2 trillion tenge"
const SUFFIX = new RegExp(NUM + SC + String.raw`\s+(?:US\s+|U\.S\.\s+)?(` + CUR_WORDS + String.raw`)\b`, 'gi');

export interface MoneyMention extends Money {
  index: number;
}

// "nine million euros", "two and a half billion dollars", "half a billion tenge"
const SMALL: Record<string, number> = {
  a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  half: 0.5,
};
const SPELLED = new RegExp(String.raw`\b(` + Object.keys(SMALL).join('|') + String.raw`)(?:\s+and\s+a\s+(half))?(?:\s+a)?\s+(thousand|million|billion|trillion)\s+(?:US\s+)?(` + CUR_WORDS + String.raw`)\b`, 'gi');

const MAYBE_MONEY = /[\d$€£¥₸₽₹]|\b(?:thousand|million|billion|trillion)\b/i;

export function findMoney(text: string): MoneyMention[] {
  // most sentences name no sum: one cheap test before the three full patterns
  if (!MAYBE_MONEY.test(text)) return [];
  const out: MoneyMention[] = [];
  const num = (s: string): number => Number(s.replace(/,/g, ''));
  for (const m of text.matchAll(PREFIX)) {
    const cur = SYMBOL[m[1]!.toLowerCase()] ?? m[1]!.toUpperCase();
    const scale = m[3] ? SCALE[m[3].toLowerCase()] ?? 1 : 1;
    out.push({ amount: Math.round(num(m[2]!) * scale * 100) / 100, currency: cur, index: m.index });
  }
  for (const m of text.matchAll(SUFFIX)) {
    if (out.some((o) => Math.abs(o.index - m.index) < 4)) continue;
    const scale = m[2] ? SCALE[m[2].toLowerCase()] ?? 1 : 1;
    const cur = WORD[m[3]!.toLowerCase()];
    if (!cur) continue;
    out.push({ amount: Math.round(num(m[1]!) * scale * 100) / 100, currency: cur, index: m.index });
  }
  for (const m of text.matchAll(SPELLED)) {
    const base = SMALL[m[1]!.toLowerCase()] ?? 1;
    const cur = WORD[m[4]!.toLowerCase()];
    if (!cur || out.some((o) => Math.abs(o.index - m.index) < 4)) continue;
    out.push({ amount: (base + (m[2] ? 0.5 : 0)) * (SCALE[m[3]!.toLowerCase()] ?? 1), currency: cur, index: m.index });
  }
  return out.sort((a, b) => a.index - b.index);
}
