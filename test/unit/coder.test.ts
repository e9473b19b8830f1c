/** Table-driven checks of the rule coder on sentences written for these tests. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createCoder } from '../../src/coder/index.ts';

const coder = createCoder();
const code = (text: string, date: string | null = '2024-06-20') => coder.code({ id: 't', text, date });

type Expect = { type: string; actor: string[]; recipient?: string[]; mode?: string | null; date?: string | null; location?: string | null };
const CASES: [string, string, Expect[]][] = [
  ['visit, actor is the visitor', 'Kazakh President Kassym-Jomart Tokayev visited Rome on Tuesday.', [{ type: 'CONSULT', mode: 'visit', actor: ['KAZ'], recipient: ['ITA'], date: '2024-06-18', location: 'ITA' }]],
  ['meeting in one side\'s capital is a visit', 'Tokayev met Lavrov in Astana on June 3.', [{ type: 'CONSULT', mode: 'visit', actor: ['RUS'], recipient: ['KAZ'], date: '2024-06-03', location: 'KAZ' }]],
  ['passive hosting', 'The Chinese delegation was received by Kazakh officials in Astana on Monday.', [{ type: 'CONSULT', mode: 'visit', actor: ['CHN'], recipient: ['KAZ'] }]],
  ['counterparts met on the margins of a gathering named in an opening phrase: one meeting each',
    'On the margins of the UN General Assembly, Kazakh Foreign Minister Murat Nurtleu met on Wednesday with the foreign ministers of Spain, Latvia and Poland.',
    [{ type: 'CONSULT', mode: null, actor: ['KAZ'], recipient: ['ESP'] }, { type: 'CONSULT', mode: null, actor: ['KAZ'], recipient: ['LVA'] }, { type: 'CONSULT', mode: null, actor: ['KAZ'], recipient: ['POL'] }]],
  ['a terrorist attack by nobody named is an armed group\'s, and its condemnation aims at them',
    'Uzbekistan on Sunday strongly condemned the terrorist attack on a hotel in Kabul.',
    [{ type: 'ACCUSE', actor: ['UZB'], recipient: ['IMG'] }, { type: 'ASSAULT', actor: ['IMG'], recipient: ['AFG'] }]],
  ['a visit told twice in one sentence is one visit',
    'On the second day of his official visit to Germany, President Kassym-Jomart Tokayev was received on Friday by Federal President Frank-Walter Steinmeier.',
    [{ type: 'CONSULT', mode: 'visit', actor: ['KAZ'], recipient: ['DEU'] }]],
  ['the host of a summit just named hosts no visits',
    'The presidents of Azerbaijan, Kazakhstan and Türkiye gathered in Budapest on Wednesday for an informal summit of the Organization of Turkic States hosted by Prime Minister Viktor Orbán.',
    [{ type: 'CONSULT', mode: 'multilateral', actor: ['AZE', 'KAZ', 'TUR', 'OTS', 'HUN'], recipient: [] }]],
  ['"the two" without a noun are the two who just met',
    'Nurtleu held talks with Bangladeshi Foreign Minister Abul Kalam Abdul Momen on Monday, and the two signed a visa agreement.',
    [{ type: 'CONSULT', actor: ['KAZ'], recipient: ['BGD'] }, { type: 'SUPPORT', actor: ['KAZ', 'BGD'], recipient: [] }]],
  ['an agreement and a signing joined by "and" are two acts',
    'On Monday Kazakhstan and Uzbekistan agreed to build a railway and signed a memorandum on transit.',
    [{ type: 'AGREE', actor: ['KAZ', 'UZB'], recipient: [] }, { type: 'SUPPORT', actor: ['KAZ', 'UZB'], recipient: [] }]],
  ['"they" after a group is the whole group',
    'On Monday the leaders of Kazakhstan and Uzbekistan agreed to open a border crossing, and they adopted a joint statement.',
    [{ type: 'AGREE', actor: ['KAZ', 'UZB'], recipient: [] }, { type: 'SUPPORT', actor: ['KAZ', 'UZB'], recipient: [] }]],
  ['negated events are dropped', 'Kazakhstan did not sign the agreement with Russia.', []],
  ['announced future visit is AGREE', 'Xi Jinping will visit Kazakhstan in July, the Chinese foreign ministry said.', [{ type: 'AGREE', actor: ['CHN'], recipient: ['KAZ'] }]],
  ['signing with money', 'Kazakhstan and Italy signed agreements worth $1.5 billion in Rome last week.', [{ type: 'SUPPORT', actor: ['KAZ', 'ITA'], location: 'ITA' }]],
  ['accusation', 'Russia accused Ukraine of attacking the pipeline on Monday.', [{ type: 'ACCUSE', mode: 'disapprove', actor: ['RUS'], recipient: ['UKR'] }]],
  ['demand through reported speech', 'Germany said on Friday that Belarus must release the detained journalists.', [{ type: 'REQUEST', actor: ['DEU'], recipient: ['BLR'] }]],
  ['rejection', 'Kazakhstan rejected a Russian proposal to join the union state on Wednesday.', [{ type: 'REJECT', actor: ['KAZ'], recipient: ['RUS'] }]],
  ['sanctions', 'The European Union imposed new sanctions on Iran on Monday.', [{ type: 'SANCTION', actor: ['EU'], recipient: ['IRN'] }]],
  ['hypothetical cooperation is dropped', 'Kazakhstan could sign a deal with Qatar if prices fall.', []],
  ['compound actors', 'Kazakhstan and Uzbekistan agreed on Monday to build a new railway.', [{ type: 'AGREE', actor: ['KAZ', 'UZB'] }]],
  ['threat', 'Iran threatened on Sunday to close the strait to Western tankers.', [{ type: 'THREATEN', actor: ['IRN'] }]],
  ['visits to several countries: one event each', 'In 2024 President Tokayev visited Qatar, Serbia and Hungary.', [
    { type: 'CONSULT', mode: 'visit', actor: ['KAZ'], recipient: ['QAT'], date: '2024' },
    { type: 'CONSULT', mode: 'visit', actor: ['KAZ'], recipient: ['SRB'], date: '2024' },
    { type: 'CONSULT', mode: 'visit', actor: ['KAZ'], recipient: ['HUN'], date: '2024' }]],
  ['commentary is not an event', 'Kazakhstan pursues a balanced multi-vector foreign policy.', []],
  ['a host receiving several leaders holds a gathering', 'Tokayev hosted the presidents of Kyrgyzstan, Tajikistan and Uzbekistan in Astana on Friday.', [
    { type: 'CONSULT', mode: 'multilateral', actor: ['KAZ', 'KGZ', 'TJK', 'UZB'], recipient: [], location: 'KAZ' }]],
  ['a summit is one multilateral event located at its host', 'The SCO summit in Astana on June 4 brought together the leaders of China, Russia and Kazakhstan.', [
    { type: 'CONSULT', mode: 'multilateral', actor: ['SCO', 'KAZ', 'CHN', 'RUS'], location: 'KAZ', date: '2024-06-04' }]],
  ['mediation: the parties act, the host receives', 'Kazakhstan hosted peace talks between Armenia and Azerbaijan in Almaty on May 10.', [
    { type: 'CONSULT', mode: 'third-party', actor: ['ARM', 'AZE'], recipient: ['KAZ'] }]],
  ['a cancelled trip to several countries is one rejection per country', 'Japan\'s prime minister cancelled a trip to Kazakhstan and Uzbekistan on Friday.', [
    { type: 'REJECT', actor: ['JPN'], recipient: ['KAZ'] }, { type: 'REJECT', actor: ['JPN'], recipient: ['UZB'] }]],
  ['visa-free regimes with several countries: one event each', 'In 2024 Kazakhstan introduced a visa-free regime with Thailand and Vietnam.', [
    { type: 'COOPERATE', actor: ['KAZ'], recipient: ['THA'] }, { type: 'COOPERATE', actor: ['KAZ'], recipient: ['VNM'] }]],
  ['an attack without a named attacker', 'Three Kazakh workers were killed in a blast in Syria on Monday.', [{ type: 'ASSAULT', actor: ['SYR'], recipient: ['KAZ'] }]],
  ['attribution is not a participant', 'Armenia and Azerbaijan held talks in Almaty on May 10, a Kazakh official said.', [{ type: 'CONSULT', actor: ['ARM', 'AZE'] }]],
];

describe('rule coder', () => {
  for (const [name, text, expected] of CASES) {
    it(name, () => {
      const got = code(text);
      assert.equal(got.length, expected.length, `events for: ${text}\n${JSON.stringify(got, null, 1)}`);
      expected.forEach((x, k) => {
        const e = got[k]!;
        assert.equal(e.event_type, x.type);
        assert.deepEqual([...e.actor].sort(), [...x.actor].sort());
        if (x.recipient) assert.deepEqual([...e.recipient].sort(), [...x.recipient].sort());
        if (x.mode !== undefined) assert.equal(e.mode, x.mode);
        if (x.date !== undefined) assert.equal(e.date, x.date);
        if (x.location !== undefined) assert.equal(e.location, x.location);
      });
    });
  }

  it('keeps evidence: sentence index, text and offsets into the document', () => {
    const text = 'Background sentence here. Kazakhstan signed a memorandum with Qatar on Monday.';
    const [e] = code(text);
    assert.ok(e);
    assert.equal(e.sentence, 1);
    assert.equal(text.slice(e.span.start, e.span.end), e.text);
    assert.equal(e.text, 'Kazakhstan signed a memorandum with Qatar on Monday.');
  });

  it('reads money into units and ISO 4217', () => {
    const [e] = code('Kazakhstan and the UAE signed investment deals worth more than 2 bn dollars on Tuesday.');
    assert.deepEqual(e?.value, { amount: 2e9, currency: 'USD' });
  });

  it('without a document date, relative dates stay unresolved', () => {
    const [e] = code('Tokayev visited Beijing on Tuesday.', null);
    assert.equal(e?.date, null);
  });

  it('"the two presidents" are the parties of the event just reported', () => {
    const got = code('Emmanuel Macron held talks with Tokayev in Astana on Wednesday. The two presidents signed a declaration on critical minerals.');
    const sign = got.find((e) => e.event_type === 'SUPPORT');
    assert.deepEqual([...(sign?.actor ?? [])].sort(), ['FRA', 'KAZ']);
  });

  it('dates office-holders by the document date', () => {
    // Blinken was US Secretary of State until 20 January 2025
    assert.deepEqual(code('Blinken visited Astana on Tuesday.', '2023-03-01')[0]?.actor, ['USA']);
    assert.equal(code('Nurtleu met Wang Yi in Beijing on Monday.', '2024-03-20')[0]?.event_type, 'CONSULT');
  });

  it('takes user lexicon files', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const f = join(mkdtempSync(join(tmpdir(), 'mv-lex-')), 'mine.json');
    writeFileSync(f, JSON.stringify({ groups: [{ names: ['Steppe Energy Partners'], code: 'KAZ' }] }));
    const mine = createCoder({ lexicons: [f] });
    const [e] = mine.code({ id: 'u', date: '2024-05-01', text: 'Steppe Energy Partners signed a deal with Japan on Monday.' });
    assert.deepEqual(e?.actor, ['KAZ']);
    assert.deepEqual(e?.recipient, ['JPN']);
  });

  it('is deterministic', () => {
    const text = 'Kazakhstan and China signed 12 agreements in Astana on Monday. Russia condemned the move.';
    assert.deepEqual(code(text), code(text));
  });
});
