/**
 * Who the parties of an act are, read from the grammar of its sentence: the agent of a passive participle, the
 * visitor of a trip told as a noun or in plain words ("flew to"). Invented sentences, the whole coder, rules only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createCoder } from '../../src/coder/index.ts';

const coder = createCoder({ learnt: false });
const read = (text: string): string[] => coder.code({ id: 't', text, date: '2024-06-20' })
  .map((e) => `${e.event_type} ${[...e.actor].sort().join('+')}>${[...e.recipient].sort().join('+')}`).sort();

const TABLE: [kind: string, text: string, want: string[]][] = [
  ['the agent right after a participle gives, the place reached receives',
    'Some 3,000 tonnes of wheat sent by Uzbekistan as humanitarian aid reached Kabul on Monday, Afghan officials said.', ['AID UZB>AFG']],
  ['the same with "arrived in"', 'More than 4,000 tonnes of flour sent by Turkey as humanitarian aid have arrived in Syria, officials said on Monday.', ['AID TUR>SYR']],
  ['"sent by rail" is a means, not an agent', 'Uzbekistan sent by rail 3,000 tonnes of flour to Afghanistan on Monday.', ['AID UZB>AFG']],
  ['a passive agent is the names right after "by", not a place told later', 'The protocol was signed by Kyrgyzstan and Tajikistan on Monday as Uzbekistan looked on.',
    ['SUPPORT KGZ+TJK>']],
  ['trips told as plural nouns in a trailing "after" clause are the subject\'s', 'Tokayev came to Tashkent on Monday after official visits to Russia and France.',
    ['CONSULT KAZ>FRA', 'CONSULT KAZ>RUS', 'CONSULT KAZ>UZB']],
  ['the same after an arrival', 'Shavkat Mirziyoyev arrived in Astana on Monday after state visits to China and Japan.',
    ['CONSULT UZB>CHN', 'CONSULT UZB>JPN', 'CONSULT UZB>KAZ']],
  ['a plain trip: flew to', 'The Kazakh president flew to Baku on Monday.', ['CONSULT KAZ>AZE']],
  ['"went to war with" is no trip', 'Georgia went to war with Russia in August 2008.', []],
  ['"came to the aid of" is no trip', "Russia came to Syria's aid in 2015.", []],
  ['"came to power" is no trip', 'The opposition came to power in Kyrgyzstan in October.', []],
  ['a pluperfect trip after an opening "before" clause is still told (the trip in the clause is background)',
    'Before coming to Astana on Monday, Zarif had visited Uzbekistan.', ['CONSULT IRN>UZB']],
  ['a trip in an opening "after" phrase is the main subject\'s, its destination ends at the comma',
    'After his trip to the Kremlin, the Kyrgyz president flew to Washington on Tuesday.', ['CONSULT KGZ>RUS', 'CONSULT KGZ>USA']],
  ['the same after a measure of time', 'A week after his trip to the Kremlin, the Kyrgyz president met Biden at the White House on Tuesday.',
    ['CONSULT KGZ>RUS', 'CONSULT KGZ>USA']],
  ['a cargo that left one state for another goes from the first to the second',
    'A convoy of 15 trucks carrying 300 tons of flour left Kyrgyzstan for the flood-stricken regions of Kazakhstan on Saturday.', ['AID KGZ>KAZ']],
  ['the same with "departed from … for"', 'A plane with 20 tonnes of medicines departed from Tashkent for Kabul on Monday.', ['AID UZB>AFG']],
  ['a withdrawal told as a noun that began: whose forces, from where', 'The withdrawal of Russian troops from Syria began on Monday.', ['RETREAT RUS>SYR']],
  ['the same with an organisation\'s forces', 'The withdrawal of the CSTO peacekeeping forces from Kazakhstan began on Thursday with a ceremony.', ['RETREAT CSTO>KAZ']],
  ['a withdrawal demanded is a request, not a withdrawal', 'Moldova on Monday demanded the withdrawal of Russian troops from Transnistria.', ['REQUEST MDA>RUS']],
];

/** [kind, text, "TYPE/mode A+B>C"] for one event */
const MEDIATED: [kind: string, text: string, want: string][] = [
  ['mediators named by their states\' adjectives', 'The presidents of Armenia and Azerbaijan opened talks on Monday under the eye of American, Russian and French mediators.',
    'CONSULT/third-party ARM+AZE>FRA+RUS+USA'],
  ['an envoy shuttling between the sides', 'Israel and the Palestinians began indirect talks on Monday, with US envoy George Mitchell shuttling between the two sides.',
    'CONSULT/third-party ISR+PSE>USA'],
  ['talks with a partner and no mediator stay bilateral', 'Tokayev held talks with Putin on Monday.', 'CONSULT/null KAZ>RUS'],
];

describe('mediated talks', () => {
  for (const [kind, text, want] of MEDIATED) it(kind, () => {
    const got = coder.code({ id: 't', text, date: '2024-06-20' }).map((e) => `${e.event_type}/${e.mode} ${[...e.actor].sort().join('+')}>${[...e.recipient].sort().join('+')}`);
    assert.deepEqual(got, [want]);
  });
});

describe('parties from grammar', () => {
  for (const [kind, text, want] of TABLE) it(kind, () => assert.deepEqual(read(text), want));
});

describe('help told again', () => {
  it('a definite cargo noun with no destination of its own restates the help reported, and a new giver\'s goes where it went', () => {
    const text = 'Uzbekistan sent 15 trucks with 100 tons of flour to Kazakhstan on April 20. ' +
      'The convoy, dispatched on the instructions of President Shavkat Mirziyoyev, carried food, tents and boats. ' +
      'Two days earlier the Kyrgyz interior ministry had sent its own consignment of 50 tons.';
    const got = coder.code({ id: 't', text, date: '2024-04-22' }).map((e) => `${e.sentence} ${e.event_type} ${e.actor.join('+')}>${e.recipient.join('+')}`);
    assert.deepEqual(got, ['0 AID UZB>KAZ', '2 AID KGZ>KAZ']);
  });
});

describe('thanks from a group', () => {
  const read2 = (text: string): string[] => coder.code({ id: 't', text, date: '2024-01-25' })
    .filter((e) => e.event_type === 'SUPPORT').map((e) => `${[...e.actor].sort().join('+')}>${e.recipient.join('+')}`);
  it('a group named by one phrase thanks in one statement', () => {
    assert.deepEqual(read2('Russia, Iran and Turkey held talks in Astana on Thursday with Syria. The participants thanked Kazakhstan for hosting the meeting.'),
      ['IRN+RUS+SYR+TUR>KAZ']);
  });
  it('leaders named one by one each send their own', () => {
    assert.deepEqual(read2('Mirziyoyev, Japarov and Rahmon congratulated Putin on Monday.').sort(), ['KGZ>RUS', 'TJK>RUS', 'UZB>RUS']);
  });
});
