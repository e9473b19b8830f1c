/** Date expressions: which numbers in a sentence date an act, and which only name something. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createCoder } from '../../src/coder/index.ts';
import { findDates } from '../../src/coder/dates.ts';

const ref = new Date(Date.UTC(2024, 7, 9));
const dates = (s: string): string[] => findDates(s, ref).map((d) => d.date);

describe('findDates', () => {
  const CASES: [string, string[]][] = [
    ['In 2024 Kazakhstan joined the organisation.', ['2024']],
    ['Since 2019 the sides have met every year.', ['2019']],
    ['The 2013 summit was held in Bishkek.', ['2013']],
    ['Kazakhstan joined the WTO in 2015.', ['2015']],
    ['The leaders adopted the concept Central Asia 2040 on Friday.', ['2024-08-09']],
    ['Expo 2017 was held in Astana.', []],
    ['The Vision 2030 programme was presented.', []],
    ['The strategy runs until 2035.', []],
    ['On 3 May 2023 the ministers met.', ['2023-05-03']],
    ['The ministers met on Tuesday.', ['2024-08-06']],
    // "sat down with": a lower-case verb is no Saturday (issue 8)
    ['On Tuesday the minister sat down with his counterpart.', ['2024-08-06']],
    // a day and month a few weeks after the document date is that coming day, not last year's
    ['The sides agreed to meet again in Istanbul on 25 August.', ['2024-08-25']],
    // a month alone, or a day far ahead, is still the past one
    ['The ministers met in October.', ['2023-10']],
    ['The ministers met on 25 December.', ['2023-12-25']],
  ];
  for (const [s, want] of CASES) it(s, () => assert.deepEqual(dates(s), want));

  it('answers a sentence asked again, under another document date, or after many others, as when first asked', () => {
    const first = CASES.map(([s]) => JSON.stringify(findDates(s, ref)));
    const other = new Date(Date.UTC(2021, 0, 20));
    const otherFirst = CASES.map(([s]) => JSON.stringify(findDates(s, other)));
    // more sentences than the memo keeps, so the later rounds read some afresh
    for (let k = 0; k < 100; k++) findDates(`The ministers met on ${(k % 28) + 1} March.`, ref);
    for (let round = 0; round < 2; round++) {
      assert.deepEqual(CASES.map(([s]) => JSON.stringify(findDates(s, ref))), first);
      assert.deepEqual(CASES.map(([s]) => JSON.stringify(findDates(s, other))), otherFirst);
    }
    assert.deepEqual(findDates('The ministers met in October.', null), []);
    assert.ok(Object.isFrozen(findDates('On 3 May 2023 the ministers met.', ref)), 'a shared answer cannot be changed by one reader');
  });
});

describe('event dates at the ends of the calendar', () => {
  // (found by npm run fuzz: a document dated 1000-01-01 gave "999-12-31", which is no spec date)
  const SPEC = /^[1-9]\d{3}(?:-\d{2}(?:-\d{2})?)?$/;
  const texts = [
    'Kazakhstan and Russia signed a trade deal the previous day.',
    'Tokayev met Putin in Moscow a day earlier.',
    'Kazakhstan will host the forum next year, Tokayev said.',
    'Kazakhstan and Uzbekistan signed a border treaty last year.',
    'Tokayev met Putin in Moscow on Monday.',
  ];
  for (const date of ['1000-01-01', '1000-01-05', '9999-12-31', '9999-06-15']) {
    it(`a document dated ${date} gives only spec dates or none`, async () => {
      const { createCoder } = await import('../../src/coder/index.ts');
      const coder = createCoder();
      for (const text of texts) {
        for (const e of coder.code({ id: 'edge', text, date })) {
          assert.ok(e.date === null || SPEC.test(e.date), `${date}: ${text} → ${e.date}`);
        }
      }
    });
  }
});

describe('which date an act takes', () => {
  const coder = createCoder();
  const dated = (text: string, date: string): string[] =>
    coder.code({ id: 't', text, date }).map((e) => `${e.event_type} ${e.date}`).sort();
  const CASES: [string, string, string, string[]][] = [
    ['a promise is dated when made, not by the day of the plan',
      'Pakistan and Afghanistan agreed on Sunday to meet again in Istanbul on 25 October.', '2025-10-20', ['AGREE 2025-10-19']],
    ['a promise with no day of its own takes the day of the talks it came out of, not the month of the plan',
      'The Chilean and Peruvian foreign ministers held talks in Lima on Thursday. They agreed to meet again in January.', '2025-06-14', ['AGREE 2025-06-12', 'CONSULT 2025-06-12']],
    ['a promise whose sentence dates only the plan is dated by the story',
      'Norway and Iceland agreed to hold the next round of fisheries talks on 3 March.', '2025-06-14', ['AGREE 2025-06-14']],
    ['a date before the promise is still its own', 'In March, Ghana agreed to supply cocoa to Turkey.', '2025-06-14', ['AGREE 2025-03']],
    // (issue 8)
    ['a promise in reported speech is dated by the day the statement opens with',
      'On Wednesday Chile\'s foreign ministry said it would send humanitarian aid to Bolivia.', '2025-06-14', ['AGREE 2025-06-11']],
    ['a promise with no day said is dated by the story',
      'Chile\'s foreign ministry said it would send humanitarian aid to Bolivia.', '2025-06-14', ['AGREE 2025-06-14']],
    ['"the same day" counts from the day the sentence before names, even with nothing coded there',
      'A Kazakh team of rescuers landed in Türkiye on Tuesday. A second group flew out on Wednesday. The same day Tokayev ordered the government to allocate $1 million to Türkiye.',
      '2023-02-10', ['AGREE 2023-02-08', 'AID 2023-02-07']],
    ['a year naming another happening ("a 2019 murder") is not the date of the act',
      'Germany freed a Russian citizen who had been serving a life sentence for a 2019 murder.', '2024-08-02', ['RETREAT 2024-08']],
    ['a date in a clause recalled after the act is that clause\'s',
      'On Friday Mirzoyan thanked Kazakhstan. He also expressed gratitude to Kazakhstan and recalled that the declaration was signed in the same building in 1991.',
      '2024-05-11', ['SUPPORT 2024-05-10', 'SUPPORT 2024-05-10']],
    ['"hours later" counts from the day an attribution named',
      'The vote was not competitive, OSCE observers said in a statement on Monday. Hours later the Kazakh Foreign Ministry condemned the OSCE statement.',
      '2022-11-22', ['ACCUSE 2022-11-21']],
    ['"the same day" is the last day named, not the first', 'Protests began on January 2 and turned violent in Almaty on Wednesday. The same day Tokayev accepted the resignation of the government.',
      '2022-01-06', ['PROTEST 2022-01-02', 'RETREAT 2022-01-05']],
    ['"a day earlier" is no date counted from the document', 'Kazakhstan\'s foreign ministry criticised Russia on Wednesday. A day earlier Russia summoned the Kazakh ambassador.',
      '2022-10-06', ['ACCUSE 2022-10-04', 'ACCUSE 2022-10-05']],
    ['"earlier in the month" is another happening at its own precision, not a restatement of the one before',
      'Iranian and Azerbaijani special forces began a joint exercise on Sunday. Earlier in the month the Iranian navy hosted Azerbaijani vessels for a naval exercise.',
      '2024-11-25', ['COOPERATE 2024-11', 'COOPERATE 2024-11-24']],
    ['"earlier in the week" ends the opening phrase: the name after it is the subject',
      'Tokayev hosted the presidents of Kyrgyzstan, Tajikistan and Uzbekistan in Astana on Friday for a regional summit. Earlier in the week Shavkat Mirziyoyev paid an official visit to Kazakhstan.',
      '2024-08-10', ['CONSULT 2024-08', 'CONSULT 2024-08-09']],
    ['an undated sentence after a statement dated only in its attribution takes the statement\'s day',
      'Tajikistan has closed its border with Kyrgyzstan, the border service said on Saturday, citing a rise in smuggling. Bishkek also condemned the step.',
      '2024-06-03', ['ACCUSE 2024-06-01', 'SANCTION 2024-06-01']],
    ['an act told with "also" adds to the last happening dated, not to a past named in passing since',
      'Chile called in Peru\'s ambassador on Tuesday over a newspaper column. Officials said the column went against the treaty the two presidents signed in March last year. The Chilean embassy in Lima also sent a formal note over the column.',
      '2024-06-20', ['ACCUSE 2024-06', 'ACCUSE 2024-06-18']],
    ['without "also" the paragraph\'s last date is carried',
      'Chile called in Peru\'s ambassador on Tuesday over a newspaper column. In March 2023 the two presidents met in Lima. The Chilean president praised Peru.',
      '2024-06-20', ['ACCUSE 2024-06-18', 'CONSULT 2023-03', 'SUPPORT 2023-03']],
    // a month naming an earlier happening by a noun dates that happening only, not the sentences after it (issue 8)
    ['"the April attack" is carried no further',
      'Jaishankar hosted the ministers of Kazakhstan and Uzbekistan on Friday. He thanked them for standing by India after the April terrorist attack in Pahalgam. India supported the membership of Uzbekistan in the corridor.',
      '2025-06-07', ['CONSULT 2025-06-06', 'SUPPORT 2025-06-06', 'SUPPORT 2025-06-06']],
  ];
  for (const [name, text, date, want] of CASES) it(name, () => assert.deepEqual(dated(text, date), want));
});
