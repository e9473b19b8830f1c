/** The ingest pipeline in process: real readers, the real coder, a real DuckDB file. */
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { createCoder } from '../../src/coder/index.ts';
import type { Coder } from '../../src/coder/coder.ts';
import type { InputError } from '../../src/errors.ts';
import { ingest } from '../../src/ingest/index.ts';
import { openStore, type Store } from '../../src/store/store.ts';
import { corpus } from '../fixtures/store/make-corpus.ts';

let dir: string;
const coder = createCoder();
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'mv-ingest-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function withStore(fn: (s: Store) => Promise<void>): Promise<void> {
  const s = await openStore({ path: join(dir, `${Math.random().toString(36).slice(2)}.duckdb`) });
  try {
    await fn(s);
  } finally {
    await s.close();
  }
}

describe('ingest', () => {
  it('stores every document with its coded events; a re-run adds nothing', () => withStore(async (store) => {
    const file = join(dir, 'c20.jsonl');
    writeFileSync(file, corpus(20));
    const first = await ingest([file], { store, coder, batchSize: 3 });
    assert.equal(first.documents, 20);
    assert.equal(first.added, 20);
    assert.equal(first.problems, 0);
    assert.ok(first.events >= 20, `events: ${first.events}`);
    assert.equal(await store.countEvents({ origins: ['coded'] }), first.events);
    const ids = (await store.queryEvents({}, { limit: 10_000 })).map((e) => e.id).sort();

    const second = await ingest([file], { store, coder, batchSize: 7 });
    assert.deepEqual([second.added, second.replaced, second.unchanged, second.events], [0, 0, 20, 0]);
    assert.deepEqual((await store.queryEvents({}, { limit: 10_000 })).map((e) => e.id).sort(), ids);
    assert.deepEqual(await store.checkIntegrity(), []);
    const e = (await store.queryEvents({ doc: 'doc-00000' }))[0];
    assert.ok(e?.span && e.span.end > e.span.start, 'evidence offsets kept');
  }));

  it('re-codes a changed document and replaces its old events', () => withStore(async (store) => {
    const file = join(dir, 'one.jsonl');
    writeFileSync(file, JSON.stringify({ id: 'k1', date: '2024-03-01', text: 'Kazakh President Tokayev met Chinese President Xi Jinping in Beijing on 2 March 2024.' }) + '\n');
    await ingest([file], { store, coder });
    const before = await store.queryEvents({ doc: 'k1' });
    assert.ok(before.some((e) => e.event_type === 'CONSULT'));
    writeFileSync(file, JSON.stringify({ id: 'k1', date: '2024-03-01', text: 'Russian Foreign Minister Lavrov criticised Japan on 2 March 2024.' }) + '\n');
    const r = await ingest([file], { store, coder });
    assert.equal(r.replaced, 1);
    const now = await store.queryEvents({ doc: 'k1' });
    assert.equal(now.some((e) => e.event_type === 'CONSULT'), false, 'old events gone');
    assert.equal(now.length, r.events);
    assert.deepEqual(await store.checkIntegrity(), []);
  }));

  it('reports bad documents (file, line, reason), skips them and stores the rest', () => withStore(async (store) => {
    const folder = join(dir, 'mixed');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    writeFileSync(join(folder, 'a.jsonl'), [
      JSON.stringify({ id: 'a1', text: 'Chinese President Xi Jinping visited Astana on 3 July 2024.' }),
      '{broken',
      JSON.stringify({ id: 'a3' }),
      JSON.stringify({ id: 'a4', text: 'Uzbek President Mirziyoyev met Turkish President Erdogan in Ankara on 5 May 2024.' }),
    ].join('\n') + '\n');
    writeFileSync(join(folder, 'sub', 'note.txt'), 'Date: 2024-06-01\n\nGerman Chancellor Scholz visited Kazakhstan on 1 June 2024.\n');
    const problems: InputError[] = [];
    const r = await ingest([folder], { store, coder, onProblem: (e) => problems.push(e) });
    assert.equal(r.added, 3);
    assert.equal(r.problems, 2);
    assert.deepEqual(problems.map((p) => [p.where.file?.endsWith('a.jsonl'), p.where.line]), [[true, 2], [true, 3]]);
    assert.deepEqual((await store.documentHashes(['a1', 'a3', 'a4', 'note'])).size, 3);
  }));

  it('reads stdin', () => withStore(async (store) => {
    const stdin = Readable.from([JSON.stringify({ id: 's1', text: 'Chinese President Xi Jinping visited Astana on 3 July 2024.' }) + '\n']);
    const r = await ingest(['-'], { store, coder, stdin });
    assert.equal(r.added, 1);
  }));

  it('a coder failure on one document skips it and keeps going', () => withStore(async (store) => {
    const file = join(dir, 'two.jsonl');
    writeFileSync(file, [JSON.stringify({ id: 'ok', text: 'fine' }), JSON.stringify({ id: 'boom', text: 'explode' })].join('\n') + '\n');
    const flaky: Coder = {
      name: 'flaky',
      code: (doc) => {
        if (doc.text === 'explode') throw new Error('lexicon exploded');
        return [{ doc: doc.id, sentence: 0, text: doc.text, event_type: 'CONSULT', mode: null, context: [], actor: ['KAZ'], recipient: [], date: null, location: null, value: null, cameo: null, span: { start: 0, end: 4 } }];
      },
    };
    const problems: InputError[] = [];
    const r = await ingest([file], { store, coder: flaky, onProblem: (e) => problems.push(e) });
    assert.deepEqual([r.added, r.problems, r.events], [1, 1, 1]);
    assert.match(problems[0]!.message, /lexicon exploded/);
    assert.equal(problems[0]!.where.line, 2);
  }));
});
