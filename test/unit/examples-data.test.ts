/**
 * The bundled example corpus (examples/docs.jsonl + examples/gold.jsonl) must stay a valid, self-consistent
 * gold standard: every line parses, every event points at a real document and quotes its sentence verbatim.
 * The checker is run on the real files and on small broken corpora, so a silent checker cannot pass.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { EVENT_TYPES, QUAD_CLASS } from '../../src/model/event.ts';
import type { EventType } from '../../src/model/event.ts';
import { checkCorpus, readLines, type Line } from '../../scripts/_corpus.ts';

const DOCS = fileURLToPath(new URL('../../examples/docs.jsonl', import.meta.url));
const GOLD = fileURLToPath(new URL('../../examples/gold.jsonl', import.meta.url));

const SEALED_DOCS = fileURLToPath(new URL('../../examples/sealed/docs.jsonl', import.meta.url));
const SEALED_GOLD = fileURLToPath(new URL('../../examples/sealed/gold.jsonl', import.meta.url));

test('the sealed part passes every check too (its files only: it is scored when a coder issue closes)', async () => {
  const { problems } = checkCorpus(await readLines(SEALED_DOCS), await readLines(SEALED_GOLD));
  assert.deepEqual(problems, []);
});

test('open and sealed together: 400+ items, 1,000+ events, every PLOVER type 30+ times, about a quarter sealed', async () => {
  const open = checkCorpus(await readLines(DOCS), await readLines(GOLD));
  const sealed = checkCorpus(await readLines(SEALED_DOCS), await readLines(SEALED_GOLD));
  const docs = open.docs.size + sealed.docs.size;
  const events = [...open.events, ...sealed.events];
  assert.ok(docs >= 400, `${docs} items`);
  assert.ok(events.length >= 1000, `${events.length} events`);
  for (const t of EVENT_TYPES) {
    const n = events.filter((e) => e.event_type === t).length;
    assert.ok(n >= 30, `${t}: ${n} events`);
  }
  assert.ok(sealed.docs.size / docs > 0.2 && sealed.docs.size / docs < 0.35, `sealed share ${sealed.docs.size}/${docs}`);
  for (const id of sealed.docs.keys()) assert.ok(!open.docs.has(id), `${id} is in both parts`);
});

test('the wire set (one-sentence records, undated like PLOVER\'s) passes every check', async () => {
  const dir = (f: string): string => fileURLToPath(new URL(`../../examples/wire/${f}`, import.meta.url));
  const { problems, docs, events } = checkCorpus(await readLines(dir('docs.jsonl')), await readLines(dir('gold.jsonl')), { dated: false });
  assert.deepEqual(problems, []);
  assert.ok(docs.size >= 100 && new Set(events.map((e) => e.event_type)).size === 16);
});

test('the probe set (fresh one-sentence records written to measure generalisation) passes every check', async () => {
  const dir = (f: string): string => fileURLToPath(new URL(`../../examples/probe/${f}`, import.meta.url));
  const { problems, docs, events } = checkCorpus(await readLines(dir('docs.jsonl')), await readLines(dir('gold.jsonl')), { dated: false });
  assert.deepEqual(problems, []);
  assert.ok(docs.size >= 150 && new Set(events.map((e) => e.event_type)).size === 16);
});

test('the agency-copy probe (fresh documents on Kazakhstan\'s diplomacy, dated) passes every check', async () => {
  const dir = (f: string): string => fileURLToPath(new URL(`../../examples/probe-kz/${f}`, import.meta.url));
  const { problems, docs, events } = checkCorpus(await readLines(dir('docs.jsonl')), await readLines(dir('gold.jsonl')));
  assert.deepEqual(problems, []);
  assert.ok(docs.size >= 80 && events.length >= 200);
});

test('the second agency-copy probe (Central Asia, scored once unseen) passes every check', async () => {
  const dir = (f: string): string => fileURLToPath(new URL(`../../examples/probe-kz2/${f}`, import.meta.url));
  const { problems, docs, events } = checkCorpus(await readLines(dir('docs.jsonl')), await readLines(dir('gold.jsonl')));
  assert.deepEqual(problems, []);
  assert.ok(docs.size >= 50 && events.length >= 100);
});

test('the Russian agency-copy probe (fresh documents in Russian, scored once unseen) passes every check', async () => {
  const dir = (f: string): string => fileURLToPath(new URL(`../../examples/probe-ru/${f}`, import.meta.url));
  const { problems, docs, events } = checkCorpus(await readLines(dir('docs.jsonl')), await readLines(dir('gold.jsonl')));
  assert.deepEqual(problems, []);
  assert.ok(docs.size >= 35 && events.length >= 100);
});

test('the bundled corpus passes every check', async () => {
  const { problems } = checkCorpus(await readLines(DOCS), await readLines(GOLD));
  assert.deepEqual(problems, []);
});

test('the bundled corpus is big and varied enough to evaluate a coder', async () => {
  const { docs, events } = checkCorpus(await readLines(DOCS), await readLines(GOLD));
  assert.ok(docs.size >= 40, `only ${docs.size} documents`);
  const types = new Set<EventType>(events.map((e) => e.event_type));
  assert.ok(types.size >= 10, `only ${types.size} event types: ${[...types].join(', ')}`);
  assert.ok(types.has('CONSULT') && types.has('AGREE') && types.has('SUPPORT'));
  const conflictual = [...types].filter((t) => QUAD_CLASS[t] >= 3);
  assert.ok(conflictual.length >= 3, `conflictual types: ${conflictual.join(', ')}`);
  // Documents without any gold event test a coder's precision.
  const withEvents = new Set(events.map((e) => e.doc));
  assert.ok([...docs.keys()].some((id) => !withEvents.has(id)), 'no event-free document');
  assert.ok(events.some((e) => e.value !== null), 'no event with a money value');
  assert.ok(events.every((e) => (EVENT_TYPES as readonly string[]).includes(e.event_type)));
});

// Each broken corpus must be caught with a problem naming the right line and field.
const DOC_OK = JSON.stringify({ id: 'd1', date: '2024-05-12', title: 'T', text: 'Armenia met Azerbaijan in Almaty. Nothing else happened.' });
const EVENT_OK = {
  doc: 'd1', sentence: 0, text: 'Armenia met Azerbaijan in Almaty.', event_type: 'CONSULT', mode: 'third-party',
  context: ['diplomatic'], actor: ['ARM', 'AZE'], recipient: ['KAZ'], date: '2024-05-11', location: 'KAZ', value: null, cameo: null,
};
const gold = (patch: Record<string, unknown>): string => JSON.stringify({ ...EVENT_OK, ...patch });

const BROKEN: { name: string; docs: string[]; gold: string[]; expect: RegExp }[] = [
  { name: 'valid minimal corpus', docs: [DOC_OK], gold: [gold({})], expect: /^$/ },
  { name: 'duplicate document id', docs: [DOC_OK, DOC_OK], gold: [], expect: /docs:2 id: duplicate/ },
  { name: 'document without date', docs: [JSON.stringify({ id: 'd1', title: 'T', text: 'x' })], gold: [], expect: /docs:1 date: missing/ },
  { name: 'document that is not JSON', docs: ['{"id": '], gold: [], expect: /docs:1 -: not JSON/ },
  { name: 'unknown event type', docs: [DOC_OK], gold: [gold({ event_type: 'MEET' })], expect: /gold:1 event_type/ },
  { name: 'unknown document', docs: [DOC_OK], gold: [gold({ doc: 'd2' })], expect: /gold:1 doc: unknown document d2/ },
  { name: 'text not in document', docs: [DOC_OK], gold: [gold({ text: 'Armenia met Iran.' })], expect: /gold:1 text: not found/ },
  { name: 'wrong sentence index', docs: [DOC_OK], gold: [gold({ sentence: 1 })], expect: /gold:1 sentence: index 1/ },
  { name: 'bad entity code', docs: [DOC_OK], gold: [gold({ actor: ['Armenia'] })], expect: /gold:1 actor: bad entity code Armenia/ },
  { name: 'malformed date', docs: [DOC_OK], gold: [gold({ date: '11 May 2024' })], expect: /gold:1 date/ },
  { name: 'event after publication', docs: [DOC_OK], gold: [gold({ date: '2024-06' })], expect: /gold:1 date: 2024-06 is after/ },
  { name: 'bad currency', docs: [DOC_OK], gold: [gold({ value: { amount: 5, currency: 'usd' } })], expect: /gold:1 value.currency/ },
];

for (const c of BROKEN) {
  test(`checker: ${c.name}`, () => {
    const lines = (file: string, raws: string[]): Line[] => raws.map((raw, i) => ({ file, line: i + 1, raw }));
    const { problems } = checkCorpus(lines('docs', c.docs), lines('gold', c.gold));
    assert.match(problems.join('\n'), c.expect);
  });
}
