/**
 * A mixed folder (English, Russian, Kazakh, German) through the real pipeline into a real DuckDB file, and the
 * same documents through the HTTP API on loopback: every document's language is detected and stored, counted per
 * language; English, Russian and Kazakh are coded, and those the coder cannot read (German) are listed, never
 * silently empty.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createCoder } from '../../src/coder/index.ts';
import { ingest, MAX_LISTED } from '../../src/ingest/index.ts';
import { openStore } from '../../src/store/store.ts';
import { languageLines } from '../../src/cli/_languages.ts';
import { auth, json, problemOf, startServer, type Running } from './server-helpers.ts';

const DOCS: Record<string, { lang: string; text: string }> = {
  'almaty-en': { lang: 'en', text: 'Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov held talks in Almaty on Friday, hosted by Kazakhstan.' },
  'almaty-ru': { lang: 'ru', text: 'Министры иностранных дел Армении и Азербайджана Арарат Мирзоян и Джейхун Байрамов провели в пятницу переговоры в Алматы при содействии Казахстана.' },
  'almaty-kk': { lang: 'kk', text: 'Армения мен Әзербайжан сыртқы істер министрлері Арарат Мирзоян мен Жейхун Байрамов жұма күні Алматыда келіссөз жүргізді.' },
  'almaty-de': { lang: 'de', text: 'Die Außenminister Armeniens und Aserbaidschans, Ararat Mirzoyan und Jeyhun Bayramov, haben am Freitag in Almaty unter Vermittlung Kasachstans Gespräche geführt.' },
};

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'mv-langs-'));
  mkdirSync(join(dir, 'mixed'));
  for (const [id, d] of Object.entries(DOCS)) writeFileSync(join(dir, 'mixed', `${id}.txt`), `Date: 2024-05-11\n${d.text}\n`);
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('ingest reports languages', () => {
  it('a mixed folder: counted per language, the unreadable ones listed with their file, the English one coded', async () => {
    const store = await openStore({ path: join(dir, 'mixed.duckdb') });
    try {
      const p = await ingest([join(dir, 'mixed')], { store, coder: createCoder() });
      assert.equal(p.documents, 4);
      assert.deepEqual(p.languages, { en: 1, ru: 1, kk: 1, de: 1 });
      assert.equal(p.unreadable, 1);
      assert.deepEqual(p.unreadableDocs.map((d) => `${d.id}:${d.lang}`).sort(), ['almaty-de:de']);
      assert.ok(p.unreadableDocs.every((d) => d.source?.endsWith(`${d.id}.txt`)), JSON.stringify(p.unreadableDocs));
      // the Russian and Kazakh packs read theirs (issue 13): the same talks from all three
      for (const id of ['almaty-en', 'almaty-ru', 'almaty-kk']) {
        const events = await store.queryEvents({ doc: id });
        assert.ok(events.some((e) => e.event_type === 'CONSULT' && ['ARM', 'AZE'].every((c) => [...e.actor, ...e.recipient].includes(c))), `${id}: ${JSON.stringify(events)}`);
      }
      const lines = languageLines(p);
      assert.match(lines[0]!, /^languages: de 1, en 1, kk 1, ru 1$/);
      assert.match(lines[1]!, /^1 documents? in a language the coder cannot read yet: .*almaty-de \(de\)/);

      assert.deepEqual(languageLines({ languages: { en: 3 }, unreadable: 0, unreadableDocs: [] }), [], 'one readable language: nothing to add');
      assert.deepEqual(languageLines({ languages: { und: 1 }, unreadable: 0, unreadableDocs: [] }), []);
      assert.equal(languageLines({ languages: { en: 2, und: 1 }, unreadable: 0, unreadableDocs: [] }).length, 1);
      // Re-reading counts again (the summary is about what was read), and stores nothing new.
      const again = await ingest([join(dir, 'mixed')], { store, coder: createCoder() });
      assert.deepEqual([again.unchanged, again.unreadable], [4, 1]);
    } finally {
      await store.close();
    }
  });

  it('--lang overrides detection for every document; a bad code reads nothing and names the field', async () => {
    const store = await openStore({ path: join(dir, 'override.duckdb') });
    try {
      const p = await ingest([join(dir, 'mixed')], { store, coder: createCoder(), lang: 'en' });
      assert.deepEqual([p.languages, p.unreadable], [{ en: 4 }, 0]);
      const problems: string[] = [];
      const bad = await ingest([join(dir, 'mixed')], { store, coder: createCoder(), lang: 'english', onProblem: (e) => problems.push(`${e.where.field}: ${e.message}`) });
      assert.deepEqual([bad.documents, bad.problems], [0, 1]);
      assert.match(problems[0]!, /^lang: --lang "english" is not a language code/);
    } finally {
      await store.close();
    }
  });

  it('the list is bounded, the count is not', async () => {
    const file = join(dir, 'many.jsonl');
    const n = MAX_LISTED + 5;
    writeFileSync(file, Array.from({ length: n }, (_, i) => JSON.stringify({ id: `de-${i}`, date: '2024-05-11', text: DOCS['almaty-de']!.text })).join('\n'));
    const store = await openStore({ path: join(dir, 'many.duckdb') });
    try {
      const p = await ingest([file], { store, coder: createCoder(), batchSize: 200 });
      assert.deepEqual([p.unreadable, p.unreadableDocs.length, p.languages.de], [n, MAX_LISTED, n]);
      assert.match(languageLines(p)[1]!, new RegExp(`, and ${n - 20} more$`));
    } finally {
      await store.close();
    }
  });
});

describe('POST /api/ingest reports languages', () => {
  let s: Running;
  before(async () => {
    s = await startServer();
  });
  after(async () => s.close());
  const post = (path: string, body: string, type = 'application/x-ndjson') =>
    fetch(`${s.base}${path}`, { method: 'POST', body, headers: { 'content-type': type, ...auth() } });
  const ndjson = Object.entries(DOCS).map(([id, d]) => JSON.stringify({ id: `api-${id}`, date: '2024-05-11', text: d.text })).join('\n');

  it('each document has its language and whether the coder reads it; counts and the unreadable list beside', async () => {
    const r = await json(await post('/api/ingest', ndjson));
    assert.deepEqual(r.languages, { en: 1, ru: 1, kk: 1, de: 1 });
    assert.equal(r.unreadable, 1);
    assert.deepEqual(r.unreadable_documents.map((d: any) => d.id).sort(), ['api-almaty-de']);
    for (const d of r.documents) {
      const want = DOCS[d.id.slice(4)]!;
      assert.equal(d.lang, want.lang, d.id);
      assert.equal(d.readable, want.lang !== 'de', d.id);
    }
    // stored with the document
    const doc = await json(await fetch(`${s.base}/api/documents/api-almaty-kk`));
    assert.equal(doc.document.lang, 'kk');
  });

  it('?lang= overrides the detected language; a bad one is a 400 naming the field', async () => {
    const r = await json(await post('/api/ingest?id=forced&lang=de&date=2024-05-11', DOCS['almaty-en']!.text, 'text/plain'));
    assert.deepEqual([r.documents[0].lang, r.documents[0].readable, r.unreadable], ['de', false, 1]);
    const p = await problemOf(await post('/api/ingest?lang=russian!', DOCS['almaty-ru']!.text, 'text/plain'), 400);
    assert.ok(JSON.stringify(p).includes('lang'), JSON.stringify(p));
  });
});
