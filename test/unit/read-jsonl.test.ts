import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { InputError } from '../../src/errors.ts';
import { collect, tempDir, tree } from './read-helpers.ts';

test('jsonl: fields, ISO timestamp date, metadata, CRLF, BOM, blank lines', async () => {
  const lines = [
    '\uFEFF{"id":"kz-1","date":"2024-04-12","title":"T","url":"http://u","lang":"en","text":"Tokayev met Lavrov.\\r\\nThen left.","outlet":"Akorda","tags":["a"]}',
    '',
    '   ',
    '{"id":"kz-2","text":"Second.","date":"2024-04-13T23:30:00+05:00"}',
    '{"id":"kz-3","text":"Third.","date":null,"title":null}',
  ];
  const dir = await tree({ 'a.jsonl': lines.join('\r\n') + '\r\n' });
  const file = join(dir, 'a.jsonl');
  const { docs, problems } = await collect([file]);
  assert.deepEqual(problems, []);
  assert.deepEqual(docs, [
    {
      id: 'kz-1', text: 'Tokayev met Lavrov.\nThen left.', date: '2024-04-12', title: 'T', url: 'http://u', lang: 'en',
      source: { file, line: 1 }, meta: { outlet: 'Akorda', tags: ['a'] },
    },
    // The date as written (local day), not shifted to UTC.
    { id: 'kz-2', text: 'Second.', date: '2024-04-13', title: null, url: null, lang: null, source: { file, line: 4 }, meta: {} },
    { id: 'kz-3', text: 'Third.', date: null, title: null, url: null, lang: null, source: { file, line: 5 }, meta: {} },
  ]);
});

