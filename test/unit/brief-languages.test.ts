/**
 * The brief shows the language of its evidence: a tag beside a sentence not in English, and the documents per
 * language behind the listed happenings. English and Russian reports ingested into a real DuckDB file.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gatherBrief, renderBrief, type BriefData } from '../../src/brief/index.ts';
import { evidenceLanguages, evidenceTag } from '../../src/brief/_sections.ts';
import { createCoder } from '../../src/coder/index.ts';
import { ingest } from '../../src/ingest/index.ts';
import { openStore, type StoredEvent, type Store } from '../../src/store/store.ts';

const DOCS = [
  { id: 'en-1', date: '2024-04-02', lang: 'en', text: 'Kazakh President Kassym-Jomart Tokayev held talks with Chinese President Xi Jinping in Astana on Tuesday.' },
  { id: 'ru-1', date: '2024-05-14', lang: 'ru', text: 'Президент Казахстана Касым-Жомарт Токаев во вторник провел в Москве переговоры с Президентом России Владимиром Путиным.' },
  { id: 'ru-2', date: '2024-06-18', lang: 'ru', text: 'Глава МИД Казахстана Мурат Нуртлеу во вторник встретился в Анкаре с министром иностранных дел Турции Хаканом Фиданом.' },
];

describe('brief: languages of the evidence', () => {
  let dir: string;
  let store: Store;
  let data: BriefData;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mv-brief-langs-'));
    const file = join(dir, 'docs.jsonl');
    writeFileSync(file, DOCS.map((d) => JSON.stringify(d)).join('\n') + '\n');
    store = await openStore({ path: join(dir, 'brief.duckdb') });
    await ingest([file], { store, coder: createCoder() });
    data = await gatherBrief(store, { focal: 'kaz', from: '2024-01', to: '2024-12' });
  });
  after(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stored events carry their document\'s language', () => {
    const langs = new Map(data.notable.map((e) => [e.doc, e.lang]));
    assert.equal(langs.get('en-1'), 'en');
    assert.equal(langs.get('ru-1'), 'ru');
    assert.equal(langs.get('ru-2'), 'ru');
  });

  it('markdown: a [ru] tag before Russian evidence only, and documents per language', async () => {
    const md = (await renderBrief(data, 'md')).toString();
    assert.match(md, /> \[ru\] Президент Казахстана/);
    assert.match(md, /> Kazakh President/, 'English evidence is not tagged');
    assert.doesNotMatch(md, /\[en\]/);
    assert.match(md, /Evidence from 3 documents: 2 in Russian, 1 in English; quoted as written\./);
  });

  it('html: the tag and the sentence marked with its language', async () => {
    const html = (await renderBrief(data, 'html')).toString();
    assert.match(html, /<blockquote lang="ru"><span class="lang" lang="en">ru<\/span> “Глава МИД/);
    assert.match(html, /<blockquote lang="en">“Kazakh President/);
    assert.match(html, /Evidence from 3 documents: 2 in Russian, 1 in English/);
  });
});

describe('evidenceLanguages', () => {
  const ev = (doc: string, lang: string | null) => ({ doc, lang }) as StoredEvent;
  const cases: Array<[StoredEvent[], string | null]> = [
    [[], null],
    [[ev('a', 'en')], 'Evidence from 1 document: 1 in English; quoted as written.'],
    [[ev('a', 'kk'), ev('a', 'kk'), ev('b', 'ru')], 'Evidence from 2 documents: 1 in Kazakh, 1 in Russian; quoted as written.'],
    [[ev('a', null), ev('b', 'de'), ev('c', 'de')], 'Evidence from 3 documents: 2 in de, 1 in a language not recorded; quoted as written.'],
  ];
  for (const [events, want] of cases) it(JSON.stringify(events.map((e) => [e.doc, e.lang])), () => assert.equal(evidenceLanguages(events), want));
  it('tags every language but English', () => {
    assert.deepEqual([evidenceTag('ru'), evidenceTag('kk'), evidenceTag('en'), evidenceTag(null)], ['ru', 'kk', '', '']);
  });
});
