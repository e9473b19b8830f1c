/** The tokenizer's ASCII fast path gives exactly the tokens of the Unicode path (property test over generated text). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { splitSentences, tokenize } from '../../src/coder/_text.ts';

test('text without non-ASCII letters tokenizes the same on the fast path and on the Unicode path', () => {
  // a trailing non-ASCII letter sends the same text down the Unicode path; its own token is dropped again
  const unicodePath = (t: string) => tokenize(t + ' é').slice(0, -1);
  const chars = [...'abZ.9,$-\'"()A.B.x y U.S. 1,500.25;:!?–—“”‘…€£¥₸«»\u00a0'];
  fc.assert(fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 80 }).map((a) => a.join('')), (text) => {
    assert.deepEqual(tokenize(text), unicodePath(text));
  }), { numRuns: 3000, seed: 42 });
});

test('non-ASCII text keeps its letters together', () => {
  assert.deepEqual(tokenize('Türkiye’s Erdoğan met Tokayev').map((t) => t.s), ['Türkiye', "'s", 'Erdoğan', 'met', 'Tokayev']);
});

test('a sentence going on in lower case after a date still splits; after an abbreviation it does not', () => {
  const split = (t: string) => splitSentences(t).map((s) => s.text);
  assert.deepEqual(split('The sides signed a memorandum on 12 September. on 13 September they met again.'),
    ['The sides signed a memorandum on 12 September.', 'on 13 September they met again.']);
  assert.deepEqual(split('Talks resumed in 2024. they ended in May.'), ['Talks resumed in 2024.', 'they ended in May.']);
  assert.deepEqual(split('He met Mr. smith on Monday.'), ['He met Mr. smith on Monday.']);
  assert.deepEqual(split('Exports rose approx. fivefold last year.'), ['Exports rose approx. fivefold last year.']);
});
