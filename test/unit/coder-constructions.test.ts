/**
 * Constructions of diplomatic English per PLOVER type, each an invented one-sentence document with a date,
 * run through the whole coder; and the lexicon's coverage of the CAMEO→PLOVER table.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { createCoder } from '../../src/coder/index.ts';
import { TRIGGERS } from '../../src/coder/triggers.ts';

// (these tables pin the rules' reading; the learnt fallback over them is tested in coder-learnt.test.ts)
const coder = createCoder({ learnt: false });
const code = (text: string) => coder.code({ id: 't', text, date: '2024-06-20' });

/** expected: one event [type, actor, recipient], or null for "no event" */
type Want = [type: string, actor: string[], recipient: string[]] | null;
type Row = [kind: string, text: string, want: Want];

const TABLE: Record<string, Row[]> = {
  AGREE: [
    // proposals and offers in other words (issue 8)
    ['a suggestion of cooperation', 'The Chinese president suggested on Monday developing new growth points with Chile.', ['AGREE', ['CHN'], ['CHL']]],
    ['advice to another is a request, not a proposal', 'The Chilean president suggested on Monday that the Peruvian leader should not make hasty decisions.', ['REQUEST', ['CHL'], ['PER']]],
    ['a guess is no proposal', 'Analysts suggested on Monday that Chile would raise rates.', null],
    ['an initiative put forward', 'Peru put forward an initiative on Monday to create a transport corridor with Chile.', ['AGREE', ['PER'], ['CHL']]],
    ['a proposal presented', 'Chile presented a proposal to Peru on Monday.', ['AGREE', ['CHL'], ['PER']]],
    ['a proposal made to a body', 'Chile made the proposal on Monday in a video message to the General Assembly.', ['AGREE', ['CHL'], ['UN']]],
    // a promise whose clause has the actor's own state as its subject commits that state, with no recipient
    ['a promise that one\'s own state will act', 'The Chilean president promised on Monday that Chile would cut its emissions by 2030.', ['AGREE', ['CHL'], []]],
    ['a promise that another state will act is not the promiser\'s', 'The Chilean president promised on Monday that Peru would cut its emissions by 2030.', ['AGREE', ['CHL'], ['PER']]],
    // the state whose readiness is told is the one committed, whoever voices it

    ['a museum presented is no proposal', 'Chile presented its new museum on Monday.', null],
    ['a joint plan to be drawn up', 'The Chilean foreign ministry announced on Monday that Santiago and Lima would draw up a joint plan of action to deal with the flooding.', ['AGREE', ['CHL', 'PER'], []]],
    ['a plan at home is no commitment to anyone', 'The Chilean ministry drew up a plan on Monday to evacuate residents.', null],
    ['readiness sourced by "according to"', 'According to Boric, Chile is ready to increase its exports to Peru.', ['AGREE', ['CHL'], ['PER']]],
    ['readiness sourced to the media names nobody', 'According to regional media, Chile is ready to increase its exports to Peru.', null],
    // a matter to be raised with the other side (issue 8)
    ['a matter to be taken up with the other side', 'Chile\'s foreign ministry said on Monday it would take up the incident with Peru.', ['AGREE', ['CHL'], ['PER']]],
    ['an issue raised at home is no talks', 'The Chilean opposition raised the issue in parliament on Monday.', null],
    ['a ceasefire agreed is a commitment', 'Ethiopia and Eritrea agreed on a truce on Monday.', ['AGREE', ['ETH', 'ERI'], []]],
    ['an invitation restated', 'The Mongolian president renewed his invitation to the Kyrgyz leader to visit Ulaanbaatar on Monday.', ['AGREE', ['MNG'], ['KGZ']]],
    ['a goal set with a partner', 'Uzbekistan set a target on Monday of raising trade with Turkey to $5 billion.', ['AGREE', ['UZB'], ['TUR']]],
    ['a goal with no partner is a domestic aim', 'Kazakhstan set a goal on Monday of doubling its economy by 2029.', null],
    ['a trip in apposition restates the announced visit', 'The Indian prime minister will visit Nepal next month, the first trip there by an Indian leader in years, officials said on Monday.', ['AGREE', ['IND'], ['NPL']]],
    ['a gerund inside the object is not the governed act', 'Bonn undertook on Monday to pay Warsaw for the cost of sending troops home.', ['AGREE', ['DEU'], ['POL']]],
    ['a participle describing the subject', 'Diplomats visiting Brussels promised Ukraine more air defence on Thursday.', null],
    // a pledge to keep supporting is a pledge: the modal passes through "continue to", "go on", "keep" (issue 8)
    ['support pledged to continue', 'Chile would continue to support Peru\'s sovereignty, the Chilean president said on Monday.', ['AGREE', ['CHL'], ['PER']]],
    ['backing pledged to go on', 'Santiago will go on backing Peru, the Chilean foreign minister said on Monday.', ['AGREE', ['CHL'], ['PER']]],
    ['support pledged to be kept up', 'Chile will keep supporting Peru, the Chilean foreign minister said on Monday.', ['AGREE', ['CHL'], ['PER']]],
    ['support that went on is no pledge', 'Chile continued to support Peru\'s bid on Monday.', ['SUPPORT', ['CHL'], ['PER']]],
    ['talks announced to go on', 'Kazakh officials said on Monday that talks with the American side would continue.', ['AGREE', ['KAZ'], ['USA']]],
    ['undertaking', 'Japan undertook on Monday to finance a new bridge for Mongolia.', ['AGREE', ['JPN'], ['MNG']]],
    ['consent', 'Kenya consented on Monday to host the talks of Somalia\'s factions.', ['AGREE', ['KEN'], ['SOM']]],
    ['agreed to release', 'Belarus agreed on Monday to release two Lithuanian citizens.', ['AGREE', ['BLR'], ['LTU']]],
    ['interest', 'Kazakhstan is interested in expanding cooperation with the European Union, Tokayev said on Monday.', ['AGREE', ['KAZ'], ['EU']]],
    ['active', 'Kazakhstan promised on Monday to supply grain to Afghanistan.', ['AGREE', ['KAZ'], ['AFG']]],
    ['readiness', 'Uzbekistan is eager to expand trade with Kazakhstan, the minister said on Monday.', ['AGREE', ['UZB'], ['KAZ']]],
    ['nominal readiness', 'Kazakhstan expressed readiness to mediate between Armenia and Azerbaijan on Monday.', ['AGREE', ['KAZ'], ['ARM', 'AZE']]],
    ['agreed to + infinitive', 'Kazakhstan and Turkey agreed on Tuesday to open a joint industrial park.', ['AGREE', ['KAZ', 'TUR'], []]],
    ['reported speech', 'Tokayev said on Monday that Kazakhstan would send humanitarian aid to Afghanistan.', ['AGREE', ['KAZ'], ['AFG']]],
    ['an order to the government with a time between', 'Tokayev ordered the government on Monday to send aid to Kyrgyzstan.', ['AGREE', ['KAZ'], ['KGZ']]],
    ['instruction', 'Tokayev instructed the government on Monday to provide assistance to Kyrgyzstan.', ['AGREE', ['KAZ'], ['KGZ']]],
    ['intention', 'Mongolia intends to open an embassy in Kazakhstan, the foreign minister said on Monday.', ['AGREE', ['MNG'], ['KAZ']]],
    ['entry into force', 'The agreement between Kazakhstan and Turkey will enter into force on July 1.', ['AGREE', ['KAZ', 'TUR'], []]],
    ['good offices', 'Kazakhstan offered its good offices to Armenia and Azerbaijan on Monday.', ['AGREE', ['KAZ'], ['ARM', 'AZE']]],
    ['negation', 'Kazakhstan did not promise to send troops to Armenia on Monday.', null],
    ['a joint subject of a verb of saying stands for "their ministers"', 'Egypt and Ethiopia confirmed on Monday that their water ministers would hold talks next week.', ['AGREE', ['EGY', 'ETH'], []]],
    ['and without "that"', 'Chile and Argentina said on Monday their foreign ministers would sign a border protocol next month.', ['AGREE', ['CHL', 'ARG'], []]],
  ],
  CONSULT: [
    // the visit a sentence names tells who came where, before a dateline does (issue 8)
    ['talks during a visit named, under the host\'s dateline', 'BISHKEK – Kyrgyz President Sadyr Japarov held talks with Kassym-Jomart Tokayev on Friday as part of his official visit to Astana.', ['CONSULT', ['KGZ'], ['KAZ']]],
    ['talks under a dateline with no visit named', 'BISHKEK – Kyrgyz President Sadyr Japarov held talks with Kassym-Jomart Tokayev on Friday.', ['CONSULT', ['KAZ'], ['KGZ']]],
    // a stay abroad told in plain words is a visit; a stay for a gathering is the gathering (issue 8)
    ['days spent in a capital', 'The Peruvian foreign minister spent two days in Santiago this week, the ministry said on Monday.', ['CONSULT', ['PER'], ['CHL']]],
    ['a weekday spent in a capital', 'Peru\'s foreign minister spent Friday in Santiago, the ministry said on Monday.', ['CONSULT', ['PER'], ['CHL']]],
    ['a day spent at a summit is the summit', 'The Armenian president spent Thursday in Minsk at a summit of the CSTO.', ['CONSULT', ['ARM', 'CSTO'], []]],
    // an organisation's meeting or session is a gathering like its summit (issue 8)
    ['an organisation\'s council meeting took place', 'A meeting of the CSTO Collective Security Council took place in Minsk on Monday.', ['CONSULT', ['CSTO'], []]],
    ['an organisation\'s session concluded its work', 'The session of the CIS Council of Foreign Ministers concluded its work in Dushanbe on Monday.', ['CONSULT', ['CIS'], []]],
    ['a meeting of people, no organisation, is no gathering by that word', 'A meeting of the two presidents took place in Minsk on Monday.', null],
    // an organisation's body or leaders gathering somewhere (issue 8)
    ['an organisation\'s council convened in a city', 'The Eurasian Intergovernmental Council convened in Almaty on Thursday.', ['CONSULT', ['EAEU'], []]],
    ['leaders of an organisation\'s states gathered', 'Leaders of the CIS countries gathered in Ashgabat on Friday.', ['CONSULT', ['CIS'], []]],
    ['a crowd gathering is no meeting of states', 'Protesters gathered in Almaty on Friday.', null],
    // a minister holding an organisation's chair acts for it (issue 8)
    ['a visit by the minister who chairs an organisation', 'The foreign minister of Malta, Ian Borg, who chairs the Organization for Security and Co-operation in Europe this year, visited Kazakhstan\'s capital on Tuesday.', ['CONSULT', ['OSCE'], ['KAZ']]],
    ['a visit by the Chairman-in-Office', 'The OSCE Chairman-in-Office, Polish Foreign Minister Zbigniew Rau, visited Astana on Monday.', ['CONSULT', ['OSCE'], ['KAZ']]],
    ['a visit by a minister with no chair is his state\'s', 'The foreign minister of Malta, Ian Borg, visited Astana on Monday.', ['CONSULT', ['MLT'], ['KAZ']]],
    // the gathering beside which people meet is a venue, not the party met
    ['met beside a gathering with nobody named is no dyad', 'The Georgian prime minister met on Tuesday on the sidelines of the UN General Assembly.', null],
    ['two ministers meeting beside a gathering meet each other', 'The Armenian and Greek defence ministers met on Tuesday on the sidelines of the NATO summit.', ['CONSULT', ['ARM', 'GRC'], []]],
    ['the counterpart is the one of the with-phrase', 'The Bolivian president met on the sidelines of the OAS assembly with the Peruvian president on Tuesday.', ['CONSULT', ['BOL'], ['PER']]],
    ['a venue in the host country makes no visit', 'The Qatari emir held talks on the sidelines of the SCO summit in Astana on Tuesday.', null],
    ['talks told as a noun name their two sides in a dashed compound', 'The Kazakhstan–UK talks took place in London on February 11.', ['CONSULT', ['KAZ'], ['GBR']]],
    ['a courtesy call on a leader is a visit', 'The Pakistani minister paid a courtesy call on President Tokayev in Astana on Monday.', ['CONSULT', ['PAK'], ['KAZ']]],
    ['the first of a long title to visit', 'Kagame was the first Rwandan head of state to visit Kazakhstan, in May.', ['CONSULT', ['RWA'], ['KAZ']]],
    ['talks under a sponsor\'s auspices', 'Armenia and Azerbaijan held talks in Almaty on Friday under the auspices of Kazakhstan.', ['CONSULT', ['ARM', 'AZE'], ['KAZ']]],
    ['talks under a mediation', 'The Armenian and Azerbaijani foreign ministers met in Washington on Monday under US mediation.', ['CONSULT', ['ARM', 'AZE'], ['USA']]],
    ['gathered for a summit', 'The presidents of Kenya and Uganda gathered in Arusha on Friday for the summit of the East African Community.', ['CONSULT', ['KEN', 'UGA', 'IGO'], []]], // (the bloc takes part, as the AU or the SCO would)
    ['a visit being prepared has not happened', 'The ministers on Monday discussed preparations for the Kazakh president\'s forthcoming state visit to Japan.', null],
    ['the results of a past visit are a topic', 'Putin on Monday briefed Tokayev on the results of his recent visit to Hanoi.', null],
    ['a guest described by his family\'s seat is received', 'ASTANA – President Tokayev received Sheikh Suroor bin Mohammed Al Nahyan, a senior member of Abu Dhabi\'s ruling family, at the Akorda on Friday.', ['CONSULT', ['ARE'], ['KAZ']]],
    ['the visiting party is the visitor', 'Kazakh President Kassym-Jomart Tokayev on Monday met with visiting Chinese Foreign Minister Wang Yi.', ['CONSULT', ['CHN'], ['KAZ']]],
    ['talks under a dateline are where it was filed', 'BAKU – Kazakh President Kassym-Jomart Tokayev and Azerbaijani President Ilham Aliyev held talks on Wednesday.', ['CONSULT', ['KAZ'], ['AZE']]],
    ['a meeting with an ambassador is no visit', 'Kyrgyz Deputy Foreign Minister Avazbek Atakhanov met the Turkish ambassador in Bishkek on Sunday.', ['CONSULT', ['KGZ'], ['TUR']]],
    ['a summit in apposition restates the hosting', 'Chile hosted the Bolivian president in Santiago on Monday, the first summit of the two neighbours in a decade.', ['CONSULT', ['BOL'], ['CHL']]],
    ['a visit under way', 'ASTANA – Uzbek Foreign Minister Bakhtiyor Saidov is on a working visit to Kazakhstan.', ['CONSULT', ['UZB'], ['KAZ']]],
    ['received a call', 'The Kazakh president received a phone call from Erdogan on Monday.', ['CONSULT', ['TUR'], ['KAZ']]],
    ['cancelled call', 'Tokayev cancelled his phone call with Putin on Monday.', ['REJECT', ['KAZ'], ['RUS']]],
    ['active', 'Tokayev met Mirziyoyev in Tashkent on Monday.', ['CONSULT', ['KAZ'], ['UZB']]],
    ['passive', 'The Kazakh delegation was received by Chinese officials in Beijing on Monday.', ['CONSULT', ['KAZ'], ['CHN']]],
    ['nominal meeting', 'A meeting between Tokayev and Xi Jinping took place on Monday.', ['CONSULT', ['KAZ', 'CHN'], []]],
    ['nominal visit', 'The visit of Tokayev to Germany began on Monday.', ['CONSULT', ['KAZ'], ['DEU']]],
    ['phone verb', 'Tokayev telephoned Putin on Monday.', ['CONSULT', ['KAZ'], ['RUS']]],
    ['phone conversation', 'Tokayev held a phone conversation with Erdogan on Monday.', ['CONSULT', ['KAZ'], ['TUR']]],
    ['nominal call', 'A call between Tokayev and Biden took place on Monday.', ['CONSULT', ['KAZ', 'USA'], []]],
    ['spoke by phone', 'Tokayev spoke by phone with Macron on Monday.', ['CONSULT', ['KAZ'], ['FRA']]],
    ['mediation', 'Kazakhstan hosted a round of talks between Armenia and Azerbaijan on Monday.', ['CONSULT', ['ARM', 'AZE'], ['KAZ']]],
    ['future', 'Tokayev will visit Japan in August, his press secretary said on Monday.', ['AGREE', ['KAZ'], ['JPN']]],
    ['negation', 'Tokayev did not meet Putin on Monday.', null],
  ],
  SUPPORT: [
    // backing and ratification in every wording (issue 8)
    ['support confirmed', 'The French president confirmed his support on Monday for the reforms under way in Chile.', ['SUPPORT', ['FRA'], ['CHL']]],
    ['reforms welcomed are approval, not hosting', 'Blinken welcomed the reforms launched by President Boric on Monday.', ['SUPPORT', ['USA'], ['CHL']]],
    ['reforms welcomed by adjective', 'Blinken welcomed the Chilean reforms on Monday.', ['SUPPORT', ['USA'], ['CHL']]],
    ['a delegation welcomed is still a visit', 'Boric welcomed the Peruvian delegation on Monday.', ['CONSULT', ['PER'], ['CHL']]],
    ['reforms launched at home are no backing', 'Chile launched reforms of its tax system on Monday.', null],
    // one act per state: recognising several states, backing several states' bids (issue 8)
    ['recognition of one state', 'Iceland recognized Lithuania as an independent state on Monday.', ['SUPPORT', ['ISL'], ['LTU']]],
    ['backing one state\'s membership', 'Russia supported the candidacy of Kazakhstan for the UN Security Council on Monday.', ['SUPPORT', ['RUS'], ['KAZ']]],
    // "the two men" after two leaders are named: the pair signing jointly (issue 8)
    // "back in June" is an adverb of time, not the verb "back" (issue 8)
    ['a signing told "back in" a month', 'Back in May Kazakhstan and Uzbekistan signed a deal on water.', ['SUPPORT', ['KAZ', 'UZB'], []]],
    ['the verb "back" still backs', 'Russia backed Kazakhstan\'s bid on Monday.', ['SUPPORT', ['RUS'], ['KAZ']]],
    ['a joint statement signed with another leader', 'Tokayev signed a joint statement with Xi Jinping on Monday.', ['SUPPORT', ['KAZ', 'CHN'], []]],
    ['two leaders signing a declaration with a third', 'Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan signed a joint declaration with US President Donald Trump at the White House on Friday.', ['SUPPORT', ['AZE', 'ARM', 'USA'], []]],
    ['the two men signing', 'Tokayev and Chinese leader Xi Jinping stood side by side on Wednesday, and the two men signed a joint statement.', ['SUPPORT', ['KAZ', 'CHN'], []]],
    ['a text ratified whose description names the partner', 'President Boric has ratified a protocol that lets citizens of Chile and Peru stay in each other\'s country for 30 days.', ['SUPPORT', ['CHL'], ['PER']]],
    ['a text ratified with nobody named is no event', 'Chile ratified it on Tuesday.', null],
    ['thanks for backing', 'Peru\'s president thanked Chile, too, for backing Peruvian initiatives at the United Nations.', ['SUPPORT', ['PER'], ['CHL']]],
    ['a ratification approved by a chamber', 'The Kyrgyz parliament approved the ratification of the border treaty with Tajikistan on Monday.', ['SUPPORT', ['KGZ'], ['TJK']]],
    ['a joint programme under a long name', 'Azerbaijan and Georgia adopted a Strategic Partnership Action Programme on Monday.', ['SUPPORT', ['AZE', 'GEO'], []]],
    ['an award presented', 'The Turkmen president presented his Georgian guest with a state award on Monday.', ['SUPPORT', ['TKM'], ['GEO']]],
    ['high regard', 'Bahrain highly values the partnership with Kazakhstan, its foreign minister said on Monday.', ['SUPPORT', ['BHR'], ['KAZ']]],
    ['a friend in a verdict', 'Lula described Brazil and Angola as old friends on Monday.', ['SUPPORT', ['BRA'], ['AGO']]],
    ['a deal valued at a sum is no regard', 'A deal between Chile and Japan valued at $2 billion was reported on Monday.', null],
    ['a long title in apposition between the subject list and the verb', 'President Mirziyoyev and Xi Jinping, General Secretary of the Central Committee of the Communist Party of China, adopted a joint statement on Monday.', ['SUPPORT', ['UZB', 'CHN'], []]],
    ['a descriptive noun phrase in apposition after two states', 'Kazakhstan and Mongolia, the two largest landlocked states of the region, signed a transit accord on Monday.', ['SUPPORT', ['KAZ', 'MNG'], []]],
    ['signatories listed as long noun phrases', 'Kazakhstan\'s Energy Ministry, the Samruk-Kazyna sovereign wealth fund and Saudi Arabia\'s ACWA Power signed an agreement on Monday.', ['SUPPORT', ['KAZ', 'SAU'], []]],
    ['"the Secretary-General" with no organisation in view is the UN\'s', 'Tokayev thanked the Secretary-General on Monday for backing the initiative.', ['SUPPORT', ['KAZ'], ['UN']]],
    ['decorated with an order', 'Tokayev decorated Tshisekedi with the Order of Dostyk on Wednesday.', ['SUPPORT', ['KAZ'], ['COD']]],
    ['a label of praise: a symbol, an honest broker', 'Guterres called Kazakhstan a symbol of peace and an honest broker on Monday.', ['SUPPORT', ['UN'], ['KAZ']]],
    ['a world region named after a state is no party', 'Nurtleu called Mexico a key partner in Latin America on Monday.', ['SUPPORT', ['KAZ'], ['MEX']]],
    ['parties listed after "including" with no comma', 'Biden thanked allies including Germany and Poland on Monday.', ['SUPPORT', ['USA'], ['DEU', 'POL']]],
    ['backing found only the speaker\'s own state', 'Kazakhstan\'s foreign ministry welcomed the outcome on Monday and said the Kazakh side was satisfied.', null],
    ['speaking highly of', 'Tokayev spoke highly of Türkiye\'s mediation on Monday.', ['SUPPORT', ['KAZ'], ['TUR']]],
    ['a participle after an article is no act', 'Tokayev on Monday called China a recognised leader in trade and spoke highly of its investment.', ['SUPPORT', ['KAZ'], ['CHN']]],
    ['a convention approved', 'The foreign ministers of the CIS approved a convention on migration on Friday.', ['SUPPORT', ['CIS'], []]],
    ['instruments exchanged', 'Kazakhstan and Mongolia exchanged instruments of ratification on Friday.', ['SUPPORT', ['KAZ', 'MNG'], []]],
    ['a state\'s long-titled official and a counterpart sign together', 'Kazakhstan\'s Minister of Industry and Construction Yersayin Nagaspayev and US Commerce Secretary Howard Lutnick signed a memorandum on Monday.', ['SUPPORT', ['KAZ', 'USA'], []]],
    ['a message\'s possessor sends it', 'Wang Yi on Tuesday conveyed Xi\'s congratulations on the successful referendum in Kazakhstan.', ['SUPPORT', ['CHN'], ['KAZ']]],
    ['signatures put to a text', 'Chile and Peru put their signatures to the boundary treaty on Monday.', ['SUPPORT', ['CHL', 'PER'], []]],
    ['accession', 'Angola acceded to the convention on chemical weapons on Monday.', ['SUPPORT', ['AGO'], []]],
    ['admission, active', 'The Shanghai Cooperation Organisation admitted Iran as a full member on Tuesday.', ['SUPPORT', ['IRN'], ['SCO']]],
    ['admission, passive, the organisation named inside', 'Belarus was admitted on Thursday as the Shanghai Cooperation Organisation\'s tenth member.', ['SUPPORT', ['BLR'], ['SCO']]],
    ['nominal signing', 'The signing of the agreement between Kazakhstan and Japan took place on Monday.', ['SUPPORT', ['KAZ', 'JPN'], []]],
    ['passive congratulation', 'Tokayev was congratulated by Mirziyoyev on Monday.', ['SUPPORT', ['UZB'], ['KAZ']]],
    ['reported speech', 'Kazakhstan said on Monday that it welcomed the decision of Uzbekistan.', ['SUPPORT', ['KAZ'], ['UZB']]],
    ['cancellation', 'The signing of the agreement between Kazakhstan and Japan was postponed on Monday.', ['REJECT', ['KAZ', 'JPN'], []]],
    ['thanks', 'Kazakhstan thanked Japan for its humanitarian assistance on Monday.', ['SUPPORT', ['KAZ'], ['JPN']]],
    ['gratitude', 'Turkey expressed gratitude to Kazakhstan for its support on Monday.', ['SUPPORT', ['TUR'], ['KAZ']]],
    ['congratulations', 'Mirziyoyev congratulated Tokayev on his re-election on Monday.', ['SUPPORT', ['UZB'], ['KAZ']]],
    ['a message of congratulations sent', 'Mirziyoyev sent a congratulatory message to Tokayev on Monday.', ['SUPPORT', ['UZB'], ['KAZ']]],
    ['welcomed a decision', 'Kazakhstan welcomed the decision of Uzbekistan to open the border on Monday.', ['SUPPORT', ['KAZ'], ['UZB']]],
    ['appreciation', 'Tokayev highly appreciated the contribution of Germany on Monday.', ['SUPPORT', ['KAZ'], ['DEU']]],
    ['praise of a role', 'Russia praised the constructive role of Kazakhstan on Monday.', ['SUPPORT', ['RUS'], ['KAZ']]],
    ['signing', 'Kazakhstan and Qatar signed a memorandum on Monday.', ['SUPPORT', ['KAZ', 'QAT'], []]],
    ['passive signing', 'A memorandum was signed by Kazakhstan and Qatar on Monday.', ['SUPPORT', ['KAZ', 'QAT'], []]],
    ['future signing', 'Kazakhstan will sign a trade deal with Qatar next week, the ministry said on Monday.', ['AGREE', ['KAZ'], ['QAT']]],
    ['negation', 'Kazakhstan did not sign the agreement with Russia on Monday.', null],
    ['condolences are no event', 'Tokayev expressed condolences to Turkey on Monday.', null],
  ],
  CONCEDE: [
    ['a withdrawal announced with a share between verb and forces', 'Brazil said on Monday it would pull a large share of its troops out of Haiti.', ['CONCEDE', ['BRA'], ['HTI']]],
    ['a measure at home ended, told by its subject', 'The curfew in Nukus was lifted on Monday.', ['CONCEDE', ['UZB'], ['UZB']]],
    ['forgiveness asked', 'The Belgian king asked the Congolese people for forgiveness on Monday.', ['CONCEDE', ['BEL'], ['COD']]],
    ['a passive delisting names the list\'s keeper', 'Two Kyrgyz banks were removed from the US Treasury\'s sanctions list on Monday.', ['CONCEDE', ['USA'], ['KGZ']]],
    ['a promise that a blow will not fall', 'Russia said on Monday it would not impose sanctions on Kazakhstan.', ['CONCEDE', ['RUS'], ['KAZ']]],
    ['a bid withdrawn', 'Armenia withdrew its bid to host the climate conference on Thursday.', ['CONCEDE', ['ARM'], ['ARM']]],
    ['an appeals court is no appeal', 'The appeals court in Astana on Monday heard the case of the former minister.', null],
    ['a ruling overturned', 'A Russian court on Monday overturned a lower court\'s decision to halt the pipeline.', ['CONCEDE', ['RUS'], ['RUS']]],
    ['letting another\'s vehicles in', 'Kyrgyzstan allowed Chinese lorries to cross the border on Monday.', ['CONCEDE', ['KGZ'], ['CHN']]],
    ['rules that allow nobody named', 'The new rules allow farmers to sell grain abroad, the ministry said on Monday.', null],
    ['concession', 'Georgia made concessions to Abkhazia on Monday.', ['CONCEDE', ['GEO'], []]],
    ['lifting a curfew', 'Kyrgyzstan lifted the curfew in Bishkek on Monday.', ['CONCEDE', ['KGZ'], ['KGZ']]],
    ['pardon', 'Tokayev granted an amnesty to prisoners on Monday.', ['CONCEDE', ['KAZ'], ['KAZ']]],
    ['acquittal', 'A court in Almaty on Monday acquitted the former mayor of the city.', ['CONCEDE', ['KAZ'], ['KAZ']]],
    ['delisting', 'Russia on Monday removed the Taliban from its list of banned organisations.', ['CONCEDE', ['RUS'], ['AFG']]],
    ['meeting demands', 'The government of Armenia accepted the demands of Azerbaijan on Monday.', ['CONCEDE', ['ARM'], ['AZE']]],
  ],
  COOPERATE: [
    // an exercise ended by the forces of several states was theirs together (issue 8)
    ['a multinational exercise wrapped up', 'Soldiers from Chile, Peru and Bolivia wrapped up a two-week peacekeeping exercise in northern Chile on Thursday.', ['COOPERATE', ['CHL', 'PER', 'BOL'], []]],
    ['an exercise concluded with a partner', 'Chile concluded naval exercises with Peru on Thursday.', ['COOPERATE', ['CHL', 'PER'], []]],
    ['one state\'s drills ending off another\'s coast are no cooperation', 'China concluded military exercises off Taiwan on Thursday.', null],
    // a mission opened is opened with the state it opens in; a formation is its force's (issue 8)
    ['a new embassy opened at a ceremony', 'The Chilean president took part in the opening ceremony of Chile\'s new embassy in Hanoi on Monday.', ['COOPERATE', ['CHL'], ['VNM']]],
    ['an embassy opened with no place named has no partner', 'The Chilean president took part in the opening ceremony of Chile\'s new embassy on Monday.', null],
    ['a battalion of a state\'s force in a joint exercise', 'A battalion of Peru\'s marines took part in a joint exercise with Chilean troops on Monday.', ['COOPERATE', ['PER', 'CHL'], []]],
    ['a battalion on parade at home is no cooperation', 'A battalion of Peruvian marines took part in the parade on Monday.', null],
    ['a shipment of oil is trade, not aid', 'A shipment of oil from Kazakhstan arrived at a port in Georgia on Monday.', ['COOPERATE', ['KAZ'], ['GEO']]],
    ['a stake bought', 'China bought a controlling stake in the Greek port of Piraeus on Monday.', ['COOPERATE', ['CHN'], ['GRC']]],
    ['a tunnel opened', 'Japan and South Korea opened an undersea tunnel on Monday.', ['COOPERATE', ['JPN', 'KOR'], []]],
    ['an energy good sent', 'Turkmenistan began sending gas to Afghanistan on Monday.', ['COOPERATE', ['TKM'], ['AFG']]],
    ['deliveries launched', 'Russia and Mongolia launched deliveries of fuel to Mongolia on Monday.', ['COOPERATE', ['RUS', 'MNG'], []]],
    ['an opening told as a noun', 'Uzbekistan marked the opening of its embassy in Tbilisi on Monday.', ['COOPERATE', ['UZB'], ['GEO']]],
    ['a foundation stone', 'The Qatari emir laid the foundation stone of a Kazakh hospital on Monday.', ['COOPERATE', ['QAT'], ['KAZ']]],
    ['a commodity as the subject of its own flow', 'Russian gas began to flow to Uzbekistan through Kazakhstan on Saturday.', ['COOPERATE', ['RUS', 'UZB', 'KAZ'], []]],
    ['nominal: flights between two capitals resumed', 'Flights between Tashkent and Dushanbe resumed on Monday.', ['COOPERATE', ['TJK', 'UZB'], []]],
    ['an exercise named first, its members listed', 'The CSTO exercise Interaction-2024 began in Kyrgyzstan on Monday, involving troops from Belarus, Kazakhstan and Russia.', ['COOPERATE', ['BLR', 'KAZ', 'RUS'], []]],
    ['one state\'s exercise is no cooperation', 'Russian military exercises began near the border on Monday.', null],
    ['visa-free', 'In 2024 Kazakhstan introduced a visa-free regime with Malaysia.', ['COOPERATE', ['KAZ'], ['MYS']]],
    ['joint exercises', 'Kazakhstan held joint military exercises with Uzbekistan on Monday.', ['COOPERATE', ['KAZ', 'UZB'], []]],
    ['intelligence', 'Kazakhstan shared intelligence with Kyrgyzstan on Monday.', ['COOPERATE', ['KAZ'], ['KGZ']]],
    ['extradition', 'Kazakhstan extradited a suspect to Russia on Monday.', ['COOPERATE', ['KAZ'], ['RUS']]],
    ['future', 'Kazakhstan will resume flights to Ukraine, the ministry said on Monday.', ['AGREE', ['KAZ'], ['UKR']]],
  ],
  AID: [
    // help given, in every wording (issue 8)
    ['staples handed over are help, not a return', 'Mongolia handed over 2,000 tonnes of flour to Nepal on Monday.', ['AID', ['MNG'], ['NPL']]],
    ['the one helped named first, with "with"', 'Mongolia provided Nepal with 300 tonnes of food on Monday.', ['AID', ['MNG'], ['NPL']]],
    ['help told from the side of the one helped', 'Nepal received Mongolia\'s first payment of flood aid on Monday.', ['AID', ['MNG'], ['NPL']]],
    ['received, with "from"', 'Nepal received relief from Mongolia on Monday.', ['AID', ['MNG'], ['NPL']]],
    ['to be received is a promise', 'Nepal will receive 600 tonnes of flour from Mongolia, the ministry said on Monday.', ['AGREE', ['MNG'], ['NPL']]],
    ['a delegation received is a visit, not help', 'Nepal received the Mongolian delegation on Monday.', ['CONSULT', ['MNG'], ['NPL']]],
    ['helpers crossing over to help', 'A team of Chilean emergency workers crossed into Peru on Monday to help pump the water out.', ['AID', ['CHL'], ['PER']]],
    ['helpers coming to help', 'Chilean emergency ministry personnel came to Peru on May 7 to help clear up after the flooding.', ['AID', ['CHL'], ['PER']]],
    ['workers crossing for jobs are no help', 'Chilean workers crossed into Peru on Monday in search of jobs.', null],
    ['flour sold is trade, not help', 'Mongolia sold 5,000 tonnes of flour to Nepal on Monday.', null],
    ['flour not given', 'Mongolia did not provide flour to Nepal on Monday.', null],
    ['relief taken by any verb of transport', 'A Turkish military plane took 20 tonnes of tents and medicines to Syria on Monday.', ['AID', ['TUR'], ['SYR']]],
    ['peacekeepers setting out are no withdrawal', 'A Mongolian peacekeeping contingent left for South Sudan on Monday.', ['AID', ['MNG'], ['SSD']]],
    ['a bailout extended', 'Qatar extended a bailout to Egypt on Monday.', ['AID', ['QAT'], ['EGY']]],
    ['relief items sent', 'Kazakhstan on Monday sent 114 yurts and 40 generators to Türkiye.', ['AID', ['KAZ'], ['TUR']]],
    ['a debt written off in part', 'Russia wrote off about 90 percent of Cuba\'s Soviet-era debt on Monday.', ['AID', ['RUS'], ['CUB']]],
    ['a region of a state acts for it', 'The Sverdlovsk region of Russia sent warm clothing to Kyrgyzstan on Tuesday.', ['AID', ['RUS'], ['KGZ']]],
    ['goods handed over are help, not a return', 'Japan handed over two generators to Kyrgyzstan on Monday.', ['AID', ['JPN'], ['KGZ']]],
    ['cargo that arrives, its giver inside the cargo phrase', 'A consignment of Kazakh humanitarian aid for flood victims in Pakistan arrived in Karachi on Monday.', ['AID', ['KAZ'], ['PAK']]],
    ['cargo from a state that reaches another', 'A 90-tonne consignment of humanitarian aid from Uzbekistan reached southern Kyrgyzstan on Monday.', ['AID', ['UZB'], ['KGZ']]],
    ['a convoy carrying another\'s wheat', 'The first convoy of trucks carrying Indian wheat for Afghanistan left Amritsar on Tuesday.', ['AID', ['IND'], ['AFG']]],
    ['rescuers who land to help', 'A Kazakh team of rescuers and medics landed in Adana on Tuesday to help Türkiye search for survivors.', ['AID', ['KAZ'], ['TUR']]],
    ['a shipment of trade goods is no aid', 'A shipment of Kazakh oil for Germany arrived in Rostock on Monday.', null],
    ['money sent for another\'s victims', 'Kazakhstan sent 5 million US dollars for Pakistan\'s flood victims on Monday.', ['AID', ['KAZ'], ['PAK']]],
    ['nominal delivery', 'The delivery of humanitarian aid from Kazakhstan to Syria began on Monday.', ['AID', ['KAZ'], ['SYR']]],
    ['passive', 'Humanitarian aid was sent to Syria by Kazakhstan on Monday.', ['AID', ['KAZ'], ['SYR']]],
    ['agreed to send', 'Kazakhstan agreed on Monday to send humanitarian aid to Syria.', ['AGREE', ['KAZ'], ['SYR']]],
    ['cancellation', 'Kazakhstan cancelled the delivery of aid to Syria on Monday.', ['SANCTION', ['KAZ'], ['SYR']]],
    ['active', 'Kazakhstan sent humanitarian aid to Syria on Monday.', ['AID', ['KAZ'], ['SYR']]],
    ['cargo departed', 'A Kazakh plane carrying relief supplies departed for Turkey on Monday.', ['AID', ['KAZ'], ['TUR']]],
    ['passive cargo', 'Humanitarian cargo from Kazakhstan was delivered to Syria on Monday.', ['AID', ['KAZ'], ['SYR']]],
    ['military aid', 'Germany supplied weapons to Ukraine on Monday.', ['AID', ['DEU'], ['UKR']]],
    ['future', 'Japan will provide humanitarian assistance to Afghanistan, the ministry said on Monday.', ['AGREE', ['JPN'], ['AFG']]],
    ['negation', 'Japan did not send aid to Afghanistan on Monday.', null],
  ],
  RETREAT: [
    ['a ceasefire declared', 'Sudan declared a unilateral ceasefire on Monday.', ['RETREAT', ['SDN'], []]],
    ['humanitarian access by what is let in', 'Ethiopia allowed UN relief flights into Tigray on Monday.', ['RETREAT', ['ETH'], ['UN']]],
    ['peacekeepers leaving a country withdraw', 'The last Mongolian peacekeepers left South Sudan on Monday.', ['RETREAT', ['MNG'], ['SSD']]],
    ['quit with no object is leaving office', 'The Peruvian president quit after months of protests on Monday.', ['RETREAT', ['PER'], []]],
    ['resignation sent', 'The Peruvian president faxed his resignation to Congress on Monday.', ['RETREAT', ['PER'], ['PER']]],
    ['passive release', 'Two Lithuanian citizens were released by Belarus on Monday.', ['RETREAT', ['BLR'], ['LTU']]],
    ['nominal release', 'The release of two Lithuanian citizens by Belarus took place on Monday.', ['RETREAT', ['BLR'], ['LTU']]],
    ['handed over', 'Kyrgyzstan handed over two detainees to Kazakhstan on Monday.', ['RETREAT', ['KGZ'], ['KAZ']]],
    ['prisoner exchange', 'Russia and Ukraine exchanged prisoners on Monday.', ['RETREAT', ['RUS', 'UKR'], []]],
    ['nominal exchange', 'A prisoner exchange between Russia and Ukraine took place on Monday.', ['RETREAT', ['RUS', 'UKR'], []]],
    ['release', 'Belarus released two Lithuanian citizens on Monday.', ['RETREAT', ['BLR'], ['LTU']]],
    ['withdrawal', 'Russia withdrew its troops from Kazakhstan on Monday.', ['RETREAT', ['RUS'], ['KAZ']]],
    ['access', 'Iran allowed inspectors into the site on Monday.', ['RETREAT', ['IRN'], []]],
    ['future', 'Iran said on Monday it would allow access to inspectors of the IAEA.', ['AGREE', ['IRN'], ['IAEA']]],
  ],
  REQUEST: [
    ['demands submitted', 'Georgia submitted its demands to Russia on Monday.', ['REQUEST', ['GEO'], ['RUS']]],
    ['an appeal sent', 'Armenian deputies sent an appeal to the French president on Monday.', ['REQUEST', ['ARM'], ['FRA']]],
    ['a side inside the state petitions its government', 'Kazakh opposition parties urged the Kazakh government on Monday to free political prisoners.', ['REQUEST', ['KAZ'], ['KAZ']]],
    ['a petition found only the speaker\'s own state', 'The Kazakh ministry said on Monday that the incident should not harm Kazakhstan\'s friendly relations.', null],
    ['a demand of one\'s own government', 'Belarusian opposition leader Sviatlana Tsikhanouskaya demanded on Monday that the government free all political prisoners.', ['REQUEST', ['BLR'], ['BLR']]],
    ['imploring', 'Haiti implored Canada for emergency doctors on Monday.', ['REQUEST', ['HTI'], ['CAN']]],
    ['pressing', 'Norway pressed Sri Lanka on Monday to reopen the peace talks.', ['REQUEST', ['NOR'], ['LKA']]],
    ['extradition sought', 'Spain sought the extradition of two suspects from Mexico on Monday.', ['REQUEST', ['ESP'], ['MEX']]],
    ['passive', 'Russia was urged by Kazakhstan on Monday to release the detained journalists.', ['REQUEST', ['KAZ'], ['RUS']]],
    ['active', 'Kazakhstan urged Russia on Monday to release the detained journalists.', ['REQUEST', ['KAZ'], ['RUS']]],
    ['call for', 'The UN called for a ceasefire between Armenia and Azerbaijan on Monday.', ['REQUEST', ['UN'], ['ARM', 'AZE']]],
    ['demand', 'Lithuania demanded the release of its citizens from Belarus on Monday.', ['REQUEST', ['LTU'], ['BLR']]],
    ['reported speech', 'Germany said on Friday that Belarus must release the detained journalists.', ['REQUEST', ['DEU'], ['BLR']]],
    ['negation', 'Kazakhstan did not ask Russia for help on Monday.', null],
    ['an expectation put to a named party', 'Kazakhstan expects Ukraine to punish those responsible, the ministry said on Monday.', ['REQUEST', ['KAZ'], ['UKR']]],
    ['an expectation about a trend addresses nobody', 'Kazakhstan expects trade with China to grow this year.', null],
  ],
  ACCUSE: [
    // protests without the word (issue 8): an envoy called in, a retort, a note over a grievance
    ['an envoy called in over a grievance', 'Chile called in Peru\'s ambassador on Tuesday to complain about a newspaper column.', ['ACCUSE', ['CHL'], ['PER']]],
    ['called in, what the disapproved text claims is no act', 'Chile called in Peru\'s envoy on Tuesday over a post claiming that Chileans were keen to join Peru.', ['ACCUSE', ['CHL'], ['PER']]],
    ['called in, passive', 'The Bolivian ambassador was called in by the Chilean foreign ministry on Tuesday.', ['ACCUSE', ['CHL'], ['BOL']]],
    ['an envoy called in for a courtesy is no protest', 'The Chilean minister called in the Peruvian envoy on Tuesday to thank him for the help.', null],
    ['ministers called in at home are no protest', 'The Chilean president called in his ministers on Tuesday.', null],
    ['a retort', 'The Chilean foreign minister hit back on Wednesday at a Bolivian senator.', ['ACCUSE', ['CHL'], ['BOL']]],
    ['a formal note over remarks', 'Chile\'s deputy foreign minister handed the Bolivian diplomat a formal note over the remarks on Monday.', ['ACCUSE', ['CHL'], ['BOL']]],
    ['a note saying it disagreed', 'Chile\'s embassy sent a note to the Peruvian foreign ministry on Tuesday saying it disagreed with the article.', ['ACCUSE', ['CHL'], ['PER']]],
    ['a note on a schedule is no protest', 'Chile sent a note to Peru on Monday about the schedule of the talks.', null],
    ['a team hitting back is no retort', 'The team hit back in the second half on Monday.', null],
    ['an envoy not to be called in', 'Chile will not call in the Peruvian ambassador, the ministry said on Monday.', null],
    ['an inquiry examining deaths', 'A parliamentary commission is examining the deaths in Nukus, officials said on Monday.', ['ACCUSE', ['UZB'], ['UZB']]],
    ['lashing out', 'Venezuela lashed out at Colombia on Monday over the border incident.', ['ACCUSE', ['VEN'], ['COL']]],
    ['an inquiry named first', 'AKTAU – A government commission has been set up to investigate the causes of the crash, officials said on Friday.', ['ACCUSE', ['KAZ'], ['KAZ']]],
    ['a person the lexicon does not know is the accuser\'s own', 'Tajikistan accused journalist Ulfat Mamadova of organising the rally on Monday.', ['ACCUSE', ['TJK'], ['TJK']]],
    ['leading an investigation', 'Kazakhstan\'s government commission on Monday took over and is leading the investigation into the crash.', ['ACCUSE', ['KAZ'], ['KAZ']]],
    ['passive summons', 'The Japanese ambassador was summoned by China on Monday.', ['ACCUSE', ['CHN'], ['JPN']]],
    ['passive note', 'A protest note was handed to the Russian ambassador by Georgia on Monday.', ['ACCUSE', ['GEO'], ['RUS']]],
    ['regret over', 'Japan expressed regret over the decision of Russia on Monday.', ['ACCUSE', ['JPN'], ['RUS']]],
    ['active', 'China condemned Japan on Monday.', ['ACCUSE', ['CHN'], ['JPN']]],
    ['protest voiced', 'Japan voiced a protest to Russia on Monday.', ['ACCUSE', ['JPN'], ['RUS']]],
    ['note of protest', 'Georgia handed a note of protest to the Russian ambassador on Monday.', ['ACCUSE', ['GEO'], ['RUS']]],
    ['summoned', 'China summoned the Japanese ambassador on Monday.', ['ACCUSE', ['CHN'], ['JPN']]],
    ['reprimand', 'Poland reprimanded Hungary on Monday.', ['ACCUSE', ['POL'], ['HUN']]],
    ['concern', 'Kazakhstan expressed concern over the actions of Azerbaijan on Monday.', ['ACCUSE', ['KAZ'], ['AZE']]],
    ['disappointment', 'Germany expressed disappointment at the decision of Hungary on Monday.', ['ACCUSE', ['DEU'], ['HUN']]],
    ['passive', 'Russia was accused by Ukraine of shelling the plant on Monday.', ['ACCUSE', ['UKR'], ['RUS']]],
    ['negation', 'Kazakhstan did not condemn Russia on Monday.', null],
    // blame and responsibility laid on another (issue 8)
    ['blame laid "on" someone', 'Latvia blamed the blast on Russian saboteurs on Monday.', ['ACCUSE', ['LVA'], ['RUS']]],
    ['held responsible', 'The Latvian prime minister held Russia responsible for the blast on Monday.', ['ACCUSE', ['LVA'], ['RUS']]],
    ['an act attributed to another', 'Estonia attributed the cyberattack to Russian military intelligence on Monday.', ['ACCUSE', ['EST'], ['RUS']]],
    ['deaths attributed to fighting at home', 'The Tajik interior ministry attributed the deaths to clashes between criminal groups on Monday.', ['ACCUSE', ['TJK'], ['TJK']]],
    ['responsibility said to lie with another', 'The Latvian minister said on Monday that responsibility for the blast lay with Russia.', ['ACCUSE', ['LVA'], ['RUS']]],
    ['responsibility borne, in part', 'The Georgian prime minister said on Monday that the EU ambassador bore part of the responsibility for the unrest.', ['ACCUSE', ['GEO'], ['EU']]],
    ['said to be responsible for an act', 'The Latvian minister said on Monday that Russian saboteurs were responsible for the blast.', ['ACCUSE', ['LVA'], ['RUS']]],
    ['a standard another\'s act falls short of', 'The Kazakh foreign ministry said on Wednesday that the tone of the Russian spokeswoman was not consistent with the allied relations of the two countries.', ['ACCUSE', ['KAZ'], ['RUS']]],
    ['an act called aggression, its owner the clause\'s subject', 'The German chancellor said on Monday that Russia could end the war against Ukraine at any time by halting its aggression.', ['ACCUSE', ['DEU'], ['RUS']]],
    ['an incursion branded an aggression', 'Poland branded the Russian drone incursion an act of aggression on Monday.', ['ACCUSE', ['POL'], ['RUS']]],
    ['unrest at home called a plot is aimed at home', 'The Georgian prime minister on Monday called the protests an attempt to overthrow the government.', ['ACCUSE', ['GEO'], ['GEO']]],
    ['a future "will be held accountable" accuses nobody yet', 'The organisers will be held accountable, the Latvian prime minister said on Monday.', null],
    ['growth attributed to a cause is no blame', 'The Uzbek minister attributed the growth in trade to new rail links on Monday.', null],
    ['one\'s own responsibility is no blame', 'The Latvian minister said on Monday that Latvia was responsible for its own security.', null],
    ['responsibility claimed is no accusation', 'The Islamic State group claimed responsibility for the attack in Moscow on Monday.', null],
    // criminal process at home (issue 8)
    ['charges at home with the accused unnamed', 'TBILISI – Prosecutors charged the opposition leader with assaulting a police officer on Monday.', ['ACCUSE', ['GEO'], ['GEO']]],
    ['charges against another state\'s side', 'The EU charged Hungary with breaking the rules on Monday.', ['ACCUSE', ['EU'], ['HUN']]],
    ['an investigation into a long object opened, told in the passive', 'The Kyrgyz minister said on Sunday that a criminal investigation into Friday\'s violence had been opened.', ['ACCUSE', ['KGZ'], ['KGZ']]],
    ['a case over an incident opened by named prosecutors', 'A criminal case over the attack on the embassy was opened by Latvian prosecutors on Monday.', ['ACCUSE', ['LVA'], ['LVA']]],
    ['a suit brought to a court', 'BISHKEK – On Monday the prosecutor\'s office applied to a court to liquidate the foundation that runs the news site.', ['ACCUSE', ['KGZ'], ['KGZ']]],
    ['a body charged with a task is no charge', 'The foreign ministry was charged with organising the summit, the president said on Monday.', null],
    ['a court one will turn to names no suit yet', 'Kazakhstan will apply to the court of arbitration in Stockholm, the minister said on Monday.', null],
    ['an inquiry denied is none', 'TASHKENT – The commission has not examined the deaths, rights groups said on Monday.', null],
    ['a standard met is no verdict', 'The Kazakh foreign ministry said on Wednesday that the new rules were consistent with the agreement with Russia.', null],
  ],
  REJECT: [
    ['compliance withheld', 'Belarus will not hand back the Lithuanian citizens, the ministry said on Monday.', ['REJECT', ['BLR'], ['LTU']]],
    ['a refusal with an exception is no threat', 'Serbia will not extradite the suspects to Croatia unless a court orders it, the minister said on Monday.', ['REJECT', ['SRB'], ['HRV']]],
    ['a suggestion brushed aside', 'Tokayev on Monday brushed aside a suggestion by Belarusian leader Alexander Lukashenko that Kazakhstan join the union.', ['REJECT', ['KAZ'], ['BLR']]],
    ['spurning', 'Cuba spurned an offer of talks from the United States on Monday.', ['REJECT', ['CUB'], ['USA']]],
    ['an alliance\'s exercise a member will not host', 'Armenia will not host CSTO military exercises this year, Pashinyan said on Tuesday.', ['REJECT', ['ARM'], ['CSTO']]],
    ['restraint from joining', 'Kazakhstan will refrain from applying for membership of BRICS, the spokesman said on Wednesday.', ['REJECT', ['KAZ'], ['BRICS']]],
    ['advice to refrain is no refusal', 'Tajikistan advised its citizens on Monday to refrain from travelling to Russia.', null],
    ['a named forum cancelled', 'Kazakhstan has cancelled this year\'s Astana International Forum, the presidential office said on Wednesday.', ['REJECT', ['KAZ'], ['KAZ']]],
    ['turned down', 'Kazakhstan turned down an invitation from Russia on Monday.', ['REJECT', ['KAZ'], ['RUS']]],
    ['no need', 'Kazakhstan sees no need to join the union state with Russia, the ministry said on Monday.', ['REJECT', ['KAZ'], ['RUS']]],
    ['active', 'Kazakhstan rejected the proposal of Russia on Monday.', ['REJECT', ['KAZ'], ['RUS']]],
    ['will not accept', 'Kazakhstan will not accept the proposal of Russia, Tokayev said on Monday.', ['REJECT', ['KAZ'], ['RUS']]],
    ['no plans', 'Kazakhstan has no plans to apply for membership in BRICS, the ministry said on Monday.', ['REJECT', ['KAZ'], ['BRICS']]],
    ['declined invitation', 'Kazakhstan declined the invitation of Russia on Monday.', ['REJECT', ['KAZ'], ['RUS']]],
    ['cancellation', 'Japan cancelled the visit of its prime minister to Kazakhstan on Monday.', ['REJECT', ['JPN'], ['KAZ']]],
    ['passive cancellation', 'The meeting between Tokayev and Putin was called off on Monday.', ['REJECT', ['KAZ', 'RUS'], []]],
    ['refused to + infinitive', 'Israel refused on Monday to release Palestinian prisoners.', ['REJECT', ['ISR'], ['PSE']]],
  ],
  THREATEN: [
    // a trigger noun naming what officials work on is no act of its own (issue 8)
    ['sanctions officials of two states warning', 'Senior sanctions officials from the United States and the United Kingdom warned on Monday that companies in Kazakhstan could face secondary sanctions.', ['THREATEN', ['USA', 'GBR'], ['KAZ']]],
    ['a warning that sources the threat', 'Any attack on its troops would be answered in kind, Russia warned Ukraine on Monday.', ['THREATEN', ['RUS'], ['UKR']]],
    ['retaliation promised', 'Pakistan will retaliate against any Indian strike, its prime minister said on Monday.', ['THREATEN', ['PAK'], ['IND']]],
    ['retaliation done is told by its own verb', 'India retaliated against Pakistan on Monday.', null],
    ['a warning at home', 'Those who looted shops will be punished, Rahmon warned on Tuesday.', ['THREATEN', ['TJK'], ['TJK']]],
    ['a warning names no future', 'The situation in the region was tense, Rahmon warned on Tuesday.', null],
    ['cautioning', 'China cautioned Japan on Monday that ties would suffer if the visit went ahead.', ['THREATEN', ['CHN'], ['JPN']]],
    ['intent to use force', 'Rahmon said on Tuesday he intended to deal decisively with those behind the riots.', ['THREATEN', ['TJK'], ['TJK']]],
    ['a promise of force', 'Tokayev said on Wednesday that Kazakhstan would act harshly against the rioters.', ['THREATEN', ['KAZ'], ['KAZ']]],
    ['a decisive response promised to a named party', 'Russia said on Monday it would respond decisively to any attack by Ukraine.', ['THREATEN', ['RUS'], ['UKR']]],
    ['warning someone unnamed that…', 'Kyrgyzstan\'s culture ministry on Monday warned the news site Kloop that its website would be blocked.', ['THREATEN', ['KGZ'], ['KGZ']]],
    ['passive', 'Georgia was threatened by Russia with sanctions on Monday.', ['THREATEN', ['RUS'], ['GEO']]],
    ['active', 'Iran threatened on Sunday to close the strait to Western tankers.', ['THREATEN', ['IRN'], []]],
    ['relations', 'Pakistan threatened on Monday to sever relations with Israel.', ['THREATEN', ['PAK'], ['ISR']]],
    ['ultimatum', 'Russia issued an ultimatum to Georgia on Monday.', ['THREATEN', ['RUS'], ['GEO']]],
    ['future conflict is a threat', 'Russia will attack Ukraine, Putin said on Monday.', ['THREATEN', ['RUS'], ['UKR']]],
    ['negation', 'Russia did not threaten Georgia on Monday.', null],
  ],
  PROTEST: [
    ['taking part in a rally', 'Thousands took part in a rally in Almaty on Sunday.', ['PROTEST', ['KAZ'], ['KAZ']]],
    ['a purpose to protest', 'Thousands of farmers camped out in central Bucharest on Monday to protest against cheap imports.', ['PROTEST', ['ROU'], ['ROU']]],
    ['chanting', 'Crowds filled the main square of Minsk on Sunday, chanting for new elections.', ['PROTEST', ['BLR'], ['BLR']]],
    ['downing tools', 'Dock workers in Antwerp downed tools on Monday.', ['PROTEST', ['BEL'], ['BEL']]],
    // (no strike: the order to stop work is the court's sanction on the centre)
    ['a purpose to stop work is no strike', 'A Kyrgyz court on Monday ordered the Russian cultural centre in Bishkek to stop its work.', ['SANCTION', ['KGZ'], ['RUS']]],
    ['looting', 'Rioters in Nairobi looted shops on Monday after the vote.', ['PROTEST', ['KEN'], ['KEN']]],
    ['walking off the job', 'Dock workers in Chile walked off the job on Monday over pay.', ['PROTEST', ['CHL'], ['CHL']]],
    ['a crowd rallying against', 'Tens of thousands of Serbs rallied in Belgrade against the government on Monday.', ['PROTEST', ['SRB'], ['SRB']]],
    ['nominal start', 'Protests broke out in Osh on Monday and spread within days to Jalal-Abad.', ['PROTEST', ['KGZ'], ['KGZ']]],
    ['rioters setting fire to an embassy', 'Serbian rioters set fire to part of the American embassy in Belgrade on Thursday.', ['PROTEST', ['SRB'], ['USA']]],
    ['a crowd storming a building', 'ALMATY – Crowds stormed the city administration building on Wednesday.', ['PROTEST', ['KAZ'], ['KAZ']]],
    ['jets setting fire to a depot is no riot', 'Israeli jets set fire to a fuel depot in Gaza on Wednesday.', null],
    ['crowds gathered to oppose', 'Crowds gathered in Nukus on Friday to oppose the constitutional amendments.', ['PROTEST', ['UZB'], ['UZB']]],
    ['active', 'Students staged a protest against the government of Georgia on Monday.', ['PROTEST', ['GEO'], ['GEO']]],
    ['hunger strike', 'Kazakh miners went on a hunger strike on Monday.', ['PROTEST', ['KAZ'], ['KAZ']]],
    // a protest held at a state's mission is aimed at that state (issue 8)
    ['a rally outside an embassy', 'Thousands of Iranians rallied outside the former American embassy in Tehran on Monday.', ['PROTEST', ['IRN'], ['USA']]],
    ['a rally in front of the embassy of a state', 'Students in Pakistan rallied in front of the embassy of Kyrgyzstan in Islamabad on Monday.', ['PROTEST', ['PAK'], ['KGZ']]],
    ['a rally at an unnamed embassy stays at home', 'Kyrgyz activists rallied outside the embassy in Bishkek on Monday.', ['PROTEST', ['KGZ'], ['KGZ']]],
    ['a rally in a city names no target', 'Students in Pakistan rallied in Islamabad on Monday.', ['PROTEST', ['PAK'], ['PAK']]],
  ],
  SANCTION: [
    // measures told by their object, a noun or an announcing official (issue 8)
    ['cultural events cancelled', 'Georgia\'s culture ministry cancelled all concerts and exhibitions planned by Russian organisations on Monday.', ['SANCTION', ['GEO'], ['RUS']]],
    ['events cancelled with nobody named are no sanction', 'The Georgian culture ministry cancelled all concerts on Monday because of the national mourning.', null],
    ['an expulsion told as a noun', 'Poland\'s expulsion of two Belarusian diplomats on Monday drew a protest.', ['SANCTION', ['POL'], ['BLR']]],
    ['a deadline to leave', 'Latvia gave the Russian embassy\'s military attaché 48 hours to leave on Monday.', ['SANCTION', ['LVA'], ['RUS']]],
    ['a deadline to leave for nobody named', 'The team was given two days to leave the hotel on Monday.', null],
    ['an agentless expulsion told by the expelling side', 'The Polish foreign minister said two Belarusian diplomats had been declared persona non grata on Monday.', ['SANCTION', ['POL'], ['BLR']]],
    ['the same, denied', 'The Polish foreign minister said on Monday that the Belarusian envoys had not been declared persona non grata.', null],
    ['an order to cease work', 'Russia ordered the Moldovan cultural centre in Moscow to stop its work on Monday.', ['SANCTION', ['RUS'], ['MDA']]],
    ['embargo placed', 'The European Union placed an embargo on arms sales to Myanmar on Monday.', ['SANCTION', ['EU'], ['MMR']]],
    ['diplomats given days to leave', 'Britain gave 23 Russian diplomats a week to leave on Monday.', ['SANCTION', ['GBR'], ['RUS']]],
    ['an organisation quit', 'Armenia quit the Collective Security Treaty Organization on Monday.', ['SANCTION', ['ARM'], ['CSTO']]],
    ['cut: a past tense like its base', 'Bahrain cut diplomatic ties with Iran on Monday.', ['SANCTION', ['BHR'], ['IRN']]],
    ['participle after a time phrase', 'Trump signed an executive order on Thursday imposing tariffs on imports from Kazakhstan.', ['SANCTION', ['USA'], ['KAZ']]],
    ['a month naming the fighting is no time phrase', 'A film about the September fighting was shown in Bishkek on Monday.', null],
    ['a passive listing names its keeper before the list', 'On Monday two Kazakh firms were added to the EU sanctions list.', ['SANCTION', ['EU'], ['KAZ']]],
    ['a passive listing in a numbered package', 'Three Kyrgyz banks were included in the EU\'s 14th sanctions package on Friday.', ['SANCTION', ['EU'], ['KGZ']]],
    ['a tariff announced on a partner\'s goods', 'Washington announced a 30% tariff on Kazakh goods on Wednesday.', ['SANCTION', ['USA'], ['KAZ']]],
    ['a partner\'s produce banned', 'Uzbekistan banned poultry and meat from Kazakhstan on Monday.', ['SANCTION', ['UZB'], ['KAZ']]],
    ['embassy staff evacuated', 'Kazakhstan evacuated the staff of its embassy in Kabul on Sunday.', ['SANCTION', ['KAZ'], ['AFG']]],
    ['a partnership charter suspended', 'The United States suspended its partnership charter with Georgia on Saturday.', ['SANCTION', ['USA'], ['GEO']]],
    ['persona non grata after a long object', 'Iran on Friday declared four Azerbaijani diplomats working at the embassy in Tehran and the consulate in Tabriz persona non grata.', ['SANCTION', ['IRN'], ['AZE']]],
    ['sentencing is a conviction (codebook)', 'A court in Astana on Monday sentenced the former security chief to 18 years in prison.', ['SANCTION', ['KAZ'], ['KAZ']]],
    ['passive', 'Sanctions were imposed on Iran by the European Union on Monday.', ['SANCTION', ['EU'], ['IRN']]],
    ['nominal suspension', 'The talks between Azerbaijan and Armenia were suspended on Monday.', ['SANCTION', ['AZE', 'ARM'], []]],
    ['lifting sanctions is a concession (codebook CONCEDE: easing restrictions)', 'The European Union lifted sanctions on Belarus on Monday.', ['CONCEDE', ['EU'], ['BLR']]],
    ['active', 'The European Union imposed new sanctions on Iran on Monday.', ['SANCTION', ['EU'], ['IRN']]],
    ['recalled ambassador', 'Lithuania recalled its ambassador from Belarus on Monday.', ['SANCTION', ['LTU'], ['BLR']]],
    ['sanctions list', 'The Russian company was added to the sanctions list by the United States on Monday.', ['SANCTION', ['USA'], ['RUS']]],
    ['expelled diplomats', 'Poland expelled Russian diplomats on Monday.', ['SANCTION', ['POL'], ['RUS']]],
    ['halted talks', 'Azerbaijan suspended talks with Armenia on Monday.', ['SANCTION', ['AZE'], ['ARM']]],
    ['negation', 'Japan did not impose sanctions on Russia on Monday.', null],
    ['a sentence on a person whose citizenship comes next', 'A Baku court on Friday sentenced a journalist to eight years in prison. The journalist holds French citizenship.', ['SANCTION', ['AZE'], ['FRA']]],
  ],
  MOBILIZE: [
    ['a named ship between the order and its course', 'Washington ordered the aircraft carrier Nimitz and two destroyers toward the Gulf on Monday.', ['MOBILIZE', ['USA'], []]],
    ['a presence strengthened', 'The presence of Armenian troops has been strengthened along the border on Monday.', ['MOBILIZE', ['ARM'], ['ARM']]],
    ['an alert level raised', 'Uzbekistan raised the terrorist threat level in Tashkent on Monday.', ['MOBILIZE', ['UZB'], ['UZB']]],
    ['an area cordoned off', 'Units of the Russian National Guard cordoned off the area on Friday.', ['MOBILIZE', ['RUS'], ['RUS']]],
    ['police deployed, told by the passive', 'Riot police were deployed outside parliament in Tbilisi on Monday.', ['MOBILIZE', ['GEO'], ['GEO']]],
    ['units ordered to a frontier', 'Ecuador ordered three battalions to the Peruvian border on Monday.', ['MOBILIZE', ['ECU'], ['PER']]],
    ['a nuclear device set off', 'India set off a nuclear test in the Thar desert on Monday.', ['MOBILIZE', ['IND'], []]],
    ['forces first, long subject, passive', 'Units of the National Guard and the interior ministry were deployed in Khorog on Monday.', ['MOBILIZE', ['TJK'], ['TJK']]],
    ['passive', 'Russian troops were deployed along the border with Ukraine on Monday.', ['MOBILIZE', ['RUS'], ['UKR']]],
    ['troops', 'Russia deployed troops along the border with Ukraine on Monday.', ['MOBILIZE', ['RUS'], ['UKR']]],
    ['reservists', 'Armenia mobilised reservists on Monday.', ['MOBILIZE', ['ARM'], []]],
  ],
  COERCE: [
    // detentions told as a count, searches of homes and offices (issue 8)
    ['detentions counted', 'Georgian authorities reported more than 300 detentions on Monday.', ['COERCE', ['GEO'], ['GEO']]],
    ['arrests made', 'Armenian police made dozens of arrests in Yerevan on Monday.', ['COERCE', ['ARM'], ['ARM']]],
    ['arrests not reported', 'Georgian authorities did not report any arrests on Monday.', null],
    ['homes searched', 'Georgian police searched the homes of opposition activists on Monday.', ['COERCE', ['GEO'], ['GEO']]],
    ['a state named inside the owners\' description is no target', 'Georgian police searched the offices of a group opposing the pipeline to Turkey on Monday.', ['COERCE', ['GEO'], ['GEO']]],
    ['searching for a solution is no search of premises', 'Georgian officials searched for a compromise with Armenia on Monday.', null],
    ['foreign workers expelled are deported', 'Libya expelled thousands of Egyptian workers on Monday.', ['COERCE', ['LBY'], ['EGY']]],
    ['remanded in custody', 'A Tbilisi court remanded the Georgian journalist in custody on Monday.', ['COERCE', ['GEO'], ['GEO']]],
    ['a ban on rallies extended', 'Armenian police extended a ban on rallies in Yerevan on Monday.', ['COERCE', ['ARM'], ['ARM']]],
    ['the cut told by the internet', 'Mobile internet in Tajikistan was cut on Monday.', ['COERCE', ['TJK'], ['TJK']]],
    ['a cut long past is background', 'Communications in Tajikistan had been cut since last year.', null],
    ['arrest', 'Russian police detained two Kazakh citizens on Monday.', ['COERCE', ['RUS'], ['KAZ']]],
    ['martial law', 'Armenia declared martial law on Monday.', ['COERCE', ['ARM'], ['ARM']]],
    // the detainees' state is told by their nationality in the sentence after, never the acting state itself
    ['the nationality told in the next sentence', 'Georgian border guards detained a man on Monday as he tried to cross from Armenia. He is an Iranian national, the service said.', ['COERCE', ['GEO'], ['IRN']]],
    ['citizens of a state in the next sentence', 'Kazakhstan deported eleven people on Monday. All of them are citizens of Pakistan, the ministry said.', ['COERCE', ['KAZ'], ['PAK']]],
    ['a demonym with a noun between', 'Russian police detained five Uzbek migrant workers in Moscow on Monday.', ['COERCE', ['RUS'], ['UZB']]],
    ['with no nationality told, an arrest at home stays at home', 'Uzbek police detained twelve opposition activists on Monday.', ['COERCE', ['UZB'], ['UZB']]],
    ['a nationality of no detainee is not the target', 'Kyrgyz police detained two men on Monday. The Kyrgyz interior ministry said more checks would follow.', ['COERCE', ['KGZ'], ['KGZ']]],
    ['cyber', 'Russia launched a cyberattack on Estonia on Monday.', ['COERCE', ['RUS'], ['EST']]],
  ],
  ASSAULT: [
    ['a strike carried out', 'Israel carried out a strike on Lebanon on Monday.', ['ASSAULT', ['ISR'], ['LBN']]],
    ['weapons slamming into a target', 'Russian missiles slammed into a power plant in Ukraine on Monday.', ['ASSAULT', ['RUS'], ['UKR']]],
    ['slamming a critic is no attack', 'Poland slammed Belarus on Monday over the border crisis.', ['ACCUSE', ['POL'], ['BLR']]],
    ['neutralised', 'Egyptian forces neutralised gunmen in Sinai on Monday.', ['ASSAULT', ['EGY'], ['EGY']]],
    ['slaughter', 'Sudanese troops slaughtered villagers in Chad on Monday.', ['ASSAULT', ['SDN'], ['TCD']]],
    ['passive', 'Ukraine was attacked by Russia on Monday.', ['ASSAULT', ['RUS'], ['UKR']]],
    ['active', 'Russia attacked Ukraine on Monday.', ['ASSAULT', ['RUS'], ['UKR']]],
    ['shelling', 'Azerbaijani forces shelled Armenia on Monday.', ['ASSAULT', ['AZE'], ['ARM']]],
    ['ceasefire violation', 'Azerbaijan violated the ceasefire with Armenia on Monday.', ['ASSAULT', ['AZE'], ['ARM']]],
  ],
  // multi-word phrases the pattern syntax must express word by word (each once broke: a head with a space)
  // acts aimed at a state's own bodies or people that no name qualifies are that state's (spec: its parliament,
  // protesters and citizens are the state); a named or foreign body is not home
  HOME: [
    ['troops sent to the national assembly', 'SEOUL – Troops were sent to the National Assembly on Tuesday night.', ['MOBILIZE', ['KOR'], ['KOR']]],
    ['talks with the protesters refused', 'President Lukashenko rejected calls for talks with the protesters on Sunday.', ['REJECT', ['BLR'], ['BLR']]],
    ['dialogue with the opposition refused', 'President Lukashenko has refused any dialogue with the opposition, his press service said on Tuesday.', ['REJECT', ['BLR'], ['BLR']]],
    ['a government named by "of" is not home', 'Kazakhstan urged the government of Afghanistan on Monday to form an inclusive cabinet.', ['REQUEST', ['KAZ'], ['AFG']]],
    ['an opposition named by its state is not home', 'Russia accused the Georgian opposition on Monday of staging a coup.', ['ACCUSE', ['RUS'], ['GEO']]],
    ['a killing at home with nobody named is the state\'s', 'KHOROG – A local opposition figure was killed in Khorog on Sunday, police said.', ['ASSAULT', ['TJK'], ['TJK']]],
    ['a bombing with nobody named has no state actor', 'At least five civilians were killed in a car bombing in Baghdad on Sunday, police said.', ['ASSAULT', [], ['IRQ']]],
    ['a killing beside another state\'s forces is not home', 'Two Armenian soldiers were killed in Armenia on Tuesday when Azerbaijani forces opened fire on their post.', ['ASSAULT', [], ['ARM']]],
    ['a foreign actor\'s "the authorities" are the story\'s state', 'The US State Department on Monday urged the authorities to release the detained reporter, after Kyrgyz police arrested him in Bishkek.', ['REQUEST', ['USA'], ['KGZ']]],
  ],
  // help goes to whom it mainly benefits (the codebook's AID), not to the agency or society that passes it on
  AID_BENEFICIARY: [
    ['food for a people handed to a red crescent society', 'A Kazakh aircraft delivered 38 tonnes of food for the people of Gaza on Sunday, handing the cargo to the Egyptian Red Crescent.', ['AID', ['KAZ'], ['PSE']]],
    ['money for a people through a UN agency', 'Kazakhstan has transferred one million US dollars in humanitarian aid for the Palestinian people to the UN Relief and Works Agency, a spokesman said on Monday.', ['AID', ['KAZ'], ['PSE']]],
    ['a city of transit is no beneficiary', 'ALMATY – Two flights carrying medicines for the people of Ukraine left Almaty on Monday for the Polish city of Katowice.', ['AID', ['KAZ'], ['UKR']]],
    ['with no beneficiary named the agency receives', 'Japan gave $2 million to the World Food Programme on Monday.', ['AID', ['JPN'], ['UN']]],
  ],
  MULTIWORD: [
    ['state of emergency', 'Kazakhstan declared a state of emergency in Almaty on Wednesday.', ['COERCE', ['KAZ'], ['KAZ']]],
    ['withdrew from a treaty', 'Russia withdrew from the Intermediate-Range Nuclear Forces treaty with the United States on Friday.', ['SANCTION', ['RUS'], ['USA']]],
    ['skipped a summit', 'Indian Prime Minister Narendra Modi skipped the SCO summit on Thursday.', ['REJECT', ['IND'], ['SCO']]],
    ['set off bombs', 'Militants in Pakistan set off two bombs in Peshawar on Monday.', ['ASSAULT', ['PAK'], ['PAK']]],
    ['tear gas', 'Georgian police fired tear gas at protesters in Tbilisi on Sunday.', ['ASSAULT', ['GEO'], ['GEO']]],
    ['wrote off debt', 'Russia wrote off the debt of Kyrgyzstan on Tuesday.', ['AID', ['RUS'], ['KGZ']]],
    ['placed under arrest', 'The Kyrgyz authorities placed the journalist under arrest on Monday.', ['COERCE', ['KGZ'], ['KGZ']]],
  ],
};

