/**
 * Visa regimes as a frame (src/coder/_visa.ts): the state that lets people in is the actor, each state whose people
 * it lets in a recipient of an act of its own (spec rule 2); a regime both ways is one joint act; a regime ended is
 * a material exchange discontinued (codebook, SANCTION). Invented sentences, the whole coder, rules only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createCoder } from '../../src/coder/index.ts';
import { visaParties } from '../../src/coder/_visa.ts';
import { tokenize } from '../../src/coder/_text.ts';

const coder = createCoder({ learnt: false });
const read = (text: string): string[] => coder.code({ id: 't', text, date: '2024-06-20' })
  .map((e) => `${e.event_type} ${[...e.actor].sort().join('+')}>${[...e.recipient].sort().join('+')}`).sort();

const TABLE: [kind: string, text: string, want: string[]][] = [
  ['travellers listed after "citizens of", the place entered lets them in',
    'Citizens of Japan, South Korea and Singapore may enter Uzbekistan without visas from Monday, the ministry said.',
    ['COOPERATE UZB>JPN', 'COOPERATE UZB>KOR', 'COOPERATE UZB>SGP']],
  ['travellers told by adjectives before "nationals"', 'From Monday Brazilian and Mexican nationals can stay in Mongolia for 30 days without a visa.',
    ['COOPERATE MNG>BRA', 'COOPERATE MNG>MEX']],
  ['passport holders going somewhere', 'Holders of Kyrgyz passports no longer need visas to travel to Qatar from June 1.', ['COOPERATE QAT>KGZ']],
  ['a requirement waived by its subject', 'Tajikistan waived visas for citizens of Latvia and Estonia on Friday.', ['COOPERATE TJK>EST', 'COOPERATE TJK>LVA']],
  ['requirements scrapped', 'On Friday Tajikistan scrapped visa requirements for nationals of Latvia and Estonia.', ['COOPERATE TJK>EST', 'COOPERATE TJK>LVA']],
  ['a regime introduced for several states', 'Kazakhstan introduced a visa-free regime for nationals of Brazil, Mexico and Argentina on Monday.',
    ['COOPERATE KAZ>ARG', 'COOPERATE KAZ>BRA', 'COOPERATE KAZ>MEX']],
  ['a regime both ways is one joint act', "Citizens of Kazakhstan and China can visit each other's countries without a visa from Friday.", ['COOPERATE CHN+KAZ>']],
  ['a regime suspended', 'Russia on Monday suspended the visa-free regime for Georgian citizens.', ['SANCTION RUS>GEO']],
  ['visa-free travel cancelled', 'Georgia on Monday cancelled visa-free travel for Russian nationals.', ['SANCTION GEO>RUS']],
];

describe('visa regimes', () => {
  for (const [kind, text, want] of TABLE) it(kind, () => assert.deepEqual(read(text), want));
});

describe('visaParties', () => {
  const m = (start: number, end: number, code: string, kind = 'country', prep: string | null = null) => ({ start, end, code, kind, prep });
  it('reads nothing without visa talk', () => {
    const tokens = tokenize('Citizens of Peru may enter Chile.');
    assert.equal(visaParties(tokens, [m(2, 3, 'PER', 'country', 'of'), m(5, 6, 'CHL')], []), null);
  });
  it('leaves a sentence without travellers to the rules', () => {
    const tokens = tokenize('Chile granted visa-free entry on Monday.');
    assert.equal(visaParties(tokens, [m(0, 1, 'CHL')], ['CHL']), null);
  });
  it('will not make a travellers\' state its own granter', () => {
    const tokens = tokenize('Citizens of Peru travel without visas.');
    assert.equal(visaParties(tokens, [m(2, 3, 'PER', 'country', 'of')], ['PER']), null);
  });
});
