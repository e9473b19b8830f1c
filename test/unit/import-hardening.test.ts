/**
 * Dataset import under hostile or careless input: zip archives are checked and streamed (size, ratio,
 * names, entry count, CRC), every entry is imported or named as skipped, and a bad row (bytes, line ends,
 * impossible dates, lone surrogates) is one malformed row named by file, line and field.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { InputError } from '../../src/errors.ts';
import { importFile, type Dataset } from '../../src/import/index.ts';
import { openStore, type Store } from '../../src/store/store.ts';
import { makeZip, type ZipEntrySpec } from './zip-helpers.ts';

const FIX = new URL('../fixtures/store/', import.meta.url).pathname;
let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'mv-import-hard-'));
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

const write = (name: string, content: string | Buffer) => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};

/** A GDELT 2.0 row that maps to an AGREE event (from the fixture), with its id and chosen columns replaced. */
const TEMPLATE = readFileSync(join(FIX, 'gdelt2-sample.CSV'), 'utf8').split('\n').find((l) => l.startsWith('410413392\t'))!.split('\t');
const gdeltRow = (id: number, set: Record<number, string> = {}) =>
  TEMPLATE.map((v, i) => (i === 0 ? String(id) : set[i] ?? v)).join('\t');
const gdeltRows = (from: number, n: number) => Array.from({ length: n }, (_, i) => gdeltRow(from + i)).join('\n') + '\n';

/** Rows with varied ids and URLs: a zip of them compresses like a real export. */
const gdeltRowsVaried = (n: number) => Array.from({ length: n }, (_, i) =>
  gdeltRow(1e8 + i, { 60: `https://example.org/${(i * 2654435761 % 2 ** 32).toString(36)}/${i}` })).join('\n') + '\n';

const ICEWS_HEAD = readFileSync(join(FIX, 'icews-sample.tab'), 'utf8').split('\n')[0]!;
const ICEWS_ROW = readFileSync(join(FIX, 'icews-sample.tab'), 'utf8').split('\n').find((l) => l.startsWith('32890188\t'))!.split('\t');
const icewsRow = (id: number, set: Record<number, string> = {}) =>
  ICEWS_ROW.map((v, i) => (i === 0 ? String(id) : set[i] ?? v)).join('\t');

