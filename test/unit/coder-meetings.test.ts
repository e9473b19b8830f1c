/**
 * Meetings, talks and calls (issue 8): whom a meeting was with, lists of counterparts, phrasal meetings, and a meeting
 * told again. Every text is written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createCoder } from '../../src/coder/index.ts';
import type { CodedEvent } from '../../src/model/event.ts';

const coder = createCoder();
const code = (text: string, date: string | null = '2024-09-20'): CodedEvent[] => coder.code({ id: 't', text, date });
const brief = (e: CodedEvent): string =>
  `${e.event_type}${e.mode ? '/' + e.mode : ''} ${[...e.actor].sort().join('+')}>${[...e.recipient].sort().join('+')}`;
const consults = (text: string): string[] => code(text).filter((e) => e.event_type === 'CONSULT').map(brief);

describe('meetings: the people met', () => {
  const CASES: [string, string, number][] = [
    ['a list of three officials met is a meeting with each',
      'Secretary of State Antony Blinken arrived in Astana on Monday. He met President Kassym-Jomart Tokayev, former president Nursultan Nazarbayev and Foreign Minister Mukhtar Tileuberdi.', 3],
    ['a later meeting with another person of the host is news of its own',
      'Chinese Foreign Minister Wang Yi held talks with Foreign Minister Mukhtar Tileuberdi in Astana on Monday. Later the same day Wang Yi was received by President Kassym-Jomart Tokayev.', 2],
    ['the same person met again is the same meeting told again',
      'Chinese Foreign Minister Wang Yi held talks with President Kassym-Jomart Tokayev in Astana on Monday. During the meeting Tokayev and Wang Yi discussed trade and transit.', 1],
    ['an arrival told first is the first meeting; the second person met is a second one',
      'Foreign Minister Mukhtar Tileuberdi flew into Beijing on Tuesday. He met Premier Li Qiang and Foreign Minister Wang Yi.', 2],
    ['two people met together, "and they discussed", are one meeting',
      'Foreign Minister Mukhtar Tileuberdi flew into Beijing on Tuesday. He met Premier Li Qiang and Foreign Minister Wang Yi, and they discussed trade.', 1],
    ['talks with two hosts are one round of talks',
      'President Kassym-Jomart Tokayev held talks with President Xi Jinping and Premier Li Qiang in Beijing on Tuesday.', 1],
    ['"also met" three people is three meetings, not one told with "also"',
      'Kyrgyz President Sadyr Japarov held talks with President Kassym-Jomart Tokayev in Astana on Tuesday. Japarov also met former president Nursultan Nazarbayev, Foreign Minister Murat Nurtleu and Prime Minister Olzhas Bektenov.', 4],
    ['an official the lexicon does not know, named after the office, is one more person met',
      'Kyrgyz President Sadyr Japarov held talks with President Kassym-Jomart Tokayev in Astana on Tuesday. Later he met Foreign Minister Murat Nurtleu and Senate Speaker Berik Omarbekuly.', 3],
    ['a welcome at the airport belongs to the arrival',
      'Vladimir Putin arrived in Astana on Wednesday and was met at the airport by Prime Minister Olzhas Bektenov. Putin held talks with President Kassym-Jomart Tokayev at the Akorda.', 1],
  ];
  for (const [name, text, n] of CASES) it(name, () => assert.equal(consults(text).length, n, consults(text).join(', ')));
});

describe('meetings: phrasal and nominal', () => {
  const CASES: [string, string, string[]][] = [
    ['"sat down with X for talks" is a meeting',
      'ASHGABAT – President Kassym-Jomart Tokayev sat down with President Serdar Berdimuhamedov for talks on Monday.', ['CONSULT/visit KAZ>TKM']],
    ['"sat down to talks" of two named leaders is their meeting',
      'Putin and Tokayev sat down to talks in the Kremlin on Monday.', ['CONSULT/visit KAZ>RUS']],
    ['"held a phone call with" is one call, not a second one told by its noun',
      'Tokayev held a phone call with Chinese President Xi Jinping on Monday.', ['CONSULT/phone KAZ>CHN']],
    ['"held a video conference with" is one call',
      'Tokayev held a video conference with Chinese President Xi Jinping on Monday.', ['CONSULT/phone KAZ>CHN']],
    ['a host who "welcomed X to" the capital is no visitor of his own state',
      'On Wednesday Tokayev welcomed Chinese leader Xi Jinping to Astana.', ['CONSULT/visit CHN>KAZ']],
    ['"received X in" the capital: one visit, the guest to the host',
      'Tokayev received Xi Jinping in Astana on Wednesday.', ['CONSULT/visit CHN>KAZ']],
  ];
  for (const [name, text, want] of CASES) it(name, () => assert.deepEqual(consults(text), want));
});

describe('meetings: a person named again by title alone', () => {
  const CASES: [string, string, string[]][] = [
    ['"the Secretary of State" is the one the story named under that title',
      'US Secretary of State Antony Blinken held talks with Foreign Minister Murat Nurtleu in Astana on Monday. The Secretary of State also met President Kassym-Jomart Tokayev.',
      ['CONSULT/visit USA>KAZ', 'CONSULT/visit USA>KAZ']],
    ['"the minister" is the minister last named, whatever his state',
      'Chinese President Xi Jinping received Foreign Minister Murat Nurtleu in Beijing on Monday. Later the minister was received by Premier Li Qiang.',
      ['CONSULT/visit KAZ>CHN', 'CONSULT/visit KAZ>CHN']],
  ];
  for (const [name, text, want] of CASES) it(name, () => assert.deepEqual(consults(text), want));
});

describe('meetings: a gathering one is invited to', () => {
  it('an invitation to a forum is no forum held, and does not swallow the meeting told before', () => {
    const text = 'Serdar Berdimuhamedov met Kassym-Jomart Tokayev in Astana on Friday. He thanked Tokayev for accepting an invitation to a forum on Turkmen neutrality.';
    assert.deepEqual(consults(text), ['CONSULT/visit TKM>KAZ']);
  });
});

describe('calls: a call named with its partner alone', () => {
  const CASES: [string, string, string[]][] = [
    ['"…, in a phone call with X" was held by the doer of the main act',
      'President Kassym-Jomart Tokayev said on Tuesday that Kazakhstan was willing to host talks between Azerbaijan and Armenia, in a phone call with Azerbaijani President Ilham Aliyev.',
      ['CONSULT/phone AZE+KAZ>']],
  ];
  for (const [name, text, want] of CASES) it(name, () => assert.deepEqual(consults(text), want));
});

describe('meetings: later meetings of one visit', () => {
  const CASES: [string, string, string[]][] = [
    // the time phrase ends at its day word: the name after it is the subject, not the object of "in"
    ['"Earlier in the day X met Y" is a meeting with X as its subject',
      'Japanese Foreign Minister Yoshimasa Hayashi held talks with Foreign Minister Mukhtar Tileuberdi in Astana on Friday. Earlier in the day Hayashi met President Kassym-Jomart Tokayev.',
      ['CONSULT/visit JPN>KAZ', 'CONSULT/visit JPN>KAZ']],
    ['"On the same day X held talks with Y" is a second meeting',
      'Japanese Foreign Minister Yoshimasa Hayashi held talks with President Kassym-Jomart Tokayev in Astana on Friday. On the same day Hayashi held talks with Foreign Minister Mukhtar Tileuberdi.',
      ['CONSULT/visit JPN>KAZ', 'CONSULT/visit JPN>KAZ']],
    // a given name the lexicon lacks before a surname it knows is that known person, not an unknown official
    ['"met Prime Minister <given name> <known surname>" is a meeting with that person',
      'Kazakh President Kassym-Jomart Tokayev held talks with Mongolian President Ukhnaagiin Khurelsukh in Ulaanbaatar on Tuesday. Later the same day he met Prime Minister Luvsannamsrai Oyun-Erdene.',
      ['CONSULT/visit KAZ>MNG', 'CONSULT/visit KAZ>MNG']],
  ];
  for (const [name, text, want] of CASES) it(name, () => assert.deepEqual(consults(text), want));
});

describe('visits: legs of a trip told in passing', () => {
  const CASES: [string, string, string[]][] = [
    ['"after earlier stops in A and B" is a visit to each',
      'South Korean President Moon Jae-in ended a tour of Central Asia in Astana on Monday, after earlier stops in Turkmenistan and Uzbekistan.',
      ['CONSULT/visit KOR>KAZ', 'CONSULT/visit KOR>TKM', 'CONSULT/visit KOR>UZB']],
    ['"after his trip to Moscow" is the trip of the person "his" names, not of the clause subject',
      'Kyrgyz President Sadyr Japarov held talks with Kassym-Jomart Tokayev in Astana on Tuesday. Kazakhstan was the second country Japarov visited as president, after his trip to Moscow last week.',
      ['CONSULT/visit KGZ>KAZ', 'CONSULT/visit KGZ>RUS']],
    ['"<place>, the second stop of the tour" is a visit there',
      'German Foreign Minister Annalena Baerbock held talks with Mukhtar Tileuberdi in Astana on Monday. Later the same day Baerbock flew on to Tashkent, the second stop of the tour.',
      ['CONSULT/visit DEU>KAZ', 'CONSULT/visit DEU>UZB']],
    ['"The stop in X was part of a tour" names the visit reported again',
      'British Foreign Secretary David Cameron held talks in Astana on Wednesday with Foreign Minister Murat Nurtleu. The stop in Kazakhstan was part of a tour of the region.',
      ['CONSULT/visit GBR>KAZ']],
    ['"agreed to stop firing" is no stop of a trip',
      'India and Pakistan agreed on Saturday to stop all firing in Kashmir.', []],
  ];
  for (const [name, text, want] of CASES) it(name, () => assert.deepEqual(consults(text), want));
});

describe('commitments: whose readiness', () => {
  it('"He reaffirmed Astana\'s readiness" commits Kazakhstan, whoever "he" was taken for', () => {
    const text = 'Kassym-Jomart Tokayev phoned Ilham Aliyev on Sunday. Aliyev and Nikol Pashinyan signed a peace declaration in Washington on Friday. He reaffirmed Astana\'s readiness to keep providing a platform for negotiations.';
    const agree = code(text).filter((e) => e.event_type === 'AGREE').map(brief);
    assert.deepEqual(agree, ['AGREE KAZ>AZE']);
  });
});

describe('meetings: named as where another act was done', () => {
  const CASES: [string, string, string[]][] = [
    ['"made the request at a meeting in <city> with X" is a meeting too',
      'Japanese Foreign Minister Yoshimasa Hayashi asked Kazakhstan on Friday to stay in step with the West. Hayashi made the request at a meeting in Nur-Sultan with his Kazakh counterpart Mukhtar Tileuberdi.',
      ['CONSULT/visit JPN>KAZ']],
    ['a meeting already told, named again as where something was said, stays one',
      'Murat Nurtleu held talks with Sergei Lavrov in Moscow on Monday. At the meeting with Lavrov, Nurtleu proposed a new transit route.',
      ['CONSULT/visit KAZ>RUS']],
  ];
  for (const [name, text, want] of CASES) it(name, () => assert.deepEqual(consults(text), want));
});

describe('visits: the trip an act was done on the margins of', () => {
  it('"met X on the sidelines of his visit to Y" is the meeting and his visit to Y; later sentences stay with the meeting', () => {
    const text = 'Kassym-Jomart Tokayev met OIC Secretary-General Hissein Brahim Taha on the sidelines of his visit to Saudi Arabia on Sunday. At the end of the conversation the President invited Taha to visit Kazakhstan.';
    const got = code(text).map(brief);
    assert.ok(got.includes('CONSULT/visit KAZ>SAU'), got.join(', '));
    assert.ok(got.some((b) => /^CONSULT KAZ\+OIC>|^CONSULT KAZ>OIC/.test(b)), got.join(', '));
    assert.ok(!got.some((b) => b.startsWith('AGREE') && b.includes('SAU')), got.join(', '));
  });
});

describe('meetings: where a commitment was voiced', () => {
  it('"reaffirmed its commitment to … at a meeting with X in Y" is the commitment and the meeting', () => {
    const text = 'Kazakh Foreign Minister Murat Nurtleu reaffirmed Kazakhstan\'s commitment to working within the Organization of Islamic Cooperation at a March 4 meeting with OIC Secretary-General Hissein Brahim Taha in Jeddah.';
    const got = code(text, '2024-03-05').map(brief);
    assert.ok(got.includes('AGREE KAZ>OIC'), got.join(', '));
    assert.ok(got.includes('CONSULT KAZ>OIC'), got.join(', '));
  });
});

describe('meetings: talks with no place, in a story datelined in one side', () => {
  const CASES: [string, string, string[]][] = [
    ['talks of two states told from the capital of one were a visit by the other',
      'ST PETERSBURG, June 17 – Kazakh President Kassym-Jomart Tokayev said on Friday that Kazakhstan would not recognise the breakaway republics. Before the plenary session Tokayev and Vladimir Putin held talks on trade and energy.',
      ['CONSULT/visit KAZ>RUS']],
    ['a call of the two in the story says how they met: the talks stay the call',
      'ASTANA, May 25 – President Kassym-Jomart Tokayev and Turkish President Recep Tayyip Erdogan held a telephone conversation on Monday. Tokayev and Erdogan discussed trade.',
      ['CONSULT/phone KAZ+TUR>']],
    ['a meeting of the two placed elsewhere says where they met',
      'BAKU – An Azerbaijani court on Friday released a journalist of a Russian news agency. The release was negotiated by aides to Vladimir Putin and Ilham Aliyev. It came a day after the two presidents met in Dushanbe.',
      ['CONSULT AZE+RUS>', 'CONSULT AZE+RUS>']],
  ];
  for (const [name, text, want] of CASES) it(name, () => assert.deepEqual(consults(text), want));
});
