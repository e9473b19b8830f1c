/**
 * The action lexicon: phrases that signal a PLOVER event, with type, mode, CAMEO code and how to find
 * the recipient. Written from the PLOVER codebook and the CAMEO→PLOVER table.
 *
 * Pattern syntax (space-separated):
 *  - the first word is a verb lemma and matches every inflection, unless it starts with `=`
 *    (a literal, e.g. a noun: `=summit`);
 *  - `a|b` alternatives; `x?` optional; `*` skips up to four words inside the clause.
 * Flags:
 *  - `prep`: prepositions that introduce the recipient (besides a direct object);
 *  - `rev`: the grammatical subject is the recipient and the object the actor ("X hosted Y");
 *  - `multi`: a gathering (summit, forum): participants are every state named around it;
 *  - `med`: mediation ("talks between A and B" hosted or brokered by C);
 *  - `self`: with no recipient named, the actor's own state is the recipient (domestic coercion, protest);
 *  - `gov`: governs an infinitive ("agreed to visit"): the inner action gives the recipient and is not coded.
 *  - `from`: the measure or cargo is named first ("aid from X was delivered to Y", "sanctions were imposed on Y by X"):
 *    with no actor before the trigger, the name under "from" or "by" acts.
 * Where two patterns match the same words, the first defined wins: specific entries come before generic ones.
 */
import type { EventType } from '../model/event.ts';

export interface TriggerDef {
  p: string;
  t: EventType;
  m?: string;
  c?: string;
  prep?: string[];
  rev?: boolean;
  multi?: boolean;
  med?: boolean;
  self?: boolean;
  gov?: boolean;
  ctx?: string[];
  /** needs a named recipient, or it is not coded (keeps generic words from firing alone) */
  needObj?: boolean;
  /** prepositions that never introduce the recipient ("complained to the UN over Israeli raids") */
  noPrep?: string[];
  /** hosting: receiving the leaders of several states is one gathering, not a row of visits */
  gathers?: boolean;
  /** talks whose object is their subject matter: a gathering named there is a topic ("discussed the summit") */
  topic?: boolean;
  /** one event per partner: a cancelled trip to several countries is one cancellation per country, the recognition
   * of several states one recognition each */
  perPartner?: boolean;
  /** the object is the visitor and "to" names where it went: "a tour that took Cameron to A, B and C" */
  objActor?: boolean;
  /** the direct object is a topic, not a party ("discussed the summit"): parties come with a preposition */
  noDirect?: boolean;
  /** only without a direct object: "students demonstrated", not "demonstrated its capacity" */
  intrans?: boolean;
  /** with no actor named before the trigger, a name under "from" or "by" is the actor ("cargo from Japan was delivered to Chile") */
  from?: boolean;
  /** the party addressed follows the trigger at once (after an article at most): "expects Kyiv to…" */
  nextObj?: boolean;
  /** only as a future or an intent ("will retaliate", "is ready to retaliate"): done, it is told by another verb */
  ahead?: boolean;
  /** a flow of a commodity: its source, destination and transit states act together */
  flow?: boolean;
  /** a gathering only when an organisation's: one is named within a few words after the trigger ("a meeting of the
   *  CSTO Council", not "a meeting of the two presidents") */
  orgOf?: boolean;
  /** only with an organisation named in the subject, a few words before the trigger */
  orgSubj?: boolean;
  /** a stay somewhere: it gives way to a gathering the sentence names ("spent Thursday in Bishkek at a summit") */
  stay?: boolean;
  /** only with two or more states as parties (an act that is joint by who does it) */
  several?: boolean;
  /** a leg of a trip: not after "the" ("The stop in Kazakhstan was part of a tour…" names again the visit reported) */
  leg?: boolean;
  /** the trigger's words are plain ("came to"): only a place or party named right after them makes them a trip */
  placeNext?: boolean;
  /** a noun of an act whose doer is named after "of" and whose other side after "from" ("the withdrawal of A from B") */
  ofActor?: boolean;
}

const W = ['with'];
const TO = ['to'];
const AGST = ['against', 'on', 'to', 'over', 'at'];
const AGREEMENT = 'agreement|agreements|deal|deals|accord|accords|treaty|treaties|memorandum|memoranda|memorandums|contract|contracts|documents|document|pact|protocol|declaration|roadmap|charter|mou|mous|accords';

