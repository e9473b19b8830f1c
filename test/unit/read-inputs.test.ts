import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { readDocuments } from '../../src/read/index.ts';
import { collect, tree } from './read-helpers.ts';

test('folders: recursive, sorted by name, dotfiles/node_modules/unknown types skipped', async () => {
  const dir = await tree({
    'b.txt': 'B.',
    'a/z.md': 'AZ.',
    'a/c/deep.txt': 'Deep.',
    'a.txt': 'A.',
    'Upper.txt': 'Upper sorts first in code-unit order.',
    '.hidden.txt': 'no',
    '.git/x.txt': 'no',
    'node_modules/pkg/readme.md': 'no',
    'image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
    'notes.csv': 'a,b',
    'docs.jsonl': '{"id":"j1","text":"J."}\n',
  });
  const { order, problems } = await collect([dir]);
  assert.deepEqual(problems, []);
  // "a" (folder) < "a.txt" < "b.txt" < "docs.jsonl"; "Upper" first (uppercase before lowercase).
  assert.deepEqual(order, ['Upper', 'deep', 'z', 'a', 'b', 'j1']);
});

test('several inputs in the order given; a file named twice is read twice', async () => {
  const dir = await tree({ 'x.txt': 'X.', 'y.txt': 'Y.' });
  const { order } = await collect([join(dir, 'y.txt'), join(dir, 'x.txt'), join(dir, 'y.txt')]);
  assert.deepEqual(order, ['y', 'x', 'y']);
});

const BAD_FILES: { name: string; file: string; content?: string | Uint8Array; message: RegExp; line?: number }[] = [
  { name: 'missing path', file: 'nope.jsonl', message: /no such file or directory/ },
  { name: 'binary .txt', file: 'bin.txt', content: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(20), Buffer.from('text')]), message: /binary file/ },
  { name: 'binary .jsonl', file: 'bin.jsonl', content: Buffer.from('{"id":"a","text":"x"}\n\0\0\0'), message: /binary file/ },
  { name: 'invalid UTF-8 in .txt', file: 'latin.txt', content: Buffer.concat([Buffer.from('ok line\nsecond line\ncaf'), Buffer.from([0xe9]), Buffer.from('\n')]), message: /not valid UTF-8/, line: 3 },
  { name: 'invalid UTF-8 in .md', file: 'latin.md', content: Buffer.from([0x41, 0xff, 0x0a]), message: /not valid UTF-8/, line: 1 },
];
for (const c of BAD_FILES) {
  test(`bad file: ${c.name} → problem, the files around it still read`, async () => {
    const files: Record<string, string | Uint8Array> = { 'before.txt': 'Before.', 'zafter.txt': 'After.' };
    if (c.content !== undefined) files[c.file] = c.content;
    const dir = await tree(files);
    const target = join(dir, c.file);
    const { docs, problems } = await collect([join(dir, 'before.txt'), target, join(dir, 'zafter.txt')]);
    assert.deepEqual(docs.map((d) => d.id), ['before', 'zafter']);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.where.file, target);
    assert.equal(problems[0]!.where.line, c.line);
    assert.match(problems[0]!.message, c.message);
  });
}

test('a binary file with an unknown extension inside a folder is skipped silently', async () => {
  const dir = await tree({ 'blob.bin': Buffer.from([0, 1, 2, 3]), 'ok.txt': 'Ok.' });
  const { order } = await collect([dir]);
  assert.deepEqual(order, ['ok']);
});

const SNIFFED: { name: string; content: string; id: string; text: string }[] = [
  { name: 'JSON line', content: '\n  {"id":"s1","text":"From JSON."}\n', id: 's1', text: 'From JSON.' },
  { name: 'HTML', content: '<!DOCTYPE html><html><body><p>From HTML.</p></body></html>', id: 'input', text: 'From HTML.' },
  { name: 'feed', content: '<rss><channel><item><guid>f1</guid><description>From feed.</description></item></channel></rss>', id: 'f1', text: 'From feed.' },
  { name: 'plain text', content: 'Date: 2024-01-01\nFrom text.', id: 'input', text: 'From text.' },
];
for (const c of SNIFFED) {
  test(`explicitly named file of unknown type is sniffed: ${c.name}`, async () => {
    const dir = await tree({ 'input.dat': c.content });
    const { docs, problems } = await collect([join(dir, 'input.dat')]);
    assert.deepEqual(problems, []);
    assert.deepEqual(docs.map((d) => [d.id, d.text]), [[c.id, c.text]]);
  });
}

const STDIN: { name: string; chunks: (string | Buffer)[]; ids: string[]; texts?: string[]; problemLines?: number[] }[] = [
  { name: 'JSON Lines', chunks: ['{"id":"a","text":"A."}\n{"id":', '"b","text":"B."}\nnot json\n'], ids: ['a', 'b'], problemLines: [3] },
  { name: 'plain text with a multi-byte character split across chunks', chunks: [Buffer.from([0xd0]), Buffer.from([0x90, 0x2e])], ids: ['stdin'], texts: ['А.'] },
  { name: 'HTML', chunks: ['<html><body><p>Hello from a page.</p></body></html>'], ids: ['stdin'], texts: ['Hello from a page.'] },
  { name: 'large JSONL beyond the sniffed head', chunks: Array.from({ length: 2000 }, (_, i) => `{"id":"d${i}","text":"Doc ${i}."}\n`), ids: Array.from({ length: 2000 }, (_, i) => `d${i}`) },
];
for (const c of STDIN) {
  test(`stdin '-': ${c.name}`, async () => {
    const { docs, problems } = await collect(['-'], { stdin: Readable.from(c.chunks), date: '2024-03-03' });
    assert.deepEqual(docs.map((d) => d.id), c.ids);
    if (c.texts) assert.deepEqual(docs.map((d) => d.text), c.texts);
    assert.deepEqual(problems.map((p) => p.where.line), c.problemLines ?? []);
    for (const d of docs) assert.equal(d.source?.file, '<stdin>');
    for (const p of problems) assert.equal(p.where.file, '<stdin>');
  });
}

test('stdin mixed with files, in the order given', async () => {
  const dir = await tree({ 'f.txt': 'F.' });
  const { order } = await collect([join(dir, 'f.txt'), '-'], { stdin: Readable.from(['Piped text.']) });
  assert.deepEqual(order, ['f', 'stdin']);
});

test('symlink loops end; a dangling link to a document is a problem', async () => {
  const dir = await tree({ 'sub/doc.txt': 'Doc.' });
  await symlink(dir, join(dir, 'sub', 'loop'));
  await symlink(join(dir, 'missing.txt'), join(dir, 'dangling.txt'));
  const { order, problems } = await collect([dir]);
  assert.deepEqual(order, ['problem::', 'doc']);
  assert.match(problems[0]!.message, /no such file/);
});

test('stopping early closes cleanly (no hang, no unhandled error)', async () => {
  const dir = await tree({ 'a.jsonl': Array.from({ length: 1000 }, (_, i) => `{"id":"${i}","text":"t"}`).join('\n'), 'b.txt': 'B.' });
  const seen: string[] = [];
  for await (const item of readDocuments([dir])) {
    if (item.kind === 'doc') seen.push(item.doc.id);
    if (seen.length === 3) break;
  }
  assert.deepEqual(seen, ['0', '1', '2']);
});
