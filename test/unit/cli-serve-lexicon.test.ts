/**
 * `multivector serve --lexicon FILE` as `extract` and `ingest` take it: the real bin in a child process codes
 * ingest requests with the extra lexicon, and a lexicon file it cannot read stops the start with one line naming it.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';

const bin = resolve(import.meta.dirname, '../../bin/multivector');
const dir = mkdtempSync(join(tmpdir(), 'mv-serve-lex-'));
const TOKEN = 'serve-lexicon-token-0123456789abcdef';
const { MULTIVECTOR_DB: _d, ...base } = process.env;
const env = { ...base, MULTIVECTOR_TOKEN: TOKEN };

describe('serve --lexicon', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('codes ingest requests with the extra lexicon files', { timeout: 180_000 }, async () => {
    const lex = join(dir, 'mine.json');
    writeFileSync(lex, JSON.stringify({ groups: [{ names: ['Steppe Energy Partners'], code: 'KAZ' }] }));
    const p = spawn(bin, ['serve', '--db', join(dir, 'lex.duckdb'), '--port', '0', '--no-examples', '--lexicon', lex], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    p.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    p.stderr.setEncoding('utf8').on('data', (c: string) => (out += c));
    try {
      const deadline = Date.now() + 120_000;
      while (!/Ctrl-C/.test(out)) {
        if (p.exitCode !== null || Date.now() > deadline) assert.fail(`serve did not start:\n${out}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      const url = /on (http:\/\/\S+\/) /.exec(out)![1]!;
      const res = await fetch(`${url}api/ingest`, {
        method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ id: 'lex', text: 'Steppe Energy Partners signed a deal with Japan on Monday.' }),
      });
      assert.equal(res.status, 200, await res.clone().text());
      const events = (await res.json() as { documents: { events: { actor: string[] }[] }[] }).documents[0]!.events;
      assert.deepEqual(events[0]?.actor, ['KAZ']);
    } finally {
      if (p.exitCode === null) {
        p.kill('SIGTERM');
        await new Promise((r) => p.once('exit', r));
      }
    }
  });

  it('a lexicon file it cannot read: exit 2, one line naming the file, nothing listening', () => {
    const bad = join(dir, 'broken.json');
    writeFileSync(bad, '{"groups": [');
    const r = spawnSync(bin, ['serve', '--db', join(dir, 'bad.duckdb'), '--port', '0', '--no-examples', '--lexicon', bad], { env, encoding: 'utf8', timeout: 120_000 });
    assert.equal(r.status, 2, r.stdout + r.stderr);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.ok(r.stderr.includes(bad), r.stderr);
    assert.doesNotMatch(r.stdout, /Ctrl-C/);
  });
});