const sorted = (xs: string[]) => [...xs].sort();

describe('coder constructions per PLOVER type', () => {
  for (const [type, rows] of Object.entries(TABLE)) {
    describe(type, () => {
      for (const [kind, text, want] of rows) {
        it(`${kind}: ${text}`, () => {
          const got = code(text);
          const show = JSON.stringify(got.map((e) => [e.event_type, e.actor, e.recipient]));
          if (want === null) return assert.equal(got.length, 0, show);
          assert.equal(got.length, 1, show);
          const e = got[0]!;
          assert.equal(e.event_type, want[0], show);
          assert.deepEqual(sorted(e.actor), sorted(want[1]), show);
          assert.deepEqual(sorted(e.recipient), sorted(want[2]), show);
          assert.ok(e.date?.startsWith('2024'), `dated: ${e.date}`);
        });
      }
    });
  }
});

/** Sentences holding several acts joined by coordination: every event that must come out, in any order */
type Many = [kind: string, text: string, want: [type: string, actor: string[], recipient: string[]][]];
const COORDINATED: Many[] = [
  // "NATO ministers meeting in Brussels": a participle of meeting describing a body's leaders tells its gathering
  // (rule 4), besides the act of the sentence (issue 8)
  ['a gathering told by a participle describing the subject', 'NATO ministers meeting in Brussels promised Ukraine more air defence on Thursday.',
    [['CONSULT', ['NATO'], []], ['AGREE', ['NATO'], ['UKR']]]],
  ['leaders of a body meeting at a summit', 'NATO leaders meeting at a summit in Madrid agreed on Thursday to invite Finland to join.',
    [['CONSULT', ['NATO'], []], ['AGREE', ['NATO'], ['FIN']]]],
  // a visit named as the frame of another act took place, and its visitor is that act's subject (issue 8)
  ['a visit framing an endorsement', 'The Chilean president endorsed Peru\'s bid to host the games during a two-day visit to Lima, officials said on Monday.',
    [['SUPPORT', ['CHL'], ['PER']], ['CONSULT', ['CHL'], ['PER']]]],
  // a meeting of one state with itself is a misreading, not an event (issue 8)
  ['no self-meeting from a misread "him"', 'The foreign minister of Malta, Ian Borg, visited Astana on Tuesday. President Kassym-Jomart Tokayev received him, and the two talked about the work of the OSCE and about ties between Kazakhstan and Malta.',
    [['CONSULT', ['MLT'], ['KAZ']]]],
  // the state a second act stands by is not the one the condemnation is aimed at (issue 8)
  ['a condemnation followed by solidarity', 'Azerbaijani forces shelled Armenian villages on Tuesday. France condemned the shelling and expressed solidarity with Armenia.',
    [['ASSAULT', ['AZE'], ['ARM']], ['ACCUSE', ['FRA'], ['AZE']], ['SUPPORT', ['FRA'], ['ARM']]]],
  // joining with no organisation named joins the one in view (spec rule 3) (issue 8)
  ['a full member with the organisation in view', 'The leaders of the SCO met in Astana on Thursday. Belarus became a full member.',
    [['CONSULT', ['SCO', 'CHN', 'RUS', 'KAZ', 'KGZ', 'TJK', 'UZB', 'IND', 'PAK', 'IRN'], []], ['SUPPORT', ['BLR'], ['SCO']]]],
  // joining a protest takes up its target (issue 8)
  ['a protest joined', 'Polish truck drivers continued on Monday to block three border crossings with Ukraine. Slovak hauliers joined the protest at one crossing.',
    [['PROTEST', ['POL'], ['UKR']], ['PROTEST', ['SVK'], ['UKR']]]],
  ['a protest joined with none before stays at home', 'Slovak hauliers joined the protest on Monday.', [['PROTEST', ['SVK'], ['SVK']]]],
  // a warning joined to an accusation is aimed at the accused (issue 8)
  ['a warning after a condemnation', 'Prime Minister Shehbaz Sharif condemned what he called provocations from Afghanistan on Sunday and warned that every provocation would meet a strong response.',
    [['ACCUSE', ['PAK'], ['AFG']], ['THREATEN', ['PAK'], ['AFG']]]],
  // "he" after a quotation that opens the sentence is the last sentence's subject, not a name in the quotation (issue 8)
  ['a speaker after an opening quotation', 'Tajik President Emomali Rahmon used the meeting on Friday to speak about the region. "We want respect," he told Vladimir Putin, urging Russia not to treat Central Asia as part of the former Soviet Union.',
    [['REQUEST', ['TJK'], ['RUS']]]],
  // an embassy to be opened is aimed at its host, not at the visitor the plan was told to (issue 8)
  ['an embassy promised during a visit', 'Bujar Osmani, Foreign Minister of North Macedonia and this year\'s OSCE Chairman-in-Office, was received by President Tokayev on Monday. Turning to bilateral ties, Tokayev said Kazakhstan had decided to open its embassy in Riga.',
    [['CONSULT', ['OSCE'], ['KAZ']], ['AGREE', ['KAZ'], ['LVA']]]],
  // an act the chair reports is not his organisation's (issue 8)
  ['an attack reported by the chair', 'The OSCE Chairman-in-Office, Polish Foreign Minister Zbigniew Rau, said on Monday that Russia had attacked Ukraine.',
    [['ASSAULT', ['RUS'], ['UKR']], ['ACCUSE', ['OSCE'], ['RUS']]]],
  // a list of states recognised or backed: one act each (spec rule 2: separate bilateral happenings) (issue 8)
  ['two states recognised', 'The European Community recognized Croatia and Slovenia as independent states on Wednesday.',
    [['SUPPORT', ['EU'], ['HRV']], ['SUPPORT', ['EU'], ['SVN']]]],
  ['recognition extended to two states', 'Iceland extended diplomatic recognition to Lithuania and Latvia on Monday.',
    [['SUPPORT', ['ISL'], ['LTU']], ['SUPPORT', ['ISL'], ['LVA']]]],
  ['the membership of two states backed', 'India supported the membership of Turkmenistan and Uzbekistan in the transport corridor on Friday.',
    [['SUPPORT', ['IND'], ['TKM']], ['SUPPORT', ['IND'], ['UZB']]]],
  ['the accession of two states to an organisation backed', 'India supported the accession of Iran and Belarus to the SCO on Friday.',
    [['SUPPORT', ['IND'], ['IRN']], ['SUPPORT', ['IND'], ['BLR']]]],
  ['a contribution praised stays one act', 'Tokayev praised the contribution of Uzbekistan and Kyrgyzstan to the talks on Friday.',
    [['SUPPORT', ['KAZ'], ['UZB', 'KGZ']]]],
  // thanks carried by a call, and thanks repeated by another (issue 8)
  ['a call made to thank: the caller thanks', 'The Peruvian president phoned Boric on Saturday to thank him.',
    [['CONSULT', ['PER'], ['CHL']], ['SUPPORT', ['PER'], ['CHL']]]],
  ['a call made to discuss trade carries no thanks', 'The Peruvian president phoned Boric on Saturday to discuss trade.',
    [['CONSULT', ['PER'], ['CHL']]]],
  ['thanks sent "as well" go where the last thanks went',
    'Chile sent flour to Peru and Bolivia on Friday. The Peruvian president phoned Boric on Saturday to thank him. The Bolivian government has sent its thanks as well.',
    [['AID', ['CHL'], ['PER', 'BOL']], ['CONSULT', ['PER'], ['CHL']], ['SUPPORT', ['PER'], ['CHL']], ['SUPPORT', ['BOL'], ['CHL']]]],
  // states added to a visa-free list: one regime each, only where visas are spoken of (issue 8)
  ['a long list of states added to the visa-free list',
    'Visitors from more countries can now come to Chile without a visa, the ministry said on Monday. A government decree that has just taken effect adds Bahrain, Colombia, Indonesia, Kuwait, Oman, Qatar, Thailand, the Philippines, the Vatican and Vietnam to the list.',
    ['BHR', 'COL', 'IDN', 'KWT', 'OMN', 'QAT', 'THA', 'PHL', 'VAT', 'VNM'].map((c): [string, string[], string[]] => ['COOPERATE', ['CHL'], [c]])],
  ['a list with no visa in sight is no regime', 'Chile added Bahrain and Oman to the list of its partners on Monday.', []],
  ['a sanctions list stays a sanction', 'The EU added three Russian banks to its sanctions list on Monday.', [['SANCTION', ['EU'], ['RUS']]]],
  ['"ratified it": the text just reported, with its other party (issue 8)',
    'President Boric has ratified a protocol with Peru on visa-free stays. The two governments signed the protocol in Lima in December 2022, and Peru ratified it in April 2023.',
    [['SUPPORT', ['CHL'], ['PER']], ['SUPPORT', ['CHL', 'PER'], []], ['SUPPORT', ['PER'], ['CHL']]]],
  ['"too" tells a second thanks, not the first again (issue 8)',
    'The Peruvian president met Boric in Santiago on Friday. Peru\'s president thanked Chile for the warm welcome. Peru\'s president thanked Chile, too, for backing Peruvian initiatives at the United Nations.',
    [['CONSULT', ['PER'], ['CHL']], ['SUPPORT', ['PER'], ['CHL']], ['SUPPORT', ['PER'], ['CHL']]]],
  // a gift shared out is one gift per recipient; a gift to a group with no share named stays one (issue 8)
  ['"each" shares a promise out', 'Mongolia will send 5,000 tonnes of flour each to Nepal and Bhutan, the ministry said on Friday.',
    [['AGREE', ['MNG'], ['NPL']], ['AGREE', ['MNG'], ['BTN']]]],
  ['"for each country"', 'Mongolia decided on Monday to provide humanitarian assistance to Nepal and Bhutan in the amount of 5,000 tonnes of flour for each country.',
    [['AGREE', ['MNG'], ['NPL']], ['AGREE', ['MNG'], ['BTN']]]],
  ['"each" after the recipients named first', 'Mongolia provided Nepal and Bhutan with 5,000 tonnes of flour each on Monday.',
    [['AID', ['MNG'], ['NPL']], ['AID', ['MNG'], ['BTN']]]],
  ['a second share after "and" names its recipient', 'On May 7 the Mongolian rail operator sent 69 wagons of flour to Nepal and 60 to Bhutan.',
    [['AID', ['MNG'], ['NPL']], ['AID', ['MNG'], ['BTN']]]],
  ['"respectively"', 'Mongolia sent 300 and 200 tonnes of flour to Nepal and Bhutan respectively on Monday.',
    [['AID', ['MNG'], ['NPL']], ['AID', ['MNG'], ['BTN']]]],
  ['aid to two with no share named is one act', 'Mongolia will send humanitarian aid to Nepal and Bhutan, the ministry said on Friday.',
    [['AGREE', ['MNG'], ['NPL', 'BTN']]]],
  ['"each other" is no share', 'Mongolia and Nepal will help each other after the floods, the ministers said on Monday.', []],
  // blame for an attack whose attacker no one names goes to the one state the story holds apart from the blamer, the
  // attacked place's state and the reporting state; with no such state the place's owner stays
  ['a protest over an attack near a place goes to the state the story blames',
    "ASTANA – Kazakhstan's Foreign Ministry protested on Sunday against an attack on an oil terminal near Novorossiysk. The ministry said the incident harmed relations between Kazakhstan and Ukraine.",
    [['ACCUSE', ['KAZ'], ['UKR']]]],
  ['with no other state in the story the place stays',
    "ASTANA – Kazakhstan's Foreign Ministry protested on Sunday against an attack on an oil terminal near Novorossiysk.",
    [['ACCUSE', ['KAZ'], ['RUS']]]],
  ['a terrorist attack keeps its armed group',
    'ASTANA – President Tokayev condemned the terrorist attack on a concert hall near Moscow on Friday. The ministry said relations between Kazakhstan and Ukraine were not affected.',
    [['ACCUSE', ['KAZ'], ['IMG']], ['ASSAULT', ['IMG'], ['RUS']]]],
  ['an inquiry into an attack is aimed at the state the story blames',
    'ASTANA – Drones struck a pumping station in Russia on Monday. The Russian Investigative Committee opened a criminal case over the attack on Tuesday. Kazakhstan will raise the matter with Ukraine, a spokesman said on Wednesday.',
    [['ASSAULT', [], ['RUS']], ['ACCUSE', ['RUS'], ['UKR']]]],
  ['with nobody else named the inquiry stays at home',
    'ASTANA – Drones struck a pumping station in Russia on Monday. The Russian Investigative Committee opened a criminal case over the attack on Tuesday.',
    [['ASSAULT', [], ['RUS']], ['ACCUSE', ['RUS'], ['RUS']]]],
  // help with no destination named goes where the story's disaster struck, not to the last place helped or the
  // document's most named state; "hundreds of rescuers" is cargo, not people of a place
  ['help sent after a disaster goes where it struck',
    'Teams from Kazakhstan and Uzbekistan are working in the provinces of eastern Türkiye hit by the earthquake. Kazakhstan sent hundreds of rescuers to Malatya on Tuesday. Uzbekistan also sent a team of rescuers on Wednesday.',
    [['AID', ['KAZ'], ['TUR']], ['AID', ['UZB'], ['TUR']]]],
  ['"to the disaster zone" is not the last state helped',
    'India sent rescuers to Türkiye after the earthquake, and a separate plane carried medicines to Syria on Tuesday. Kazakhstan also sent rescuers to the disaster zone on Wednesday.',
    [['AID', ['IND'], ['TUR']], ['AID', ['IND'], ['SYR']], ['AID', ['KAZ'], ['TUR']]]],
  ['a second clause with its own subject after a bare "and" is its own act',
    'Hungary criticised Serbia on Tuesday and Croatia recalled its ambassador from Belgrade.',
    [['ACCUSE', ['HUN'], ['SRB']], ['SANCTION', ['HRV'], ['SRB']]]],
  ['the new subject is not a second object of the first verb',
    'Estonia condemned Russia on Friday and Finland demanded sanctions against Moscow.',
    [['ACCUSE', ['EST'], ['RUS']], ['REQUEST', ['FIN'], ['RUS']]]],
  ['with a comma, the same',
    'Estonia condemned Russia on Friday, and Finland demanded sanctions against Moscow.',
    [['ACCUSE', ['EST'], ['RUS']], ['REQUEST', ['FIN'], ['RUS']]]],
  ['a second verb with no subject of its own shares the first',
    'Slovakia expelled two Hungarian diplomats on Monday and recalled its envoy from Budapest.',
    [['SANCTION', ['SVK'], ['HUN']], ['SANCTION', ['SVK'], ['HUN']]]],
  ['an "and" inside the first clause joins two objects: one act',
    'Hungary criticised Serbia and Croatia on Tuesday.',
    [['ACCUSE', ['HUN'], ['SRB', 'HRV']]]],
  ['two subjects after an opening phrase ending in "meeting": one joint act',
    'On the sidelines of the CIS meeting Erdogan and Aliyev held a conversation on Friday.',
    [['CONSULT', ['TUR', 'AZE'], []]]],
  ['an "as" naming what the object is called does not make the next verb background',
    'Romania condemned the raid as a violation of its sovereignty on Sunday and demanded an apology from Moscow.',
    [['ACCUSE', ['ROU'], ['RUS']], ['REQUEST', ['ROU'], ['RUS']]]],
  ['an "as" with a verb of its own still opens a clause, but the main clause goes on after "and"',
    'Poland expelled the diplomats on Monday as tensions rose and demanded an apology from Minsk.',
    [['SANCTION', ['POL'], ['BLR']], ['REQUEST', ['POL'], ['BLR']]]],
  ['"it" before a subjunctive "be" is the thing demanded of, not the demander',
    'Norway condemned the bombing on Sunday and demanded that it be investigated.',
    [['ACCUSE', ['NOR'], []], ['REQUEST', ['NOR'], []]]],
  ['"it" before a modal is the state that said it: one act',
    'Sweden said on Sunday that it would be ready to host talks between Serbia and Kosovo.',
    [['AGREE', ['SWE'], ['SRB', 'XKX']]]],
  ['the same after "after"',
    'After the Security Council meeting Erdogan and Aliyev signed a treaty on Friday.',
    [['SUPPORT', ['TUR', 'AZE'], []]]],
  // a leg of a trip told in a subordinate clause is a visit of its own (issue 8)
  ['a country visited before, named after "after visiting"',
    'The Spanish prime minister held talks with the Moroccan king in Rabat on Friday, after visiting Mauritania earlier in the week.',
    [['CONSULT', ['ESP'], ['MAR']], ['CONSULT', ['ESP'], ['MRT']]]],
  ['the next leg, after "before visiting"',
    'The Chilean president met the Argentine president in Buenos Aires on Monday before visiting Uruguay.',
    [['CONSULT', ['CHL'], ['ARG']], ['CONSULT', ['CHL'], ['URY']]]],
  ['a visit framing a signing in a "when" clause',
    'A gas contract was signed in March, when the Austrian chancellor was visiting Qatar.',
    [['SUPPORT', ['AUT', 'QAT'], []], ['CONSULT', ['AUT'], ['QAT']]]],
  ['a place visited that is no state adds no visit',
    'The Chilean president met the Argentine president in Buenos Aires on Monday after visiting a car factory.',
    [['CONSULT', ['CHL'], ['ARG']]]],
  ['a city of the same host adds no visit',
    'The Chilean president met the Argentine president in Buenos Aires on Monday after visiting Rosario.',
    [['CONSULT', ['CHL'], ['ARG']]]],
  ['an organisation visited is no leg to a state',
    'The Chilean president met the Argentine president in Buenos Aires on Monday after visiting the UN.',
    [['CONSULT', ['CHL'], ['ARG']]]],
];

