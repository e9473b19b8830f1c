/** The yielding JSON writer of large answers writes exactly what JSON.stringify writes (property test). */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import { jsonArray } from '../../src/server/_json.ts';

it('jsonArray(items) is JSON.stringify(items), however long the items', async () => {
  await fc.assert(fc.asyncProperty(fc.array(fc.oneof(fc.jsonValue(), fc.string({ minLength: 50_000, maxLength: 300_000 }).map((s) => ({ text: s }))), { maxLength: 30 }),
    async (items) => assert.equal(await jsonArray(items), JSON.stringify(items))), { numRuns: 60 });
});