describe('zip archives are checked before and while they are read', () => {
  it('imports every event file of a multi-entry zip and names the entry it skipped', () => withStore(async (s) => {
    const file = write('two.zip', makeZip([
      { name: 'a.export.CSV', data: gdeltRows(1000, 3) },
      { name: 'README.txt', data: 'These are GDELT exports.\n' },
      { name: 'sub/b.export.CSV', data: gdeltRows(2000, 2) },
    ]));
    const r = await importFile(s, 'gdelt', file);
    assert.equal(r.added, 5);
    assert.equal(await s.countEvents({}), 5);
    assert.deepEqual(r.skipped.map((k) => k.file), [`${file}/README.txt`]);
    assert.match(r.skipped[0]!.reason, /not a GDELT event export/);
    const again = await importFile(s, 'gdelt', file);
    assert.deepEqual([again.added, again.duplicates], [0, 5], 're-import never duplicates');
  }));

  const refusedEntries: Array<[string, ZipEntrySpec, RegExp]> = [
    ['a zip bomb whose header lies about its size', { name: 'bomb.CSV', data: gdeltRows(3000, 4000), declaredSize: 4096 }, /corrupt zip entry: .*bytes/i],
    ['an entry compressing more than 100:1', { name: 'ratio.CSV', data: gdeltRow(4000).concat('\n').repeat(8000) }, /compression ratio \d+:1 is over the limit/],
    ['an entry whose CRC-32 is wrong', { name: 'crc.CSV', data: gdeltRows(5000, 3), crc: 0x1234 }, /CRC-32 does not match/],
  ];
  for (const [name, entry, re] of refusedEntries) {
    it(`skips ${name}, stores nothing of it, and still imports the good entry`, () => withStore(async (s) => {
      const file = write(`${entry.name}.zip`, makeZip([entry, { name: 'good.CSV', data: gdeltRows(9000, 2) }]));
      const r = await importFile(s, 'gdelt', file);
      assert.deepEqual(r.skipped.map((k) => k.file), [`${file}/${entry.name}`]);
      assert.match(r.skipped[0]!.reason, re);
      assert.equal(r.added, 2);
      assert.deepEqual((await s.queryEvents({})).map((e) => e.id).sort(), ['gdelt:9000', 'gdelt:9001']);
      await assert.rejects(importFile(s, 'gdelt', file, { strict: true }), InputError, '--strict refuses the archive');
    }));
  }

  it('writes no temporary file during an import of a zip, so a killed one can leave none behind', async () => {
    const tmp = join(dir, 'tmp');
    mkdirSync(tmp);
    const file = write('big.zip', makeZip([{ name: 'big.CSV', data: gdeltRowsVaried(100_000) }]));
    const bin = new URL('../../bin/multivector', import.meta.url).pathname;
    const child = spawn(process.execPath, [bin, 'import', 'gdelt', file, '--db', join(dir, 'killed.duckdb')], {
      env: { ...process.env, TMPDIR: tmp }, stdio: 'ignore',
    });
    let exited = false;
    const exit = new Promise<void>((res) => child.once('exit', () => {
      exited = true;
      res();
    }));
    // tsx keeps its compile cache in the temporary folder; anything else there came from the import.
    const ours = () => readdirSync(tmp).filter((f) => !f.startsWith('tsx-'));
    const seen = new Set<string>();
    const started = Date.now();
    while (!exited && !seen.size && Date.now() - started < 120_000) {
      for (const f of ours()) seen.add(f);
      await new Promise((r) => setTimeout(r, 5));
    }
    child.kill('SIGKILL');
    await exit;
    assert.deepEqual([...seen, ...ours()], []);
  });

  const refusedArchives: Array<[string, ZipEntrySpec[], RegExp]> = [
    ['an entry name climbing out with ..', [{ name: 'ok.CSV', data: gdeltRows(1, 1) }, { name: '../evil.CSV', data: gdeltRows(2, 1) }], /refused.*\.\.\/evil/],
    ['an absolute entry name', [{ name: '/etc/evil.CSV', data: gdeltRows(2, 1) }], /refused.*\/etc\/evil/],
    ['more than 1000 entries', Array.from({ length: 1001 }, (_, i) => ({ name: `e${i}.CSV`, data: '' })), /1001 entries, more than the limit/],
  ];
  for (const [name, entries, re] of refusedArchives) {
    it(`refuses a whole archive with ${name}, before importing anything`, () => withStore(async (s) => {
      const file = write(`refused-${name.length}.zip`, makeZip(entries));
      await assert.rejects(importFile(s, 'gdelt', file), (e: unknown) => e instanceof InputError && re.test(e.message) && e.where.file === file);
      assert.equal(await s.countEvents({}), 0);
    }));
  }
});

