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
  /** one event per partner: a cancelled trip to several countries is one cancellation per country */
  perPartner?: boolean;
  /** the direct object is a topic, not a party ("discussed the summit"): parties come with a preposition */
  noDirect?: boolean;
  /** only without a direct object: "students demonstrated", not "demonstrated its capacity" */
  intrans?: boolean;
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
  { p: 'commit', t: 'AGREE', c: '030', prep: TO, gov: true },
  { p: '=committed to', t: 'AGREE', c: '030', prep: TO, gov: true },
  { p: 'offer', t: 'AGREE', c: '030', prep: TO, gov: true },
  { p: '=ready|willing|prepared to', t: 'AGREE', c: '030', prep: TO, gov: true },
  { p: 'invite', t: 'AGREE', c: '036', gov: true },
  { p: 'accept * invitation', t: 'AGREE', c: '036', prep: ['from', 'of'] },
  { p: 'announce * plan|plans|intention', t: 'AGREE', c: '030', gov: true },
  { p: 'launch|inaugurate|convene|organise|organize|announce * =forum|summit|conference|dialogue', t: 'AGREE', c: '036', multi: true },
  { p: '=announcement|announcements of ** summit|forum|conference|meeting|visit|talks', t: 'AGREE', c: '036' },
  // CONSULT
  { p: 'meet', t: 'CONSULT', c: '040', prep: W },
  { p: 'hold|conduct * talks|meeting|meetings|consultations|negotiations|discussions|dialogue', t: 'CONSULT', c: '040', prep: W, topic: true },
  { p: '=talks|negotiations|consultations', t: 'CONSULT', c: '040', prep: ['with', 'between'] },
  { p: 'negotiate', t: 'CONSULT', c: '046', prep: W, noDirect: true },
  { p: 'discuss', t: 'CONSULT', c: '040', prep: W, noDirect: true, topic: true },
  { p: 'confer', t: 'CONSULT', c: '040', prep: W },
  { p: 'visit', t: 'CONSULT', m: 'visit', c: '042' },
  { p: '=visit|visits|trip|tour', t: 'CONSULT', m: 'visit', c: '042', prep: ['to', 'of', 'from'] },
  { p: 'pay|make * visit', t: 'CONSULT', m: 'visit', c: '042', prep: TO },
  { p: 'arrive', t: 'CONSULT', m: 'visit', c: '042', prep: ['in', 'at'] },
  { p: 'travel', t: 'CONSULT', m: 'visit', c: '042', prep: TO },
  { p: 'tour', t: 'CONSULT', m: 'visit', c: '042' },
  { p: 'host', t: 'CONSULT', m: 'visit', c: '043', rev: true, gathers: true },
  { p: 'receive', t: 'CONSULT', m: 'visit', c: '043', rev: true, needObj: true },
  { p: 'welcome', t: 'CONSULT', m: 'visit', c: '043', rev: true, needObj: true },
  { p: 'give|gave * welcome', t: 'CONSULT', m: 'visit', c: '043', rev: true, prep: TO },
  { p: '=phone|telephone call|calls|conversation|talks', t: 'CONSULT', m: 'phone', c: '041', prep: ['with', 'between'] },
  { p: 'speak|talk * phone|telephone', t: 'CONSULT', m: 'phone', c: '041', prep: W },
  { p: '=summit|forum|conference|ministerial', t: 'CONSULT', m: 'multilateral', c: '043', multi: true },
  { p: 'host|convene ** meeting|summit|forum|conference|ministerial|session|congress', t: 'CONSULT', m: 'multilateral', c: '043', multi: true },
  { p: 'attend|participate|take|represented|join ** summit|forum|conference|meeting|session|ceremony|assembly|congress|ministerial|games|exercises|drills', t: 'CONSULT', m: 'multilateral', c: '043', multi: true, prep: ['in', 'at'] },
  { p: 'mediate', t: 'CONSULT', m: 'third-party', c: '045', med: true },
  { p: '=mediation', t: 'CONSULT', m: 'third-party', c: '045', med: true },
  { p: 'broker|facilitate|host * peace? talks|negotiations|dialogue|process', t: 'CONSULT', m: 'third-party', c: '045', med: true },
  { p: '=platform|venue for * talks|negotiations|dialogue', t: 'CONSULT', m: 'third-party', c: '045', med: true },
  // SUPPORT
  { p: 'sign', t: 'SUPPORT', c: '057', prep: W },
  { p: 'conclude|ratify|finalise|finalize|seal|secure|ink * ' + AGREEMENT, t: 'SUPPORT', c: '057', prep: W },
  { p: 'ratify', t: 'SUPPORT', c: '057', prep: W },
  { p: 'adopt|issue * statement|declaration|communique|communiqué|charter|roadmap', t: 'SUPPORT', c: '057', prep: W },
  { p: 'join', t: 'SUPPORT', c: '057', needObj: true },
  { p: 'become * member|members|observer|partner', t: 'SUPPORT', c: '057', prep: ['of', 'to', 'in'] },
  { p: 'praise|commend|hail|laud|applaud', t: 'SUPPORT', c: '051' },
  { p: 'endorse|back', t: 'SUPPORT', c: '051', needObj: true },
  { p: 'support', t: 'SUPPORT', c: '051', needObj: true },
  { p: 'express|voice|reaffirm * support|solidarity', t: 'SUPPORT', c: '051', prep: ['for', 'with', 'to'] },
  { p: 'defend', t: 'SUPPORT', c: '052', needObj: true },
  { p: 'recognise|recognize', t: 'SUPPORT', c: '054', needObj: true },
  { p: 'upgrade * ties|relations', t: 'SUPPORT', c: '050', prep: W },
  { p: 'forgive', t: 'SUPPORT', c: '056' },
  { p: 'apologise|apologize', t: 'SUPPORT', c: '055', prep: TO },
  // COOPERATE
  { p: 'introduce|launch|establish|open|grant|approve|extend * visa-free|visa', t: 'COOPERATE', c: '061', prep: ['with', 'for'], ctx: ['migration'] },
  { p: '=visa-free regime|travel|entry', t: 'COOPERATE', c: '061', prep: ['with', 'for'], ctx: ['migration'] },
  { p: 'invest', t: 'COOPERATE', c: '061', prep: ['in'], ctx: ['economic'] },
  { p: 'share * intelligence|information|expertise|evidence|data|technology', t: 'COOPERATE', c: '064', prep: W },
  { p: 'hold|conduct|stage|undertake|launch * joint', t: 'COOPERATE', c: '062', prep: W, ctx: ['military'] },
  { p: 'establish|restore|resume * relations|ties', t: 'COOPERATE', c: '060', prep: W },
  { p: 'launch|open|inaugurate|commission * project|route|corridor|line|railway|pipeline|flights|plant|service|hub|terminal', t: 'COOPERATE', c: '061', prep: W, ctx: ['economic'] },
  { p: 'cooperate', t: 'COOPERATE', c: '060', prep: W, needObj: true },
  // AID
  { p: 'send|provide|deliver|give|donate|allocate|dispatch|supply|coordinate ** aid|assistance|relief|supplies|arms|weapons|food|medicine|loan|loans|grant|funds|funding|troops|peacekeepers|humanitarian', t: 'AID', c: '070', prep: ['to', 'for'] },
  { p: 'lend * money|loan|loans|credit|credits|million|billion|euros|dollars|funds', t: 'AID', c: '071', prep: TO, ctx: ['economic'] },
  { p: 'grant * asylum', t: 'AID', c: '075', prep: TO, ctx: ['asylum'] },
  { p: 'open * border|borders', t: 'AID', c: '070', prep: TO },
  { p: 'evacuate', t: 'AID', c: '073', prep: ['from'] },
  // CONCEDE / RETREAT
  { p: 'lift|ease|end * curfew|state|restrictions|ban|martial', t: 'CONCEDE', c: '081', self: true },
  { p: 'lift|ease * sanctions|embargo|embargoes', t: 'RETREAT', m: 'ease', c: '085', prep: ['on', 'against'] },
  { p: 'release|free', t: 'RETREAT', m: 'release', c: '0841', needObj: true },
  { p: 'withdraw|pull', t: 'RETREAT', m: 'withdraw', c: '0872', prep: ['from'] },
  { p: 'declare|announce|agree * ceasefire|cease-fire|truce', t: 'RETREAT', m: 'ceasefire', c: '0871' },
  { p: 'surrender', t: 'RETREAT', m: 'disarm', c: '0874', prep: TO },
  { p: 'resign', t: 'RETREAT', c: '0831' },
  { p: 'step down', t: 'RETREAT', c: '0831' },
  { p: 'disarm|demobilise|demobilize', t: 'RETREAT', m: 'disarm', c: '0873' },
  // REQUEST
  { p: 'call * on|upon', t: 'REQUEST', c: '100', gov: true },
  { p: 'call for', t: 'REQUEST', c: '100', prep: ['from', 'on'] },
  { p: 'urge', t: 'REQUEST', c: '100', gov: true },
  { p: 'demand', t: 'REQUEST', c: '100', prep: ['from', 'of'], gov: true },
  { p: 'ask', t: 'REQUEST', c: '100', gov: true, needObj: true },
  { p: 'appeal', t: 'REQUEST', c: '100', prep: TO, gov: true },
  { p: 'request', t: 'REQUEST', c: '100', prep: ['from', 'of'], gov: true },
  { p: 'press|push * for', t: 'REQUEST', c: '100', gov: true },
  { p: 'seek', t: 'REQUEST', c: '100', prep: ['from'], gov: true, needObj: true },
  { p: 'order', t: 'REQUEST', c: '100', gov: true, needObj: true },
  // ACCUSE
  { p: 'accuse', t: 'ACCUSE', m: 'disapprove', c: '112' },
  { p: 'blame', t: 'ACCUSE', m: 'disapprove', c: '112', prep: ['for'] },
  { p: 'condemn|denounce|criticise|criticize|censure|deplore|decry|slam|rebuke', t: 'ACCUSE', m: 'disapprove', c: '111' },
  { p: 'complain', t: 'ACCUSE', m: 'disapprove', c: '111', prep: ['about', 'over', 'of'], noPrep: ['to', 'with'] },
  { p: 'summon * ambassador|envoy|charge', t: 'ACCUSE', m: 'disapprove', c: '111' },
  { p: 'lodge * protest|complaint', t: 'ACCUSE', m: 'disapprove', c: '111', prep: ['over', 'about', 'against'], noPrep: ['to', 'with'] },
  { p: 'investigate', t: 'ACCUSE', m: 'investigate', c: '090', self: true },
  { p: 'open|launch|begin * investigation|investigations|probe|inquiry', t: 'ACCUSE', m: 'investigate', c: '090', prep: ['into', 'against'], self: true },
  { p: '=under investigation', t: 'ACCUSE', m: 'investigate', c: '090', rev: true },
  { p: 'indict|charge|sue', t: 'ACCUSE', m: 'allege', c: '112', needObj: true },
  { p: 'allege', t: 'ACCUSE', m: 'allege', c: '112', needObj: true },
  // REJECT
  { p: 'reject', t: 'REJECT', c: '120' },
  { p: 'refuse', t: 'REJECT', c: '120', gov: true },
  { p: 'decline', t: 'REJECT', c: '120', gov: true },
  { p: 'oppose', t: 'REJECT', c: '120' },
  { p: '=opposed to', t: 'REJECT', c: '120', gov: true },
  { p: 'veto', t: 'REJECT', c: '120' },
  { p: 'dismiss|deny|rebuff', t: 'REJECT', c: '120', needObj: true },
  { p: 'rule out', t: 'REJECT', c: '120' },
  { p: '=out of the question', t: 'REJECT', c: '120' },
  { p: 'turn down', t: 'REJECT', c: '120' },
  { p: 'boycott', t: 'REJECT', c: '120' },
  { p: 'cancel|postpone|scrap * visit|meeting|talks|summit|trip|forum|conference', t: 'REJECT', c: '120', prep: W, perPartner: true },
  { p: 'call off * visit|meeting|talks|summit|trip|forum|conference', t: 'REJECT', c: '120', prep: W, perPartner: true },
  { p: 'violate|defy * ban|order|resolution', t: 'REJECT', c: '120' },
  // THREATEN
  { p: 'threaten', t: 'THREATEN', c: '130', gov: true },
  { p: 'issue * ultimatum|threat|threats', t: 'THREATEN', c: '130', prep: TO },
  { p: 'warn', t: 'THREATEN', c: '130', needObj: true },
  // PROTEST
  { p: 'stage|hold|organise|organize|launch|begin|start * demonstration|demonstrations|protest|protests|rally|rallies|march|sit-in|strike', t: 'PROTEST', m: 'demo-org', c: '141', prep: AGST, self: true },
  { p: 'demonstrate|rally|march', t: 'PROTEST', m: 'demo-org', c: '141', prep: AGST, self: true, intrans: true },
  { p: 'protest', t: 'PROTEST', m: 'demo-org', c: '141', prep: AGST, self: true, intrans: true },
  { p: '=hunger strike', t: 'PROTEST', m: 'strike-hun', c: '142', self: true },
  { p: 'go|went * strike', t: 'PROTEST', m: 'strike-gen', c: '143', self: true },
  { p: 'shun|boycott * work', t: 'PROTEST', m: 'strike-gen', c: '143', self: true },
  { p: 'throw|hurl * stones|rocks|petrol|molotov', t: 'PROTEST', m: 'riot-spon', c: '145', prep: ['at'], self: true },
  { p: 'riot', t: 'PROTEST', m: 'riot-spon', c: '145', self: true },
  { p: 'block|blockade|barricade', t: 'PROTEST', m: 'obstruct', c: '144', self: true },
  { p: 'collect|gather * signatures', t: 'PROTEST', m: 'demo-org', c: '140', self: true },
  // SANCTION
  { p: 'impose|slap|introduce|extend|tighten * sanctions|embargo|restrictions|tariffs|ban', t: 'SANCTION', m: 'discontinue', c: '163', prep: ['on', 'against'] },
  { p: 'sanction', t: 'SANCTION', m: 'discontinue', c: '163', needObj: true },
  { p: 'add|put|place ** sanctions|blacklist|entity', t: 'SANCTION', m: 'discontinue', c: '163' },
  { p: 'suspend|halt|freeze|cut|stop * aid|links|flights|relations|ties|cooperation|imports|exports|talks|program|programme|assistance|supplies|deliveries|trade|assets', t: 'SANCTION', m: 'discontinue', c: '16', prep: ['with', 'to', 'for', 'from'] },
  { p: 'halt|suspend|end|stop|freeze ** mediation|efforts|negotiations|dialogue', t: 'SANCTION', m: 'discontinue', c: '16', prep: ['with', 'among', 'between'] },
  { p: '=suspension of', t: 'SANCTION', m: 'discontinue', c: '16', prep: W },
  { p: 'break|sever * relations|ties', t: 'SANCTION', m: 'discontinue', c: '161', prep: W },
  { p: 'expel', t: 'SANCTION', m: 'expel', c: '1663' },
  { p: 'recall * ambassador|envoy', t: 'SANCTION', m: 'discontinue', c: '161', prep: ['from'] },
  { p: 'prohibit|ban * aid|imports|exports|entry|flights|trade', t: 'SANCTION', m: 'discontinue', c: '16', prep: ['to', 'from'] },
  { p: 'deny * entry', t: 'SANCTION', m: 'discontinue', c: '16', prep: TO },
  // MOBILIZE
  { p: 'mobilise|mobilize|deploy|mass|amass|reinforce|strengthen * troops|forces|reserves|army|soldiers|units', t: 'MOBILIZE', m: 'troops', c: '152', prep: ['in', 'to', 'near', 'along'] },
  { p: 'put|place * alert', t: 'MOBILIZE', m: 'troops', c: '150' },
  { p: 'test|test-fire|fire|launch * missile|missiles|rocket|rockets', t: 'MOBILIZE', m: 'weapons', c: '150', self: true },
  { p: 'prepare * to * shell|shelling|attack|attacks|attacking|bomb|bombing|strike|strikes|invade|offensive|assault', t: 'MOBILIZE', m: 'weapons', c: '150' },
  // COERCE
  { p: 'arrest|detain', t: 'COERCE', m: 'detain', c: '173', self: true },
  { p: 'kidnap|abduct', t: 'COERCE', m: 'detain', c: '181', self: true },
  { p: 'take * hostage|hostages|captive|prisoner|prisoners', t: 'COERCE', m: 'detain', c: '181', self: true },
  { p: 'deport|extradite', t: 'COERCE', m: 'deport', c: '174' },
  { p: 'impose|declare|extend * curfew', t: 'COERCE', m: 'curfew', c: '1723', self: true },
  { p: 'outlaw|ban', t: 'COERCE', m: 'ban', c: '172', self: true },
  { p: 'crack * down', t: 'COERCE', m: 'restrict', c: '175', prep: ['on'], self: true },
  { p: 'prevent|disperse|suppress', t: 'COERCE', m: 'restrict', c: '175', self: true },
  { p: 'break up', t: 'COERCE', m: 'restrict', c: '175', self: true },
  { p: 'blow up', t: 'COERCE', m: 'destroy', c: '175', self: true },
  { p: 'destroy|demolish|raze', t: 'COERCE', m: 'destroy', c: '175', self: true },
  { p: 'seize|confiscate', t: 'COERCE', m: 'seize', c: '1712', self: true },
  { p: 'sentence|jail|imprison', t: 'COERCE', m: 'detain', c: '173', self: true },
  { p: 'raid', t: 'COERCE', m: 'restrict', c: '175', self: true },
  // ASSAULT
  { p: 'attack|assault|storm|ambush', t: 'ASSAULT', c: '190' },
  { p: 'kill|murder|massacre|wound', t: 'ASSAULT', c: '190', self: true },
  { p: 'bomb|shell|bombard|strike', t: 'ASSAULT', m: 'heavy-weapons', c: '195', needObj: true },
  { p: 'launch ** attack|attacks|strike|strikes|offensive|raid|raids|assault|fire', t: 'ASSAULT', m: 'heavy-weapons', c: '190', prep: ['on', 'against', 'at'] },
  { p: 'open fire', t: 'ASSAULT', m: 'firearms', c: '190', prep: ['on', 'at'], self: true },
  { p: 'fire * on|at', t: 'ASSAULT', m: 'firearms', c: '190' },
  { p: 'shoot', t: 'ASSAULT', m: 'firearms', c: '190', needObj: true },
  { p: 'invade|occupy|capture', t: 'ASSAULT', m: 'heavy-weapons', c: '192', self: true },
  { p: 'torture', t: 'ASSAULT', m: 'torture', c: '1822' },
  { p: '=torture', t: 'ASSAULT', m: 'torture', c: '1822' },
  { p: 'beat up?', t: 'ASSAULT', m: 'beat', c: '182', needObj: true },
  { p: 'assassinate', t: 'ASSAULT', m: 'assassinate', c: '186' },
  { p: '=suicide bombing|attack|car', t: 'ASSAULT', m: 'suicide-attack', c: '1831' },
  { p: '=air strike|strikes|raid|raids', t: 'ASSAULT', m: 'aerial', c: '195', prep: ['on', 'against', 'in'] },
  { p: 'clash|fight', t: 'ASSAULT', c: '190', prep: W },
  { p: 'violate * ceasefire|cease-fire|truce', t: 'ASSAULT', c: '190' },
];
