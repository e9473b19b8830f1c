/**
 * The command line as a Unix tool and beside a running `serve`, with the real bin in child processes over a
 * real DuckDB file: unknown codes are errors, `--out -` is stdout, `--format` is taken alike, a busy port is
 * one line; while `serve` holds the database, the read commands and `ingest` go through its API and print
 * what they print on the file itself.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fixtureStore } from './server-helpers.ts';

const bin = resolve(import.meta.dirname, '../../bin/multivector');
const dir = mkdtempSync(join(tmpdir(), 'mv-cli-unix-'));
const db = join(dir, 'cli.duckdb');
const { MULTIVECTOR_TOKEN: _t, MULTIVECTOR_DB: _d, ...env } = process.env;
const run = (args: string[], input?: string) => spawnSync(bin, [...args, '--db', db], { encoding: 'utf8', input, timeout: 120_000, env });

/** The read commands compared with and without a running server: stdout and exit code must be the same. */
const READS: string[][] = [
  ['stats'], ['stats', '--format', 'json'],
  ['events'], ['events', '--format', 'jsonl'], ['events', '--format', 'csv', '--country', 'KAZ'], ['events', '--limit', '2', '--offset', '1'],
  ['balance', 'KAZ'], ['balance', 'KAZ', '--format', 'json', '--by', 'quarter'], ['partners', 'KAZ'], ['partners', 'KAZ', '--visits', '--format', 'csv'],
  ['dyad', 'KAZ', 'CHN', '--format', 'json'], ['deals', 'KAZ'], ['brokerage', 'KAZ'], ['compare', 'KAZ', 'RUS', '--format', 'json'],
  ['export', '--format', 'jsonl', '--out', '-'], ['export', '--format', 'csv', '--out', '-', '--type', 'CONSULT'],
  ['balance', 'KAX'], ['events', '--country', 'KAX'],
  ['happenings'], ['happenings', '--format', 'json', '--country', 'KAZ'], ['balance', 'KAZ', '--unit', 'reports', '--format', 'json'],
];