describe('coder constructions: several acts in one sentence', () => {
  for (const [kind, text, want] of COORDINATED) {
    it(`${kind}: ${text}`, () => {
      const got = coder.code({ id: 't', text, date: '2024-06-20' });
      const show = JSON.stringify(got.map((e) => [e.event_type, e.actor, e.recipient]));
      const key = (t: string, a: string[], r: string[]) => `${t} ${sorted(a).join('+')} ${sorted(r).join('+')}`;
      assert.deepEqual(got.map((e) => key(e.event_type, e.actor, e.recipient)).sort(), want.map((w) => key(...w)).sort(), show);
    });
  }
});

describe('lexicon coverage of the CAMEO→PLOVER table', () => {
  const rows = readFileSync(new URL('../../data/cameo/cameo-plover.tsv', import.meta.url), 'utf8').split('\n')
    .filter((l) => l && !l.startsWith('#') && !l.startsWith('cameo\t')).map((l) => l.split('\t'))
    .filter((r) => r[1]);
  const used = TRIGGERS.map((t) => t.c).filter((c): c is string => !!c);
  // a code is covered when a trigger carries it or one of its children ("03" by "030", "084" by "0841")
  const covered = (code: string) => used.some((c) => c.startsWith(code));
  const uncovered = (n: number) => rows.filter((r) => r[0]!.length <= n && !covered(r[0]!)).map((r) => `${r[0]} ${r[1]} ${r[4] ?? ''}`);

  it('every code down to three digits is the code of a trigger or the parent of one', () => {
    const miss = uncovered(3);
    if (miss.length) console.log('uncovered CAMEO codes:\n  ' + miss.join('\n  '));
    assert.deepEqual(miss, []);
  });

  it('reports the four-digit codes no trigger carries', () => {
    const miss = rows.filter((r) => r[0]!.length === 4 && !covered(r[0]!)).map((r) => `${r[0]} ${r[1]} ${r[4] ?? ''}`);
    console.log(`four-digit codes without a trigger of their own (${miss.length}; their 3-digit parent codes them):\n  ` + miss.join('\n  '));
  });

  it('every PLOVER type has triggers', () => {
    const types = new Set(rows.map((r) => r[1]));
    for (const t of types) assert.ok(TRIGGERS.some((d) => d.t === t), t);
  });
});