const BAD: { name: string; line: string; field?: string; message: RegExp }[] = [
  { name: 'broken JSON', line: '{"id":"x","text":', message: /not valid JSON \(/ },
  { name: 'not an object', line: '["id","text"]', message: /must be a JSON object/ },
  { name: 'missing text', line: '{"id":"x"}', field: 'text', message: /missing document text/ },
  { name: 'empty text', line: '{"id":"x","text":"  "}', field: 'text', message: /text is empty/ },
  { name: 'text not a string', line: '{"id":"x","text":42}', field: 'text', message: /must be a string, not a number/ },
  { name: 'missing id', line: '{"text":"Hi."}', field: 'id', message: /missing document id/ },
  { name: 'id not a string', line: '{"id":7,"text":"Hi."}', field: 'id', message: /must be a string/ },
  { name: 'empty id', line: '{"id":"","text":"Hi."}', field: 'id', message: /id is empty/ },
  { name: 'bad date format', line: '{"id":"x","text":"Hi.","date":"12/04/2024"}', field: 'date', message: /not a valid YYYY-MM-DD/ },
  { name: 'impossible date', line: '{"id":"x","text":"Hi.","date":"2023-02-29"}', field: 'date', message: /not a valid/ },
  { name: 'month-only date', line: '{"id":"x","text":"Hi.","date":"2024-04"}', field: 'date', message: /not a valid/ },
  { name: 'date not a string', line: '{"id":"x","text":"Hi.","date":20240412}', field: 'date', message: /must be a string/ },
  { name: 'title not a string', line: '{"id":"x","text":"Hi.","title":["a"]}', field: 'title', message: /not an array/ },
  { name: 'url not a string', line: '{"id":"x","text":"Hi.","url":{}}', field: 'url', message: /not a object/ },
  { name: 'lang not a string', line: '{"id":"x","text":"Hi.","lang":1}', field: 'lang', message: /not a number/ },
  { name: 'duplicate id', line: '{"id":"good-1","text":"Again."}', field: 'id', message: /duplicate id "good-1" \(first seen on line 1\)/ },
];

for (const c of BAD) {
  test(`jsonl: ${c.name} → problem on its line, neighbours still read`, async () => {
    const dir = await tree({ 'd.jsonl': ['{"id":"good-1","text":"One."}', c.line, '{"id":"good-2","text":"Two."}'].join('\n') });
    const file = join(dir, 'd.jsonl');
    const { docs, problems, order } = await collect([file]);
    assert.deepEqual(docs.map((d) => d.id), ['good-1', 'good-2']);
    assert.equal(problems.length, 1);
    const p = problems[0]!;
    assert.ok(p instanceof InputError);
    assert.deepEqual(p.where, { file, line: 2, ...(c.field ? { field: c.field } : {}) });
    assert.match(p.message, c.message);
    assert.deepEqual(order, ['good-1', `problem:2:${c.field ?? ''}`, 'good-2']);
    assert.match(p.describe(), new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: `));
  });
}

test('jsonl: invalid UTF-8 names its line and the other lines still come out', async () => {
  const bad = Buffer.concat([
    Buffer.from('{"id":"a","text":"Almaty."}\n{"id":"b","text":"'),
    Buffer.from([0xc3, 0x28]), // invalid two-byte sequence
    Buffer.from('"}\n{"id":"c","text":"Astana — Қазақстан."}\n'),
  ]);
  const dir = await tree({ 'u.jsonl': bad });
  const { docs, problems } = await collect([join(dir, 'u.jsonl')]);
  assert.deepEqual(docs.map((d) => [d.id, d.text]), [['a', 'Almaty.'], ['c', 'Astana — Қазақстан.']]);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.where.line, 2);
  assert.match(problems[0]!.message, /UTF-8/);
});

test('.ndjson and .json lines are JSON Lines; last line without newline is read', async () => {
  const dir = await tree({
    'a.ndjson': '{"id":"n1","text":"A."}\n{"id":"n2","text":"B."}',
    'b.json': '{"id":"j1","text":"C."}\n{"id":"j2","text":"D."}\n',
  });
  const { docs, problems } = await collect([dir]);
  assert.deepEqual(problems, []);
  assert.deepEqual(docs.map((d) => d.id), ['n1', 'n2', 'j1', 'j2']);
});

test('.json array of documents; a bad item is a problem naming the item', async () => {
  const dir = await tree({
    'arr.json': JSON.stringify([{ id: 'a1', text: 'One.', date: '2024-01-02' }, { id: 'a2' }, { id: 'a1', text: 'Dup.' }, { id: 'a3', text: 'Three.' }], null, 2),
    'broken.json': '[\n  {"id": "x", "text": "y"},\n  {"id": \n]\n',
  });
  const { docs, problems } = await collect([join(dir, 'arr.json'), join(dir, 'broken.json')]);
  assert.deepEqual(docs.map((d) => [d.id, d.date]), [['a1', '2024-01-02'], ['a3', null]]);
  assert.equal(problems.length, 3);
  assert.deepEqual(problems.slice(0, 2).map((p) => [p.where.field, p.message.slice(0, 7)]), [['text', 'item 2:'], ['id', 'item 3:']]);
  assert.equal(problems[2]!.where.file, join(dir, 'broken.json'));
  assert.match(problems[2]!.message, /not valid JSON/);
  assert.equal(problems[2]!.where.line, 4);
});

test('a 50,000-line JSONL file streams through completely', async () => {
  const dir = await tempDir();
  const file = join(dir, 'big.jsonl');
  const out = createWriteStream(file);
  const N = 50_000;
  for (let i = 0; i < N; i++) {
    const line = JSON.stringify({ id: `d${i}`, date: '2024-04-12', text: `Document ${i}: Kazakhstan and Uzbekistan signed a memorandum in Tashkent. ${'x'.repeat(i % 300)}` });
    if (!out.write(line + '\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  let count = 0;
  let last = '';
  let lastLine = 0;
  const { readDocuments } = await import('../../src/read/index.ts');
  for await (const item of readDocuments([file])) {
    assert.equal(item.kind, 'doc');
    if (item.kind === 'doc') {
      count++;
      last = item.doc.id;
      lastLine = item.doc.source?.line ?? 0;
    }
  }
  assert.equal(count, N);
  assert.equal(last, `d${N - 1}`);
  assert.equal(lastLine, N);
});

test('.json holding one pretty-printed document; a .json whose first line is broken stays line-based', async () => {
  const dir = await tree({
    'one.json': JSON.stringify({ id: 'solo', text: 'Alone.', date: '2024-09-09' }, null, 2),
    'two.json': '{"id":"x","text":\n{"id":"y","text":"Y."}\n',
  });
  const { order, docs } = await collect([dir]);
  assert.deepEqual(order, ['solo', 'problem:1:', 'y']);
  assert.equal(docs[0]?.date, '2024-09-09');
});
