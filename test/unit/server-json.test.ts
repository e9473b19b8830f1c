/** The yielding JSON writer of large answers writes exactly what JSON.stringify writes (property test). */
import assert from 'node:assert/strict';
import { text } from 'node:stream/consumers';
import { it } from 'node:test';
import fc from 'fast-check';
import { jsonStream } from '../../src/server/_json.ts';

const item = fc.oneof(fc.jsonValue(), fc.string({ minLength: 50_000, maxLength: 300_000 }).map((s) => ({ text: s })));

it('jsonStream({raw}, {array}) is the raw text and JSON.stringify(array), however long the items', async () => {
  await fc.assert(fc.asyncProperty(fc.array(item, { maxLength: 30 }), fc.array(item, { maxLength: 5 }), fc.jsonValue(),
    async (items, more, tail) => {
      const expected = `{"a":${JSON.stringify(items)},"b":${JSON.stringify(more)},"c":${JSON.stringify(tail)}}`;
      const got = await text(jsonStream([{ raw: '{"a":' }, { array: items }, { raw: ',"b":' }, { array: more }, { raw: `,"c":${JSON.stringify(tail)}}` }]));
      assert.equal(got, expected);
    }), { numRuns: 60 });
});