export const TRIGGERS: TriggerDef[] = [
  // AGREE: commitments, offers, announced future meetings
  { p: 'agree', t: 'AGREE', c: '030', prep: W, gov: true },
  { p: 'reach * agreement|consensus|understanding', t: 'AGREE', c: '030', prep: W },
  { p: 'promise', t: 'AGREE', c: '030', prep: TO, gov: true },
  { p: 'pledge', t: 'AGREE', c: '030', prep: TO, gov: true },
  { p: 'vow', t: 'AGREE', c: '030', prep: TO, gov: true },
  { p: 'undertake|consent', t: 'AGREE', c: '030', prep: TO, gov: true },
  { p: 'commit', t: 'AGREE', c: '030', prep: TO, gov: true },
  { p: '=committed to', t: 'AGREE', c: '030', prep: TO, gov: true },
  { p: 'offer', t: 'AGREE', c: '030', prep: TO, gov: true },
  { p: '=ready|willing|prepared to', t: 'AGREE', c: '030', prep: TO, gov: true },
  { p: 'invite', t: 'AGREE', c: '036', gov: true },
  { p: 'accept * invitation', t: 'AGREE', c: '036', prep: ['from', 'of'] },
  // an invitation restated or passed on is still the offer of a visit: "confirmed his invitation for the emir to visit"
  { p: 'confirm|renew|reiterate|repeat|extend|convey|reaffirm * invitation|invitations', t: 'AGREE', c: '036', prep: ['to', 'for'], needObj: true },
  // a goal set with a partner is a commitment: "set the goal of lifting bilateral trade with Vietnam to $2 billion"
  { p: 'set * goal|target|targets|goals', t: 'AGREE', c: '0311', prep: ['with', 'to'], needObj: true },
  { p: 'announce * plan|plans|intention', t: 'AGREE', c: '030', gov: true },
  { p: 'launch|inaugurate|convene|organise|organize|announce * =forum|summit|conference|dialogue', t: 'AGREE', c: '036', multi: true },
  { p: '=announcement|announcements of ** summit|forum|conference|meeting|visit|talks', t: 'AGREE', c: '036' },
  // AGREE: stated intent and readiness ("is eager to", "expressed readiness to", "plans to … with X")
  { p: '=eager|keen|determined|resolved to', t: 'AGREE', c: '030', prep: ['to', 'with'], gov: true },
  { p: '=interested in', t: 'AGREE', c: '030', prep: ['with', 'to'], gov: true, needObj: true },
  { p: 'express|voice|confirm|reaffirm|reiterate|declare|state|signal * readiness|willingness|interest|intention|intent|desire|commitment|determination|openness', t: 'AGREE', c: '030', prep: ['to', 'with', 'in', 'for'], gov: true },
  { p: 'intend|plan|hope|aim to', t: 'AGREE', c: '030', prep: ['to', 'with', 'in'], gov: true, needObj: true },
  { p: 'instruct|task|authorise|authorize * to', t: 'AGREE', c: '030', prep: ['to', 'with'], gov: true, needObj: true },
  // orders to one's own government are commitments of the state: "instructed the government to work out…"
  { p: 'instruct|order|task|direct|charge * government|cabinet|ministry|ministries|officials|agencies|authorities * to', t: 'AGREE', c: '030', prep: ['to', 'for'], gov: true, needObj: true },
  { p: 'decide|resolve', t: 'AGREE', c: '030', prep: ['with', 'to'], gov: true },
  // parliaments approving a deployment or a proposal commit the state: "approved sending 150 servicemen to Kazakhstan"
  { p: 'approve|authorise|authorize|back|endorse * sending|deployment|dispatch|proposal|plan|decision', t: 'AGREE', c: '030', prep: ['to'] },
  // (longer than the sending it governs: "approved sending 150 servicemen and 19 units of equipment to Kazakhstan")
  { p: 'approve|authorise|authorize|back|endorse|sanction sending|deploying|dispatching|deployment|dispatch ** troops|servicemen|soldiers|peacekeepers|forces|units|contingent|personnel|equipment', t: 'AGREE', c: '030', prep: ['to', 'in'] },
  { p: 'propose', t: 'AGREE', c: '030', prep: ['to', 'with'], gov: true },
  // proposals in other words (the codebook's AGREE: offers and proposals of cooperation): "suggested developing new
  // growth points", "put forward an initiative to…", "tabled a proposal"
  { p: 'suggest', t: 'AGREE', c: '030', prep: ['to', 'with'], gov: true },
  { p: 'put|bring forward * initiative|initiatives|proposal|proposals|idea|ideas|plan|plans', t: 'AGREE', c: '030', prep: ['to', 'with'] },
  { p: 'table|advance|present|submit|make * initiative|initiatives|proposal|proposals', t: 'AGREE', c: '030', prep: ['to', 'with'], gov: true, needObj: true },
  // a joint plan to be drawn up is a commitment of both: "Nur-Sultan and Tashkent would draw up a joint plan of action"
  { p: 'draw|work up|out * joint plan|plans|roadmap|programme|program|strategy', t: 'AGREE', c: '030', prep: W },
  { p: 'choose|select', t: 'AGREE', c: '030', needObj: true },
  // money announced or pledged: "announced a €12 billion investment package", "announced $25 million in new funding"
  { p: 'announce|unveil * package|grant|grants|funding|loan|loans|aid|assistance|investment|investments|credit|credits|financing|million|billion', t: 'AGREE', c: '033', prep: ['to', 'for'] },
  { p: 'enter|come * into force|effect', t: 'SUPPORT', c: '057', multi: true },
  { p: '=signing|signature of', t: 'SUPPORT', c: '057', multi: true },
  // what is promised: material cooperation, aid, support, reform, concessions, settlement, mediation
  { p: 'pledge|promise|commit * cooperate|cooperation', t: 'AGREE', c: '031', prep: ['to', 'with'] },
  { p: 'pledge|promise|commit * military|defence|defense|security', t: 'AGREE', c: '0312', prep: ['to', 'with'] },
  { p: 'pledge|promise|commit * support|backing', t: 'AGREE', c: '032', prep: ['to', 'for'] },
  { p: 'pledge|promise|commit|allocate|earmark * aid|assistance|grant|grants|funds|funding|million|billion', t: 'AGREE', c: '033', prep: ['to', 'for'] },
  { p: 'pledge|promise|commit * loan|loans|credit|credits|investment|investments', t: 'AGREE', c: '0331', prep: ['to', 'for', 'in'] },
  { p: 'pledge|promise|commit * weapons|arms|troops|equipment|ammunition', t: 'AGREE', c: '0332', prep: ['to', 'for'] },
  { p: 'pledge|promise|commit * peacekeepers|peacekeeping', t: 'AGREE', c: '0334', prep: ['to', 'for', 'in'] },
  { p: 'pledge|promise|commit|announce * reform|reforms|elections|referendum', t: 'AGREE', c: '034', self: true },
  { p: 'pledge|promise|agree|commit * release|free', t: 'AGREE', c: '0353', prep: ['to', 'from'] },
  { p: 'pledge|promise|agree|commit * lift|ease * sanctions|embargo|restrictions', t: 'AGREE', c: '0354', prep: ['on', 'against', 'for'] },
  { p: 'pledge|promise|agree|commit * withdraw|pull * troops|forces', t: 'AGREE', c: '035', prep: ['from'] },
  { p: 'agree|pledge|promise|commit|seek * settle|resolve|settlement|solution', t: 'AGREE', c: '037', prep: ['with'] },
  { p: 'accept * mediation|offer|offers', t: 'AGREE', c: '038', prep: ['of', 'from'] },
  { p: 'accept * good offices', t: 'AGREE', c: '038', prep: ['of', 'from'] },
  { p: 'offer * mediation|mediate|platform|venue', t: 'AGREE', c: '039', prep: TO },
  { p: 'offer * good offices', t: 'AGREE', c: '039', prep: TO },
  { p: '=good offices', t: 'AGREE', c: '039', prep: TO, needObj: true },
  // CONSULT
  { p: 'meet', t: 'CONSULT', c: '040', prep: W },
  // "sat down with President X for talks", "the two presidents sat down for talks": agency English for a meeting
  { p: 'sit down with|for|to', t: 'CONSULT', c: '040', prep: W },
  { p: 'hold|conduct * talks|meeting|meetings|consultations|negotiations|discussions|dialogue|conversation|conversations', t: 'CONSULT', c: '040', prep: W, topic: true },
  // credentials: "received the letters of credence of the new ambassadors of A, B and C" (one meeting each, the envoys'
  // states with the host), "the new EU envoy presented his credentials to the president"
  { p: 'receive|accept ** credentials|credence', t: 'CONSULT', c: '040', rev: true, prep: ['of', 'from'], perPartner: true },
  { p: 'present|hand|submit * credentials|credence', t: 'CONSULT', c: '040', prep: ['to'] },
  // "had separate meetings with", "had a meeting with": 'have' as a verb, not the auxiliary of "has hosted talks"
  { p: 'have a|an|separate|bilateral|several|two|three|brief|lengthy * meeting|meetings|talks|conversation|conversations', t: 'CONSULT', c: '040', prep: W },
  { p: '=talks|negotiations|consultations', t: 'CONSULT', c: '040', prep: ['with', 'between'] },
  // back at the table (a refusal when negated and future: "would not return to the six-party talks")
  { p: 'return to * talks|negotiations|negotiating|table', t: 'CONSULT', c: '046', prep: W },
  { p: 'negotiate', t: 'CONSULT', c: '046', prep: W, noDirect: true },
  { p: 'discuss', t: 'CONSULT', c: '040', prep: W, noDirect: true, topic: true },
  { p: 'confer', t: 'CONSULT', c: '040', prep: W },
  // a matter raised with the other side: "would take up the attack with Ukraine through diplomatic channels" (a promise
  // of talks when future), "raised the issue with his Russian counterpart"
  { p: 'take up|raise * matter|issue|question|incident|case|attack|attacks|strike|concern|concerns with', t: 'CONSULT', c: '040', prep: W, needObj: true },
  { p: 'visit', t: 'CONSULT', m: 'visit', c: '042' },
  { p: '=visit|visits|trip|tour', t: 'CONSULT', m: 'visit', c: '042', prep: ['to', 'of', 'from'] },
  { p: 'pay|make * visit', t: 'CONSULT', m: 'visit', c: '042', prep: TO },
  // "paid a courtesy call on the Emir": a short visit to a person, not an appeal
  { p: 'pay|make * courtesy call|calls', t: 'CONSULT', m: 'visit', c: '042', prep: ['on', 'upon', 'to'] },
  // ("arrived from Turkmenistan": where a visitor comes from is not where the visit is)
  { p: 'arrive', t: 'CONSULT', m: 'visit', c: '042', prep: ['in', 'at'], noPrep: ['from'] },
  // "Xi and Lula were also in Moscow for the commemorations": a leader present abroad for an occasion is visiting
  { p: 'be also? in ** for * summit|talks|commemorations|celebrations|ceremony|parade|forum|meeting|inauguration|funeral|visit|consultations|negotiations|anniversary|games|opening', t: 'CONSULT', m: 'visit', c: '042', prep: ['in'] },
  { p: 'travel', t: 'CONSULT', m: 'visit', c: '042', prep: TO },
  // plain words of a trip: "flew to Baku", "came to Tashkent", "headed to Beijing" (a party named after "to" is needed:
  // "came to power", "went to the polls" are no trips)
  { p: 'fly|come|go|head|jet to', t: 'CONSULT', m: 'visit', c: '042', prep: TO, needObj: true, placeNext: true },
  // plain words for a stay abroad: "Lavrov spent two days in Astana", "spent Friday in Kazakhstan's capital"
  { p: 'spend * day|days|night|nights|week|weeks|hours|monday|tuesday|wednesday|thursday|friday|saturday|sunday', t: 'CONSULT', m: 'visit', c: '042', prep: ['in'], needObj: true, stay: true },
  { p: 'tour', t: 'CONSULT', m: 'visit', c: '042' },
  // "after earlier stops in Turkmenistan and Uzbekistan", "a stopover in Baku": a stop of a trip is a visit there
  { p: '=stop|stops|stopover|stopovers in', t: 'CONSULT', m: 'visit', c: '042', prep: ['in'], needObj: true, perPartner: true, leg: true },
  { p: '=tour|trip|journey that|which * took|takes|will', t: 'CONSULT', m: 'visit', c: '042', prep: TO, objActor: true },
  { p: 'host', t: 'CONSULT', m: 'visit', c: '043', rev: true, gathers: true },
  { p: 'receive', t: 'CONSULT', m: 'visit', c: '043', rev: true, needObj: true, gathers: true },
  { p: 'welcome', t: 'CONSULT', m: 'visit', c: '043', rev: true, needObj: true, gathers: true },
  { p: 'give|gave * welcome', t: 'CONSULT', m: 'visit', c: '043', rev: true, prep: TO },
  { p: '=phone|telephone call|calls|conversation|talks', t: 'CONSULT', m: 'phone', c: '041', prep: ['with', 'between'] },
  { p: 'speak|talk * phone|telephone', t: 'CONSULT', m: 'phone', c: '041', prep: W },
  // calls: a verb ("telephoned"), a held call ("had a phone call with"), a noun ("a call between A and B")
  { p: 'telephone|phone|ring', t: 'CONSULT', m: 'phone', c: '041', needObj: true },
  // (the call noun is part of the phrase: "held a phone call with X" is one call, not a second one told by "call with")
  { p: 'have|hold|make|conduct * phone|telephone|video call|calls|conversation|conversations|talk|talks|conference|link?', t: 'CONSULT', m: 'phone', c: '041', prep: W },
  { p: '=phone|telephone conversations|talk', t: 'CONSULT', m: 'phone', c: '041', prep: ['with', 'between'] },
  // "by video link" is a channel: only a call when it has parties of its own ("a video call with…")
  { p: '=video call|calls|conference|conversation', t: 'CONSULT', m: 'phone', c: '041', prep: ['with', 'between'] },
  { p: '=call|calls between|with', t: 'CONSULT', m: 'phone', c: '041', prep: ['with', 'between'] },
  { p: 'receive|take * phone|telephone|video call|calls', t: 'CONSULT', m: 'phone', c: '041', rev: true, prep: ['from'] },
  { p: '=meeting|meetings between|with', t: 'CONSULT', c: '040', prep: ['with', 'between'] },
  // "at a meeting in Nur-Sultan with his Kazakh counterpart": the place may come between the noun and the party met
  { p: '=meeting|meetings in|at * with', t: 'CONSULT', c: '040', prep: ['with'] },
  { p: 'exchange * views|opinions', t: 'CONSULT', c: '040', prep: W },
  { p: 'meet * on the sidelines|margins', t: 'CONSULT', c: '044', prep: W },
  { p: '=round|rounds of * talks|negotiations|consultations', t: 'CONSULT', c: '046', prep: ['with', 'between'] },
  { p: '=summit|forum|conference|ministerial', t: 'CONSULT', m: 'multilateral', c: '043', multi: true },
  { p: 'host|convene ** meeting|summit|forum|conference|ministerial|session|congress', t: 'CONSULT', m: 'multilateral', c: '043', multi: true },
  // an organisation's body or leaders coming together: "the Eurasian Intergovernmental Council convened in Almaty",
  // "leaders of the CIS countries gathered in Ashgabat" (crowds gathering are protests: an organisation must be the subject)
  { p: 'gather|convene|assemble in|at', t: 'CONSULT', m: 'multilateral', c: '043', multi: true, orgSubj: true },
  // an organisation's meeting or session is a summit by another name: "a meeting of the Supreme Eurasian Economic
  // Council took place in Astana", "the session of the CIS Council of Foreign Ministers concluded its work"
  { p: '=meeting|meetings|session|sessions|sitting of', t: 'CONSULT', m: 'multilateral', c: '043', multi: true, orgOf: true },
  { p: 'attend|participate|take|represented|join ** summit|forum|conference|meeting|session|ceremony|assembly|congress|ministerial|games', t: 'CONSULT', m: 'multilateral', c: '043', multi: true, prep: ['in', 'at'] },
  // "the presidents of Kenya and Uganda gathered in Arusha for the summit of the East African Community"
  { p: 'gather|assemble|converge ** for * summit|summits|session|conference|forum|talks|meeting', t: 'CONSULT', m: 'multilateral', c: '043', multi: true, prep: ['in', 'at'] },
  // a joint exercise is material cooperation, not a meeting
  { p: 'take|participate|join ** exercise|exercises|drills|manoeuvres|maneuvers', t: 'COOPERATE', c: '062', prep: W, ctx: ['military'] },
  // an alliance's or partners' exercise hosted: "Armenia will not host CSTO exercises" refuses the cooperation
  { p: 'host ** exercise|exercises|drills|manoeuvres|maneuvers', t: 'COOPERATE', c: '062', prep: W, ctx: ['military'], needObj: true },
  { p: 'mediate', t: 'CONSULT', m: 'third-party', c: '045', med: true },
  { p: '=mediation', t: 'CONSULT', m: 'third-party', c: '045', med: true },
  { p: 'broker|facilitate|host * peace? talks|negotiations|dialogue|process', t: 'CONSULT', m: 'third-party', c: '045', med: true },
  { p: '=platform|venue for * talks|negotiations|dialogue', t: 'CONSULT', m: 'third-party', c: '045', med: true },
  // SUPPORT
  { p: 'sign', t: 'SUPPORT', c: '057', prep: W },
  { p: 'conclude|ratify|finalise|finalize|seal|secure|ink * ' + AGREEMENT, t: 'SUPPORT', c: '057', prep: W },
  { p: 'ratify', t: 'SUPPORT', c: '057', prep: W },
  // "an agreement on investments was concluded as well": the passive names the text first
  { p: '=' + AGREEMENT + ' ** was|were|been concluded|finalised|finalized|inked|sealed|exchanged', t: 'SUPPORT', c: '057', prep: W },
  { p: 'put|set|affix * signature|signatures to', t: 'SUPPORT', c: '057', prep: W },
  { p: 'accede to', t: 'SUPPORT', c: '057', prep: W },
  { p: 'adopt|issue|approve * statement|statements|declaration|declarations|communique|communiqué|charter|roadmap|convention|conventions|programme|program|action|protocol|resolution', t: 'SUPPORT', c: '057', prep: W },
  // a joint programme under a long name: "adopted a Strategic Partnership and Alliance Programme for 2024–2034"
  { p: 'adopt|approve ** partnership|cooperation|joint * programme|program|plan|roadmap|strategy', t: 'SUPPORT', c: '057', prep: W },
  // a chamber approving a treaty's ratification: "the Senate approved the ratification on April 25"
  { p: 'approve|back|endorse|pass * ratification', t: 'SUPPORT', c: '057', prep: W },
  // "Intergovernmental documents were exchanged in the presence of the two leaders": signed texts handed over
  { p: 'exchange * documents|agreements|memoranda|memorandums|instruments', t: 'SUPPORT', c: '057', prep: W },
  { p: 'join * leaders|heads|presidents|ministers|counterparts', t: 'CONSULT', m: 'multilateral', c: '043', multi: true },
  { p: 'join', t: 'SUPPORT', c: '057', needObj: true },
  // admission is joining, by the one admitted: "Belarus was admitted as the organisation's tenth member", "the SCO
  // admitted Iran as a full member"
  { p: 'admit|accept * as ** member|members|observer|partner', t: 'SUPPORT', c: '057', rev: true },
  // applying to join is a commitment to; "will not apply for membership" a refusal
  { p: 'apply|bid|seek * membership|accession', t: 'AGREE', c: '030', prep: ['of', 'in', 'to'] },
  { p: 'submit|file|lodge|send * application|applications|bid|request ** join|membership|accession', t: 'AGREE', c: '030', prep: ['of', 'in', 'to'] },
  { p: 'become * member|members|observer|partner', t: 'SUPPORT', c: '057', prep: ['of', 'to', 'in'] },
  { p: 'praise|commend|hail|laud|applaud', t: 'SUPPORT', c: '051' },
  { p: 'speak|spoke|spoken highly of', t: 'SUPPORT', c: '051', prep: ['of'] },
  { p: 'endorse|back', t: 'SUPPORT', c: '051', needObj: true },
  { p: 'support', t: 'SUPPORT', c: '051', needObj: true },
  { p: 'express|voice|reaffirm|confirm|reiterate|declare|restate * support|solidarity', t: 'SUPPORT', c: '051', prep: ['for', 'with', 'to'] },
  { p: 'defend', t: 'SUPPORT', c: '052', needObj: true },
  { p: 'recognise|recognize', t: 'SUPPORT', c: '054', needObj: true, perPartner: true },
  { p: 'upgrade * ties|relations', t: 'SUPPORT', c: '050', prep: W },
  // forgiving debt is material help; forgiving a person is support
  { p: 'forgive|cancel ** debt|debts|loans|arrears', t: 'AID', c: '071', prep: ['to', 'for'], ctx: ['economic'] },
  { p: 'write off ** debt|debts|loans|arrears', t: 'AID', c: '071', prep: ['to', 'for'], ctx: ['economic'] },
  { p: 'forgive', t: 'SUPPORT', c: '056' },
  // the codebook: expressions of regret or remorse for one's own act are CONCEDE (it wins over CAMEO's 055)
  { p: 'apologise|apologize', t: 'CONCEDE', c: '055', prep: TO },
  { p: 'ask|beg|seek * forgiveness|pardon', t: 'CONCEDE', c: '055', prep: ['of', 'from'] },
  { p: 'back|climb down', t: 'CONCEDE', c: '08', intrans: true },
  // thanks, gratitude, congratulations, appreciation; welcoming a decision is approval, not hosting
  { p: 'thank|congratulate|salute|commend', t: 'SUPPORT', c: '051', needObj: true },
  { p: 'express|extend|convey|voice|reiterate|send * gratitude|thanks|appreciation|congratulations|congratulatory|approval', t: 'SUPPORT', c: '051', prep: ['to', 'for'] },
  { p: 'appreciate * role|contribution|contributions|efforts|support|assistance|help|position|stance|decision|initiative|initiatives|cooperation|partnership|commitment|readiness', t: 'SUPPORT', c: '051' },
  { p: 'welcome|hail|applaud|support * reform|reforms|transformation|transformations|modernisation|modernization|changes', t: 'SUPPORT', c: '051', prep: ['in', 'of', 'by'] },
  { p: 'welcome|hail|applaud|support * decision|decisions|move|step|steps|initiative|initiatives|proposal|proposals|choice|efforts|announcement|adoption|outcome|results|readiness|intention|signing|release|commitment|role|position|stance|contribution|plan|plans|agreement|participation|bid|lifting|easing|removal|withdrawal|restoration|resumption|reopening|normalisation|normalization', t: 'SUPPORT', c: '051' },
  // a deal, a verdict or an accession welcomed: "welcomed the treaty as proof of…", "welcomed the verdict as a victory"
  { p: 'welcome|hail|applaud * treaty|treaties|deal|deals|accord|accords|agreements|verdict|ruling|acquittal|swap|ceasefire|truce|protocol|declaration|accession|breakthrough', t: 'SUPPORT', c: '051' },
  // "hailed it as a breakthrough": the act is the one just reported
  { p: 'welcome|hail|praise|applaud it as', t: 'SUPPORT', c: '051' },
  { p: 'acknowledge|recognise|recognize * role|contribution|efforts|leadership', t: 'SUPPORT', c: '051' },
  { p: 'rally|mobilise|mobilize|drum|galvanise|galvanize * support', t: 'SUPPORT', c: '053', prep: ['for', 'behind'] },
  { p: 'grant|extend|announce * recognition', t: 'SUPPORT', c: '054', prep: ['to', 'of'], perPartner: true },
  { p: 'offer|issue|extend|make * apology|apologies', t: 'CONCEDE', c: '055', prep: TO },
  { p: 'elevate|raise|upgrade * relations|ties|partnership * to|level', t: 'SUPPORT', c: '050', prep: W },
  { p: 'hand|pass * chairmanship|presidency|baton', t: 'SUPPORT', c: '050', prep: TO },
  // honours and respect: "awarded the Emir the Order of…", "presented Xi with the Order", "respects Kazakhstan's decision"
  { p: 'award|present|confer|bestow ** order|medal|prize|honour|honor|decoration|award|badge|title', t: 'SUPPORT', c: '051', prep: ['on', 'upon', 'to'] },
  // high regard: "highly valued Kazakhstan's foreign policy", "values highly its partnership with Astana"
  { p: '=highly value|values|valued|appreciate|appreciates|appreciated|praise|praises|praised', t: 'SUPPORT', c: '051' },
  { p: 'value * highly', t: 'SUPPORT', c: '051', prep: W },
  { p: 'decorate * with|by', t: 'SUPPORT', c: '051' },
  { p: 'respect * decision|choice|position|sovereignty|independence|integrity|wishes', t: 'SUPPORT', c: '051' },
  // COOPERATE
  { p: 'introduce|launch|establish|open|grant|approve|extend * visa-free|visa', t: 'COOPERATE', c: '061', prep: ['with', 'for'], ctx: ['migration'] },
  { p: '=visa-free regime|travel|entry', t: 'COOPERATE', c: '061', prep: ['with', 'for'], ctx: ['migration'] },
  // states added to a visa-free list, one regime each: "a decree adds Bahrain, Colombia and Oman to the list" (the rules
  // keep it only where the sentence or the one before speaks of visas)
  { p: 'add|include *** to|in the visa-free? list', t: 'COOPERATE', c: '061', ctx: ['migration'], needObj: true },
  { p: 'invest', t: 'COOPERATE', c: '061', prep: ['in'], ctx: ['economic'] },
  { p: 'launch|implement|enact * free|customs|common|trade trade|union|market|agreement|pact|zone|area', t: 'COOPERATE', c: '061', prep: W, ctx: ['economic'] },
  { p: '=joint venture|ventures', t: 'COOPERATE', c: '061', prep: W, ctx: ['economic'] },
  { p: 'share * intelligence|information|expertise|evidence|data|technology', t: 'COOPERATE', c: '064', prep: W },
  // a wanted man handed to another state is judicial cooperation like extradition: "handed over a senior al Qaeda suspect to U.S. authorities"
  { p: 'hand|turn over * suspect|suspects|fugitive|fugitives|militant|militants', t: 'COOPERATE', c: '063', prep: TO, ctx: ['legal'] },
  { p: 'extradite', t: 'COOPERATE', c: '063', prep: TO, ctx: ['legal'] },
  { p: '=extradition of', t: 'COOPERATE', c: '063', prep: TO, ctx: ['legal'] },
  { p: 'provide|render|grant * legal assistance', t: 'COOPERATE', c: '063', prep: TO, ctx: ['legal'] },
  // joint exercises before single-country ones: with equal length, the first definition wins
  { p: 'hold|conduct|stage|undertake|launch|begin|start|open ** joint ** exercises|exercise|drills|manoeuvres|maneuvers|games|patrols|training', t: 'COOPERATE', c: '062', prep: W, ctx: ['military'] },
  // trade that took place: "delivered 390,000 tonnes of crude to Germany", "began pumping gas to Uzbekistan"
  { p: 'deliver|ship|supply|export|pump|transport|sell * oil|crude|gas|grain|wheat|uranium|coal|electricity|fertiliser|fertilizer|fuel', t: 'COOPERATE', c: '061', prep: ['to', 'through', 'via'], ctx: ['economic'], needObj: true },
  // "Russian crude began flowing to China through the new branch": the commodity as the subject of its own flow
  // (grain and flour sent are more often aid: only energy goods here)
  { p: 'send * oil|crude|gas|uranium|coal|electricity', t: 'COOPERATE', c: '061', prep: ['to', 'through', 'via', 'across'], ctx: ['economic'], needObj: true },
  { p: 'launch|start|begin ** deliveries|supplies|shipments|exports|imports|transit', t: 'COOPERATE', c: '061', prep: ['to', 'from', 'through', 'via'], ctx: ['economic'] },
  { p: '=oil|crude|gas|electricity|power|water ** began|begins|started|starts|continued flowing', t: 'COOPERATE', c: '061', prep: ['to', 'into'], ctx: ['economic'], needObj: true, flow: true },
  { p: '=oil|crude|gas|electricity|power|water ** began|begins|started|starts|continued to flow', t: 'COOPERATE', c: '061', prep: ['to', 'into'], ctx: ['economic'], needObj: true, flow: true },
  // visa-free travel in force: "no longer need visas", "can visit … without a visa", "a visa exemption agreement came into force"
  { p: 'allow|permit|let ** without a? visa|visas', t: 'COOPERATE', c: '061', prep: ['for', 'with'], ctx: ['migration'] },
  { p: '=without a? visa|visas', t: 'COOPERATE', c: '061', prep: ['for', 'with'], ctx: ['migration'] },
  { p: '=no longer need|needs|require|requires * visa|visas', t: 'COOPERATE', c: '061', prep: ['for', 'with'], ctx: ['migration'] },
  { p: '=visa exemption|waiver', t: 'COOPERATE', c: '061', prep: ['for', 'with', 'between'], ctx: ['migration'] },
  // "waived visas for", "scrapped visa requirements for": the requirement lifted is the regime introduced
  { p: 'waive|scrap|abolish|lift|drop the? entry? visa|visas', t: 'COOPERATE', c: '061', prep: ['for', 'with'], ctx: ['migration'] },
  // trade opened by a pact in force (rule 3): "a free trade pact between Mexico and the EU came into force on Saturday"
  { p: '=free|trade trade|agreement|pact|deal ** came|come|comes|entered|enter|enters into force|effect', t: 'COOPERATE', c: '061', prep: ['with', 'between'], ctx: ['economic'] },
  { p: '=free|trade trade|agreement|pact|deal ** took|take|takes effect', t: 'COOPERATE', c: '061', prep: ['with', 'between'], ctx: ['economic'] },
  { p: 'resume|restore * flights|trade|cooperation|shipments|deliveries|supplies', t: 'COOPERATE', c: '061', prep: W, ctx: ['economic'] },
  { p: 'hold|conduct|stage|undertake|launch * joint', t: 'COOPERATE', c: '062', prep: W, ctx: ['military'] },
  // an exercise brought to an end by the forces of several states was theirs together: "soldiers from A, B and C wrapped
  // up a two-week peacekeeping exercise" (one state's own drills ending are no cooperation)
  { p: 'wrap up ** exercise|exercises|drills|manoeuvres|maneuvers', t: 'COOPERATE', c: '062', prep: W, ctx: ['military'], several: true },
  { p: 'complete|conclude|end|finish ** exercise|exercises|drills|manoeuvres|maneuvers', t: 'COOPERATE', c: '062', prep: W, ctx: ['military'], several: true },
  // the exercise named first: "the CSTO exercise Interaction-2024 began at Balykchy, involving troops from A, B and C"
  { p: '=exercise|exercises|drills|manoeuvres|maneuvers ** began|begin|begins|started|start|starts|opened|kicked', t: 'COOPERATE', c: '062', multi: true, ctx: ['military'] },
  { p: 'establish|restore|resume * relations|ties', t: 'COOPERATE', c: '060', prep: W },
  // "Flights between Dushanbe and Bishkek resumed", "the first flights between the two capitals in four years landed"
  { p: '=flights|flight|trains|train|services|traffic ** resumed|resume|resumes|restarted|landed', t: 'COOPERATE', c: '061', prep: ['between'], ctx: ['economic'] },
  { p: 'launch|open|inaugurate|commission|reopen ** project|route|corridor|line|railway|pipeline|flights|plant|service|hub|terminal|checkpoint|checkpoints|crossing|crossings|branch|branches|bridge|highway|consulate|embassy|tunnel|canal|port', t: 'COOPERATE', c: '061', prep: W, ctx: ['economic'] },
  // the project named first: "joint projects worth $1.3 billion were launched by video link"
  { p: '=project|projects|plant|plants|factory|corridor|route|railway|pipeline|terminal|hub|bridge|consulate|embassy ** was|were|been launched|opened|inaugurated|commissioned', t: 'COOPERATE', c: '061', prep: W, ctx: ['economic'] },
  // investment by acquisition: "bought a controlling stake in the Polish carmaker"
  { p: 'buy|acquire|purchase|take * stake|stakes', t: 'COOPERATE', c: '061', prep: ['in'], ctx: ['economic'] },
  { p: 'start|begin|launch * construction|building', t: 'COOPERATE', c: '061', prep: W, ctx: ['economic'] },
  // the act told as a noun: "the opening of Kazakhstan's consulate in Brest", "the start of construction of the railway"
  { p: '=opening|inauguration|reopening ** embassy|embassies|consulate|consulates|consulate-general', t: 'COOPERATE', c: '061', prep: ['in'] },
  { p: '=start|launch|beginning of * construction|deliveries|supplies|traffic|flights', t: 'COOPERATE', c: '061', prep: W, ctx: ['economic'] },
  { p: 'lay * foundation|cornerstone', t: 'COOPERATE', c: '061', prep: W, ctx: ['economic'] },
  { p: '=construction ** began|begins|started|starts|start|begin|got', t: 'COOPERATE', c: '061', prep: W, ctx: ['economic'] },
  { p: 'cooperate', t: 'COOPERATE', c: '060', prep: W, needObj: true },
  // "would work closely with the Azerbaijani side": working together is cooperation (a promise of it, an AGREE)
  { p: 'work closely|together|jointly with', t: 'COOPERATE', c: '060', prep: W, needObj: true },
  // AID
  { p: 'send|dispatch|fly|deploy|deliver|airlift|ship|ferry|truck ** rescuers|rescue|medics|doctors|relief|humanitarian|supplies|tonnes|tons|cargo|medicines|medicine|food|equipment|clothing|blankets|tents|wheat|flour', t: 'AID', c: '073', prep: ['to', 'for'], ctx: ['humanitarian'] },
  // "a plane carrying relief supplies departed for…", "flights carrying 28 tonnes of medicines for the people of Ukraine"
  { p: 'carry ** aid|supplies|medicines|medicine|food|wheat|flour|cargo|tonnes|tons|relief|equipment', t: 'AID', c: '073', prep: ['to', 'for'], ctx: ['humanitarian'] },
  { p: 'provide|give|extend|disburse|grant|transfer|send|allocate|donate ** yuan|dollars|euros|tenge|rubles|roubles|financing|million|billion', t: 'AID', c: '071', prep: ['to', 'for', 'with'], ctx: ['economic'] },
  // laying down arms is no gift of them (before the AID entry, which would read "handed in" as handing over):
  // "rebels handed in their weapons", "turned in thousands of rifles"
  { p: 'hand|turn in * weapons|arms|guns|rifles|ammunition', t: 'RETREAT', m: 'disarm', c: '0873', prep: ['to'] },
  { p: 'send|provide|deliver|supply|transfer|give|hand ** weapons|arms|ammunition|missiles|tanks|howitzers|artillery', t: 'AID', c: '072', prep: ['to', 'for'], ctx: ['military'] },
  { p: 'send|deploy|dispatch|contribute ** peacekeepers|peacekeeping', t: 'AID', c: '074', prep: ['to', 'for', 'in'], ctx: ['peacekeeping'] },
  // relief carried by any verb of transport: "an Il-76 took 17 tonnes of bedding and food to Katowice"
  { p: 'take|bring|fly|truck|haul|ferry ** tonnes|tons|consignment|shipment of * food|aid|relief|bedding|medicines|medicine|medical|supplies|blankets|tents|flour|humanitarian|clothing|water', t: 'AID', c: '073', prep: ['to', 'for'], ctx: ['humanitarian'] },
  // "threw Pakistan a financial lifeline", "extended a bailout to Egypt"
  { p: 'throw|extend|give|provide|grant * lifeline|bailout|bail-out', t: 'AID', c: '071', prep: ['to', 'for'], ctx: ['economic'] },
  { p: 'send|provide|deliver|give|donate|allocate|dispatch|supply|airlift|fly|ship ** humanitarian|relief|medicines|medical|tents|blankets|yurts|generators|heaters|bedding', t: 'AID', c: '073', prep: ['to', 'for'], ctx: ['humanitarian'] },
  // staples given are help, whoever is named first: "provided Kyrgyzstan and Tajikistan with 5,000 tonnes of flour each"
  // (grain sold is trade: only the giving verbs here)
  { p: 'provide|give|donate|present|gift ** flour|foodstuffs|food|pasta|buckwheat|medicines|medicine', t: 'AID', c: '073', prep: ['to', 'for', 'with'], ctx: ['humanitarian'] },
  { p: 'send|provide|deliver|give|donate|allocate|dispatch|supply|coordinate ** aid|assistance|relief|supplies|arms|weapons|food|medicine|loan|loans|grant|funds|funding|troops|peacekeepers|humanitarian', t: 'AID', c: '070', prep: ['to', 'for'] },
  // "handed over food and household items to the deputy governor": goods handed over are help, not a return
  { p: 'hand over? ** food|aid|relief|supplies|medicines|medicine|equipment|items|goods|clothing|blankets|tents|fuel|generators|flour|wheat|grain|foodstuffs|humanitarian|consignment|cargo', t: 'AID', c: '070', prep: ['to', 'for'] },
  // help told from the side of the one helped: "Pakistan received Kazakhstan's first payment of flood aid", "Uzbekistan will
  // receive 600 tonnes of flour" (a promise, when future)
  { p: 'receive|get|accept ** aid|assistance|relief|humanitarian|flour|wheat|foodstuffs|medicines|grant|grants|donation|donations|loan|loans|credit|credits|tranche|instalment|installment|bailout', t: 'AID', c: '070', rev: true, prep: ['from'] },
  // help by hand: "Uzbek emergency workers crossed into Maktaaral to help pump the water out", "rescuers came to help"
  { p: '=rescuers|rescue|workers|personnel|specialists|medics|doctors|firefighters|team|teams|volunteers ** crossed|came|arrived|went|flew|travelled|traveled|headed ** to help|assist', t: 'AID', c: '073', prep: ['into', 'to', 'in'], from: true, ctx: ['humanitarian'] },
  // (the helpers set apart from their verb: "Uzbek emergency personnel, meanwhile, came to Maktaaral to help"; the rules
  // keep it only with helpers for subject, so "the minister went to Moscow to help prepare the summit" is a visit)
  { p: 'cross|come|arrive|go|fly|travel|head *** to help|assist', t: 'AID', c: '073', prep: ['into', 'to', 'in'], ctx: ['humanitarian'] },
  { p: 'lend * money|loan|loans|credit|credits|million|billion|euros|dollars|funds', t: 'AID', c: '071', prep: TO, ctx: ['economic'] },
  { p: 'grant|give|offer * asylum|refuge|sanctuary', t: 'AID', c: '075', prep: TO, ctx: ['asylum'] },
  // airdrops, distributions, loans approved: "planes dropped food and tents to Kurdish refugees"
  { p: 'drop|airdrop|parachute|distribute ** food|aid|supplies|medicine|medicines|tents|blankets|rice|wheat|flour|relief', t: 'AID', c: '073', prep: ['to', 'for', 'in'], ctx: ['humanitarian'] },
  // help voted by a donor: "approved 20 million euros in emergency aid for flood victims in Mozambique"
  { p: 'approve|release ** aid|assistance|grant|grants|relief', t: 'AID', c: '070', prep: ['to', 'for'] },
  { p: 'approve|grant|extend|disburse * loan|loans|credit|credits|bailout|standby', t: 'AID', c: '071', prep: ['to', 'for'], ctx: ['economic'] },
  { p: 'open * border|borders', t: 'AID', c: '070', prep: TO },
  { p: 'evacuate', t: 'AID', c: '073', prep: ['from'] },
  // aid reported by its cargo: "a plane carrying relief supplies departed for", "humanitarian cargo was delivered to"
  // a commodity shipment is trade, not help: "the first batch of Kazakh oil arrived at the terminal near Baku"
  { p: '=batch|batches|shipment|shipments|consignment|consignments|cargo|cargoes|tanker|tankers of * oil|crude|gas|lng|coal|uranium|condensate ** arrived|delivered|shipped|sent|departed|reached|left|loaded', t: 'COOPERATE', c: '061', prep: ['to', 'at', 'in', 'for'], noPrep: ['from'], from: true, needObj: true, ctx: ['economic'] },
  // peacekeepers setting out: "the first group of the peacekeeping contingent left for Damascus" (not a withdrawal)
  { p: '=peacekeepers|peacekeeping|contingent|contingents ** left|departed|flew|set for|to', t: 'AID', c: '074', prep: ['for', 'to'], ctx: ['peacekeeping'] },
  { p: '=plane|planes|aircraft|flight|flights|convoy|convoys|trucks|lorries|train|ship|vessel|shipment|shipments|consignment|consignments|batch|cargo|aid|assistance|supplies|tons|tonnes ** delivered|sent|dispatched|shipped|departed|arrived|airlifted|handed|transferred|donated|left', t: 'AID', c: '073', prep: ['to', 'for', 'in'], noPrep: ['from'], from: true, needObj: true },
  { p: 'rescue', t: 'AID', c: '073', needObj: true },
  { p: '=delivery|deliveries|shipment|shipments|supply|supplies of * aid|humanitarian|relief|assistance|weapons|arms|medicines', t: 'AID', c: '070', prep: ['to', 'for'], noPrep: ['from', 'by'], from: true, needObj: true },
  { p: 'forgive|cancel|write * debt|debts|loans|loan', t: 'AID', c: '071', prep: ['of', 'to'], ctx: ['economic'] },
  { p: '=debt relief|forgiveness|write-off', t: 'AID', c: '071', prep: ['to', 'for'], ctx: ['economic'] },
  // CONCEDE / RETREAT
  // easing an economic restriction on another state is RETREAT (085, as easing sanctions); PLOVER's own records code
  // a lifted curfew or martial law as CONCEDE (the 2021 table's 0813/0814 RETREAT rows are not followed there)
  { p: 'lift|ease * restrictions|ban|bans * on * imports|exports|supplies|shipments|trade|products|goods|flights', t: 'RETREAT', c: '085', prep: ['from', 'to', 'on'] },
  { p: 'lift|ease|end * curfew|state|restrictions|ban|martial|closure|closures', t: 'CONCEDE', c: '081', self: true, prep: ['of', 'on'] },
  // "the state of emergency in Almaty was lifted on Wednesday": the measure as the subject of its own end
  { p: '=emergency|curfew ** was|were|has|have|had ** lifted|ended|eased|revoked', t: 'CONCEDE', c: '081', self: true },
  // (sanctions lifted are an easing of restrictions, a verbal concession in the codebook's CONCEDE; the CAMEO table's
  // RETREAT "ease" mode no longer exists)
  { p: 'lift|ease * sanctions|embargo|embargoes', t: 'CONCEDE', c: '081', prep: ['on', 'against'] },
  { p: 'release|free', t: 'RETREAT', m: 'release', c: '0841', needObj: true },
  { p: 'release|free|exchange|swap|hand * prisoners|detainees|captives|hostages|servicemen|soldiers|pows', t: 'RETREAT', m: 'release', c: '0841', prep: ['to'] },
  { p: 'release|free|exchange|swap|hand * prisoners of war', t: 'RETREAT', m: 'release', c: '0841', prep: ['to'] },
  { p: 'accept * resignation', t: 'RETREAT', m: 'resign', c: '0831', prep: ['of'], self: true },
  // the codebook: pardons, amnesties and declared (not yet carried out) cessations are CONCEDE
  { p: 'pardon|amnesty|commute', t: 'CONCEDE', c: '081', self: true },
  { p: 'grant|declare|announce|approve * amnesty', t: 'CONCEDE', c: '081', self: true },
  { p: 'announce|declare * cessation|suspension|halt|end ** hostilities|operations|fighting|attacks|offensive', t: 'CONCEDE', c: '081', prep: ['against', 'in'], self: true },
  // a campaign of force called off or suspended is a declared cessation: "Hamas called off its attacks on Israel"
  { p: 'call off|suspend * attacks|offensive|operations|strikes|raids|bombing|bombings|campaign', t: 'CONCEDE', c: '081', prep: ['on', 'against', 'in'] },
  // ("pulled survivors from the wreckage" is no retreat: "pull" withdraws only out, back, or forces)
  { p: 'withdraw', t: 'RETREAT', m: 'withdraw', c: '0872', prep: ['from'] },
  { p: 'pull out|back', t: 'RETREAT', m: 'withdraw', c: '0872', prep: ['from'] },
  // ("would pull a substantial part of its troops out of Mongolia": the share named between verb and forces)
  { p: 'pull ** troops|forces|soldiers|units|contingent|contingents|personnel|equipment|army|military|tanks|artillery', t: 'RETREAT', m: 'withdraw', c: '0872', prep: ['from'] },
  // "the last Soviet troops left Afghanistan": forces leaving a country withdraw from it
  { p: '=troops|forces|soldiers|peacekeepers|contingent|units ** left|leave|leaves|leaving|quit|quitting|completed', t: 'RETREAT', m: 'withdraw', c: '0872', prep: ['from'] },
  // the withdrawal told as a noun and carried out: "completed the withdrawal of its troops from Lithuania"
  { p: 'complete|finish|begin|start|carry * withdrawal|pullout|pull-out|evacuation of * troops|forces|soldiers|army|units|contingent|military', t: 'RETREAT', m: 'withdraw', c: '0872', prep: ['from'] },
  // "The withdrawal of the CSTO forces from Kazakhstan began today": a withdrawal told as a noun, with a verb saying it
  // happened; whose forces ("of") withdrew from where ("from")
  { p: '=withdrawal|pullout|pull-out of *** from ** began|begun|started|completed|ended|finished|concluded', t: 'RETREAT', m: 'withdraw', c: '0872', prep: ['from'], ofActor: true },
  { p: 'announce|submit|tender|offer|hand|fax|send * resignation', t: 'RETREAT', m: 'resign', c: '0831', self: true },
  { p: '=ceasefire|truce|cease-fire|armistice * took|take|takes|taking|came|come|went|go|entered|enter|held|holding', t: 'RETREAT', m: 'ceasefire', c: '0871', prep: ['between'] },
  { p: 'declare|announce * ceasefire|cease-fire|truce', t: 'RETREAT', m: 'ceasefire', c: '0871' },
  // agreeing to a ceasefire is a commitment of both sides to de-escalate (CAMEO 0356), not yet the ceasefire kept
  { p: 'agree * ceasefire|cease-fire|truce', t: 'AGREE', c: '0356', prep: W, ctx: ['military'] },
  { p: 'surrender', t: 'RETREAT', m: 'disarm', c: '0874', prep: TO },
  { p: 'resign', t: 'RETREAT', c: '0831' },
  // "Suharto quit after 32 years in power", "quit as prime minister": quitting with no object is leaving office
  { p: 'quit after|as|over|amid|following', t: 'RETREAT', m: 'resign', c: '0831' },
  { p: 'end * military? presence', t: 'RETREAT', m: 'withdraw', c: '0872', prep: ['in', 'from'] },
  { p: 'step down', t: 'RETREAT', c: '0831' },
  { p: 'disarm|demobilise|demobilize', t: 'RETREAT', m: 'disarm', c: '0873' },
  { p: 'exchange|swap * prisoners|captives|detainees|pows|hostages|bodies', t: 'RETREAT', m: 'release', c: '0841', prep: W },
  { p: '=prisoner|prisoners|pow exchange|swap|exchanges', t: 'RETREAT', m: 'release', c: '0841', multi: true },
  { p: 'hand|return|repatriate|transfer * prisoners|captives|detainees|hostages|children|citizens|nationals|remains|bodies|pows', t: 'RETREAT', m: 'release', c: '0841', prep: TO },
  { p: 'hand over', t: 'RETREAT', m: 'return', c: '0842', prep: TO, needObj: true },
  { p: '=release|freeing of', t: 'RETREAT', m: 'release', c: '0841', noPrep: ['by', 'from'], from: true, needObj: true },
  { p: 'return|restore * property|assets|artefacts|artifacts|territory|territories|land|villages', t: 'RETREAT', m: 'return', c: '0842', prep: TO },
  { p: 'allow|permit|grant|give|provide * access|entry|passage|transit', t: 'RETREAT', m: 'access', c: '086', prep: TO },
  { p: 'allow|permit|admit|receive|accept|welcome * inspectors|observers|monitors|experts', t: 'RETREAT', m: 'access', c: '0862', prep: TO },
  { p: 'allow|permit|admit|accept * peacekeepers|peacekeeping', t: 'RETREAT', m: 'access', c: '0861', prep: TO },
  { p: 'open|allow|permit * humanitarian|corridor|corridors', t: 'RETREAT', m: 'access', c: '0863', prep: TO },
  // humanitarian access by what is let in: "allowed UN relief flights into the south", "let aid convoys through"
  { p: 'allow|permit|let * relief|aid ** flights|convoys|deliveries|trucks|workers|agencies', t: 'RETREAT', m: 'access', c: '0863', prep: TO },
  { p: 'observe|respect|honour|honor * ceasefire|truce|cease-fire', t: 'RETREAT', m: 'ceasefire', c: '0871' },
  { p: 'de-escalate|=de-escalation', t: 'RETREAT', m: 'disarm', c: '087' },
  // CONCEDE: verbal concessions
  { p: 'yield|concede|relent|capitulate', t: 'CONCEDE', c: '080', prep: TO },
  { p: 'make * concession|concessions', t: 'CONCEDE', c: '080', prep: TO },
  { p: 'back|climb down', t: 'CONCEDE', c: '080' },
  // yielding to another's pressure (negated and future, "would never bow to British pressure", a refusal)
  { p: 'bow|bend|cave|succumb|submit|give|yield in? to * pressure|pressures|demands|demand|dictates|ultimatum|blackmail', t: 'CONCEDE', c: '080', prep: TO },
  { p: 'give in', t: 'CONCEDE', c: '080', prep: TO },
  { p: 'pardon|amnesty', t: 'CONCEDE', c: '082', self: true },
  // a court that clears the accused, a state that strikes a group off its list of banned organisations: easing a sanction
  { p: 'acquit|exonerate|rehabilitate', t: 'CONCEDE', c: '081', self: true },
  { p: 'remove|delist|strike|drop|exclude ** from ** list|lists|register|blacklist', t: 'CONCEDE', c: '081', prep: W },
  { p: 'delist', t: 'CONCEDE', c: '081', prep: W, needObj: true },
  { p: 'grant|declare|announce * amnesty|pardon|pardons', t: 'CONCEDE', c: '082', prep: TO, self: true },
  { p: 'lift|end|ease * ban * party|parties|opposition', t: 'CONCEDE', c: '0812', self: true },
  { p: 'meet|accept|accede|heed|satisfy * demand|demands|request|requests|conditions', t: 'CONCEDE', c: '083', prep: ['of', 'from'] },
  // letting another's people, goods or vehicles in: "will allow Chinese lorries to cross", "permitted Afghan traders to…"
  { p: 'allow|permit', t: 'CONCEDE', c: '083', needObj: true, nextObj: true },
  { p: 'reverse|revoke|rescind|overturn|quash|withdraw|drop|abandon|shelve * decision|ruling|policy|plan|plans|law|bill|decree|demand|demands|claim|claims|objection|objections|veto|bid|candidacy|candidature|application', t: 'CONCEDE', c: '0832', self: true },
  // restrictions eased at home: "internet connections have been restored in the region"
  { p: 'restore * internet|connection|connections|communications|access', t: 'CONCEDE', c: '081', self: true },
  { p: '=internet|connection|connections|communications ** restored', t: 'CONCEDE', c: '081', self: true },
  // REQUEST
  // adjacent only: "called on Tuesday" is a date, not an appeal
  { p: 'call on|upon', t: 'REQUEST', c: '100', gov: true },
  { p: 'call for', t: 'REQUEST', c: '100', prep: ['from', 'on'] },
  { p: 'urge', t: 'REQUEST', c: '100', gov: true },
  { p: 'demand', t: 'REQUEST', c: '100', prep: ['from', 'of'], gov: true },
  { p: 'ask', t: 'REQUEST', c: '100', gov: true, needObj: true },
  { p: 'appeal', t: 'REQUEST', c: '100', prep: TO, gov: true },
  { p: 'implore|beseech|entreat|petition', t: 'REQUEST', c: '100', prep: ['for'], gov: true },
  { p: 'press', t: 'REQUEST', c: '100', gov: true, needObj: true },
  { p: 'seek|request|demand * extradition|handover', t: 'REQUEST', m: 'assist', c: '1033', prep: ['from'] },
  { p: 'request', t: 'REQUEST', c: '100', prep: ['from', 'of'], gov: true },
  // the demand handed over: "submitted its demands to Moscow", "sent the president a collective appeal"
  { p: 'submit|present|send|deliver|hand|address|forward|put * demand|demands|appeal|appeals|petition|petitions', t: 'REQUEST', c: '100', prep: TO },
  // a demand restated: "repeated its demand for the withdrawal of Turkish troops", "renewed its appeal to…"
  { p: 'repeat|reiterate|renew|restate|reaffirm * demand|demands|call|calls|appeal|appeals', t: 'REQUEST', c: '100', prep: ['to', 'on', 'for', 'of'] },
  { p: 'press|push * for', t: 'REQUEST', c: '100', gov: true },
  { p: 'seek', t: 'REQUEST', c: '100', prep: ['from'], gov: true, needObj: true },
  // "Astana expects Kyiv to take effective measures": an expectation addressed to a named party is a demand (but
  // "expects trade with China to grow" addresses nobody)
  { p: 'expect', t: 'REQUEST', c: '100', gov: true, needObj: true, nextObj: true },
  // "ordered" is no REQUEST: orders at home are commitments (AGREE) and courts' orders sanctions; a demand to another
  // state is written "demanded", "urged", "called on"
  // what is asked for gives the REQUEST mode
  { p: 'call|ask|appeal|press|push for * aid|assistance|help|funding|loans|investment|support', t: 'REQUEST', m: 'assist', c: '103', prep: ['from', 'to', 'on'] },
  { p: 'urge|demand|request|seek|ask|call * aid|assistance|help|funding|loans|weapons|arms', t: 'REQUEST', m: 'assist', c: '103', prep: ['from', 'of'], needObj: true },
  { p: 'call|ask|appeal|press|push for * cooperation|partnership|investment', t: 'REQUEST', m: 'assist', c: '101', prep: ['from', 'to', 'on'] },
  { p: 'seek|request|ask|call for * recognition|backing|endorsement|solidarity', t: 'REQUEST', m: 'assist', c: '102', prep: ['from', 'of'] },
  { p: 'call|ask|appeal|press|push for * reform|reforms|elections|referendum', t: 'REQUEST', m: 'change', c: '104', prep: ['from', 'on'] },
  { p: 'ask|press|push|demand|urge * resignation|ouster|removal|dismissal', t: 'REQUEST', m: 'change', c: '1041', prep: ['of'] },
  { p: 'call|appeal for|on|upon * resignation|ouster|removal|dismissal', t: 'REQUEST', m: 'change', c: '1041', prep: ['of'] },
  { p: 'ask|press|push|demand|urge * release|freeing|return', t: 'REQUEST', m: 'yield', c: '1053', prep: ['from', 'of', 'on'] },
  { p: 'call|appeal for|on|upon * release|freeing|return', t: 'REQUEST', m: 'yield', c: '1053', prep: ['from', 'of', 'on'] },
  { p: 'ask|press|push|demand|urge * lifting|easing|removal * sanctions|embargo|blockade|restrictions', t: 'REQUEST', m: 'yield', c: '1054', prep: ['from', 'on'] },
  { p: 'call|appeal for|on|upon * lifting|easing|removal * sanctions|embargo|blockade|restrictions', t: 'REQUEST', m: 'yield', c: '1054', prep: ['from', 'on'] },
  { p: 'ask|press|push|demand|urge * ceasefire|cease-fire|truce|withdrawal|de-escalation|restraint', t: 'REQUEST', m: 'yield', c: '1056', prep: ['from', 'on'] },
  { p: 'call|appeal for|on|upon * ceasefire|cease-fire|truce|withdrawal|de-escalation|restraint', t: 'REQUEST', m: 'yield', c: '1056', prep: ['from', 'on'] },
  { p: 'ask|press|push|demand|urge * access|entry', t: 'REQUEST', m: 'yield', c: '1055', prep: ['from', 'on'] },
  { p: 'call|appeal for|on|upon * access|entry', t: 'REQUEST', m: 'yield', c: '1055', prep: ['from', 'on'] },
  { p: 'ask|press|push|demand|urge * concessions|compliance|compensation', t: 'REQUEST', m: 'change', c: '105', prep: ['from', 'on'] },
  { p: 'call|appeal for|on|upon * concessions|compliance|compensation', t: 'REQUEST', m: 'change', c: '105', prep: ['from', 'on'] },
  { p: 'ask|press|push|demand|urge * talks|negotiations|dialogue|meeting|consultations', t: 'REQUEST', m: 'meet', c: '106', prep: ['with', 'from', 'on'] },
  { p: 'call|appeal for|on|upon * talks|negotiations|dialogue|meeting|consultations', t: 'REQUEST', m: 'meet', c: '106', prep: ['with', 'from', 'on'] },
  { p: 'ask|press|push|demand|urge * settlement|solution|resolution', t: 'REQUEST', m: 'meet', c: '107', prep: ['with', 'from', 'on'] },
  { p: 'call|appeal for|on|upon * settlement|solution|resolution', t: 'REQUEST', m: 'meet', c: '107', prep: ['with', 'from', 'on'] },
  { p: 'ask|press|push|demand|urge * mediation|mediate', t: 'REQUEST', m: 'meet', c: '108', prep: ['from', 'of', 'on'] },
  { p: 'call|appeal for|on|upon * mediation|mediate', t: 'REQUEST', m: 'meet', c: '108', prep: ['from', 'of', 'on'] },
  // ACCUSE
  { p: 'accuse', t: 'ACCUSE', m: 'disapprove', c: '112' },
  { p: 'blame', t: 'ACCUSE', m: 'disapprove', c: '112', prep: ['for'] },
  // blame laid by other words: "blamed the blast on Kyiv", "held Moscow responsible for", "attributed the attack to…"
  { p: 'blame * on', t: 'ACCUSE', m: 'disapprove', c: '112', prep: ['on'] },
  { p: 'hold * responsible|accountable|culpable', t: 'ACCUSE', m: 'disapprove', c: '112', needObj: true },
  { p: 'attribute|ascribe * attack|attacks|blast|explosion|explosions|death|deaths|killing|killings|crash|unrest|violence|riots|shelling|incident|cyberattack|hack|poisoning|fire|disturbances|clashes|unrest ** to', t: 'ACCUSE', m: 'allege', c: '112', prep: ['to'], self: true },
  { p: 'condemn|denounce|criticise|criticize|censure|deplore|decry|slam|rebuke', t: 'ACCUSE', m: 'disapprove', c: '111' },
  { p: 'lash|hit out at', t: 'ACCUSE', m: 'disapprove', c: '111', prep: ['at'] },
  { p: 'complain', t: 'ACCUSE', m: 'disapprove', c: '111', prep: ['about', 'over', 'of'], noPrep: ['to', 'with'] },
  { p: 'summon * ambassador|envoy|charge', t: 'ACCUSE', m: 'disapprove', c: '111' },
  // an envoy "called in" over a grievance is summoned: "called in China's ambassador to complain about an article",
  // "the Russian chargé d'affaires was called in to the ministry"
  { p: 'call in * ambassador|envoy|charge|chargé|diplomat|diplomats|representative', t: 'ACCUSE', m: 'disapprove', c: '111', prep: ['in', 'of'] },
  { p: '=ambassador|envoy|chargé|charge|diplomat|diplomats ** was|were|been called in', t: 'ACCUSE', m: 'disapprove', c: '111', prep: ['by', 'to'], rev: true },
  // a retort is disapproval: "hit back at a Russian MP", "fired back at Brussels"
  { p: 'hit|strike|fire|lash back * at', t: 'ACCUSE', m: 'disapprove', c: '111', prep: ['at'] },
  // a diplomatic note over a grievance is a protest even unnamed as one: "handed him a formal note over the remarks",
  // "sent a note to the ministry saying it disagreed with the article"
  { p: 'hand|deliver|present|send * formal|diplomatic|official|verbal? note|notes over|about|protesting|objecting|against', t: 'ACCUSE', m: 'disapprove', c: '114', prep: ['to', 'over', 'against'] },
  { p: 'hand|deliver|present|send * note|notes ** saying|stating|that * disagree|disagreed|disagrees|objected|objects|protested|protests|unacceptable', t: 'ACCUSE', m: 'disapprove', c: '114', prep: ['to'] },
  { p: 'lodge * protest|complaint', t: 'ACCUSE', m: 'disapprove', c: '111', prep: ['over', 'about', 'against'], noPrep: ['to', 'with'] },
  // diplomatic protest (the codebook's ACCUSE disapprove), and stated concern, regret or disappointment over another's act
  { p: 'voice|express|issue|send|deliver|file|register * protest|protests|objection|objections', t: 'ACCUSE', m: 'disapprove', c: '111', prep: ['to', 'over', 'against'] },
  { p: 'hand|deliver|present|send * note|notes|demarche|démarche|memorandum * protest', t: 'ACCUSE', m: 'disapprove', c: '114', prep: ['to', 'over', 'against'] },
  { p: 'hand|deliver|present * demarche|démarche', t: 'ACCUSE', m: 'disapprove', c: '114', prep: ['to', 'over'] },
  { p: 'protest to', t: 'ACCUSE', m: 'disapprove', c: '114', prep: TO },
  { p: 'file|lodge|submit * official|formal * complaint|complaints', t: 'ACCUSE', m: 'disapprove', c: '114', prep: ['to', 'against', 'with'] },
  { p: 'reprimand|chastise|admonish|scold|castigate|lambaste|slam', t: 'ACCUSE', m: 'disapprove', c: '111', needObj: true },
  { p: 'express|voice|reiterate|register * concern|concerns|regret|disappointment|dismay|indignation|outrage|displeasure|dissatisfaction|alarm|disapproval|anger', t: 'ACCUSE', m: 'disapprove', c: '110', prep: ['over', 'about', 'at', 'with', 'regarding'], needObj: true },
  { p: 'express|voice|register|state * protest', t: 'ACCUSE', m: 'disapprove', c: '111', prep: ['over', 'about', 'at', 'against', 'to'], needObj: true },
  // "told Kyiv of its concern over the attack": the party told is the one concerned
  { p: 'tell|inform|warn * concern|concerns|displeasure|dissatisfaction', t: 'ACCUSE', m: 'disapprove', c: '110', needObj: true },
  { p: 'suspect', t: 'ACCUSE', m: 'allege', c: '112', self: true },
  { p: 'summon * ambassador|envoy|charge|chargé|diplomat|diplomats', t: 'ACCUSE', m: 'disapprove', c: '111', prep: ['of'] },
  { p: '=ambassador|envoy|chargé|charge ** summoned', t: 'ACCUSE', m: 'disapprove', c: '111', prep: ['by', 'to'], rev: true },
  { p: '=protest note|notes ** handed|delivered|sent|presented', t: 'ACCUSE', m: 'disapprove', c: '114', prep: ['to'], noPrep: ['by', 'from'], from: true },
  { p: 'mobilise|mobilize|campaign * against', t: 'ACCUSE', m: 'disapprove', c: '113', prep: ['against'] },
  { p: 'file|bring|launch * lawsuit|lawsuits|suit|case|claim|claims', t: 'ACCUSE', m: 'allege', c: '115', prep: ['against', 'with'] },
  { p: 'take * to court|icj|tribunal|arbitration', t: 'ACCUSE', m: 'allege', c: '115' },
  { p: 'find * guilty|liable', t: 'SANCTION', m: 'convict', c: '116', self: true },
  { p: 'convict', t: 'SANCTION', m: 'convict', c: '116', self: true, needObj: true },
  { p: 'investigate|probe * corruption|fraud|embezzlement|bribery|smuggling|crime|crimes|murder|killing|killings|theft', t: 'ACCUSE', m: 'investigate', c: '091', self: true },
  { p: 'investigate|probe * abuses|torture|rights|disappearances', t: 'ACCUSE', m: 'investigate', c: '092', self: true },
  { p: 'investigate|probe|examine * attack|attacks|strike|strikes|incident|crash|downing|shelling|bombing|explosion|incursion|deaths|events|unrest|violence|clashes', t: 'ACCUSE', m: 'investigate', c: '093', self: true },
  { p: 'investigate|probe * war? crimes|genocide|atrocities', t: 'ACCUSE', m: 'investigate', c: '094', self: true },
  { p: 'open|launch|begin * war crimes * investigation|inquiry|probe', t: 'ACCUSE', m: 'investigate', c: '094', prep: ['into', 'against'], self: true },
  { p: 'open|launch|initiate|institute|bring * case|cases|proceedings', t: 'ACCUSE', m: 'investigate', c: '090', prep: ['against', 'over', 'into'], self: true },
  { p: 'set up|establish|form|create * commission|inquiry|investigation', t: 'ACCUSE', m: 'investigate', c: '090', prep: ['into'], self: true },
  { p: 'look into|examine|probe', t: 'ACCUSE', m: 'investigate', c: '090', self: true, needObj: false },
  { p: 'accuse * corruption|fraud|embezzlement|bribery', t: 'ACCUSE', m: 'disapprove', c: '1121' },
  { p: 'accuse * abuses|torture|rights', t: 'ACCUSE', m: 'disapprove', c: '1122' },
  { p: 'accuse * aggression|attack|attacking|provocation|provocations|invading|shelling', t: 'ACCUSE', m: 'disapprove', c: '1123' },
  { p: 'accuse * war? crimes|genocide', t: 'ACCUSE', m: 'disapprove', c: '1124' },
  { p: 'accuse * spying|espionage|treason', t: 'ACCUSE', m: 'disapprove', c: '1125' },
  // the inquiry named first: "a government commission had been set up to investigate", "a criminal case was opened"
  { p: '=commission|inquiry|investigation|probe|case * set|established|formed|opened|launched|created|instituted', t: 'ACCUSE', m: 'investigate', c: '090', self: true },
  // (what it is into may be long: "a criminal investigation into Friday's violence had been opened")
  { p: '=inquiry|investigation|probe|case into|over|against ** opened|launched|instituted|initiated', t: 'ACCUSE', m: 'investigate', c: '090', self: true },
  { p: 'investigate', t: 'ACCUSE', m: 'investigate', c: '090', self: true },
  { p: 'open|launch|begin * investigation|investigations|probe|inquiry', t: 'ACCUSE', m: 'investigate', c: '090', prep: ['into', 'against'], self: true },
  { p: 'lead|conduct|head|run * investigation|investigations|probe|inquiry', t: 'ACCUSE', m: 'investigate', c: '090', prep: ['into', 'against'], self: true },
  { p: '=under investigation', t: 'ACCUSE', m: 'investigate', c: '090', rev: true },
  { p: 'indict|charge|sue', t: 'ACCUSE', m: 'allege', c: '112', needObj: true },
  // criminal charges at home name no state: "prosecutors charged her with assaulting a police officer"
  { p: 'indict|charge * with', t: 'ACCUSE', m: 'allege', c: '112', self: true },
  // a suit brought: "the prosecutor's office applied to a court to liquidate the foundation"
  { p: 'apply|petition|turn to * court|courts ** to', t: 'ACCUSE', m: 'allege', c: '115', self: true },
  { p: 'allege', t: 'ACCUSE', m: 'allege', c: '112', needObj: true },
  // REJECT
  { p: 'reject', t: 'REJECT', c: '120' },
  { p: 'spurn|rebuff', t: 'REJECT', c: '120', needObj: true },
  { p: 'refuse', t: 'REJECT', c: '120', gov: true },
  { p: 'decline', t: 'REJECT', c: '120', gov: true },
  { p: 'oppose', t: 'REJECT', c: '120' },
  { p: '=opposed to', t: 'REJECT', c: '120', gov: true },
  { p: 'veto', t: 'REJECT', m: 'yield', c: '129' },
  { p: 'dismiss|deny|rebuff', t: 'REJECT', c: '120', needObj: true },
  { p: 'rule out', t: 'REJECT', c: '120' },
  { p: '=out of the question', t: 'REJECT', c: '120' },
  // a chamber's refusal by vote: "parliament voted against allowing U.S. troops…", "voted down the treaty"
  { p: 'vote against|down', t: 'REJECT', c: '120', gov: true },
  { p: 'turn down', t: 'REJECT', c: '120' },
  // the codebook: a boycott is PROTEST (mode boycott)
  // a gathering or a vote boycotted names no party: "Egypt boycotted the economic conference in Doha"
  { p: 'boycott * conference|summit|meeting|talks|session|elections|election|vote|poll|referendum|games|olympics|ceremony|parliament', t: 'PROTEST', m: 'boycott', c: '1412' },
  { p: 'boycott', t: 'PROTEST', m: 'boycott', c: '1412', needObj: true },
  { p: 'cancel|postpone|scrap ** visit|meeting|talks|summit|trip|forum|conference|signing|ceremony|consultations|negotiations|call|conversation|exercise|exercises|drills', t: 'REJECT', c: '120', prep: W, perPartner: true },
  { p: 'stay away from * meeting|summit|talks|session|forum|ceremony|conference', t: 'REJECT', m: 'meet', c: '120', prep: W },
  { p: 'skip|snub|miss * meeting|summit|talks|session|forum|ceremony|conference', t: 'REJECT', m: 'meet', c: '120', prep: W },
  { p: 'call off * visit|meeting|talks|summit|trip|forum|conference', t: 'REJECT', c: '120', prep: W, perPartner: true },
  { p: 'violate|defy * ban|order|resolution', t: 'REJECT', c: '120' },
  // refusals and cancellations by what is refused
  { p: '=not|n\'t|never|won\'t|don\'t|doesn\'t|didn\'t|wouldn\'t|cannot|can\'t accept|recognise|recognize|tolerate|allow|permit', t: 'REJECT', c: '120', prep: ['to', 'in', 'of', 'with'] },
  // compliance withheld ("did not sign" alone may be not yet): "would not remove the report", "will not hand back those…"
  { p: '=not|n\'t|never|won\'t|didn\'t|wouldn\'t extradite|comply|remove|delete|withdraw|cede|hand', t: 'REJECT', c: '120', prep: ['to', 'with', 'from'] },
  { p: '=no plans|plan|intention|intentions|desire|interest|need|reason to', t: 'REJECT', c: '120', prep: ['to', 'in', 'of', 'with'], gov: true, needObj: true },
  { p: 'reject|refuse|decline|rebuff * cooperation|partnership|deal|trade', t: 'REJECT', m: 'assist', c: '121', prep: W },
  { p: 'reject|refuse|decline|rebuff|spurn * aid|assistance|help|loan|loans|offer|request|requests', t: 'REJECT', m: 'assist', c: '122', prep: ['from', 'of', 'for'] },
  { p: 'reject|refuse|dismiss|rebuff * calls|demands|demand * reform|reforms|resign|resignation|step|change|changes', t: 'REJECT', m: 'change', c: '123' },
  { p: 'refuse|decline * to release|free|lift|ease|withdraw|return|end|halt|stop', t: 'REJECT', m: 'yield', c: '124', prep: ['from', 'on', 'against'] },
  { p: 'reject|refuse|decline|rebuff * invitation|talks|meeting|negotiations|dialogue', t: 'REJECT', m: 'meet', c: '125', prep: ['with', 'from', 'of', 'by'] },
  { p: 'refuse|decline * to meet|negotiate|talk|attend|participate', t: 'REJECT', m: 'meet', c: '125', prep: ['with', 'in'] },
  { p: 'reject|refuse|decline|rebuff * mediation|mediate', t: 'REJECT', m: 'meet', c: '126', prep: ['of', 'by', 'from'] },
  { p: 'reject|refuse|dismiss * plan|settlement|agreement|deal|ceasefire|truce', t: 'REJECT', m: 'meet', c: '127', prep: ['of', 'by', 'from', 'with'] },
  { p: 'reject|defy|flout|ignore|disregard * ruling|verdict|law|norms|resolution|resolutions|jurisdiction', t: 'REJECT', m: 'yield', c: '128', prep: ['of', 'by'] },
  { p: '=meeting|meetings|talks|visit|trip|summit|negotiations|consultations|forum|conference|ceremony|signing ** cancelled|canceled|postponed|scrapped|shelved', t: 'REJECT', m: 'meet', c: '125', multi: true },
  { p: '=meeting|meetings|talks|visit|trip|summit|negotiations|consultations|forum|conference|ceremony|signing ** called off', t: 'REJECT', m: 'meet', c: '125', multi: true },
  { p: 'bar|ban * from entering|entry', t: 'REJECT', m: 'yield', c: '1245' },
  // "brushed aside as a joke a suggestion that Kazakhstan join…", "waved away calls for…": a proposal dismissed
  { p: 'brush|wave aside|away * suggestion|suggestions|proposal|proposals|idea|calls|call|demand|demands|offer', t: 'REJECT', c: '120', prep: ['by', 'from', 'of'] },
  // THREATEN
  // a promise of force: "intends to act as harshly as possible against those behind the unrest", "will respond decisively"
  { p: 'act|respond|react|deal * harshly|decisively|firmly|severely|toughly|resolutely|mercilessly|forcefully', t: 'THREATEN', m: 'violence', c: '138', prep: ['against', 'to', 'with'], self: true },
  { p: 'threaten', t: 'THREATEN', c: '130', gov: true },
  // "Pakistan will retaliate with full force against any attack": retaliation promised is a threat of force
  { p: 'retaliate', t: 'THREATEN', m: 'violence', c: '138', prep: ['against', 'on', 'to'], self: true, ahead: true },
  { p: 'hit|strike back', t: 'THREATEN', m: 'violence', c: '138', prep: ['against', 'on', 'at'], self: true, ahead: true },
  { p: 'issue|give|deliver|present * ultimatum|threat|threats', t: 'THREATEN', m: 'relations', c: '139', prep: TO },
  { p: 'warn|caution', t: 'THREATEN', c: '130', needObj: true },
  // "warned that those behind the unrest would answer for it": a threat, aimed at whoever the clause names, else at home
  { p: 'warn that', t: 'THREATEN', c: '130', self: true },
  // "warned the outlet Kloop that its site would be blocked", "warned citizens on Thursday that…": the warned go between
  { p: 'warn * that', t: 'THREATEN', c: '130', self: true },
  // "authorised the police to open fire without warning": a threat of force against those it is aimed at
  { p: 'authorise|authorize|order|allow|instruct|permit ** to open fire|shoot', t: 'THREATEN', m: 'violence', c: '138', self: true },
  // "would be regarded as an act of war": a threat of war
  { p: 'regard|consider|treat|view|deem ** as * act|declaration of war|aggression', t: 'THREATEN', m: 'violence', c: '138' },
  { p: 'charge|levy|slap|raise * tariff|tariffs|duty|duties|levy|levies', t: 'SANCTION', m: 'discontinue', c: '163', prep: ['on', 'against'] },
  // what is threatened gives the THREATEN mode
  { p: 'threaten * cut|suspend|halt|stop|withhold|freeze * aid|assistance|funding|supplies', t: 'THREATEN', m: 'relations', c: '1311', gov: true },
  { p: 'threaten * sanctions|embargo|tariffs|boycott|countermeasures', t: 'THREATEN', m: 'restrict', c: '1312', prep: ['on', 'against'] },
  { p: 'threaten * relations|ties', t: 'THREATEN', m: 'relations', c: '1313', prep: W },
  { p: 'threaten * ban|outlaw|curfew', t: 'THREATEN', m: 'restrict', c: '132', gov: true },
  { p: 'threaten * martial|emergency', t: 'THREATEN', m: 'restrict', c: '1324', self: true },
  { p: 'threaten * protests|strike|strikes|demonstrations|boycott', t: 'THREATEN', m: 'restrict', c: '133', self: true },
  { p: 'threaten * withdraw|pull|walk|quit * talks|negotiations|dialogue', t: 'THREATEN', m: 'relations', c: '134', prep: W },
  { p: 'threaten * mediation', t: 'THREATEN', m: 'relations', c: '135', prep: ['between', 'with'] },
  { p: 'threaten * expel|expulsion', t: 'THREATEN', m: 'expel', c: '136', gov: true },
  { p: 'threaten * arrest|arrests|crackdown|prosecution|repression', t: 'THREATEN', m: 'arrest', c: '137', self: true },
  { p: 'threaten * force|war|military|retaliation|retaliate|response|attack|strike|strikes|invasion|invade', t: 'THREATEN', m: 'violence', c: '138', gov: true },
  { p: 'warn * retaliation|consequences|countermeasures|response|war|reprisals', t: 'THREATEN', m: 'violence', c: '138', prep: ['to', 'against'] },
  { p: 'threaten * blockade|blockading', t: 'THREATEN', m: 'restrict', c: '1381', gov: true },
  { p: 'threaten * occupy|annex|seize|occupation|annexation', t: 'THREATEN', m: 'territory', c: '1382', gov: true },
  { p: 'threaten * nuclear|chemical', t: 'THREATEN', m: 'violence', c: '1385', gov: true },
  { p: 'issue * arrest warrant|warrants', t: 'THREATEN', m: 'arrest', c: '137', prep: ['for', 'against'] },
  // PROTEST
  // (a hunger strike and a strike before the demonstration that "begin * strike" would take them for: the codebook's own modes)
  { p: 'stage|hold|begin|launch|declare|continue * hunger strike|strikes', t: 'PROTEST', m: 'hunger', c: '142', self: true },
  { p: 'stage|hold|organise|organize|launch|begin|start * strike|strikes|walkout', t: 'PROTEST', m: 'strike', c: '143', prep: AGST, self: true },
  { p: 'stage|hold|organise|organize|launch|begin|start * demonstration|demonstrations|protest|protests|rally|rallies|march|sit-in', t: 'PROTEST', m: 'demo', c: '141', prep: AGST, self: true },
  // "Protests over the gas price began on January 2 in Zhanaozen": the protest as the subject of its own start
  { p: '=protests|demonstrations|rallies|riots ** began|erupted|spread|started|broke|flared|resumed', t: 'PROTEST', m: 'demo', c: '141', prep: ['in', 'across'], self: true },
  { p: 'demonstrate|rally|march', t: 'PROTEST', m: 'demo', c: '141', prep: AGST, self: true, intrans: true },
  { p: 'take|took|taken|taking to the streets', t: 'PROTEST', m: 'demo', c: '141', prep: AGST, self: true },
  // (slots are words in order: "to|against protest" would need both words; each construction is written out)
  { p: 'gather|assemble|converge|rally ** to demand|protest|oppose|denounce|condemn|demonstrate|voice|express|call', t: 'PROTEST', m: 'demo', c: '141', prep: AGST, self: true },
  { p: 'gather|assemble|converge * demanding|against', t: 'PROTEST', m: 'demo', c: '141', prep: AGST, self: true },
  { p: 'gather|assemble|converge * in protest', t: 'PROTEST', m: 'demo', c: '141', prep: AGST, self: true },
  { p: 'take|participate|join ** rally|rallies|protest|protests|demonstration|demonstrations|march|marches|picket|pickets|strike|strikes', t: 'PROTEST', m: 'demo', c: '141', prep: AGST, self: true },
  // "crowds chanting slogans against the government", "filled the square, chanting for an end to…"
  { p: 'chant', t: 'PROTEST', m: 'demo', c: '141', prep: AGST, self: true },
  { p: 'stop|down work|tools', t: 'PROTEST', m: 'strike', c: '143', self: true },
  { p: 'hold|stage * picket|pickets|vigil', t: 'PROTEST', m: 'demo', c: '141', prep: AGST, self: true },
  { p: 'protest', t: 'PROTEST', m: 'demo', c: '141', prep: AGST, self: true, intrans: true },
  { p: '=hunger strike', t: 'PROTEST', m: 'hunger', c: '142', self: true },
  { p: 'go|went * strike', t: 'PROTEST', m: 'strike', c: '143', self: true },
  { p: 'shun|boycott * work', t: 'PROTEST', m: 'strike', c: '143', self: true },
  { p: 'throw|hurl * stones|rocks|petrol|molotov', t: 'PROTEST', m: 'riot', c: '145', prep: ['at'], self: true },
  { p: 'riot', t: 'PROTEST', m: 'riot', c: '145', self: true },
  { p: 'loot|ransack', t: 'PROTEST', m: 'riot', c: '145', self: true },
  { p: 'walk off * job|jobs|work', t: 'PROTEST', m: 'strike', c: '143', self: true },
  // a crowd's violence against a building: "rioters set fire to the embassy", "crowds stormed the city administration"
  { p: 'set fire to * building|buildings|embassy|consulate|administration|offices|office|headquarters|akimat|residence|parliament|station', t: 'PROTEST', m: 'riot', c: '145', prep: ['to', 'of'], self: true },
  { p: 'block|blockade|barricade', t: 'PROTEST', m: 'obstruct', c: '144', self: true },
  { p: 'collect|gather * signatures', t: 'PROTEST', m: 'demo', c: '140', self: true },
  { p: 'picket', t: 'PROTEST', m: 'demo', c: '141', self: true },
  { p: 'walk out', t: 'PROTEST', m: 'strike', c: '143', self: true, intrans: true },
  { p: 'stage * walkout|walk-out', t: 'PROTEST', m: 'strike', c: '143', self: true },
  { p: 'blockade|block * roads|road|highway|railway|border|crossing|port', t: 'PROTEST', m: 'obstruct', c: '144', self: true },
  { p: 'clash * with * police', t: 'PROTEST', m: 'riot', c: '145', self: true },
  // SANCTION
  { p: 'downgrade|reduce|scale * relations|ties|presence', t: 'SANCTION', m: 'discontinue', c: '160', prep: W },
  { p: 'close|shut * embassy|consulate|mission', t: 'SANCTION', m: 'withdraw', c: '161', prep: ['in'] },
  { p: 'suspend|cut|halt|freeze|stop|withdraw|reduce|end * aid|assistance|funding', t: 'SANCTION', m: 'discontinue', c: '162', prep: ['to', 'for', 'from'] },
  // "suspended the visa-free regime for Georgian citizens": a material exchange ended (codebook, SANCTION discontinue)
  { p: 'suspend|scrap|cancel|end|abolish|revoke|terminate|halt|denounce|withdraw the? visa-free|visa-waiver regime|travel|entry|agreement|regimes', t: 'SANCTION', m: 'discontinue', c: '160', prep: ['for', 'with'], ctx: ['migration'] },
  { p: 'suspend|cut|halt|freeze|stop|end * military * aid|assistance|cooperation', t: 'SANCTION', m: 'discontinue', c: '1622', prep: ['to', 'for', 'with'] },
  { p: 'suspend|halt|freeze|break|pull|withdraw|walk * talks|negotiations|dialogue', t: 'SANCTION', m: 'withdraw', c: '164', prep: ['with', 'from'] },
  { p: 'suspend|halt|end|withdraw * mediation', t: 'SANCTION', m: 'withdraw', c: '165', prep: ['between', 'from'] },
  { p: 'expel * diplomats|diplomat|ambassador|envoy|attache|attaché|staff', t: 'SANCTION', m: 'expel', c: '166' },
  { p: 'declare *** =persona non grata', t: 'SANCTION', m: 'expel', c: '166' },
  { p: 'blacklist|designate', t: 'SANCTION', m: 'discontinue', c: '163', needObj: true },
  // an order to cease work: "ordered the Russian cultural centre to stop its work", "ordered the consortium to suspend operations"
  { p: 'order ** to stop|suspend|halt|cease ** work|operations|activities|activity', t: 'SANCTION', m: 'discontinue', c: '16', needObj: true },
  // pausing or waiving a levy is a concession: "paused the reciprocal tariffs for 90 days"
  { p: 'pause|suspend|delay|postpone|waive|lift|scrap * tariff|tariffs|duty|duties|levy|levies', t: 'CONCEDE', c: '081', prep: ['on', 'for'] },
  { p: 'announce|introduce|impose|extend|place|put * ban|embargo|moratorium', t: 'SANCTION', m: 'discontinue', c: '163', prep: ['on', 'against'] },
  // a levy set on a partner's goods: "announced a 27% tariff on Kazakh goods", "raised duties on imports from China"
  { p: 'announce|set|raise|hike|double|levy * tariff|tariffs|levy|levies|duty|duties', t: 'SANCTION', m: 'discontinue', c: '163', prep: ['on', 'against', 'for'] },
  // an embassy's staff taken home or its work halted: "evacuated the staff of its embassy in Tehran"
  { p: 'evacuate|withdraw|recall * staff|personnel|diplomats|embassy|mission', t: 'SANCTION', m: 'withdraw', c: '161', prep: ['in', 'from'] },
  { p: 'close * airspace|border|borders|crossing|crossings|checkpoint', t: 'SANCTION', m: 'discontinue', c: '16', prep: ['to', 'for', 'with'] },
  { p: 'suspend|freeze|abandon * treaty|agreement|accord|deal|membership|participation|charter|partnership|pact|memorandum', t: 'SANCTION', m: 'discontinue', c: '16', prep: ['with', 'in'] },
  { p: 'withdraw|pull out? from|of * treaty|agreement|accord|deal', t: 'SANCTION', m: 'discontinue', c: '16', prep: ['with', 'in'] },
  { p: 'withdraw|pull * peacekeepers|peacekeeping', t: 'SANCTION', m: 'withdraw', c: '1661', prep: ['from'] },
  { p: 'withdraw|pull|expel * observers|monitors|inspectors|mission', t: 'SANCTION', m: 'withdraw', c: '1662', prep: ['from'] },
  { p: 'suspend|expel * membership', t: 'SANCTION', m: 'expel', c: '166', prep: ['from', 'of'] },
  { p: 'adopt|approve|announce|unveil|impose * package|round * sanctions', t: 'SANCTION', m: 'discontinue', c: '163', prep: ['on', 'against'] },
  { p: '=sanctions list|blacklist', t: 'SANCTION', m: 'discontinue', c: '163' },
  // the measure named first: "sanctions were imposed on X by Y", "talks between X and Y were suspended"
  { p: '=sanctions|embargo|tariffs|restrictions ** imposed|introduced|extended|tightened', t: 'SANCTION', m: 'discontinue', c: '163', prep: ['on', 'against'], noPrep: ['by', 'from'], from: true },
  { p: '=talks|negotiations|dialogue|consultations ** suspended|halted|frozen|broken', t: 'SANCTION', m: 'withdraw', c: '164', multi: true },
  { p: 'suspend|cancel|halt|stop|postpone|block * delivery|deliveries|shipment|shipments|supplies', t: 'SANCTION', m: 'discontinue', c: '162', prep: ['to', 'for'] },
  { p: 'impose|slap|introduce|extend|tighten * sanctions|embargo|embargoes|restrictions|tariffs|ban|bans|duties|levies', t: 'SANCTION', m: 'discontinue', c: '163', prep: ['on', 'against'] },
  { p: 'take|adopt * measures|countermeasures', t: 'SANCTION', m: 'discontinue', c: '163', prep: ['against'], needObj: true },
  { p: 'sanction', t: 'SANCTION', m: 'discontinue', c: '163', needObj: true },
  { p: 'add|put|place|include ** sanctions|blacklist|entity', t: 'SANCTION', m: 'discontinue', c: '163' },
  // a list named without the word, where the story is of sanctions: "A Kazakh company was placed on the EU list last year"
  { p: 'add|put|place|include ** list|lists', t: 'SANCTION', m: 'discontinue', c: '163' },
  { p: 'suspend|halt|freeze|cut|stop * aid|links|flights|relations|ties|cooperation|imports|exports|talks|program|programme|assistance|supplies|deliveries|trade|assets|loans|loan|credits|credit|package|funding|financing|investment|lending|disbursements|disbursement', t: 'SANCTION', m: 'discontinue', c: '16', prep: ['with', 'to', 'for', 'from'] },
  { p: 'halt|suspend|end|stop|freeze ** mediation|efforts|negotiations|dialogue', t: 'SANCTION', m: 'discontinue', c: '16', prep: ['with', 'among', 'between'] },
  { p: '=suspension of', t: 'SANCTION', m: 'discontinue', c: '16', prep: W },
  // the ties named first: "diplomatic relations with Iran were broken off by Saudi Arabia"
  { p: '=relations|ties ** were|was|been|are|is broken|severed|cut|suspended', t: 'SANCTION', m: 'discontinue', c: '161', prep: W, noPrep: ['by'], from: true },
  { p: 'break|sever * relations|ties', t: 'SANCTION', m: 'discontinue', c: '161', prep: W },
  { p: 'expel', t: 'SANCTION', m: 'expel', c: '1663' },
  { p: 'give|order * diplomats|diplomat|ambassador|envoy|staff * to leave', t: 'SANCTION', m: 'expel', c: '166' },
  // a deadline to leave is an expulsion whoever is named: "gave Pakistan's military advisers a week to leave"
  { p: 'give|grant ** hours|days|week|weeks|month to leave|depart', t: 'SANCTION', m: 'expel', c: '166', needObj: true },
  // the expulsion told as a noun: "Baku's expulsion of four Iranian embassy staff"
  { p: '=expulsion|expulsions of * diplomats|diplomat|ambassador|ambassadors|envoy|envoys|staff|attache|attaché|attaches|consul|employees', t: 'SANCTION', m: 'expel', c: '166', needObj: true },
  // cultural links cut: "cancelled all concerts, exhibitions and festivals planned by Russian organisations"
  { p: 'cancel|scrap * concerts|concert|exhibitions|exhibition|festivals|festival|performances|tours|screenings|events|cultural', t: 'SANCTION', m: 'discontinue', c: '16', prep: ['by', 'of', 'from', 'with'], needObj: true },
  { p: 'quit', t: 'SANCTION', m: 'withdraw', c: '16', needObj: true },
  { p: 'recall * ambassador|envoy|ambassadors|envoys|diplomats', t: 'SANCTION', m: 'withdraw', c: '161', prep: ['from'] },
  // a partner's goods kept out: "banned cattle and livestock products from Kazakhstan", "restricted imports of Kazakh wheat"
  { p: 'prohibit|ban|restrict * aid|imports|exports|import|export|entry|flights|trade|products|goods|produce|livestock|cattle|meat|grain|wheat|flour|fruit|vegetables|poultry|dairy|fish|fuel|petrol|gasoline|diesel|coal|fertiliser|fertilisers|fertilizer|fertilizers', t: 'SANCTION', m: 'discontinue', c: '16', prep: ['to', 'from'] },
  { p: 'deny * entry', t: 'SANCTION', m: 'discontinue', c: '16', prep: TO },
  // a measure kept in place is the measure taken again: "will keep its ban on imports of Russian wheat for six months"
  { p: 'keep|maintain|retain|prolong|renew * ban|bans|embargo|sanctions|restrictions|moratorium', t: 'SANCTION', m: 'discontinue', c: '163', prep: ['on', 'against'] },
  // the measure named first as it starts to apply: "a ban on imports of Russian wheat came into force on Tuesday"
  { p: '=ban|bans|embargo|sanctions|restrictions|moratorium ** came|come|comes|entered|enter|enters into force|effect', t: 'SANCTION', m: 'discontinue', c: '163', prep: ['on', 'against'], noPrep: ['by', 'from', 'to'] },
  { p: '=ban|bans|embargo|sanctions|restrictions|moratorium ** took|take|takes effect', t: 'SANCTION', m: 'discontinue', c: '163', prep: ['on', 'against'], noPrep: ['by', 'from', 'to'] },
  // MOBILIZE
  { p: 'mobilise|mobilize|deploy|mass|amass|reinforce|strengthen|send|move|bring|rush|dispatch|redeploy * troops|servicemen|forces|reserves|army|soldiers|units|reinforcements|armour|armor|tanks|battalion|battalions|fleet|warships|task|carrier|carriers|bombers|jets|warplanes|artillery', t: 'MOBILIZE', m: 'troops', c: '152', prep: ['in', 'to', 'near', 'along', 'into', 'towards'] },
  // "troops were sent into Nukus", "riot police were deployed": the forces first, the verb after
  { p: '=troops|units|forces|reinforcements|soldiers|armour|armor|tanks ** were|was|had|have ** sent|deployed|moved|brought|flown|dispatched|rushed', t: 'MOBILIZE', m: 'troops', c: '152', prep: ['to', 'into', 'towards'], self: true },
  { p: '=police|gendarmes|gendarmerie ** were|was|had|have ** sent|deployed|moved|brought|flown|dispatched|rushed', t: 'MOBILIZE', m: 'police', c: '153', prep: ['to', 'into', 'towards'], self: true },
  { p: '=mobilisation|mobilization', t: 'MOBILIZE', m: 'troops', c: '152', self: true },
  // forces on the move or in position: "Israeli troops moved into the buffer zone", "a column of military vehicles moved
  // from Dushanbe towards Khorog", "Pakistani troops took up positions along the border"
  { p: '=troops|forces|soldiers|units|tanks|armour|armor|vehicles|column|columns|convoy|convoys|contingent|contingents|reinforcements ** moved|moving|advanced|advancing|rolled', t: 'MOBILIZE', m: 'troops', c: '152', prep: ['into', 'to', 'towards', 'toward', 'near', 'along'], noPrep: ['from'], from: true, self: true },
  { p: 'take up * positions|position', t: 'MOBILIZE', m: 'troops', c: '152', prep: ['near', 'along', 'in', 'on', 'at'], self: true },
  // "the presence of the National Guard has been strengthened in two towns", "stepped up its military presence"
  { p: '=presence ** strengthened|reinforced|increased|boosted|bolstered', t: 'MOBILIZE', m: 'troops', c: '152', prep: ['in', 'near', 'along'], self: true },
  { p: 'strengthen|reinforce|increase|boost|bolster|step up * military|troop|police|security|naval presence', t: 'MOBILIZE', m: 'troops', c: '152', prep: ['in', 'near', 'along'], self: true },

  { p: 'put|place * alert', t: 'MOBILIZE', m: 'troops', c: '150' },
  { p: 'test|test-fire|fire|launch * missile|missiles|rocket|rockets', t: 'MOBILIZE', m: 'weapons', c: '150', self: true },
  { p: 'conduct|stage|carry * nuclear|missile|weapons * test|tests', t: 'MOBILIZE', m: 'weapons', c: '150', self: true },
  { p: 'deploy|send|mobilise|mobilize * police|officers|riot|gendarmes', t: 'MOBILIZE', m: 'police', c: '152', prep: ['to', 'in', 'around', 'into'], self: true },
  { p: 'place|put * under house? arrest|detention|custody', t: 'COERCE', m: 'arrest', c: '173', self: true },
  { p: 'fire|use * tear|water|rubber|stun gas|cannon|cannons|bullets|grenades at|on|against?', t: 'ASSAULT', m: 'crowd-control', c: '1823', prep: ['at', 'on', 'against'], self: true },
  { p: 'set off * bomb|bombs|explosives|device|devices', t: 'ASSAULT', m: 'explosives', c: '183', prep: ['in', 'at'], self: true },
  { p: 'detonate|explode * bomb|bombs|explosives|device|devices', t: 'ASSAULT', m: 'explosives', c: '183', prep: ['in', 'at'], self: true },
  { p: 'prepare * to * shell|shelling|attack|attacks|attacking|bomb|bombing|strike|strikes|invade|offensive|assault', t: 'MOBILIZE', m: 'weapons', c: '150' },
  { p: 'hold|conduct|stage|launch|begin|start * military? exercises|exercise|drills|manoeuvres|maneuvers', t: 'MOBILIZE', m: 'troops', c: '150', self: true },
  { p: 'put|place * police|security * alert', t: 'MOBILIZE', m: 'police', c: '151' },
  { p: 'raise|increase|heighten|elevate * threat|alert|terror|terrorist|security ** level|levels|status', t: 'MOBILIZE', m: 'police', c: '151', self: true },
  { p: 'deploy|mobilise|mobilize|reinforce * police|riot|gendarmerie|security', t: 'MOBILIZE', m: 'police', c: '153', prep: ['in', 'to', 'near'] },
  { p: 'cordon|seal off', t: 'MOBILIZE', m: 'police', c: '153', self: true },
  { p: 'call up * reservists|reserves|conscripts', t: 'MOBILIZE', m: 'troops', c: '154' },
  { p: 'mobilise|mobilize * reservists|reserves|conscripts', t: 'MOBILIZE', m: 'troops', c: '154' },
  { p: 'announce|declare|order * mobilisation|mobilization', t: 'MOBILIZE', m: 'troops', c: '154' },
  { p: 'deploy|mobilise|mobilize|set * cyber', t: 'MOBILIZE', m: 'weapons', c: '155' },
  { p: 'deploy|station|move|send * warships|bombers|jets|missiles|tanks|warplanes|submarines|helicopters|gunships|carrier|carriers|drones', t: 'MOBILIZE', m: 'weapons', c: '150', prep: ['to', 'near', 'in', 'along'] },
  { p: 'order|dispatch|rush * troops|battalions|brigades|divisions|units|soldiers|forces|reinforcements * to|toward|towards|into', t: 'MOBILIZE', m: 'troops', c: '150', prep: ['to', 'toward', 'towards', 'into'] },
  // ("ordered the aircraft carrier Carl Vinson and its strike group toward the peninsula": a named ship between)
  { p: 'order|dispatch|rush * warships|carrier|carriers|fleet|bombers|jets|submarines ** to|toward|towards|into', t: 'MOBILIZE', m: 'weapons', c: '150', prep: ['to', 'toward', 'towards', 'into'] },
  { p: 'set off * nuclear|atomic * test|tests', t: 'MOBILIZE', m: 'weapons', c: '155' },
  { p: 'detonate|explode * nuclear|atomic * device|bomb|weapon', t: 'MOBILIZE', m: 'weapons', c: '155' },
  { p: '=troops|forces|soldiers|units|reinforcements ** deployed|massed|stationed', t: 'MOBILIZE', m: 'troops', c: '152', prep: ['to', 'near', 'in', 'along'], noPrep: ['by'], from: true },
  // COERCE
  { p: 'harass|intimidate|coerce', t: 'COERCE', c: '170', needObj: true },
  { p: 'confiscate|impound|nationalise|nationalize|expropriate|freeze * assets|property|accounts', t: 'COERCE', m: 'seize', c: '1711', self: true },
  { p: 'restrict|curb|censor|block * media|press|internet|websites|website|access|freedom|freedoms|speech|assembly', t: 'COERCE', m: 'restrict', c: '1721', self: true },
  { p: 'ban|outlaw|dissolve|proscribe * party|parties|opposition|movement|candidate', t: 'COERCE', m: 'ban', c: '1722', self: true },
  { p: 'impose|declare|introduce * martial|emergency', t: 'COERCE', m: 'martial-law', c: '1724', self: true },
  { p: 'hack|=cyberattack|cyberattacks|cyber-attack|cyber-attacks', t: 'COERCE', m: 'cyber', c: '176', needObj: true },
  { p: 'launch|carry|conduct|stage * cyber? attack|attacks|cyberattack|cyberattacks|cyber-attack', t: 'COERCE', m: 'cyber', c: '176', prep: ['on', 'against'] },
  { p: 'impose|enforce|tighten * blockade', t: 'COERCE', m: 'restrict', c: '191', prep: ['on', 'of', 'against'] },
  { p: 'annex', t: 'COERCE', m: 'seize', c: '192', needObj: true },
  { p: 'arrest|detain', t: 'COERCE', m: 'arrest', c: '173', self: true },
  // detentions told as a count: "reported more than 4,000 detentions", "made dozens of arrests"
  { p: 'report|make|carry * detentions|arrests', t: 'COERCE', m: 'arrest', c: '173', self: true },
  // searches of homes and offices: "police searched the homes of members of the committee"
  // (whose homes they are is the target, not a state named further on: "…of a committee opposing the transfer to Uzbekistan")
  { p: 'search * homes|home|houses|house|offices|office|premises|apartments|apartment|flats|flat|headquarters|newsroom|newsrooms', t: 'COERCE', m: 'seize', c: '1711', self: true, noPrep: ['to', 'for', 'from', 'with'] },
  // custody ordered by a court, questioning under arrest
  { p: 'remand * custody|detention|jail|prison', t: 'COERCE', m: 'arrest', c: '173', self: true },
  { p: 'take|took|taken * in for questioning', t: 'COERCE', m: 'arrest', c: '173', self: true },
  // gatherings banned: "extended a ban on rallies in central Bishkek", "imposed a ban on protests"
  { p: 'impose|extend|introduce|declare|prolong ** ban|bans|moratorium on * rallies|rally|protests|protest|demonstrations|gatherings|assemblies|pickets', t: 'COERCE', m: 'ban', c: '1722', self: true },
  // the cut told by what was cut: "mobile internet has been cut since Friday", "connections remained blocked"
  // (a present state, not the background "had been cut since last year")
  { p: '=internet|connection|connections|communications ** has|have|was|were|is|are|remain|remains|remained * cut|blocked|restricted|shut|suspended|disconnected', t: 'COERCE', m: 'censor', c: '175', self: true },
  { p: 'kidnap|abduct|hijack', t: 'COERCE', m: 'arrest', c: '181', self: true },
  { p: 'take * hostage|hostages|captive|prisoner|prisoners', t: 'COERCE', m: 'arrest', c: '181', self: true },
  { p: 'deport|extradite', t: 'COERCE', m: 'deport', c: '174' },
  { p: 'impose|declare|extend * curfew', t: 'COERCE', m: 'curfew', c: '1723', self: true },
  { p: 'impose|declare|introduce|extend * martial law', t: 'COERCE', m: 'martial-law', c: '1724', self: true },
  { p: 'impose|declare|introduce|extend * state of emergency', t: 'COERCE', m: 'martial-law', c: '1724', self: true },
  { p: 'impose|declare|introduce|extend * emergency rule', t: 'COERCE', m: 'martial-law', c: '1724', self: true },
  { p: 'cut|block|restrict|shut|suspend|disrupt * internet|access|communications|connection|mobile', t: 'COERCE', m: 'censor', c: '175', self: true },
  // media shut by the state: "closed down the largest independent newspaper", "shut the opposition radio station"
  { p: 'close|shut down|off? * newspaper|newspapers|paper|papers|weekly|daily|radio|station|stations|channel|channels|broadcaster|television|publication|publications|magazine', t: 'COERCE', m: 'censor', c: '175', self: true },
  { p: 'outlaw|ban', t: 'COERCE', m: 'ban', c: '172', self: true },
  { p: 'crack * down', t: 'COERCE', m: 'restrict', c: '175', prep: ['on'], self: true },
  { p: 'prevent|disperse|suppress', t: 'COERCE', m: 'restrict', c: '175', self: true },
  { p: 'break up', t: 'COERCE', m: 'restrict', c: '175', self: true },
  // the codebook lists intentional destruction under ASSAULT (mode destroy); PLOVER's records code sabotage as COERCE
  { p: 'blow up', t: 'COERCE', m: 'seize', c: '171', self: true },
  { p: 'destroy|demolish|raze', t: 'ASSAULT', m: 'destroy', c: '190', self: true },
  { p: 'seize|confiscate', t: 'COERCE', m: 'seize', c: '1712', self: true },
  // the codebook: a court's sentence is a conviction (SANCTION convict); jailing without one is coercion
  { p: 'sentence ** to', t: 'SANCTION', m: 'convict', c: '116', self: true },
  { p: 'jail|imprison', t: 'COERCE', m: 'arrest', c: '173', self: true },
  { p: 'raid', t: 'COERCE', m: 'restrict', c: '175', self: true },
  // ASSAULT
  { p: 'carry out * attack|attacks|bombing|bombings', t: 'ASSAULT', c: '180', prep: ['on', 'against', 'in'] },
  { p: 'carry|conduct out? * strike|strikes|airstrike|airstrikes|raid|raids|bombardment|shelling', t: 'ASSAULT', m: 'heavy-weapons', c: '190', prep: ['on', 'against', 'in'] },
  // weapons as the subject: "cruise missiles slammed into a camp in Afghanistan" (before "slammed" the critic)
  { p: 'slam into', t: 'ASSAULT', m: 'heavy-weapons', c: '190', prep: ['in', 'into'], from: true },
  // an official euphemism for killing armed people: "security forces neutralised two local leaders"
  { p: 'neutralise|neutralize', t: 'ASSAULT', m: 'firearms', c: '190', self: true, needObj: false },
  { p: 'commit|perpetrate|stage * attack|attacks|bombing|bombings', t: 'ASSAULT', c: '180', prep: ['on', 'against', 'in'] },
  { p: 'commit|perpetrate|carry * massacre|massacres|atrocities|atrocity', t: 'ASSAULT', m: 'massacre', c: '200', prep: ['on', 'against', 'in'] },
  { p: '=terrorist|terror attack|attacks|bombing', t: 'ASSAULT', c: '180', prep: ['on', 'against', 'in'] },
  { p: 'detonate|explode|plant * bomb|bombs|explosive|explosives|device', t: 'ASSAULT', m: 'explosives', c: '183', prep: ['in', 'at', 'near'] },
  { p: '=car|truck bomb|bombing', t: 'ASSAULT', m: 'explosives', c: '1832', prep: ['in', 'at', 'near'] },
  { p: '=roadside bomb|bombs|mine|mines', t: 'ASSAULT', m: 'explosives', c: '1833', prep: ['in', 'at', 'near'] },
  { p: 'use * human shield|shields', t: 'ASSAULT', m: 'abduct', c: '184' },
  { p: '=assassination attempt|attempts|plot', t: 'ASSAULT', m: 'assassinate', c: '185', prep: ['on', 'against'] },
  { p: 'stab|lynch|behead', t: 'ASSAULT', m: 'primitive', c: '1823', needObj: true },
  { p: 'beat * to death', t: 'ASSAULT', m: 'beat', c: '1823', needObj: true },
  { p: 'rape', t: 'ASSAULT', m: 'sexual', c: '1821', needObj: true },
  { p: 'shell|bombard|pound', t: 'ASSAULT', m: 'heavy-weapons', c: '194', needObj: true },
  { p: 'fire * artillery|rockets|shells|mortars', t: 'ASSAULT', m: 'heavy-weapons', c: '194', prep: ['on', 'at', 'into'] },
  { p: 'shoot|gun * down', t: 'ASSAULT', m: 'firearms', c: '193', needObj: true },
  { p: 'massacre', t: 'ASSAULT', m: 'massacre', c: '202', needObj: true },
  { p: 'slaughter|butcher', t: 'ASSAULT', m: 'massacre', c: '202', needObj: true },
  { p: 'commit|perpetrate * ethnic? cleansing|genocide', t: 'ASSAULT', m: 'cleansing', c: '203' },
  // foreigners sent home are deported, not cleansed: "expelled hundreds of thousands of Yemeni workers"
  { p: 'expel|deport ** workers|migrants|labourers|laborers|immigrants|nationals|citizens', t: 'COERCE', m: 'deport', c: '174', prep: ['from', 'to'] },
  { p: 'expel|drive|force * thousands|hundreds|residents|population|villagers|minority', t: 'ASSAULT', m: 'cleansing', c: '201', prep: ['from'] },
  { p: 'use * chemical|biological|nuclear|toxic|nerve * weapons|weapon|gas|agent|agents', t: 'ASSAULT', m: 'unconventional', c: '2041' },
  { p: 'detonate|drop|use * nuclear|atomic * bomb|weapon|device', t: 'ASSAULT', m: 'unconventional', c: '2042' },
  { p: '=chemical|gas attack|attacks', t: 'ASSAULT', m: 'unconventional', c: '204', prep: ['on', 'against', 'in'] },
  { p: 'attack|assault|storm|ambush', t: 'ASSAULT', c: '190' },
  { p: 'kill|murder|massacre|wound', t: 'ASSAULT', c: '190', self: true },
  { p: 'bomb|shell|bombard|strike', t: 'ASSAULT', m: 'heavy-weapons', c: '195', needObj: true },
  { p: 'launch ** attack|attacks|strike|strikes|offensive|raid|raids|assault|fire', t: 'ASSAULT', m: 'heavy-weapons', c: '190', prep: ['on', 'against', 'at'] },
  { p: 'open fire', t: 'ASSAULT', m: 'firearms', c: '193', prep: ['on', 'at'], self: true },
  // "subjected border villages to intensive mortar fire"
  { p: 'subject ** to * fire|shelling|bombardment|attack|attacks|strikes', t: 'ASSAULT', m: 'heavy-weapons', c: '190', self: true },
  { p: 'fire * on|at', t: 'ASSAULT', m: 'firearms', c: '190' },
  { p: 'shoot', t: 'ASSAULT', m: 'firearms', c: '190', needObj: true },
  { p: 'invade|occupy|capture', t: 'ASSAULT', m: 'heavy-weapons', c: '192', self: true },
  { p: 'torture', t: 'ASSAULT', m: 'torture', c: '1822' },
  { p: '=torture', t: 'ASSAULT', m: 'torture', c: '1822' },
  { p: 'beat up?', t: 'ASSAULT', m: 'beat', c: '182', needObj: true },
  { p: 'assassinate', t: 'ASSAULT', m: 'assassinate', c: '186' },
  { p: '=suicide bombing|attack|car', t: 'ASSAULT', m: 'suicide-attack', c: '1831' },
  { p: '=air strike|strikes|raid|raids', t: 'ASSAULT', m: 'aerial', c: '195', prep: ['on', 'against', 'in'] },
  // "Israel and Iran exchanged missile strikes": two-sided violence, both sides act
  { p: 'exchange|trade * missile|rocket|artillery|tank strikes|fire|barrages', t: 'ASSAULT', m: 'heavy-weapons', c: '194', prep: W },
  { p: 'exchange|trade * drone strikes|attacks', t: 'ASSAULT', m: 'drone', c: '195', prep: W },
  { p: 'exchange|trade * air strikes|raids', t: 'ASSAULT', m: 'aerial', c: '195', prep: W },
  { p: 'exchange|trade * strikes|blows|attacks|shelling|shellfire', t: 'ASSAULT', c: '190', prep: W },
  { p: 'clash|fight', t: 'ASSAULT', c: '190', prep: W },
  { p: 'violate|break|breach * ceasefire|cease-fire|truce', t: 'ASSAULT', c: '196' },
];
