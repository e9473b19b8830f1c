/**
 * Seeded mutation of valid samples, as fast-check arbitraries (so a failure shrinks to a small input): a sample
 * taken from a corpus, then a few edits — bytes flipped, ranges cut, repeated or moved, and tokens that broke
 * readers before (lone surrogates, CR, NUL, deep markup, huge numbers, impossible dates) spliced in.
 */
import fc from 'fast-check';

/** Text that is hostile to parsers, dates, numbers and encodings. */
export const NASTY = [
  '\r', '\n', '\r\n', '\0', '\t', '\uFEFF', '\uD800', '\uDC00', '\uFFFD', '\u2028', 'é', '😀', '\\', '"', "'", '`',
  '<', '>', '&', '&#0;', '&#x110000;', '&amp;', '<![CDATA[', ']]>', '<!--', '-->', '<?xml version="1.0" encoding="utf-16"?>',
  '<meta charset="utf-16">', '<div>'.repeat(200), '</div>', '<html>', '<body>', '<script>', '<item>', '</item>', '<entry>',
  '{', '}', '[', ']', ',', ':', 'null', 'true', '1e309', '-0', '9223372036854775808', '99999999999999999999999',
  'NaN', '\\ud800', '\\udc00x', '1e300', '-9.3e18', '2024-02-30', '2024-13-01', '0999-01-01', '9999-12-31', '0000', '20241301', 'Date: 2024-02-30', '# ',
  '---\n', '$1 trillion', '€5bn', 'Kazakhstan', 'China', 'President Tokayev', 'met', 'visited', 'signed', 'on Monday',
  'PK\u0003\u0004', '%', '%ED%A0%80', 'javascript:alert(1)', '\u0085', ' '.repeat(300), 'a'.repeat(5000),
];

type Edit =
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'cut'; at: number; len: number }
  | { kind: 'repeat'; at: number; len: number; times: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'truncate'; at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.nat(255) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), len: fc.nat(64) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 64 }), times: fc.integer({ min: 1, max: 50 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'binary', maxLength: 20 })) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

/** `buf` with the edits applied in order (positions taken modulo the current length). */
export function applyEdits(buf: Buffer, edits: Edit[]): Buffer {
  let b = buf;
  for (const e of edits) {
    const n = b.length;
    const at = n ? e.at % (n + 1) : 0;
    switch (e.kind) {
      case 'flip':
        if (n) {
          b = Buffer.from(b);
          b[e.at % n] = e.byte;
        }
        break;
      case 'cut':
        b = Buffer.concat([b.subarray(0, at), b.subarray(at + e.len)]);
        break;
      case 'repeat': {
        const part = b.subarray(at, at + e.len);
        b = Buffer.concat([b.subarray(0, at), ...Array<Buffer>(e.times).fill(part), b.subarray(at)]);
        break;
      }
      case 'insert':
        b = Buffer.concat([b.subarray(0, at), Buffer.from(e.text, 'utf8'), b.subarray(at)]);
        break;
      case 'truncate':
        b = b.subarray(0, at);
        break;
    }
  }
  return b;
}

/** One of `samples`, edited 0 to `maxEdits` times (unedited samples keep the happy paths in the mix). */
export function mutated(samples: Buffer[], maxEdits = 6): fc.Arbitrary<Buffer> {
  return fc.tuple(fc.nat(samples.length - 1), fc.array(edit, { maxLength: maxEdits }))
    .map(([i, edits]) => applyEdits(samples[i]!, edits));
}

/** A string made of hostile tokens and random text. */
export const nastyString = (maxLength = 8): fc.Arbitrary<string> =>
  fc.array(fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...NASTY.filter((s) => s.length < 400)) },
    { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    // Halves of surrogate pairs alone: valid JavaScript strings that no database or encoder takes.
    { weight: 1, arbitrary: fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF\uD800') },
  ), { maxLength })
    .map((parts) => parts.join(''));
