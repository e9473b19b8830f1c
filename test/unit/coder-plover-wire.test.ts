/**
 * Wire-report constructions of the PLOVER records (one- or two-sentence reports of world events, 1988–2008) that
 * probe-plover showed missing (issue 8): each an invented one-sentence document run through the whole coder.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createCoder } from '../../src/coder/index.ts';

const coder = createCoder();
const sorted = (xs: string[]) => [...xs].sort();

/** expected: one event [type, actor, recipient], or null for "no event" */
type Want = [type: string, actor: string[], recipient: string[]] | null;
type Row = [kind: string, text: string, want: Want, absent?: string[]];

const TABLE: Row[] = [
  // help carried by any verb of transport, or received
  ['relief ferried', 'Japanese navy boats ferried food and blankets to flood victims in Bangladesh on Friday.', ['AID', ['JPN'], ['BGD']]],
  ['a loan instalment received', 'Brazil received a $2 billion loan tranche from the International Monetary Fund on Monday.', ['AID', ['IMF'], ['BRA']]],
  // retreats told as nouns, and arms laid down
  ['a withdrawal completed', 'Vietnam completed the withdrawal of its troops from Cambodia on Tuesday.', ['RETREAT', ['VNM'], ['KHM']]],
  ['arms handed in', 'Salvadoran guerrillas handed in their weapons to U.N. observers.', ['RETREAT', ['SLV'], ['UN']]],
  ['arms handed over are still aid', 'Iran handed over weapons to Armenia on Monday.', ['AID', ['IRN'], ['ARM']]],
  // refusals voiced as votes, as yielding negated, as a return to talks negated
  ['a vote against', 'The Danish parliament voted against sending troops to Iraq on Friday.', ['REJECT', ['DNK'], ['IRQ']]],
  ['never bow to pressure', 'Cuba said it would never bow to American pressure over human rights.', ['REJECT', ['CUB'], ['USA']]],
  ['bowed to pressure is a concession', 'Syria bowed to French pressure on Tuesday and agreed to free the journalist.', ['CONCEDE', ['SYR'], ['FRA']]],
  ['no return to the talks', 'Iran said on Sunday it would not return to the nuclear talks with the European Union.', ['REJECT', ['IRN'], ['EU']]],
  ['a return to the talks', 'Iran returned to the nuclear talks with the European Union on Sunday.', ['CONSULT', ['IRN'], ['EU']]],
  // the measure named first, by its agent
  ['relations broken off, passive', 'Diplomatic ties with Libya were severed by Britain in 1984, the Foreign Office recalled.', ['SANCTION', ['GBR'], ['LBY']]],
  // media shut, suspects handed over
  ['a newspaper closed', 'Kenya shut down an opposition weekly on Thursday.', ['COERCE', ['KEN'], ['KEN']]],
  ['a suspect handed over', 'Syria handed over a suspected militant to Turkish authorities on Monday.', ['COOPERATE', ['SYR'], ['TUR']]],
  // the topic of a protest is no request of its own; the protest is against whom it demands of
  ['a protest demanding of another state', 'Thousands of Greeks marched in Athens on Sunday demanding the withdrawal of Turkish troops from Cyprus.', ['PROTEST', ['GRC'], ['TUR']], ['REQUEST']],
  ['a protest demanding of its own government', 'Thousands of Serbs protested in Belgrade demanding the resignation of the government.', ['PROTEST', ['SRB'], ['SRB']], ['REQUEST']],
  ['a demand with no protest stays a request', 'Greece on Sunday demanded the withdrawal of Turkish troops from Cyprus.', ['REQUEST', ['GRC'], ['TUR']]],
  // armed movements of the 1988–2008 wars take the state they fought in; an attack at home is aimed at that state
  ['a movement by its name', 'The Lord\'s Resistance Army attacked a camp for displaced people in Gulu on Tuesday.', ['ASSAULT', ['UGA'], ['UGA']]],
  ['rebels at home, place under "in"', 'Chechen rebels attacked a police post in Nazran overnight.', ['ASSAULT', ['RUS'], ['RUS']]],
  ['a place after a place noun', 'Tamil Tiger guerrillas attacked an army camp in the eastern town of Batticaloa.', ['ASSAULT', ['LKA'], ['LKA']]],
  ['an attack abroad keeps the place\'s state', 'Russian troops attacked villages in Georgia.', ['ASSAULT', ['RUS'], ['GEO']]],
  // political prisoners freed are the freeing state's own people, whoever the next clause or the source names
  ['political prisoners and a second clause', 'Syria freed 30 political prisoners and summoned the French ambassador on Monday.', ['RETREAT', ['SYR'], ['SYR']]],
  ['political prisoners and the source', 'Vietnam freed 20 political prisoners on Monday, a U.N. envoy said.', ['RETREAT', ['VNM'], ['VNM']]],
  ['foreign captives keep their state', 'Iran freed 15 British sailors on Wednesday.', ['RETREAT', ['IRN'], ['GBR']]],
  // a closure eased, aid approved, a gathering boycotted, a demand restated
  ['a closure eased', 'Turkey eased its closure of the border crossings on Sunday.', ['CONCEDE', ['TUR'], ['TUR']]],
  ['aid approved with its amount between', 'Japan approved 10 million dollars in emergency aid for cyclone victims in Bangladesh.', ['AID', ['JPN'], ['BGD']]],
  ['a conference boycotted', 'Syria boycotted the regional economic conference in Amman on Sunday.', ['PROTEST', ['SYR'], ['JOR']]],
  ['a demand restated', 'Greece on Monday renewed its demand for the return of the Parthenon marbles from Britain.', ['REQUEST', ['GRC'], ['GBR']]],
  ['a demanded resignation is no resignation', 'Protesters gathered in Yerevan on Monday to demand the resignation of the prime minister.', ['PROTEST', ['ARM'], ['ARM']], ['RETREAT']],
  // a body's vote is its act; lending suspended is a sanction
  ['a vote to impose', 'The U.N. Security Council voted on Friday to impose an arms embargo on Liberia.', ['SANCTION', ['UN'], ['LBR']]],
  ['a vote to join', 'The Ukrainian parliament voted to join the CIS.', ['SUPPORT', ['UKR'], ['CIS']]],
  ['lending suspended', 'The IMF suspended lending to Kenya over corruption concerns.', ['SANCTION', ['IMF'], ['KEN']]],
  // rebels of no named movement or nationality fight inside the state their act is aimed at
  ['rebels in a state', 'Rebels shot down a government helicopter in southern Sudan on Monday.', ['ASSAULT', ['SDN'], ['SDN']]],
  ['guerrillas in a state', 'Guerrillas attacked an army post in northern Peru on Sunday.', ['ASSAULT', ['PER'], ['PER']]],
  ['a bombing with no side named keeps no actor', 'At least three civilians were killed in a car bombing in central Baghdad, Iraqi police said.', ['ASSAULT', [], ['IRQ']]],
  ['a home town shelled', 'Russian artillery pounded Grozny for a third day on Monday.', ['ASSAULT', ['RUS'], ['RUS']]],
  ['a foreign capital bombed', 'Russian jets bombed Tbilisi on Monday.', ['ASSAULT', ['RUS'], ['GEO']]],
  // hostages freed from another's hands are rescued (the codebook's AID); captors freeing their own captives retreat
  ['a rescue from named captors', 'Colombian soldiers freed three German tourists held by rebels on Sunday.', ['AID', ['COL'], ['DEU']], ['RETREAT']],
  ['captors freeing captives', 'Rebels of the Revolutionary United Front freed 50 U.N. peacekeepers on Monday.', ['RETREAT', ['SLE'], ['UN']], ['AID']],
  // an act welcomed by its noun is approval of whoever did it, not a visit
  ['a withdrawal welcomed', 'Kuwait welcomed the withdrawal of Iraqi troops from the border on Sunday.', ['SUPPORT', ['KWT'], ['IRQ']], ['CONSULT']],
  ['attacks called off', 'Hamas called off its attacks on Israel on Friday.', ['CONCEDE', ['PSE'], ['ISR']], ['ASSAULT']],
];

describe('coder: PLOVER-style wire constructions', () => {
  for (const [kind, text, want, absent] of TABLE) {
    it(`${kind}: ${text}`, () => {
      const got = coder.code({ id: 't', text, lang: 'en' });
      const show = JSON.stringify(got.map((e) => [e.event_type, e.actor, e.recipient]));
      if (want === null) { assert.equal(got.length, 0, show); return; }
      for (const t of absent ?? []) assert.ok(!got.some((e) => e.event_type === t), `unexpected ${t} in ${show}`);
      const hit = got.find((e) => e.event_type === want[0]);
      assert.ok(hit, `no ${want[0]} in ${show}`);
      assert.deepEqual(sorted(hit.actor), sorted(want[1]), show);
      assert.deepEqual(sorted(hit.recipient), sorted(want[2]), show);
    });
  }
});
