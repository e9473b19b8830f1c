/**
 * The Russian and Kazakh development corpora (examples/ru, examples/kk) must stay valid gold standards like the
 * English one: every line parses, every event quotes its sentence verbatim (the sentence rule knows Cyrillic and
 * Kazakh capitals), ids are unique across the open and sealed parts, and about a quarter of each is sealed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { checkCorpus, readLines, sentences, type Line } from '../../scripts/_corpus.ts';

const file = (rel: string): string => fileURLToPath(new URL(`../../examples/${rel}`, import.meta.url));

const SETS = [
  { lang: 'ru', minItems: 150, minEvents: 350 },
  { lang: 'kk', minItems: 60, minEvents: 120 },
] as const;

for (const s of SETS) {
  test(`${s.lang}: open and sealed parts pass every check, ${s.minItems}+ items, ${s.minEvents}+ events, about a quarter sealed`, async () => {
    const open = checkCorpus(await readLines(file(`${s.lang}/docs.jsonl`)), await readLines(file(`${s.lang}/gold.jsonl`)));
    const sealed = checkCorpus(await readLines(file(`${s.lang}/sealed/docs.jsonl`)), await readLines(file(`${s.lang}/sealed/gold.jsonl`)));
    assert.deepEqual(open.problems, []);
    assert.deepEqual(sealed.problems, []);
    const items = open.docs.size + sealed.docs.size;
    const events = open.events.length + sealed.events.length;
    assert.ok(items >= s.minItems, `${items} items`);
    assert.ok(events >= s.minEvents, `${events} events`);
    const share = sealed.docs.size / items;
    assert.ok(share >= 0.22 && share <= 0.3, `sealed share ${sealed.docs.size}/${items}`);
    assert.ok(sealed.events.length / events >= 0.2, `sealed events ${sealed.events.length}/${events}`);
    for (const id of sealed.docs.keys()) assert.ok(!open.docs.has(id), `${id} is in both parts`);
  });

  test(`${s.lang}: documents say their language, and the set has event-free items, money and several event types`, async () => {
    const docLines = [...await readLines(file(`${s.lang}/docs.jsonl`)), ...await readLines(file(`${s.lang}/sealed/docs.jsonl`))];
    const goldLines = [...await readLines(file(`${s.lang}/gold.jsonl`)), ...await readLines(file(`${s.lang}/sealed/gold.jsonl`))];
    for (const l of docLines) assert.equal((JSON.parse(l.raw) as { lang?: string }).lang, s.lang, `${l.file}:${l.line}`);
    const { docs, events } = checkCorpus(docLines, goldLines);
    const withEvents = new Set(events.map((e) => e.doc));
    assert.ok([...docs.keys()].filter((id) => !withEvents.has(id)).length >= 4, 'too few event-free items (negations, plans, statistics)');
    assert.ok(events.some((e) => e.value !== null), 'no event with a money value');
    assert.ok(new Set(events.map((e) => e.event_type)).size >= 10, 'too few event types');
    assert.ok(events.some((e) => e.mode === 'third-party') && events.some((e) => e.mode === 'phone') && events.some((e) => e.mode === 'visit'));
  });
}

// The sentence rule on the scripts these corpora are written in; a rule that ignored Cyrillic would merge them.
const SPLITS: { name: string; text: string; expect: string[] }[] = [
  { name: 'Russian', text: 'Токаев прибыл в Москву. Переговоры прошли в Кремле.', expect: ['Токаев прибыл в Москву.', 'Переговоры прошли в Кремле.'] },
  { name: 'Kazakh capital outside Russian', text: 'Тоқаев келді. Ұйымға төрағалық өтті.', expect: ['Тоқаев келді.', 'Ұйымға төрағалық өтті.'] },
  { name: 'opening guillemet', text: 'Он заявил об этом. «Это важно», сказал он.', expect: ['Он заявил об этом.', '«Это важно», сказал он.'] },
  { name: 'a digit does not start a sentence', text: 'Рост составил 5. 2 пункта.', expect: ['Рост составил 5. 2 пункта.'] },
  { name: 'English still splits', text: 'Tokayev met Xi. Talks followed.', expect: ['Tokayev met Xi.', 'Talks followed.'] },
];
for (const c of SPLITS) test(`sentence rule: ${c.name}`, () => assert.deepEqual(sentences(c.text), c.expect));

test('checker catches a Russian gold line whose sentence index is off by one', () => {
  const doc = JSON.stringify({ id: 'r1', date: '2024-05-12', title: 'Т', lang: 'ru', text: 'Мирзоян и Байрамов встретились в Алматы. Других событий не было.' });
  const ev = {
    doc: 'r1', sentence: 1, text: 'Мирзоян и Байрамов встретились в Алматы.', event_type: 'CONSULT', mode: 'third-party', context: ['diplomatic'],
    actor: ['ARM', 'AZE'], recipient: ['KAZ'], date: '2024-05-10', location: 'KAZ', value: null, cameo: null,
  };
  const lines = (f: string, raws: string[]): Line[] => raws.map((raw, i) => ({ file: f, line: i + 1, raw }));
  assert.match(checkCorpus(lines('docs', [doc]), lines('gold', [JSON.stringify(ev)])).problems.join('\n'), /gold:1 sentence: index 1/);
  assert.deepEqual(checkCorpus(lines('docs', [doc]), lines('gold', [JSON.stringify({ ...ev, sentence: 0 })])).problems, []);
});
