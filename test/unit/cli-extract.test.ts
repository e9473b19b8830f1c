/** The extract command as a user runs it: the real bin, real files, stdout/stderr and exit codes. */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { EventSchema } from '../../src/model/event.ts';

const bin = resolve(import.meta.dirname, '../../bin/multivector');
const run = (args: string[], input?: string) => spawnSync(bin, args, { encoding: 'utf8', input, timeout: 60_000 });
const dir = mkdtempSync(join(tmpdir(), 'mv-extract-'));

describe('multivector extract', () => {
  it('prints only spec events on stdout, one per line', () => {
    const f = join(dir, 'good.jsonl');
    writeFileSync(f, JSON.stringify({ id: 'd1', date: '2024-05-10', text: 'Kazakhstan and Uzbekistan signed a transit agreement in Tashkent on Thursday.' }) + '\n');
    const r = run(['extract', f]);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 1);
    const e = EventSchema.parse(JSON.parse(lines[0]!));
    assert.equal(e.event_type, 'SUPPORT');
    assert.equal(e.date, '2024-05-09');
    assert.deepEqual(Object.keys(JSON.parse(lines[0]!)), ['doc', 'sentence', 'text', 'event_type', 'mode', 'context', 'actor', 'recipient', 'date', 'location', 'value', 'cameo']);
  });

  it('codes with the learnt fallback by default, and with the rules alone under --rules-only', () => {
    const f = join(dir, 'records.jsonl');
    const texts = ['The African Union suspended Madagascar on Monday.', 'Tokayev visited Rome on Tuesday.',
      'Ghana and Togo reopened their border on Friday.', 'Chile zorbled Peru on Monday.'];
    writeFileSync(f, texts.map((text, i) => JSON.stringify({ id: `r${i}`, date: '2024-03-04', text })).join('\n') + '\n');
    const all = run(['extract', f]);
    const rules = run(['extract', f, '--rules-only']);
    assert.equal(all.status, 0, all.stderr);
    assert.equal(rules.status, 0, rules.stderr);
    const lines = (out: string): string[] => out.trim().split('\n').filter(Boolean);
    // (every event of the rules is kept; the model adds only to documents the rules found nothing in)
    for (const l of lines(rules.stdout)) assert.ok(lines(all.stdout).includes(l), l);
    const added = lines(all.stdout).filter((l) => !lines(rules.stdout).includes(l)).map((l) => EventSchema.parse(JSON.parse(l)));
    assert.ok(added.length > 0, 'the model codes a record the rules leave empty');
    const ruled = new Set(lines(rules.stdout).map((l) => (JSON.parse(l) as { doc: string }).doc));
    for (const e of added) assert.ok(!ruled.has(e.doc), e.doc);
  });

  it('reports bad records with file, line and field, and still codes the good ones', () => {
    const f = join(dir, 'mixed.jsonl');
    writeFileSync(f, [
      '{"id": "a", "date": "2024-01-17", "text": "Tokayev visited Rome on Tuesday."}',
      '{"id": "b", "text": ',
      '{"id": "c"}',
    ].join('\n') + '\n');
    const r = run(['extract', f]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /mixed\.jsonl:2: not valid JSON/);
    assert.match(r.stderr, /mixed\.jsonl:3: field "text"/);
    assert.equal(r.stdout.trim().split('\n').length, 1);
  });

  it('fails with exit 2 when nothing could be read', () => {
    const f = join(dir, 'binary.txt');
    writeFileSync(f, Buffer.from([0, 1, 2, 3, 0, 255]));
    const r = run(['extract', f]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /binary\.txt.*binary/);
    assert.equal(r.stdout, '');
  });

  it('reads stdin and applies --date to plain text', () => {
    const r = run(['extract', '-', '--date', '2024-06-20'], 'Kazakhstan hosted talks between Armenia and Azerbaijan in Almaty on Friday.');
    assert.equal(r.status, 0, r.stderr);
    const e = JSON.parse(r.stdout.trim().split('\n')[0]!);
    assert.equal(e.event_type, 'CONSULT');
    assert.equal(e.mode, 'third-party');
    assert.equal(e.date, '2024-06-14');
  });

  it('rejects a malformed --date and an unknown format', () => {
    assert.equal(run(['extract', '-', '--date', '20-06-2024'], 'x').status, 2);
    const r = run(['extract', '-', '--format', 'xml'], 'x');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--format/);
  });

  it('prints a table with a summary', () => {
    const r = run(['extract', '-', '--format', 'table', '--date', '2024-06-20'], 'Russia condemned the sanctions imposed by the European Union on Monday.');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /ACCUSE/);
    assert.match(r.stdout, /^1 document, (1 event|\d+ events)$/m);
  });

  it('ends quietly when the reader closes the pipe early (extract … | head -1)', async () => {
    const f = join(dir, 'many.jsonl');
    const doc = (i: number): string => JSON.stringify({ id: `p${i}`, date: '2024-05-10', text: 'Kazakhstan and Uzbekistan signed a transit agreement in Tashkent on Thursday.' });
    writeFileSync(f, Array.from({ length: 3000 }, (_, i) => doc(i)).join('\n') + '\n');
    const child = spawn(bin, ['extract', f], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => { stderr += b.toString(); });
    // read the first line, then close our end, as head does
    await new Promise<void>((done) => child.stdout.once('data', () => { child.stdout.destroy(); done(); }));
    const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
    assert.equal(code, 0, stderr);
    assert.doesNotMatch(stderr, /EPIPE|at .*\.ts:\d+/);
  });
});