describe('a bad row is one malformed row, named by file, line and field', () => {
  const cases: Array<[string, Dataset, string, Buffer, Array<[number, string | undefined, RegExp]>, number]> = [
    ['GDELT: invalid UTF-8, a stray CR, impossible dates, a year before 1000', 'gdelt', 'rows.CSV', Buffer.concat([
      Buffer.from(gdeltRow(1) + '\n'),
      Buffer.from(gdeltRow(2, { 6: 'THE EU' }).replace('THE EU', 'THE \xff EU'), 'latin1'),
      Buffer.from('\n' + gdeltRow(3, { 6: 'THE\rEU' }) + '\n'),
      Buffer.from([gdeltRow(4, { 1: '20240230' }), gdeltRow(5, { 1: '20241301' }), gdeltRow(6, { 1: '09990101' }),
        gdeltRow(7, { 1: '2024011' }), gdeltRow(8)].join('\r\n') + '\r\n\r\n'),
    ]), [
      [2, 'Actor1Name', /not valid UTF-8/], [3, 'Actor1Name', /stray carriage return/], [4, 'SQLDATE', /not a real YYYYMMDD date/],
      [5, 'SQLDATE', /not a real/], [6, 'SQLDATE', /before the year 1000/], [7, 'SQLDATE', /not a real/],
    ], 2],
    ['ICEWS: invalid UTF-8, a stray CR, an impossible date', 'icews', 'rows.tab', Buffer.concat([
      Buffer.from(`${ICEWS_HEAD}\n${icewsRow(1)}\n`),
      Buffer.from(icewsRow(2, { 5: 'Consult \xfe' }) + '\n', 'latin1'),
      Buffer.from(`${icewsRow(3, { 13: 'Daily\rNews' })}\n${icewsRow(4, { 1: '2018-02-30' })}\n${icewsRow(5, { 1: '0218-01-01' })}\n${icewsRow(6)}`),
    ]), [
      [3, 'Event Text', /not valid UTF-8/], [4, 'Publisher', /stray carriage return/], [5, 'Event Date', /not a real YYYY-MM-DD date/],
      [6, 'Event Date', /before the year 1000/],
    ], 2],
    ['PLOVER: impossible dates, a year before 1000, lone surrogates, invalid UTF-8', 'plover', 'rows.jsonl', Buffer.concat([Buffer.from([
      { id: 'ok', date: '2024-02-29', event: 'AID', actor: ['JPN'] }, { id: 'd1', date: '2024-02-30', event: 'AID', actor: ['JPN'] },
      { id: 'd2', date: '2024-13', event: 'AID', actor: ['JPN'] }, { id: 'd3', date: '0999-05-01', event: 'AID', actor: ['JPN'] },
    ].map((r) => JSON.stringify(r)).concat('{"id":"s\\udc00","date":"2024-01-01","event":"AID","actor":["JPN"]}',
      '{"id":"n","date":"2024-01-01","event":"AID","actor":["JPN"],"text":"x\\ud800"}').join('\n')),
    Buffer.from('\n{"id":"u","date":"2024-01-01","event":"AID","actor":["JPN"],"text":"caf\xe9"}\n', 'latin1')]), [
      [2, 'date', /no such day/], [3, 'date', /no such month/], [4, 'date', /before the year 1000/], [5, 'id', /lone UTF-16 surrogate/],
      [6, 'text', /lone UTF-16 surrogate/], [7, undefined, /not valid UTF-8/],
    ], 1],
  ];
  for (const [name, dataset, fileName, content, expected, added] of cases) {
    it(name, () => withStore(async (s) => {
      const file = write(fileName, content);
      const r = await importFile(s, dataset, file);
      assert.deepEqual(r.problems.map((p) => [p.line, p.field]), expected.map(([l, f]) => [l, f]));
      r.problems.forEach((p, i) => {
        assert.equal(p.file, file);
        assert.match(p.reason, expected[i]![2]);
      });
      assert.equal(r.malformed, expected.length);
      assert.equal(r.added, added, 'the good rows around the bad ones are stored');
      assert.equal(await s.countEvents({}), added);
      assert.equal((await s.stats()).byYear.find((y) => y.year === null), undefined, 'nothing stored undated');
      await assert.rejects(importFile(s, dataset, file, { strict: true }), (e: unknown) =>
        e instanceof InputError && e.where.file === file && e.where.line === expected[0]![0] && e.where.field === expected[0]![1]);
    }));
  }

  it('a row longer than 1 MiB is dropped as it streams; the next row imports', () => withStore(async (s) => {
    const file = write('long.CSV', `${gdeltRow(1, { 60: 'x'.repeat(3 << 20) })}\n${gdeltRow(2)}\n`);
    const r = await importFile(s, 'gdelt', file);
    assert.deepEqual([r.added, r.malformed, r.problems[0]?.line], [1, 1, 1]);
    assert.match(r.problems[0]!.reason, /longer than/);
  }));
});