function pidIsDead(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

describe('the command line as a Unix tool', () => {
  before(async () => {
    const store = await fixtureStore(dir);
    await store.close();
    rmSync(join(dir, 'api.duckdb.token'), { force: true });
    const r = spawnSync('cp', [join(dir, 'api.duckdb'), db]);
    assert.equal(r.status, 0);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const unknownCodes: Array<[string, string[]]> = [
    ['a measure', ['balance', 'KAX']], ['a dyad partner', ['dyad', 'KAZ', 'CHX']], ['compare', ['compare', 'KAZ', 'QQQ']],
    ['an event filter', ['events', '--country', 'KAX']], ['an export filter', ['export', '--format', 'csv', '--out', '-', '--partner', 'ZZZ']],
  ];
  for (const [what, args] of unknownCodes) {
    it(`an unknown code in ${what} is an error naming it (exit 2), not an empty answer`, () => {
      const r = run(args);
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, /"(KAX|CHX|QQQ|ZZZ)" is not a known country or organisation code/);
      assert.equal(r.stdout, '');
    });
  }

  it('a known code without events is an empty answer, exit 0', () => {
    const r = run(['partners', 'ZWE', '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).partners.length, 0);
  });

  it('export --out - writes the events to stdout and the count to stderr', () => {
    const r = run(['export', '--format', 'jsonl', '--out', '-']);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 5);
    assert.match(r.stderr, /exported 5 events to stdout/);
    assert.equal(existsSync('-'), false, 'no file named "-"');
  });

  it('every command takes --format the same way (stats too; --json stays as an alias)', () => {
    const json = run(['stats', '--format', 'json']);
    assert.equal(json.status, 0, json.stderr);
    assert.equal(JSON.parse(json.stdout).events, 5);
    assert.equal(run(['stats', '--json']).stdout, json.stdout);
    for (const args of [['stats'], ['events'], ['balance', 'KAZ'], ['brief', 'KAZ', '--out', '-'], ['export', '--out', '-']]) {
      const r = run([...args, '--format', 'xml']);
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, /--format "xml" is not a format of this command \(/, args.join(' '));
    }
  });

  it('serve on a busy port says so in one line, exit 2, no stack', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((ok) => blocker.listen(0, '127.0.0.1', ok));
    const port = (blocker.address() as { port: number }).port;
    try {
      const r = spawnSync(bin, ['serve', '--db', join(dir, 'other.duckdb'), '--port', String(port), '--no-examples'], { encoding: 'utf8', timeout: 120_000, env });
      assert.equal(r.status, 2, r.stderr);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, new RegExp(`port ${port} on 127.0.0.1 is already in use`));
      assert.doesNotMatch(r.stderr, /\n\s+at /);
      assert.equal(existsSync(join(dir, 'other.duckdb.serve.json')), false);
    } finally {
      blocker.close();
    }
  });

  it('serve --ingest-budget: a bad value is one line and exit 2; a budget given is what an ingest gets', async () => {
    const budgetDb = join(dir, 'budget.duckdb');
    for (const bad of ['0', 'abc', '100000']) {
      const r = spawnSync(bin, ['serve', '--db', budgetDb, '--port', '0', '--no-examples', '--ingest-budget', bad], { encoding: 'utf8', timeout: 120_000, env });
      assert.equal(r.status, 2, r.stderr);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, new RegExp(`--ingest-budget "${bad}" is not a number of seconds above 0`));
      assert.equal(existsSync(budgetDb), false, 'checked before the database is opened');
    }
    // 1 ms, which no ingest of 100 KB codes within: the answer names the budget given.
    const token = 'budget-token-0123456789abcdef';
    const serve = spawn(bin, ['serve', '--db', budgetDb, '--port', '0', '--no-examples', '--ingest-budget', '0.001'],
      { env: { ...env, MULTIVECTOR_TOKEN: token }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    serve.stdout!.on('data', (d: Buffer) => { out += d.toString(); });
    serve.stderr!.on('data', (d: Buffer) => { out += d.toString(); });
    try {
      const deadline = Date.now() + 120_000;
      let url: string | undefined;
      while (!(url = /observatory on (http:\/\/\S+?)\/? /.exec(out)?.[1])) {
        if (serve.exitCode !== null || Date.now() > deadline) throw new Error(`serve did not start:\n${out}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      const examples = readFileSync(resolve(import.meta.dirname, '../../examples/docs.jsonl'), 'utf8');
      let text = '';
      for (const line of examples.split('\n').filter((l) => l.trim())) text += `${(JSON.parse(line) as { text: string }).text}\n\n`;
      while (text.length < 100_000) text += text;
      const r = await fetch(`${url}/api/ingest`, {
        method: 'POST', body: JSON.stringify({ id: 'over', date: '2024-05-01', text }),
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      });
      assert.equal(r.status, 413);
      assert.match(((await r.json()) as { detail: string }).detail, /longer than the 1 ms one request may take, so nothing was stored/);
    } finally {
      serve.kill('SIGTERM');
      if (serve.exitCode === null) await new Promise((r) => serve.once('exit', r));
    }
  });

  describe('beside a running serve', () => {
    const local = new Map<string, { status: number | null; stdout: string }>();
    let serve: ChildProcess;
    let out = '';
    let briefBefore = '';
    const record = `${db}.serve.json`;

    before(async () => {
      for (const args of READS) {
        const r = run(args);
        local.set(args.join(' '), { status: r.status, stdout: r.stdout });
      }
      briefBefore = run(['brief', 'KAZ', '--partner', 'CHN', '--from', '2023-06', '--to', '2024-03', '--format', 'md', '--out', '-']).stdout;
      serve = spawn(bin, ['serve', '--db', db, '--port', '0', '--no-examples'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      serve.stdout!.on('data', (d: Buffer) => { out += d.toString(); });
      serve.stderr!.on('data', (d: Buffer) => { out += d.toString(); });
      const deadline = Date.now() + 120_000;
      while (!existsSync(record)) {
        if (serve.exitCode !== null || Date.now() > deadline) throw new Error(`serve did not start:\n${out}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    }, { timeout: 600_000 });

    after(async () => {
      if (serve.exitCode === null) {
        serve.kill('SIGKILL');
        await new Promise((r) => serve.once('exit', r));
      }
    });

    it('serve records its URL and pid beside the database, readable by its owner only', () => {
      const rec = JSON.parse(readFileSync(record, 'utf8'));
      assert.equal(rec.pid, serve.pid);
      assert.match(rec.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
      assert.ok(out.includes(rec.url), out);
      assert.equal(statSync(record).mode & 0o777, 0o600);
    });

    for (const args of READS) {
      it(`${args.join(' ')}: the same output through the server as on the file`, () => {
        const r = run(args);
        const want = local.get(args.join(' '))!;
        assert.equal(r.status, want.status, r.stderr);
        assert.equal(r.stdout, want.stdout);
      });
    }

    it('brief renders the server\'s data here: the same Markdown as from the file', () => {
      const mask = (s: string) => s.replace(/\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z?/g, 'TIME');
      const r = run(['brief', 'KAZ', '--partner', 'CHN', '--from', '2023-06', '--to', '2024-03', '--format', 'md', '--out', '-']);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(mask(r.stdout), mask(briefBefore));
      const unknown = run(['brief', 'KAX', '--out', '-']);
      assert.equal(unknown.status, 2);
      assert.match(unknown.stderr, /"KAX" is not a known country/);
    });

    it('ingest goes through the server with the token file, and the next read sees it', () => {
      const text = 'Date: 2024-04-02\n\nPresident Kassym-Jomart Tokayev met Turkish President Recep Tayyip Erdogan in Ankara.\n';
      const file = join(dir, 'visit.txt');
      writeFileSync(file, text);
      const r = run(['ingest', file]);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /^ingested 1 documents in .*: 1 added, 0 re-coded, 0 unchanged; [1-9]\d* events stored; 0 bad documents skipped\n$/);
      const again = run(['ingest', file]);
      assert.match(again.stdout, /0 added, 0 re-coded, 1 unchanged; 0 events stored/);
      const ev = run(['events', '--country', 'TUR', '--format', 'jsonl']);
      assert.equal(ev.status, 0, ev.stderr);
      assert.ok(ev.stdout.trim().split('\n').some((l) => JSON.parse(l).doc === 'visit'));
    });

    it('import goes through the server: the same counts and problems, idempotent, the file named as given', () => {
      const file = join(dir, 'plover.jsonl');
      writeFileSync(file, [
        JSON.stringify({ id: 'p1', date: '2024-03-05', actor: [{ code: 'KAZ' }], recipient: [{ code: 'CHN' }], event: ['CONSULT'], mode: ['visit'] }),
        '{not json',
        JSON.stringify({ id: 'p2', date: '2024-04-01', event: 'AGREE', actor: ['KAZ'], recipient: ['UZB'] }),
      ].join('\n') + '\n');
      const r = run(['import', 'plover', file]);
      assert.equal(r.status, 2, r.stderr); // one malformed row
      assert.match(r.stdout, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: 3 rows, 2 added, 0 already stored, 0 without a PLOVER type \\(CAMEO 01/02\\), 1 malformed`));
      assert.match(r.stderr, new RegExp(`^  ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: `, 'm'));
      assert.doesNotMatch(r.stderr, /multivector-\d+-import-/, 'no temporary path in the messages');
      assert.match(run(['import', 'plover', file]).stdout, /: 3 rows, 0 added, 2 already stored/);
      const missing = run(['import', 'plover', join(dir, 'none.jsonl')]);
      assert.equal(missing.status, 3);
      assert.match(missing.stderr, /none\.jsonl: no such file/);
    });

    it('a clean stop removes the record; a stale one with a dead pid is ignored', async () => {
      serve.kill('SIGTERM');
      await new Promise((r) => serve.once('exit', r));
      assert.equal(existsSync(record), false);
      writeFileSync(record, JSON.stringify({ url: 'http://127.0.0.1:9/', pid: pidIsDead() }), { mode: 0o600 });
      const r = run(['stats', '--format', 'json']);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(JSON.parse(r.stdout).events, 6 + 2, 'the ingested and imported events, read from the file');
    });
  });
});
