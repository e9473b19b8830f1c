/**
 * `ingest` codes on a pool of worker threads (the CoderPool): whatever the number of threads, the store holds
 * the same documents and events as coding in the calling thread, and a document the coder refuses is reported
 * the same way (file, line, field) while the rest goes in.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, it } from 'node:test';
import { createCoder } from '../../src/coder/index.ts';
import type { Coder } from '../../src/coder/coder.ts';
import type { InputError } from '../../src/errors.ts';
import { CoderPool } from '../../src/ingest/coder-pool.ts';
import { ingest, type BatchCoder } from '../../src/ingest/index.ts';
import { openStore } from '../../src/store/store.ts';

const EXAMPLES = new URL('../../examples/docs.jsonl', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'mv-threads-'));
const file = join(dir, 'docs.jsonl');
const lines = readFileSync(EXAMPLES, 'utf8').split('\n').filter(Boolean).slice(0, 60);
// Line 31: a document the coder refuses (a money amount beyond a 64-bit integer).
lines.splice(30, 0, JSON.stringify({ id: 'huge', date: '2024-01-02', text: 'Kazakhstan and China signed an investment agreement worth $90000000000000000000000 billion on Tuesday.' }));
writeFileSync(file, `${lines.join('\n')}\n`);

async function run(coder: Coder | BatchCoder) {
  const store = await openStore({ path: ':memory:' });
  const problems: InputError[] = [];
  try {
    const p = await ingest([file], { store, coder, batchSize: 7, onProblem: (e) => problems.push(e) });
    const events: string[] = [];
    for await (const batch of store.iterateEvents({})) events.push(...batch.map((e) => `${e.doc}/${e.id}`));
    return { added: p.added, events: p.events, problems: problems.map((e) => e.describe()), stored: events.sort() };
  } finally {
    await store.close();
  }
}

let inline: Awaited<ReturnType<typeof run>>;
before(async () => {
  inline = await run(createCoder());
});

for (const threads of [1, 2, 3]) {
  it(`${threads} coding thread(s) store what coding in this thread stores`, async () => {
    const pool = new CoderPool({ workers: threads, budgetMs: Infinity });
    try {
      const got = await run(pool);
      assert.deepEqual(got, inline);
      assert.equal(got.added, 60);
      assert.deepEqual(got.problems, [`${file}:31: field "value": sentence 0: money amount 9e+31 is out of range (beyond a 64-bit integer)`]);
    } finally {
      await pool.close();
    }
  });
}
