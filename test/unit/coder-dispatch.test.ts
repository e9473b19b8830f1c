import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { packFor } from '../../src/coder/dispatch.ts';

/** the straightforward reading packFor must agree with: letters counted by regex over the first 2,000 characters */
function plainPack(text: string): 'ru' | 'kk' | 'en' {
  const sample = text.slice(0, 2000);
  const cyr = sample.match(/[а-яёәғқңөұүһі]/gi)?.length ?? 0;
  const lat = sample.match(/[a-z]/gi)?.length ?? 0;
  if (cyr <= lat) return 'en';
  return /[әғқңөұүһі]/i.test(sample) ? 'kk' : 'ru';
}

test('packFor routes by declared language, then by script', () => {
  const rows: [string, string | undefined, 'ru' | 'kk' | 'en'][] = [
    ['Tokayev met Putin in Astana.', undefined, 'en'],
    ['Токаев встретился с Путиным в Астане.', undefined, 'ru'],
    ['Тоқаев Путинмен кездесті.', undefined, 'kk'],
    ['ТОКАЕВ ВСТРЕТИЛСЯ С ПУТИНЫМ', undefined, 'ru'],
    ['Putin said «Да» to Tokayev on Monday in Astana.', undefined, 'en'],
    ['', undefined, 'en'],
    ['2024-05-01 12:00 [@`{]', undefined, 'en'],
    ['Tokayev met Putin.', 'ru', 'ru'],
    ['Токаев встретился с Путиным.', 'en-GB', 'en'],
    ['Токаев встретился с Путиным.', 'kk', 'kk'],
  ];
  for (const [text, lang, want] of rows) assert.equal(packFor({ id: 'd', text, lang }), want, text);
});

test('packFor agrees with the plain regex count on any mix of scripts', () => {
  const chars = fc.constantFrom(...'aZqЁёЖжәҚқҰіІ .,@[`{0\u00e9\u0400\u04ff'.split(''), '\ud83d\ude00');
  fc.assert(fc.property(fc.array(chars, { maxLength: 2100 }).map((xs) => xs.join('')), (text) => {
    assert.equal(packFor({ id: 'd', text }), plainPack(text));
  }), { numRuns: 300 });
});
