/** Dataset import: GDELT 1.0/2.0 (plain and zipped), ICEWS, PLOVER JSONL into a real DuckDB store. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { InputError, NotFoundError } from '../../src/errors.ts';
import { importFile } from '../../src/import/index.ts';
import { openStore, type Store } from '../../src/store/store.ts';

const FIX = new URL('../fixtures/store/', import.meta.url).pathname;
let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'mv-import-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function withStore(fn: (s: Store) => Promise<void>): Promise<void> {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.duckdb`);
  const s = await openStore({ path });
  try {
    await fn(s);
  } finally {
    await s.close();
  }
}

describe('GDELT import', () => {
  it('maps CAMEO, actors and FIPS geography, keeps GDELT fields, counts malformed rows by line', () => withStore(async (s) => {
    const r = await importFile(s, 'gdelt', join(FIX, 'gdelt2-sample.CSV'));
    assert.equal(r.rows, 16);
    assert.equal(r.added, 11);
    assert.equal(r.unmapped, 3, 'CAMEO 010, 013, 020 have no PLOVER type');
    assert.equal(r.malformed, 2);
    assert.deepEqual(r.problems.map((p) => p.line), [5, 9]);
    assert.match(r.problems[0]!.reason, /row has 30 columns, expected 61/);
    assert.match(r.problems[1]!.reason, /SQLDATE/);

    const eu = await s.getEvent('gdelt:410413392');
    assert.ok(eu);
    assert.deepEqual([eu.event_type, eu.actor, eu.recipient, eu.location, eu.cameo, eu.date],
      ['AGREE', ['EU'], [], 'PAK', '030', '2015-02-18'], 'known group EEC wins over region EUR; FIPS PK -> PAK');
    assert.deepEqual(eu.context, ['diplomatic']);
    assert.equal(eu.goldstein, 4);
    assert.equal(eu.score, 2.5);
    const aid = await s.getEvent('gdelt:410412377');
    assert.deepEqual([aid?.event_type, aid?.actor, aid?.recipient, aid?.location], ['AID', ['USA'], [], 'GBR'], 'region EUR dropped; FIPS UK -> GBR');
    const visit = await s.getEvent('gdelt:410412373');
    assert.deepEqual([visit?.event_type, visit?.mode, visit?.actor, visit?.recipient, visit?.location, visit?.quad_class],
      ['CONSULT', 'visit', ['IRQ'], ['USA'], 'USA', 1]);
    assert.ok(visit?.source_url?.startsWith('http'));
    assert.equal(visit?.doc, visit?.source_url);
    assert.equal(typeof visit?.num_mentions, 'number');
    assert.equal(typeof visit?.tone, 'number');
  }));

  it('adds nothing when the same file is imported again (plain or zipped)', () => withStore(async (s) => {
    await importFile(s, 'gdelt', join(FIX, 'gdelt2-sample.CSV'));
    const again = await importFile(s, 'gdelt', join(FIX, 'gdelt2-sample.zip'));
    assert.equal(again.added, 0);
    assert.equal(again.duplicates, 11);
    assert.equal(await s.countEvents({}), 11);
  }));

  it('reads a zipped export', () => withStore(async (s) => {
    const r = await importFile(s, 'gdelt', join(FIX, 'gdelt2-sample.zip'));
    assert.equal(r.added, 11);
    assert.deepEqual(r.problems.map((p) => p.line), [5, 9]);
  }));

  it('reads GDELT 1.0 (57 columns)', () => withStore(async (s) => {
    const r = await importFile(s, 'gdelt', join(FIX, 'gdelt1-sample.txt'));
    assert.equal(r.malformed, 0);
    assert.equal(r.added + r.unmapped, 6);
    const e = await s.getEvent('gdelt:510412353');
    assert.deepEqual([e?.event_type, e?.actor, e?.recipient, e?.location, e?.source_url], ['CONSULT', ['AUS'], ['NZL'], 'AUS', null]);
  }));

  it('--strict: a malformed row is fatal, names file and line, and stores nothing', () => withStore(async (s) => {
    const file = join(FIX, 'gdelt2-sample.CSV');
    await assert.rejects(importFile(s, 'gdelt', file, { strict: true }), (e: unknown) =>
      e instanceof InputError && e.where.file === file && e.where.line === 5);
    assert.equal(await s.countEvents({}), 0);
  }));

  const badFiles: Array<[string, string, RegExp]> = [
    ['wrong width', 'a\tb\tc\n', /3 tab-separated columns/],
    ['not tab separated', 'x,y,z\n', /1 tab-separated columns/],
  ];
  for (const [name, content, re] of badFiles) {
    it(`rejects a file that is not a GDELT export: ${name}`, () => withStore(async (s) => {
      const file = join(dir, `bad-${name.replace(/\W/g, '')}.csv`);
      writeFileSync(file, content);
      await assert.rejects(importFile(s, 'gdelt', file), (e: unknown) => e instanceof InputError && re.test(e.message) && e.where.line === 1);
    }));
  }

  it('an empty file imports nothing; a missing one is NotFound', () => withStore(async (s) => {
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, '');
    assert.equal((await importFile(s, 'gdelt', empty)).rows, 0);
    await assert.rejects(importFile(s, 'gdelt', join(dir, 'nope.csv')), NotFoundError);
  }));
});

describe('ICEWS import', () => {
  it('maps country names, organisations and CAMEO codes; reports the bad row', () => withStore(async (s) => {
    const r = await importFile(s, 'icews', join(FIX, 'icews-sample.tab'));
    assert.equal(r.rows, 7);
    assert.equal(r.malformed, 1);
    assert.deepEqual(r.problems.map((p) => p.line), [5], 'line 5 of the file (header is line 1)');
    assert.match(r.problems[0]!.reason, /Event ID/);
    assert.equal(r.unmapped, 1, 'CAMEO 014');
    assert.equal(r.added, 5);
    const cases: Array<[string, string, string[], string[], string | null]> = [
      ['icews:32890188', 'CONSULT', ['RUS'], ['PSE'], 'RUS'],
      ['icews:32890208', 'PROTEST', ['RUS'], [], 'RUS'],
      ['icews:32891137', 'CONSULT', ['UN'], ['TWN'], 'TWN'],
      ['icews:32891488', 'SUPPORT', ['EU'], ['USA'], 'BEL'],
      ['icews:32887787', 'AGREE', ['IND'], ['CHN'], 'ZAF'],
    ];
    for (const [id, type, actor, recipient, location] of cases) {
      const e = await s.getEvent(id);
      assert.deepEqual([e?.event_type, e?.actor, e?.recipient, e?.location], [type, actor, recipient, location], id);
    }
    const e = await s.getEvent('icews:32890188');
    assert.equal(e?.goldstein, 1);
    assert.ok(e?.doc.startsWith('icews:'));
    assert.equal((await importFile(s, 'icews', join(FIX, 'icews-sample.tab'))).added, 0, 'idempotent');
  }));

  it('rejects a file without the ICEWS header', () => withStore(async (s) => {
    const file = join(dir, 'noheader.tab');
    writeFileSync(file, '1\t2018-01-01\tx\n');
    await assert.rejects(importFile(s, 'icews', file), (e: unknown) => e instanceof InputError && e.where.line === 1);
  }));
});

describe('PLOVER import', () => {
  const lines = [
    JSON.stringify({ id: 'p1', date: '2024-03-05', actor: [{ code: 'KAZ' }], recipient: [{ code: 'CHN' }], event: ['CONSULT'], mode: ['visit'], context: ['diplomatic'], event_text: 'Tokayev visited Beijing.' }),
    '',
    JSON.stringify({ event_id: 'p2', story_date: '2024-04-01', event_type: 'DEMAND', actor_country: 'Russian Federation', recipient_country: ['UKR'], contexts: 'military;legal' }),
    '{not json',
    JSON.stringify({ id: 'p4', date: '2024-04-01', event: 'PARTY', actor: ['KAZ'] }),
    JSON.stringify({ id: 'p5', date: 'yesterday', event: 'AGREE', actor: ['KAZ'] }),
    JSON.stringify({ id: 'p6', date: '2024-05', event: 'DISAPPROVE', actor: ['USA'], recipient: ['RUS'], quad_code: 3 }),
    '[1,2]',
  ];

  it('maps records, old type names and POLECAT spellings; reports bad lines with the field', () => withStore(async (s) => {
    const file = join(dir, 'plover.jsonl');
    writeFileSync(file, lines.join('\n') + '\n');
    const r = await importFile(s, 'plover', file);
    assert.equal(r.added, 3);
    assert.equal(r.malformed, 4);
    assert.deepEqual(r.problems.map((p) => p.line), [4, 5, 6, 8]);
    assert.deepEqual(r.problems.map((p) => p.field), [undefined, 'event', 'date', undefined]);
    assert.match(r.problems[1]!.reason, /PARTY/);
    const p1 = await s.getEvent('plover:p1');
    assert.deepEqual([p1?.event_type, p1?.mode, p1?.actor, p1?.recipient, p1?.context, p1?.text, p1?.score],
      ['CONSULT', 'visit', ['KAZ'], ['CHN'], ['diplomatic'], 'Tokayev visited Beijing.', 4]);
    const p2 = await s.getEvent('plover:p2');
    assert.deepEqual([p2?.event_type, p2?.actor, p2?.recipient, p2?.context], ['REQUEST', ['RUS'], ['UKR'], ['military', 'legal']]);
    const p6 = await s.getEvent('plover:p6');
    assert.deepEqual([p6?.event_type, p6?.mode, p6?.date], ['ACCUSE', 'disapprove', '2024-05']);
    assert.equal((await importFile(s, 'plover', file)).added, 0, 'idempotent');
  }));

  it('reads a JSON array; --strict stops at the first bad record and stores nothing', () => withStore(async (s) => {
    const file = join(dir, 'plover.json');
    writeFileSync(file, JSON.stringify([{ id: 'a', date: '2024-01-01', event: 'AID', actor: ['JPN'] }, { id: 'b', date: '2024', event: 'NOPE' }]));
    await assert.rejects(importFile(s, 'plover', file, { strict: true }), (e: unknown) =>
      e instanceof InputError && e.where.line === 2 && e.where.field === 'event');
    assert.equal(await s.countEvents({}), 0);
    const r = await importFile(s, 'plover', file);
    assert.deepEqual([r.added, r.malformed], [1, 1]);
  }));
});
