/**
 * The JavaScript mapping of dataset rows (src/store/_import-map.ts, PostgreSQL's import) field by field: numbers and
 * days read as the SQL mapping reads them, the checks in their order, the lookups, and the source of a report's URL
 * as sourceSql computes it. (test/unit/import-engines.test.ts compares whole imports with DuckDB's SQL mapping.)
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseDay, rowMapper, tryBigint, tryFloat, tryInt } from '../../src/store/_import-map.ts';
import { reportSource } from '../../src/store/_source.ts';

const FIX = new URL('../fixtures/store/', import.meta.url).pathname;
const GDELT = readFileSync(join(FIX, 'gdelt2-sample.CSV'), 'utf8').split('\n').find((l) => l.startsWith('410413392\t'))!.split('\t');
const gdelt = (changes: Record<number, string>) => GDELT.map((v, i) => changes[i] ?? v).join('\t');
const ICEWS = readFileSync(join(FIX, 'icews-sample.tab'), 'utf8').split('\n').find((l) => l.startsWith('32890188\t'))!.split('\t');
const icews = (changes: Record<number, string>) => ICEWS.map((v, i) => changes[i] ?? v).join('\t');

describe('numbers and days are read as the SQL casts read them; anything else is missing', () => {
  // text, as an integer, as a float, as a 64-bit id (numbers are texts the engine reads as that value)
  const numbers: Array<[string, number | null, number | null, string | null]> = [
    ['12', 12, 12, '12'],
    [' +12 ', 12, 12, '12'],
    ['-0', 0, -0, '0'],
    ['007', 7, 7, '7'],
    ['1234567890', null, 1234567890, '1234567890'],
    ['4.0', null, 4, null],
    ['-0.53050397877984', null, -0.53050397877984, null],
    ['.5', null, 0.5, null],
    ['5.', null, 5, null],
    ['1e3', null, 1000, null],
    [' 2.5E-1', null, 0.25, null],
    ['1e999', null, null, null],
    ['12x', null, null, null],
    ['-', null, null, null],
    ['.', null, null, null],
    ['1.2.3', null, null, null],
    ['5-', null, null, null],
    ['\u00a012', null, null, null],
  ];
  const read = (x: string | null) => (x === null ? null : Number(x));
  for (const [text, int, float, big] of numbers) {
    it(`"${text}"`, () => {
      assert.equal(read(tryInt(text)), int);
      assert.equal(read(tryFloat(text)), float);
      assert.equal(tryBigint(text)?.toString() ?? null, big);
    });
  }
  it('a missing field is no number', () => {
    assert.equal(tryInt(null), null);
    assert.equal(tryFloat(null), null);
    assert.equal(tryBigint(null), null);
  });

  const days: Array<[string, 'YYYYMMDD' | 'YYYY-MM-DD', string | null]> = [
    ['20150218', 'YYYYMMDD', '2015-02-18'],
    ['20240229', 'YYYYMMDD', '2024-02-29'],
    ['20230229', 'YYYYMMDD', null],
    ['19000229', 'YYYYMMDD', null],
    ['20000229', 'YYYYMMDD', '2000-02-29'],
    ['20230431', 'YYYYMMDD', null],
    ['20231301', 'YYYYMMDD', null],
    ['20230100', 'YYYYMMDD', null],
    ['2023011', 'YYYYMMDD', null],
    ['2023-01-10', 'YYYYMMDD', null],
    ['00000101', 'YYYYMMDD', '0001-01-01'],
    ['2018-06-01', 'YYYY-MM-DD', '2018-06-01'],
    ['2018-6-01', 'YYYY-MM-DD', null],
    ['20180601', 'YYYY-MM-DD', null],
    ['2018-02-30', 'YYYY-MM-DD', null],
  ];
  for (const [text, shape, want] of days) it(`${shape} "${text}"`, () => assert.equal(parseDay(text, shape), want));
});

describe('GDELT and ICEWS rows: the first thing wrong with a row, or its event', () => {
  const map = rowMapper('gdelt2');
  const rows: Array<[string, string, { field: string | null; reason: string } | 'unmapped' | null]> = [
    ['a good row', gdelt({}), null],
    ['a short row', GDELT.slice(0, 10).join('\t'), { field: null, reason: 'row has 10 columns, expected 61' }],
    ['an id that is no integer, and a bad date', gdelt({ 0: 'x1', 1: '20230230' }), { field: 'GLOBALEVENTID', reason: 'GLOBALEVENTID is not an integer' }],
    ['a day that does not exist', gdelt({ 1: '20230230' }), { field: 'SQLDATE', reason: 'SQLDATE is not a real YYYYMMDD date' }],
    ['a year before 1000', gdelt({ 1: '09990101' }), { field: 'SQLDATE', reason: 'SQLDATE is before the year 1000' }],
    ['an empty event code', gdelt({ 26: '' }), { field: 'EventCode', reason: 'EventCode is empty' }],
    ['an event code PLOVER does not map', gdelt({ 26: '999' }), 'unmapped'],
  ];
  for (const [name, text, want] of rows) {
    it(name, () => {
      const r = map(text);
      if (want === null) assert.equal(r.status, 'ok');
      else if (want === 'unmapped') assert.equal(r.status, 'unmapped');
      else assert.deepEqual(r, { status: 'malformed', ...want });
    });
  }

  it('maps a GDELT row: CAMEO, actors by group then country, FIPS place, typed fields, key and source', () => {
    const r = map(gdelt({ 30: '', 31: '12x' }));
    assert.equal(r.status, 'ok');
    if (r.status !== 'ok') return;
    const e = r.event;
    assert.deepEqual([e.id, e.origin, e.doc, e.date, e.cameo, e.event_type, e.location], [
      'gdelt:410413392', 'gdelt', GDELT[60], '2015-02-18', '030', 'AGREE', 'PAK']);
    // The known group (EEC) names the actor before its country code (EUR).
    assert.deepEqual([e.actor, e.recipient, e.parties], [['EU'], [], ['EU']]);
    assert.deepEqual([e.quad_class, e.goldstein, e.num_mentions, e.num_sources, e.tone], [1, null, null, '1', '-0.53050397877984']);
    assert.equal(e.hkey, 'gdelt|AGREE||joint:EU');
    assert.equal(e.source, 'dailytimes.com.pk');
  });

  it('keeps the parties distinct and in byte order, whichever side names them', () => {
    const both = (a: string, b: string) => { const r = map(gdelt({ 7: a, 8: '', 17: b, 18: '' })); return r.status === 'ok' ? r.event.parties : null; };
    assert.deepEqual(both('USA', 'CHN'), ['CHN', 'USA']);
    assert.deepEqual(both('CHN', 'USA'), ['CHN', 'USA']);
    assert.deepEqual(both('USA', 'USA'), ['USA']);
  });

  it('maps an ICEWS row: countries by name, NA as missing, the story as the document', () => {
    const r = rowMapper('icews')(icews({ 7: 'NA' }));
    assert.equal(r.status, 'ok');
    if (r.status !== 'ok') return;
    assert.deepEqual([r.event.id, r.event.doc, r.event.actor, r.event.recipient, r.event.location, r.event.goldstein, r.event.source],
      ['icews:32890188', 'icews:47400638', ['RUS'], ['PSE'], 'RUS', null, 'icews']);
    assert.deepEqual(rowMapper('icews')(icews({ 1: '2018/06/01' })),
      { status: 'malformed', field: 'Event Date', reason: 'Event Date is not a real YYYY-MM-DD date' });
  });
});

describe("a GDELT or ICEWS report's source is the host of its URL, as sourceSql reads it", () => {
  const cases: Array<[string | null, string]> = [
    ['http://www.Example.COM/a/b', 'example.com'],
    ['https://news.example.org', 'news.example.org'],
    ['https://www.example.org:8080/x', 'example.org'],
    ['https://user@www.example.org/x', 'example.org'],
    ['http://example.org?x=1', 'example.org'],
    // Not http(s) as the fast cut spells it: the pattern's www is lower-case only.
    ['HTTP://WWW.EXAMPLE.ORG/x', 'www.example.org'],
    ['http://wwwx.com/a', 'wwwx.com'],
    ['https://www.', 'www.'],
    ['http://ÉCOLE.fr/x', 'École.fr'],
    ['ftp://files.example.net/x', 'files.example.net'],
    ['http:///nothing', 'gdelt'],
    ['not a url', 'gdelt'],
    [null, 'gdelt'],
  ];
  for (const [url, want] of cases) it(`${url}`, () => assert.equal(reportSource('gdelt', url), want));
});
