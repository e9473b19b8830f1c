/**
 * The ingest body reaches the reader in pieces (src/server/_pieces.ts): together they are exactly the body's UTF-8
 * bytes, whatever the text (pairs and lone surrogates at every cut), and no piece is much larger than asked.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import { bodyPieces } from '../../src/server/_pieces.ts';

it('pieces of a body are its UTF-8 bytes, cut only between whole characters', () => {
  const char = fc.oneof(fc.constantFrom('a', '\n', 'é', '😀', '\ud800', '\udc00', '{"text":"x"}'), fc.string({ unit: 'binary', maxLength: 3 }));
  fc.assert(fc.property(fc.array(char, { maxLength: 200 }).map((a) => a.join('')), fc.integer({ min: 1, max: 9 }), (body, size) => {
    const pieces = [...bodyPieces(body, size)];
    assert.deepEqual(Buffer.concat(pieces), Buffer.from(body));
    for (const p of pieces) assert.ok(p.toString().length <= size + 1);
    assert.equal(pieces.length === 0, body.length === 0);
  }), { numRuns: 2000, seed: 9 });
});
