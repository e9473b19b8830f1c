/**
 * The Kazakh language pack, at a first level. Kazakh is agglutinative, and npm has no maintained Kazakh morphology,
 * so the pack reads case from the suffix. A name in the gazetteer matches a word that begins with it and ends in a
 * chain of suffixes: "Қазақстанға" is the dative, "Путинмен" the instrumental ("with"), "Мәскеуде" the locative,
 * "қазақстандық" an adjective. A noun phrase ends in its head ("Ресей Президенті Владимир Путинмен"), so a
 * phrase's case is the case of its last word. Each case gives a role: nominative subject, dative recipient or
 * destination, instrumental partner, locative place, genitive possessor. Triggers are stems with the same frames as
 * the Russian pack's (meet, visit, host, joint, to). Dates ("бейсенбі күні", "12 наурызда", "өткен жылы") and
 * money ("26 млрд юань") are read too.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { InputError } from '../../errors.ts';
import type { CodedEvent, Doc, EventType } from '../../model/event.ts';
import { IGO_CODES } from '../../model/event.ts';
import type { Coder } from '../coder.ts';
import { LEXICON_DIR } from '../lexicon/load.ts';
import type { Member } from '../lexicon/types.ts';
import { ruSentences } from '../ru/_sentences.ts';
import { mergeSummit } from '../ru/coder.ts';
import { ruMoney } from '../ru/money.ts';
import { kkDate } from './dates.ts';

type Case = 'nom' | 'gen' | 'dat' | 'acc' | 'loc' | 'abl' | 'ins' | 'adj';
type Frame = 'meet' | 'visit' | 'host' | 'joint' | 'to';
interface Trig { type: EventType; mode: string | null; frame: Frame; noun?: boolean; negated?: EventType; with?: string; verb?: boolean }
/** The light verb's stem a noun trigger takes next ("білдір|жеткіз": any of them), by the word after it, or undefined. */
function lightOf(def: Trig, next: string | undefined): string | undefined {
  if (!def.with || !next) return undefined;
  return def.with.split('|').find((v) => next.startsWith(v) || (v.endsWith('й') && next.startsWith(v.slice(0, -1) + 'я')));
}
interface Entry { code: string; person: boolean; from?: string; to?: string | null; members?: Member[]; title?: string }
interface Tok { s: string; f: string; cap: boolean; word: boolean }
interface Mention { start: number; end: number; codes: string[]; role: Case; person: boolean; titled: boolean; title?: string }
interface Ev { type: EventType; mode: string | null; actor: string[]; recipient: string[]; location: string | null; act?: string; confidence?: number; money?: ReturnType<typeof ruMoney> }
/** Speech acts of support that are different happenings between the same sides (a congratulation, a later thanks). */
const ACT: Record<string, string> = { құттықта: 'congratulate', алғыс: 'thank', ризашылы: 'thank', марапатта: 'award', орден: 'award', медал: 'award' };

const IGOS = new Set<string>(IGO_CODES);
const WORD = /[A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі0-9]+(?:[-'’][A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі0-9]+)*/g;

// case suffixes, possibly after a possessive (-ы/-і/-сы/-сі) or plural (-лар/-лер/-дар/-дер/-тар/-тер)
const CASES: [RegExp, Case][] = [
  [/^(?:ның|нің|дың|дің|тың|тің)$/, 'gen'], [/^(?:ға|ге|қа|ке|на|не|а|е)$/, 'dat'], [/^(?:ны|ні|ды|ді|ты|ті|н)$/, 'acc'],
  [/^(?:да|де|та|те|нда|нде)$/, 'loc'], [/^(?:дан|ден|тан|тен|нан|нен)$/, 'abl'], [/^(?:мен|бен|пен|менен|бенен|пенен)$/, 'ins'],
];
const ADJ = /^(?:лық|лік|дық|дік|тық|тік)/;
const PREFIX = /^(?:лар|лер|дар|дер|тар|тер)?(?:ы|і|сы|сі)?/;

/** The case a suffix chain gives ('' the nominative), or null when the rest is not a suffix chain. */
export function suffixCase(rest: string): Case | null {
  if (rest === '') return 'nom';
  if (ADJ.test(rest)) return 'adj';
  const tail = rest.replace(PREFIX, '');
  if (tail === '') return 'nom';
  for (const [re, c] of CASES) if (re.test(tail)) return c;
  for (const [re, c] of CASES) if (re.test(rest)) return c;
  return null;
}

const T = (type: EventType, frame: Frame, mode: string | null = null, extra: Partial<Trig> = {}): Trig => ({ type, mode, frame, ...extra });
/** Trigger stems, matched at the start of a word (longest first). */
const TRIGGERS: [string, Trig][] = ([
  ['кездес', T('CONSULT', 'meet')], ['келіссөз', T('CONSULT', 'meet', null, { noun: true })], ['саммит', T('CONSULT', 'meet', 'multilateral', { noun: true })],
  ['отырыс', T('CONSULT', 'meet', null, { noun: true })],
  // a forum opened or held by those named ("екі ел президенттері … форумын ашты") is their meeting (spec rule 4)
  ['форум', T('CONSULT', 'meet', 'multilateral', { with: 'аш|өтті|өткізді' })], ['қатыст', T('CONSULT', 'meet', 'multilateral', { negated: 'REJECT' })], ['қатыспа', T('REJECT', 'to')],
  ['телефон', T('CONSULT', 'meet', 'phone')], ['сапар', T('CONSULT', 'visit', 'visit', { noun: true })],
  // verbs of going, coming and receiving by their stem, in any tense ("барды", "барады", "барған", "келеді", "қабылдайды");
  // only a verbal suffix after the stem makes them verbs ("барлық", "келісім", "бару" are not)
  ['бар', T('CONSULT', 'visit', 'visit', { verb: true })], ['кел', T('CONSULT', 'visit', 'visit', { verb: true })],
  ['жетті', T('CONSULT', 'visit', 'visit')], ['қабылда', T('CONSULT', 'host', 'visit', { verb: true })],
  ['қол', T('SUPPORT', 'joint', null, { with: 'қой' })], ['қабылданды', T('CONSULT', 'host', 'visit')],
  // "орденін табыс етті", "Құрмет орденін тапсырды", "медалін табыс етті": an order or a medal handed over is an award
  // (one offered or refused, "ұсынған орденнен бас тартты", is none)
  ['орден', T('SUPPORT', 'to', null, { with: 'табыс|тапсыр|бер' })], ['медал', T('SUPPORT', 'to', null, { with: 'табыс|тапсыр|бер' })], ['құттықта', T('SUPPORT', 'to')], ['алғыс', T('SUPPORT', 'to')], ['марапатта', T('SUPPORT', 'to', null, { verb: true })],
  // support in any tense of "қолда" ("қолдады", "қолдайды", "қолдайтынын айтты"), support expressed ("қолдау білдірді"),
  // praise ("жоғары бағалады"), approval ("құптады") and gratitude expressed or conveyed ("ризашылық білдірді",
  // "ризашылығын жеткізді": the stem before the voicing of "қ" to "ғ")
  ['қолда', T('SUPPORT', 'to', null, { verb: true })], ['қолдау', T('SUPPORT', 'to', null, { with: 'білдір' })],
  ['жоғары', T('SUPPORT', 'to', null, { with: 'бағала' })], ['құпта', T('SUPPORT', 'to', null, { verb: true })],
  ['ризашылы', T('SUPPORT', 'to', null, { with: 'білдір|жеткіз|айт' })], ['ратификацияла', T('SUPPORT', 'joint')],
  // an envoy summoned ("Ресей елшісін шақыртты", the causative of "шақыр") is summoned over a grievance
  ['шақыртт', T('ACCUSE', 'to', 'disapprove')],
  // a diplomatic note handed or sent ("елшісіне нота тапсырды", "нота жолдады") is a formal protest
  ['нота', T('ACCUSE', 'to', 'disapprove', { with: 'тапсыр|жолда|жібер' })],
  ['келісті', T('AGREE', 'joint')], ['келіскен', T('AGREE', 'joint')], ['уағдаласт', T('AGREE', 'joint')], ['шақыр', T('AGREE', 'to')],
  ['дайын', T('AGREE', 'to')], ['ниет', T('AGREE', 'to')], ['көмек', T('AID', 'to', null, { noun: true })], ['гуманитарлық', T('AID', 'to')],
  // allocating a sum ("1 млн доллар бөлу туралы", "қаражат бөлінді") and handing over goods ("жабдықтар табыстады") give aid
  // a loan or credit given or allocated ("қарыз беруді мақұлдады", "несие бөлді") is economic aid (CAMEO 071)
  ['қарыз', T('AID', 'to', null, { with: 'бер|бөл', noun: true })], ['несие', T('AID', 'to', null, { with: 'бер|бөл', noun: true })],
  ['инвестиция', T('COOPERATE', 'to', null, { with: 'сал' })], ['бөлу', T('AID', 'to')], ['бөлді', T('AID', 'to')], ['бөлін', T('AID', 'to')], ['табыстады', T('AID', 'to')],
  ['наразылық', T('ACCUSE', 'to', 'disapprove', { noun: true })], ['айыпта', T('ACCUSE', 'to', 'allege')], ['сынға', T('ACCUSE', 'to', 'disapprove')],
  // a picket or rally held ("пикет өткізді", "митинг өтті", "наразылық акциясы") and a sanctions listing ("санкциялық
  // тізімге енгізді")
  ['пикет', T('PROTEST', 'to', null, { noun: true })], ['митинг', T('PROTEST', 'to', null, { noun: true })],
  ['санкциялық', T('SANCTION', 'to', 'discontinue', { with: 'тізім' })],
  // forces leaving a state ("бітімгерлік күштері Қазақстаннан шыға бастады", "әскерін шығарды"): a withdrawal
  ['шыға', T('RETREAT', 'to')], ['шықты', T('RETREAT', 'to')], ['шығар', T('RETREAT', 'to')],
  // recognition ("Палестина мемлекетін мойындады") is support; its negation ("мойындамайды") a rejection
  ['мойында', T('SUPPORT', 'to', null, { verb: true, negated: 'REJECT' })],
  // a joint exercise held ("бірлескен оқу-жаттығу өткізді") is material cooperation
  ['оқу-жаттығу', T('COOPERATE', 'joint', null, { noun: true })],
  ['бас', T('REJECT', 'to', null, { with: 'тарт' })], ['делдал', T('AGREE', 'to', null, { with: 'бол', negated: 'REJECT' })], ['мойындама', T('REJECT', 'to')], ['санкциялар', T('SANCTION', 'to', null, { noun: true })],
  ['санкция', T('SANCTION', 'to', null, { noun: true })], ['талап', T('REQUEST', 'to', null, { with: 'ет' })], ['өтініш', T('REQUEST', 'to', null, { noun: true })],
  ['сұрады', T('REQUEST', 'to')], ['кіру', T('REJECT', 'to', null, { noun: true })], ['мүше', T('SUPPORT', 'to', null, { with: 'бол' })], ['визасыз', T('COOPERATE', 'joint')],
] as [string, Trig][]).sort((a, b) => b[0].length - a[0].length);
// ("санкциялық режим" is an adjective, no sanctions imposed: "санкциялық" triggers only before "тізім"); "дайындық" is preparation, not readiness ("сапарға
// дайындықты талқылады"); "уағдаластықтарды", "уағдаластықтың" are agreements already reached, named as a noun
const NOT_TRIGGER = /^(?:сапарлас|көмекші|телефонда|дайындық|уағдаластық[а-яәғқңөұүһі])/;
const DOCS = /^(?:мәлімдеме|декларация|құжат|қарар|бағдарлама|жоспар|келісім|меморандум|шарт|хаттама)/;
/** The Astana format of talks on Syria (from 2017) and its guarantor states. */
const ASTANA_FORMAT = /астана\s+(?:формат|процес)/i;
const GUARANTORS = ['RUS', 'TUR', 'IRN'];
const HELD = /^(?:аяқталды|өтті|басталды|жалғасты)$/;
const GENERIC = /^(?:кепілгер|тараптар|көшбасшылар|басшылар|президенттер|министрлер|мемлекет)/;
const FUTURE = /(?:атын|етін|йтын|йтін|ады|еді|йды|йді|мақ|мек|бақ|бек|пақ|пек)(?:ы|і|ын|ін|ын)?$/;
const PAST = /(?:ды|ді|ты|ті|ған|ген|қан|кен)$/;
/**
 * a noun with the third-person possessive and an oblique case: "аумағының", "президенттігіне", "астанасында",
 * "провинциясындағы". (With
 * no case, "Қазақстан мен Қытай азаматтары", the possessed noun heads the subject, and its possessor acts.)
 */
const POSSESSED = /(?:ы|і|сы|сі)(?:н|на|не|нда|нде|ндағы|ндегі|ның|нің|нан|нен|мен)$/;
/** adverbs and adjectives that end like a possessed noun in a case: "Тоқаев жақында барған сапарында" (recently),
 * "Қазақстан жақын болашақта" (near), "Тоқаев бүгін" (today), "бұрын" (before), "кейін" (later) */
const ADVERB = /^(?:жақында|шынында|расында|жақын|бүгін|бұрын|кейін)$/;
/** endings of finite verbs and participles, which a possessive noun must not be read from: "кездесті", "барады" */
const VERBAL = /(?:ды|ді|ты|ті|ады|еді|йды|йді|ған|ген|қан|кен|атын|етін|йтын|йтін)$/;
/** verbs of a happening taking place, in the future: "саммит өтеді" schedules it */
const SCHEDULED = /^(?:өтеді|өтпек|өтетін|басталады|ұйымдастырылады)$/;

interface KkLexicon { first: Map<string, { words: string[]; entry: Entry }[]>; titles: string[]; ethnonyms: Map<string, string> }

let _lex: KkLexicon | null = null;
function lexicon(): KkLexicon {
  if (_lex) return _lex;
  const require = createRequire(import.meta.url);
  const file = JSON.parse(readFileSync(join(LEXICON_DIR, 'kk/names.json'), 'utf8')) as {
    people: Record<string, string>; organisations: Record<string, string[]>; names: Record<string, string[]>;
    cities: Record<string, string>; seats: Record<string, string>; blocs: Record<string, string>; titles: string[];
    adjectives: Record<string, string[]>;
  };
  const first = new Map<string, { words: string[]; entry: Entry }[]>();
  const add = (name: string, entry: Entry): void => {
    const words = (name.match(WORD) ?? []).map((w) => w.toLowerCase());
    if (!words.length) return;
    const k = words[0]!;
    first.set(k, [...(first.get(k) ?? []), { words, entry }].sort((a, b) => b.words.length - a.words.length));
  };
  const i18n = require('i18n-iso-countries') as { registerLocale(l: unknown): void; getNames(lang: string, o: { select: 'all' }): Record<string, string[]>; alpha2ToAlpha3(c: string): string | undefined };
  i18n.registerLocale(require('i18n-iso-countries/langs/kk.json'));
  for (const [a2, ns] of Object.entries(i18n.getNames('kk', { select: 'all' }))) {
    const code = i18n.alpha2ToAlpha3(a2);
    if (code) for (const n of ns) add(n, { code, person: false });
  }
  for (const [code, ns] of Object.entries(file.names)) for (const n of ns) add(n, { code, person: false });
  for (const [n, code] of Object.entries({ ...file.cities, ...file.seats })) add(n, { code, person: false });
  for (const [code, ns] of Object.entries(file.organisations)) for (const n of ns) add(n, { code, person: false });
  const blocs = (JSON.parse(readFileSync(join(LEXICON_DIR, 'blocs.json'), 'utf8')) as { blocs: { names: string[]; members: Member[] }[] }).blocs;
  for (const [kk, en] of Object.entries(file.blocs)) {
    const b = blocs.find((x) => x.names.includes(en));
    if (!b) throw new InputError(`data/lexicon/kk/names.json: blocs."${kk}" names "${en}", which is not in data/lexicon/blocs.json`, { where: { field: `blocs.${kk}` } });
    add(kk, { code: b.members[0]!.code, person: false, members: b.members });
  }
  const people = (JSON.parse(readFileSync(join(LEXICON_DIR, 'people.json'), 'utf8')) as { people: { name: string; code: string; from?: string; to?: string | null; title?: string }[] }).people;
  // (a leader's office by its Kazakh word, for the bare title that names him again: "Канцлер … алғыс айтты")
  const office = (t: { title?: string }): string | undefined => OFFICES[t.title ?? ''];
  // (each person's terms found once by name: the two loops below look up thousands of names)
  const termsOf = new Map<string, typeof people>();
  for (const p of people) { const list = termsOf.get(p.name); if (list) list.push(p); else termsOf.set(p.name, [p]); }
  for (const [kk, en] of Object.entries(file.people)) {
    const terms = termsOf.get(en) ?? [];
    if (!terms.length) throw new InputError(`data/lexicon/kk/names.json: people."${kk}" names "${en}", who is not in data/lexicon/people.json`, { where: { field: `people.${kk}` } });
    for (const t of terms) add(kk, { code: t.code, person: true, from: t.from, to: t.to ?? null, title: office(t) });
  }
  // Kazakh copy spells foreign leaders' names as Russian copy does ("Шольц", "Рубио", "Хаменеи"): the Russian pack's
  // names of people not named here are read too (not Kazakhstan's own, whose Kazakh spelling differs: "Нұртілеу")
  const ru = JSON.parse(readFileSync(join(LEXICON_DIR, 'ru/names.json'), 'utf8')) as { people: Record<string, string> };
  const known = new Set(Object.values(file.people));
  for (const [name, en] of Object.entries(ru.people)) {
    if (known.has(en)) continue;
    for (const t of (termsOf.get(en) ?? []).filter((p) => p.code !== 'KAZ')) add(name, { code: t.code, person: true, from: t.from, to: t.to ?? null, title: office(t) });
  }
  const ethnonyms = new Map<string, string>();
  for (const [code, ns] of Object.entries(file.adjectives)) for (const n of ns) ethnonyms.set(n.toLowerCase(), code);
  _lex = { first, titles: file.titles, ethnonyms };
  return _lex;
}

/** Nouns of a gathering, in whose framework ("саммиті аясында") other acts take place. */
const GATHERING = /^(?:саммит|отырыс|форум|сессия|кеңес|конференция|съезд|ассамблея)/;

/** Head nouns of a body (a ministry, a bank, an organisation, an agency) and the suffixes after them. */
const BODY = /^(министрлі[кг]|банк|ұйым|ведомство|агентті[кг])(.*)$/;

/** Investment: "инвестиция салды", or a sum "put" ("400 млн доллар салады"); CAMEO 061, material cooperation. */
const INVEST: [string, Trig] = ['сал', { type: 'COOPERATE', mode: null, frame: 'to', verb: true }];
const CURRENCY = /^(?:доллар|еуро|юань|рубль|теңге|фунт|иен)/;

/** Offices of people.json by the Kazakh word for them. */
const OFFICES: Record<string, string> = { President: 'президент', 'Federal President': 'президент', Chancellor: 'канцлер', 'Prime Minister': 'премьер-министр', Premier: 'премьер-министр', King: 'король', Emir: 'әмір' };
const OFFICE = /^(президент|канцлер|премьер-министр|король|әмір)(.*)$/;

/** Words for a side or its envoys, which an ethnonym or a state's adjective before them names. */
const SIDE = /^(?:тарап|әріптес|делегация)/;

/** Light verbs that carry a noun trigger ("көмек көрсетті", "қол қояды"), by stem: their suffix gives the tense. */
const LIGHT = ['көрсет', 'жібер', 'жүргіз', 'өткіз', 'бер', 'қой', 'айт', 'бөл', 'ал', 'жаса', 'ет', 'бол', 'тапсыр', 'кездес', 'қабылда', 'бар', 'кел']
  .sort((a, b) => b.length - a.length);

/**
 * The tense a verb's suffix gives after its stem: the past ("-ды/-ді/-ты/-ті", the participle "-ған/-ген"), the
 * present-future ("-а/-е/-й" + "-ды/-ді", the participle "-атын/-етін", the intention "-мақ/-мек") or null when
 * what follows the stem is no verbal suffix. A stem ending in "й" fuses with the future's vowel ("қой" → "қояды").
 * Only the stem tells "қолда-й-ды" (future) from "қой-ды" (past), so the stem is given, or found among the light verbs.
 */
export function kkTense(word: string, stem?: string): 'past' | 'future' | null {
  const st = stem ?? LIGHT.find((x) => word.startsWith(x) || (x.endsWith('й') && word.startsWith(x.slice(0, -1) + 'я')));
  if (!st) return null;
  let rest: string;
  if (word.startsWith(st)) rest = word.slice(st.length);
  else if (st.endsWith('й') && word.startsWith(st.slice(0, -1) + 'я')) rest = 'а' + word.slice(st.length);
  else return null;
  // (a negation, "-ма/-ме/-ба/-бе/-па/-пе", sits before the tense: "қоймады", "келмейді")
  rest = rest.replace(/^(?:ма|ме|ба|бе|па|пе)(?=й|д|с|ға|ге|йтын|йтін)/, '');
  // (the finite forms end the word; a participle takes case and possessive suffixes after it)
  if (/^(?:а|е|й)(?:ды|ді|мын|мін|мыз|міз|сыз|сіз)$/.test(rest) || /^(?:а|е|й)(?:тын|тін)/.test(rest) || /^(?:мақ|мек|бақ|бек|пақ|пек)/.test(rest)) return 'future';
  if (/^(?:ды|ді|ты|ті)(?:қ|к|м|ң|ңыз|ңіз)?$/.test(rest) || /^(?:ған|ген|қан|кен)/.test(rest) || /^(?:ып|іп|п)$/.test(rest)) return 'past';
  return null;
}

/** The word that tells a noun trigger's tense: the first verb of the three after it ("көмек пакетін мақұлдады"), else the next. */
function nextVerb(toks: Tok[], t: number): string {
  for (let k = t + 1; k <= t + 3; k++) {
    const x = toks[k];
    if (!x?.word) break;
    if (kkTense(x.f) || /(?:ды|ді|ты|ті|ады|еді|йды|йді)$/.test(x.f)) return x.f;
  }
  return toks[t + 1]?.word ? toks[t + 1]!.f : '';
}

/** Where a word's stem ends and its suffixes begin, for a stem that may drop its final vowel or add a hyphen. */
function restAfter(word: string, stem: string): string | null {
  if (!word.startsWith(stem)) return null;
  return word.slice(stem.length).replace(/^[-'’]/, '');
}

const isObserver = (x: Tok | undefined): boolean => !!x?.word && x.f.startsWith('бақылаушы');

/**
 * Observers attend a summit without being its parties, as in the Russian pack: a name followed by "бақылаушы
 * (ретінде)" ("Венгрия премьер-министрі бақылаушы ретінде қатысты"), or after it in its own phrase ("бақылаушы
 * мәртебесі бар Моңғолия"), with no punctuation between.
 */
function withoutObservers(toks: Tok[], ms: Mention[]): Mention[] {
  if (!toks.some(isObserver)) return ms;
  const near = (from: number, to: number) => {
    const span = toks.slice(Math.max(0, from), Math.max(0, to));
    return span.every((x) => x.word) && span.some(isObserver);
  };
  return ms.filter((m) => !near(m.end, m.end + 2) && !near(m.start - 3, m.start));
}

/** Mentions with those coordinated before them ("А, Б және В"), nothing but commas and "және/мен" between. */
function coordinated(toks: Tok[], ms: Mention[], picked: Mention[]): Mention[] {
  const out = new Set(picked);
  for (let k = ms.length - 1; k > 0; k--) {
    const b = ms[k]!, a = ms[k - 1]!;
    if (!out.has(b)) continue;
    const between = toks.slice(a.end, b.start).map((x) => x.f);
    if (between.length >= 1 && between.length <= 2 && between.every((x) => [',', 'және', 'мен', 'бен', 'пен'].includes(x))) out.add(a);
  }
  return [...out];
}

/** The partner's word in a meeting (its instrumental name): meetings with two hosts of one visit are two. */
function partnerWord(toks: Tok[], ms: Mention[]): string | undefined {
  const m = ms.find((x) => x.role === 'ins');
  return m ? toks.slice(m.start, m.end).map((x) => x.f).join(' ') : undefined;
}

export class KazakhCoder implements Coder {
  readonly name = 'rules-kk';
  private readonly lex = lexicon();

  code(doc: Doc): CodedEvent[] {
    const out: CodedEvent[] = [];
    const seen = new Set<string>();
    let date: string | null = null;
    let parties: string[] = [];
    let orgs: string[] = [];
    let location: string | null = null;
    const st = { aider: [] as string[], last: [] as string[] };
    let visit: { actor: string[]; host: string } | null = null;
    let format = false;
    // (the bodies named so far by their head noun's first letters: "банк" -> ADB)
    const bodies = new Map<string, string[]>();
    // (the leaders named so far by their office: "канцлер" -> DEU)
    const offices = new Map<string, string[]>();
    // (whether the parties are a summit's, for participants named in a later sentence)
    let summit = false;
    let idx = 0;
    for (const sent of ruSentences(doc.text)) {
      const i = idx++;
      const d = kkDate(sent.text, doc.date, date && date.length === 10 ? date : null);
      // a date after the story's ("келесі саммитті 2024 жылы өткізуге келісті") is what was promised, not when
      const ahead = !!(d && doc.date && d > doc.date.slice(0, d.length));
      if (d && !ahead) date = d;
      const evDate = date ?? (doc.date ? doc.date.slice(0, 7) : null);
      const toks = (sent.text.match(new RegExp(`${WORD.source}|[^\\s]`, 'g')) ?? []).map((s): Tok => ({ s, f: s.toLowerCase(), cap: /^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]/.test(s), word: /[^\s\p{P}]/u.test(s) }));
      const raw = this._mentions(toks, doc.date ?? null);
      const ms = withoutObservers(toks, raw);
      // "Азия даму банкі … Сол күні банк …", "Қазақстан Сыртқы істер министрлігі … Министрлік …": a body's head noun
      // alone, with no name, adjective or possessor before it, is the body last named with it
      toks.forEach((x, k) => {
        const b = BODY.exec(x.f);
        const prev = toks[k - 1];
        const codes = b && bodies.get(b[1]!.slice(0, 5));
        if (!b || !codes || ms.some((m) => (m.start <= k && k < m.end) || m.end === k)) return;
        if (prev?.word && (prev.cap || /(?:ның|нің|дың|дің|тың|тің|лық|лік|дық|дік|тық|тік)$/.test(prev.f))) return;
        const role = suffixCase(b[2]!);
        if (role && role !== 'adj') ms.push({ start: k, end: k + 1, codes: [...codes], role, person: false, titled: true });
      });
      for (const m of ms) for (const x of toks.slice(m.start, m.end + 1)) {
        const b = BODY.exec(x.f);
        if (b && !m.person) bodies.set(b[1]!.slice(0, 5), m.codes);
      }
      ms.sort((a, b) => a.start - b.start);
      // "Си Цзиньпин өңір елдеріне … беретінін мәлімдеді": the region's states, in a story of a summit, are its parties
      // that are states
      const region = parties.filter((c) => !IGOS.has(c));
      if (region.length > 2) {
        toks.forEach((x, k) => {
          const n = /^(?:елдер|мемлекеттер)(.*)$/.exec(toks[k + 1]?.f ?? '');
          const role = n && x.f === 'өңір' ? suffixCase(n[1]!) : null;
          if (role && role !== 'adj' && !ms.some((m) => m.start <= k + 1 && k <= m.end - 1)) ms.push({ start: k, end: k + 2, codes: [...region], role, person: false, titled: true });
        });
        ms.sort((a, b) => a.start - b.start);
      }
      // "Канцлер Олаф Шольц … Канцлер Қазақстанға алғыс айтты": an office's word alone, with no name before or after it,
      // is the one last named who holds it
      toks.forEach((x, k) => {
        const o = OFFICE.exec(x.f);
        const codes = o && offices.get(o[1]!);
        const prev = toks[k - 1];
        const next = toks[k + 1];
        if (!o || !codes || ms.some((m) => (m.start <= k && k < m.end) || m.end === k || (m.start === k + 1 && m.person))) return;
        if (prev?.word && (prev.cap || /(?:ның|нің|дың|дің|тың|тің|лық|лік|дық|дік|тық|тік)$/.test(prev.f))) return;
        if (next?.word && next.cap && !ms.some((m) => m.start === k + 1)) return;
        // (one holder: "президенттері", the presidents, are the parties told)
        const role = /^(?:тер|дер|лар|лер)/.test(o[2]!) ? null : suffixCase(o[2]!);
        if (role && role !== 'adj') ms.push({ start: k, end: k + 1, codes: [...codes], role, person: true, titled: true });
      });
      for (const m of ms) if (m.title) offices.set(m.title, m.codes);
      // "Путин қонақты … құттықтады": the guest (one, "қонақ" in any case) is the visitor of the visit told
      if (visit) {
        toks.forEach((x, k) => {
          const g = /^қонақ(ты|қа|пен|тың|)$/.exec(x.f);
          if (g && visit && !ms.some((m) => m.start <= k && k < m.end)) ms.push({ start: k, end: k + 1, codes: [...visit.actor], role: suffixCase(g[1]!) ?? 'nom', person: true, titled: true });
        });
        ms.sort((a, b) => a.start - b.start);
      }
      const place = ms.find((m) => m.role === 'loc' && !m.person && !m.codes.some((c) => IGOS.has(c)))?.codes[0] ?? null;
      // (the place of the next gathering of a series, "Келесі саммит Қазақстанда өтеді", is not where the story is)
      const promised = toks.some((x, k) => /^келесі/.test(x.f) && /^(?:саммит|отырыс|кездес|келіссөз|форум|сессия)/.test(toks[k + 1]?.f ?? ''));
      if (place && !promised) location = place;
      const money = ruMoney(sent.text);
      // the organisation of a gathering named, even one only scheduled ("ҰҚШҰ саммиті өтеді"), for later refusals of it
      const igoHere = ms.flatMap((m) => m.codes).filter((c) => IGOS.has(c));
      if (igoHere.length && toks.some((x) => /^(?:саммит|отырыс)/.test(x.f))) orgs = [...new Set(igoHere)];
      const here = new Set<string>();
      // a round of the Astana format held ("Сирия бойынша Астана форматындағы келіссөздердің раунды аяқталды") is
      // mediation (spec rule 5): its guarantors and the state it is about, hosted by Kazakhstan
      if (ASTANA_FORMAT.test(sent.text)) format = true;
      if (ASTANA_FORMAT.test(sent.text) && toks.some((x) => /^(?:келіссөз|раунд)/.test(x.f)) && toks.some((x) => HELD.test(x.f))) {
        const about = ms.filter((m) => m.role === 'abl' && !m.person).flatMap((m) => m.codes).filter((c) => !IGOS.has(c) && c !== 'KAZ');
        const actor = [...new Set([...GUARANTORS, ...about])];
        parties = [...actor, 'KAZ'];
        seen.add(`CONSULT|third-party|${[...actor].sort()}|KAZ`);
        out.push({
          doc: doc.id, sentence: i, text: sent.text, event_type: 'CONSULT', mode: 'third-party', context: ['diplomatic'],
          actor, recipient: ['KAZ'], date: evDate, location: 'KAZ', value: null, cameo: null, span: { start: sent.start, end: sent.start + sent.text.length },
        });
        continue;
      }
      // "Түрікменстан ұйымда бақылаушы мәртебесін алды": a state granted observer, partner or member status in an
      // organisation supports it, as joining does (spec rule 3); the organisation named or the one whose summit is told
      const status = toks.findIndex((x, k) => /^мәртебе/.test(x.f) && /^(?:бақылаушы|серіктес|мүше|диалог)/.test(toks[k - 1]?.f ?? '') &&
        /^(?:алды|алған|берілді|ие)$/.test(toks[k + 1]?.f ?? ''));
      if (status > 0) {
        const org = [...new Set(ms.flatMap((m) => m.codes).filter((c) => IGOS.has(c)))];
        const rec = org.length ? org : orgs;
        const by = [...new Set(raw.filter((m) => (m.role === 'nom' || (m.role === 'dat' && toks[status + 1]!.f === 'берілді')) && m.end <= status).flatMap((m) => m.codes))].filter((c) => !IGOS.has(c));
        if (by.length && rec.length && !seen.has(`SUPPORT|status|${by}|${rec}`)) {
          seen.add(`SUPPORT|status|${by}|${rec}`);
          out.push({
            doc: doc.id, sentence: i, text: sent.text, event_type: 'SUPPORT', mode: null, context: ['diplomatic'], actor: by, recipient: rec,
            date: evDate, location, value: null, cameo: null, span: { start: sent.start, end: sent.start + sent.text.length },
          });
          continue;
        }
      }
      // ("кепілгер елдер", the guarantor states of a story of the format, are its guarantors)
      const sides = format && toks.some((x) => x.f.startsWith('кепілгер')) ? GUARANTORS : parties;
      // ("Оған … қатысты": who took part in the mediated talks already told adds no meeting; a summit's list of
      // participants is merged into the summit at the end)
      const anaphoric = /^(?:оған|онда)$/.test(toks[0]?.f ?? '') && out.some((e) => e.event_type === 'CONSULT' && e.mode === 'third-party');
      for (const ev of this._events(toks, ms, sides, location, orgs, st, visit)) {
        if (anaphoric && ev.type === 'CONSULT') continue;
        if (ev.type === 'CONSULT' && ev.mode === 'visit') visit = { actor: ev.actor, host: ev.recipient[0] ?? '' };
        // (a sentence naming more of a summit's participants adds them to the summit's parties, its organisation kept)
        // ("Саммитке Қырғызстан … президенттері де қатысты": with no organisation, the summit taken up in the dative, by
        // "оған", or the participants added by "де/да/та/те", also)
        const also = toks.some((x, k) => k > 0 && /^(?:де|да|та|те)$/.test(x.f)) || /^(?:саммитке|оған|кездесуге|форумға|отырысқа)$/.test(toks[0]?.f ?? '');
        const more = ev.mode === 'multilateral' && (parties.some((c) => IGOS.has(c)) || (summit && also)) && ev.actor.every((c) => !IGOS.has(c));
        if (ev.type === 'CONSULT' && ev.actor.length + ev.recipient.length > 1) {
          parties = [...new Set([...(more ? parties : []), ...ev.actor, ...ev.recipient])];
          summit = ev.mode === 'multilateral';
        }
        if (ev.type === 'CONSULT' && ev.mode === 'multilateral' && ev.actor.some((c) => IGOS.has(c))) orgs = ev.actor.filter((c) => IGOS.has(c));
        // (a congratulation and a later thanks between the same sides are two acts; a thanks told twice is one)
        const base = `${ev.type}|${ev.mode}|${[...ev.actor].sort()}|${[...ev.recipient].sort()}`;
        const key = ev.act ? `${base}|${ev.act}` : base;
        if (ev.recipient.length) st.last = [...ev.recipient];
        // (a meeting with a named host in the sentence that tells the visit is that visit, not a second meeting)
        if (seen.has(key) || (ev.act && here.has(base))) continue;
        seen.add(key);
        seen.add(base);
        here.add(base);
        out.push({
          doc: doc.id, sentence: i, text: sent.text, event_type: ev.type, mode: ev.mode, context: ['diplomatic'],
          actor: ev.actor, recipient: ev.recipient, date: evDate, location: ev.location,
          value: (ev.money ?? money) && ['AID', 'SUPPORT', 'AGREE', 'COOPERATE'].includes(ev.type) ? ev.money ?? money : null, cameo: null,
          span: { start: sent.start, end: sent.start + sent.text.length }, ...(ev.confidence ? { confidence: ev.confidence } : {}),
        });
      }
    }
    return mergeSummit(out, /қатыс/i);
  }

  private _mentions(toks: Tok[], day: string | null): Mention[] {
    const out: Mention[] = [];
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (!t.word) continue;
      const stem = t.f.split(/[-'’]/)[0]!;
      let hit: { end: number; entry: Entry; kase: Case } | null = null;
      for (const cand of this.lex.first.get(stem) ?? this.lex.first.get(t.f) ?? this._byPrefix(t.f)) {
        const n = cand.words.length;
        if (i + n > toks.length) continue;
        let ok = true;
        for (let k = 0; k < n - 1; k++) if (toks[i + k]!.f !== cand.words[k]) { ok = false; break; }
        if (!ok) continue;
        const rest = restAfter(toks[i + n - 1]!.f, cand.words[n - 1]!);
        const kase = rest === null ? null : suffixCase(rest);
        if (!kase) continue;
        if (kase !== 'adj' && !t.cap) continue;
        // (a name held by several office-holders, or one person in two offices, is the one in office on the day:
        // "Шарль Мишель" led Belgium's government, then the European Council)
        const inTerm = (e: Entry): boolean => !e.person || !day || ((e.from ?? '') <= day && (!e.to || e.to >= day));
        if (hit && !inTerm(cand.entry)) continue;
        hit = { end: i + n, entry: cand.entry, kase };
        if (inTerm(cand.entry)) break;
      }
      if (!hit) continue;
      // the phrase runs on over titles and names to its head, whose suffix is the phrase's case
      let end = hit.end;
      let kase = hit.kase;
      // (a name already in an oblique case ends its phrase: "ШЫҰ-ға төрағалығын" is chairmanship of the SCO, no SCO)
      while (end < toks.length && toks[end]!.word && ['nom', 'gen', 'adj'].includes(hit.kase)) {
        const w = toks[end]!;
        const title = this.lex.titles.find((x) => w.f.startsWith(x));
        if (!title && !w.cap) break;
        if (!title) break;
        // (a noun made from the title, "министрлігінің", "төрағалығын", takes its case after "-лық/-лік")
        const c = suffixCase(w.f.slice(title.length).replace(/^(?:лы[ғқ]|лі[гк]|ды[ғқ]|ді[гк]|ты[ғқ]|ті[гк])(?=[ыі])/, ''));
        // "мемлекеттік сапармен": an adjective starts a phrase of its own
        if (c === 'adj') break;
        kase = c ?? 'nom';
        end++;
      }
      // "Түркия Сыртқы істер министрі Хакан Фиданды": a titled phrase runs on over a name the lexicon lacks (up to
      // three capitalised words), whose distinctive case ending, if any, is the phrase's
      if (end > hit.end && kase === 'nom') {
        let k = end;
        while (k < end + 3 && toks[k]?.word && toks[k]!.cap && !this.lex.first.has(toks[k]!.f) && !this._byPrefix(toks[k]!.f).length) k++;
        if (k > end) {
          const last = toks[k - 1]!.f;
          const m = /(?:мен|бен|пен|ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|ды|ді|ты|ті|ны|ні)$/.exec(last);
          const c = m && last.length >= m[0].length + 3 ? suffixCase(m[0]) : null;
          if (c) kase = c;
          end = k;
        }
      }
      // "АҚШ президенттігіне", "Ресей аумағының": a bare name before a lower-case noun with a possessive and an
      // oblique case suffix modifies that noun (the izafet): it is no subject
      const next = toks[end];
      if (kase === 'nom' && next?.word && !next.cap && POSSESSED.test(next.f) && !ADVERB.test(next.f) && !VERBAL.test(next.f) && (GATHERING.test(next.f) || !TRIGGERS.some(([st]) => next.f.startsWith(st)))) kase = 'gen';
      const codes = hit.entry.members ? hit.entry.members.filter((m) => !day || ((m.from ?? '') <= day && (!m.to || m.to >= day))).map((m) => m.code) : [hit.entry.code];
      // "БҰҰ Бас Ассамблеясы аясында": a framework or venue, not a party
      // (with the gathering's own name between: "БҰҰ Бас Ассамблеясы аясында")
      // (or a gathering's noun: "ШЫҰ саммиті аясында", "БҰҰ Бас Ассамблеясының сессиясы шеңберінде")
      const venue = [0, 1, 2].some((k) => /^(?:аясында|аясындағы|шеңберінде)$/.test(toks[end + k]?.f ?? '') && toks.slice(end, end + k).every((x) => x.word && (x.cap || GATHERING.test(x.f)) && !this.lex.first.has(x.f)));
      // "Сирия бойынша келіссөздер": the state a matter concerns is its topic, no party to the act
      const topic = toks[end]?.f === 'бойынша' && !hit.entry.person;
      // "Ислам ынтымақтастығы ұйымы арқылы": the channel an act goes through is no party to it
      const channel = [0, 1, 2].some((k) => toks[end + k]?.f === 'арқылы' && toks.slice(end, end + k).every((x) => x.word && x.cap));
      // "Қазақстанда тіркелген компаниялар": companies registered in a state are its own, no place
      const registered = kase === 'loc' && /^тіркел/.test(toks[end]?.f ?? '');
      out.push({ start: i, end, codes, role: venue || channel || topic ? 'abl' : kase === 'adj' || registered ? 'gen' : kase, person: hit.entry.person, titled: end > hit.end, ...(hit.entry.title ? { title: hit.entry.title } : {}) });
      i = hit.end - 1;
    }
    // "украин тарапы", "қырғыз әріптесіне", "жапон делегациясы": an ethnonym before a word for a side acts for its
    // state, and an adjective of a state before one ("қазақстандық тарап") heads its phrase; the side's case is theirs
    for (let i = 0; i < toks.length - 1; i++) {
      const side = SIDE.exec(toks[i + 1]!.f);
      if (!side || !toks[i + 1]!.word) continue;
      const c = suffixCase(toks[i + 1]!.f.slice(side[0].length));
      if (!c || c === 'adj') continue;
      const had = out.find((m) => m.end === i + 1 && m.role === 'gen' && m.start === i);
      if (had) { had.role = c; had.end = i + 2; continue; }
      const code = this.lex.ethnonyms.get(toks[i]!.f);
      if (code && !out.some((m) => m.start <= i && i < m.end)) out.push({ start: i, end: i + 2, codes: [code], role: c, person: false, titled: true });
    }
    // "Үкімет", "үкіметтік комиссия", "облыс әкімдігімен": with no state named before them, the government and the
    // regional administrations (akimats) of the Kazakh press are Kazakhstan's
    for (let i = 0; i < toks.length; i++) {
      const st = /^(?:үкімет|әкімдіг|әкімдік|әкім)/.exec(toks[i]!.f);
      // (not the government of a state or city just named: "Ресей үкіметі", "Бішкек қаласының әкімі")
      if (!st || out.some((m) => (m.start <= i && i < m.end) || m.end === i || (m.role === 'gen' && m.end >= i - 2 && m.end <= i))) continue;
      if (toks.slice(Math.max(0, i - 2), i).some((x, k) => x.cap && i - 2 + k > 0)) continue;
      let c = suffixCase(toks[i]!.f.slice(st[0].length));
      // ("үкіметтік комиссия": the adjective takes the case of the body it names; "үкіметтік емес" is no government)
      if (c === 'adj') {
        const body = this.lex.titles.find((x) => toks[i + 1]?.f.startsWith(x));
        c = body ? suffixCase(toks[i + 1]!.f.slice(body.length).replace(/^(?:сы|сі|ы|і)/, '')) : null;
      }
      if (!c || c === 'adj') continue;
      out.push({ start: i, end: i + 1, codes: ['KAZ'], role: c, person: false, titled: true });
    }
    // "Мемлекет басшысы" with no state before it is the head of the state whose press writes in Kazakh
    for (let i = 0; i < toks.length - 1; i++) {
      // (one head of state, "басшысы"; "мемлекет басшылары" are the heads of the states told)
      if (toks[i]!.f !== 'мемлекет' || !toks[i + 1]!.f.startsWith('басшысы') || out.some((m) => m.end === i || (m.start <= i && i < m.end))) continue;
      if (/(?:ның|нің|дың|дің|тың|тің)$/.test(toks[i - 1]?.f ?? '')) continue;
      const c = suffixCase(toks[i + 1]!.f.slice('басшы'.length).replace(/^с/, ''));
      out.push({ start: i, end: i + 2, codes: ['KAZ'], role: c === 'adj' || !c ? 'nom' : c, person: true, titled: true });
    }
    out.sort((a, b) => a.start - b.start);
    // "Тоқаев ресейлік тарап ұсынған орденді қабылдамады", "Ресейлік тарап ұсынған орденнен Тоқаев бас тартты": a name in
    // the nominative right before a participle and the noun it qualifies, in a sentence that has another subject
    // before or after it, is the agent of that relative clause (the order the Russian side offered): it qualifies the
    // noun like a possessor and is no second subject of the main verb (not a finite pluperfect, "келген болатын", nor
    // a sentence's only subject, "Тоқаев барған сапарында"). One pass to mark the agents, one to demote them.
    const agent = out.map((m) => {
      if (m.role !== 'nom') return false;
      // (over a word for a side left after the name: "Қытай тарапы ұсынған бастама")
      const at = SIDE.test(toks[m.end]?.f ?? '') && suffixCase(toks[m.end]!.f.replace(SIDE, '')) === 'nom' ? m.end + 1 : m.end;
      const part = toks[at];
      const head = toks[at + 1];
      if (!part?.word || part.cap || !/(?:ған|ген|қан|кен)$/.test(part.f) || !head?.word) return false;
      if (/^(?:болатын|болған|болды|еді|екен|жоқ|емес)$/.test(head.f)) return false;
      // (a subject coordinated with the one before, "Ресей мен Қытай бірлескен мәлімдемеге", is a subject too)
      return !/^(?:мен|пен|бен|және|әрі|,)$/.test(toks[m.start - 1]?.f ?? '') && part.f !== 'бірлескен';
    });
    // (another subject: a nominative that is no such agent, anywhere, or an agent before this one that stayed one)
    const mains = out.filter((m, k) => m.role === 'nom' && !agent[k]).length;
    let before = false;
    out.forEach((m, k) => {
      if (!agent[k]) return;
      if (mains > 0 || before) m.role = 'gen';
      else before = true;
    });
    // a phrase that runs into the next name is that name's: "Ресей Президенті Владимир Путинмен"
    for (let k = out.length - 2; k >= 0; k--) {
      const a = out[k]!, b = out[k + 1]!;
      // (only into a person's name: "Қазақстан Үкіметі Қырғызстанға" is the government acting on another state)
      if (a.titled && a.role === 'nom' && b.person && b.start >= a.end && toks.slice(a.end, b.start).every((x) => x.cap)) a.role = b.role;
    }
    // "Путин мен Ердоған", "Қазақстан және Қытай": coordinated names share the last one's role
    for (let k = out.length - 2; k >= 0; k--) {
      const a = out[k]!, b = out[k + 1]!;
      const between = toks.slice(a.end, b.start).map((x) => x.f);
      // (a state in the genitive before a title and a person's name is that person's possessor, the person's case the
      // phrase's: "Мирзиёев және Түрікменстанның Халық Маслахатының төрағасы Бердімұхамедов қатысты")
      const c = out[k + 2];
      const role = b.role === 'gen' && c?.person && c.start > b.end && c.start - b.end <= 4 &&
        toks.slice(b.end, c.start).every((x) => x.word && (x.cap || this.lex.titles.some((ti) => x.f.startsWith(ti)))) ? c.role : b.role;
      if (between.length >= 1 && between.length <= 2 && between.every((x) => x === 'мен' || x === 'және' || x === ',' || x === 'бен' || x === 'пен')) a.role = role;
      // "Орталық Азияның бес мемлекетінің және Германияның көшбасшылары": a possessor's own genitive noun phrase
      // coordinated with the next possessor
      else if (a.role === 'gen' && b.role === 'nom' && between.length >= 2 && between.length <= 4 && /^(?:және|мен)$/.test(between[between.length - 1]!) &&
        /(?:ның|нің|дың|дің|тың|тің)$/.test(between[between.length - 2]!) && toks.slice(a.end, b.start - 1).every((x) => x.word && !x.cap)) a.role = b.role;
    }
    return out;
  }

  private _byPrefix(word: string): { words: string[]; entry: Entry }[] {
    // a one-word name glued to its suffixes ("Қазақстанға", "АҚШ-тың"): try its shorter prefixes
    for (let n = word.length - 1; n >= 2; n--) {
      const c = this.lex.first.get(word.slice(0, n));
      if (c) return c;
    }
    return [];
  }

  private _events(toks: Tok[], ms: Mention[], parties: string[], location: string | null, orgs: string[] = [], st: { aider: string[]; last?: string[] } = { aider: [] }, visit: { actor: string[]; host: string } | null = null): Ev[] {
    const out: Ev[] = [];
    const codes = (r: Case[]): string[] => [...new Set(ms.filter((m) => r.includes(m.role)).flatMap((m) => m.codes))];
    let subj = codes(['nom']);
    const generic = toks.some((x) => GENERIC.test(x.f));
    if (!subj.length && generic) subj = [...parties];
    const partners = codes(['ins']);
    const dats = codes(['dat']);
    const accs = codes(['acc']);
    const gens = codes(['gen']);
    const loc = ms.find((m) => m.role === 'loc' && !m.person && !m.codes.some((c) => IGOS.has(c)))?.codes[0] ?? location;
    let nounFired = false;
    for (let t = 0; t < toks.length; t++) {
      const w = toks[t]!.f;
      if (NOT_TRIGGER.test(w)) continue;
      // ("Ресей қорға 400 млн доллар салады": a sum "put" into something is invested)
      const hit = TRIGGERS.find(([stem]) => w.startsWith(stem)) ?? (CURRENCY.test(toks[t - 1]?.f ?? '') && w.startsWith('сал') && kkTense(w, 'сал') ? INVEST : undefined);
      if (!hit) continue;
      const def = hit[1];
      if (def.verb && !kkTense(w, hit[0])) continue;
      // (the light verb in any tense: "қол қойды", "қол қояды")
      const light = lightOf(def, toks[t + 1]?.f);
      if (def.with && !light) continue;
      // "несие беру туралы келісімге қол қойды": what an agreement signed is about is its content, no act of its own
      const about = toks.findIndex((x, k) => k > t && k <= t + 2 && x.f === 'туралы');
      if (about > 0 && def.type !== 'CONSULT' && !def.with?.includes('қой') && /^(?:келісім|меморандум|шарт|хаттама)/.test(toks[about + 1]?.f ?? '') && toks.slice(about + 1, about + 4).some((x) => /^қол$/.test(x.f))) continue;
      // "көмек көрсеткені үшін алғыс айтты": what thanks are given for is no act of its own
      if (hit[0] !== 'алғыс' && toks.slice(t + 1, t + 3).some((x) => x.f === 'үшін')) continue;
      if (def.noun && (nounFired || out.length)) continue;
      // "келіссөз қорытындысы бойынша", "саммит барысында", "кездесуден кейін": a happening already told, referred to
      if (def.type === 'CONSULT' && /^(?:қорытынды|барысы|кезін|аясын|кейін$|соң$|соңын)/.test(toks[t + 1]?.f ?? '')) continue;
      // "саммит декларациясына": a happening naming a document is no happening; "Отырыста …", "саммитте": the setting
      // of another act
      if (def.type === 'CONSULT' && def.noun && (DOCS.test(toks[t + 1]?.f ?? '') || suffixCase(w.slice(hit[0].length).replace(/^(?:тер|тар|лер|лар)/, '')) === 'loc')) continue;
      // "туған күнімен", "Наурыз мейрамымен", "30 жылдығымен құттықтады": a courtesy greeting, no event (as in Russian)
      if (hit[0] === 'құттықта' && toks.slice(Math.max(0, t - 3), t).some((x) => /^(?:күн|мереке|мейрам|жылдығ|мерейто|жыл|наурыз)\S*(?:мен|бен|пен)$/.test(x.f))) continue;
      // "Құттықтау хатта …": what the letter told of, the congratulation already told
      if (hit[0] === 'құттықта' && toks[t + 1]?.f.startsWith('хат')) continue;
      // "кездесулерді жалғастыруға": meetings as a verbal noun, object of another verb
      if (hit[0] === 'кездес' && /^кездесу(?:лер|лар)?(?:ді|ды|ге|ға|ін|ын)$/.test(w)) continue;
      // "Кездесуде … таңданыс білдірді": a meeting in the locative is the setting of the act told, a meeting told already
      if (hit[0] === 'кездес' && /^кездесу(?:лер|лар)?(?:і|)(?:нде|де)$/.test(w)) continue;
      // "Қазақстанға сапармен келуге шақырды": the visit invited to is the invitation's content
      if (def.type === 'CONSULT' && def.noun && /^(?:келуге|баруға)$/.test(toks[t + 2]?.f ?? '')) continue;
      // an arrival told with taking part in a gathering ("…қатысты, ал Венгрия атынан … келді") is that participation
      if (def.frame === 'visit' && !def.noun && out.some((e) => e.type === 'CONSULT' && e.mode === 'multilateral')) continue;
      // "БРИКС-ке кіруді қарастырмайды": joining, declined by the negated verb after it, rejects the organisation
      if (hit[0] === 'кіру' && !/(?:ма|ме|ба|бе|па|пе)(?:йды|йді|ды|ді|йтын|йтін)/.test(toks[t + 1]?.f ?? '')) continue;
      // "Бейсенбі күні Астанада ҰҚШҰ саммиті өтеді", "Келесі кездесу Тәжікстанда өтеді": scheduled, not held
      // ("Келесі саммит 2025 жылы Қазақстанда өтеді": the next one of a series, announced, is promised by its parties)
      const nextOne = def.type === 'CONSULT' && /^келесі/.test(toks[t - 1]?.f ?? '');
      if (def.noun && !nextOne && toks.some((x) => SCHEDULED.test(x.f))) continue;
      // "саммит өтуі тиіс еді" (was to be held), "сапарынан бас тартты", "сапардан оралды": a gathering only due, or
      // one refused or returned from, is not held here
      if (def.type === 'CONSULT' && def.noun && (toks.some((x) => x.f === 'тиіс') || suffixCase(w.slice(hit[0].length)) === 'abl')) continue;
      // "саммитке" (to the summit) is a destination, "саммит жалғасады" a continuation: neither is a new happening
      if (def.noun && (suffixCase(w.slice(hit[0].length)) === 'dat' || toks.some((x) => x.f.startsWith('жалғас')))) continue;
      const verb = def.with ? toks[t + 1]!.f : w;
      const negated = /(?:ма|ме|ба|бе|па|пе)(?:ды|ді|йды|йді|ған|ген|йтын|йтін)/.test(verb.slice(light ? light.length : hit[0].length)) || toks[t + 1]?.f === 'жоқ';
      // sanctions are imposed, extended or tightened ("санкциялар енгізді", "санкция салды"); sanctions evaded or
      // discussed ("санкцияларды айналып өту") are no sanction
      if (def.type === 'SANCTION' && def.noun && !toks.slice(t + 1, t + 4).some((x) => /^(?:енгіз|сал|қолдан|кеңейт|ұзарт|күшейт)/.test(x.f))) continue;
      // "Италияға сапармен келген Президент … Маттарелламен кездесті": the arrival in a participle sets the scene of
      // the meeting the sentence tells, one visit
      if (def.frame === 'visit' && !def.noun && /(?:ған|ген|қан|кен)$/.test(w) && toks.slice(t + 1).some((x) => /^(?:кездес|келіссөз)/.test(x.f))) continue;
      if (hit[0] === 'шақыртт' && !toks.some((x) => /^(?:елші|дипломат|уақытша сенімді)/.test(x.f))) continue;
      let type = def.type;
      let mode = def.mode;
      if (hit[0] === 'наразылық' && /^акция/.test(toks[t + 1]?.f ?? '')) { type = 'PROTEST'; mode = null; }
      if (negated) { if (!def.negated) continue; type = def.negated; mode = null; }
      if (hit[0] === 'шақыр') {
        // "Мирзиёевтің шақыруымен … барды": the invitation a visit was made at, no act of its own
        if (/^шақыру(?:ы|)мен$/.test(w)) continue;
        // "Киевті … жол бермеуге шақырды" calls on it to act (REQUEST); "Мәскеуге келуге шақырды" invites (AGREE)
        const prev = toks[t - 1]?.f ?? '';
        // (a name in the dative is where the invitation is to: "Мәскеуге шақырды")
        if (/(?:уге|уға|ге|ға)$/.test(prev) && /(?:у|ю)(?:ге|ға)$/.test(prev) && !/^(?:келу|бару|қатысу)/.test(prev) && !toks[t - 1]?.cap) type = 'REQUEST';
      }
      // (a refusal told in the future, "қатыспайтынын мәлімдеді", is a refusal still; "Келесі күні" is the next day
      // of a story told, no plan)
      // (a noun's tense is its verb's, the word after it: "көмек жіберді" was sent, though "көмек" ends like a future)
      // (over a noun it heads, "көмек пакетін мақұлдады": the first of the next words that is a verb, else the next word)
      const tensed = def.noun && !def.with ? nextVerb(toks, t) : verb;
      // (aid announced, "көмек бөлетінін мәлімдеді", is aid allocated, as the sets code it)
      const announced = type === 'AID' && toks.some((x) => x.f.startsWith('мәлімде'));
      // (the tense by the verb's own stem where it is known: "көрсетеді" is ahead though it ends as a past does)
      const stemTense = kkTense(tensed, def.verb || (!def.noun && !def.with) ? hit[0] : light);
      // (a speech act in the present is said now, "талап етеді", "айыптайды": only acts done later are promised)
      const doneLater = ['CONSULT', 'AID', 'COOPERATE'].includes(def.type) || def.frame === 'joint';
      // (a stance reported in the present participle, "қолдайтынын айтты", is held now, not promised)
      const reported = /(?:тын|тін)(?:ын|ін)$/.test(tensed);
      const ahead = stemTense && doneLater ? stemTense === 'future' : FUTURE.test(tensed) && !PAST.test(tensed) && !reported;
      // "марапаттау жоспарланбағанын мәлімдеді": an act denied to be planned is none
      if (toks.some((x) => /^жоспарла(?:н)?(?:ма|ба|па)/.test(x.f))) continue;
      const intent = type !== 'AGREE' && type !== 'REJECT' && !negated && !announced && (ahead || toks.some((x, i) => /^(?:ниет|дайын(?!дық)|жоспарла)/.test(x.f) || (/^келесі/.test(x.f) && toks[i + 1]?.f !== 'күні')));
      let ev: Ev | null = null;
      // "Беларусь ұйымның оныншы толық мүшесі болды": joining an organisation is SUPPORT of it
      if (def.type === 'SUPPORT' && hit[0] === 'мүше') {
        const org = gens.filter((c) => IGOS.has(c));
        const rec = org.length ? org : toks.some((x) => x.f.startsWith('ұйым')) ? parties.filter((c) => IGOS.has(c)) : [];
        const actor = subj.filter((c) => !rec.includes(c));
        if (actor.length && rec.length) out.push({ type: 'SUPPORT', mode: null, actor, recipient: rec, location: loc });
        continue;
      }
      switch (def.frame) {
        case 'meet': {
          let ps = [...new Set([...subj, ...partners])];
          // "… басшылары мен Еуропалық кеңес төрағасының алғашқы кездесуі": a meeting's genitives are who met
          // (with the names coordinated before them: "Қазақстан, Қырғызстан және Қытай басшыларының саммиті")
          if (/(?:уі|ы|і)$/.test(w) && mode !== 'phone') ps = [...new Set([...ps, ...coordinated(toks, ms, ms.filter((m) => m.role === 'gen' && m.end <= t && m.end >= t - 3)).flatMap((m) => m.codes)])];
          if (ps.length < 2) ps = [...new Set([...ps, ...gens])];
          // "… Цинхай провинциясының делегациясымен кездесті": the delegation met came to the one who met it
          const del = toks.findIndex((x) => /^делегация(?:сы)?мен$/.test(x.f));
          const delegates = del < 0 ? [] : [...new Set(ms.filter((m) => m.end <= del && m.end >= del - 3 && m.role === 'gen').flatMap((m) => m.codes))].filter((c) => !IGOS.has(c));
          const hosts = ps.filter((c) => !delegates.includes(c) && !IGOS.has(c));
          if (mode === null && delegates.length === 1 && hosts.length === 1) { ev = { type, mode: 'visit', actor: delegates, recipient: hosts, location: hosts[0]! }; break; }
          // an organisation's envoy meeting the state where the talks are is visiting it ("Шарль Мишель Ақордада …")
          const envoyOf = ps.filter((c) => IGOS.has(c));
          if (mode === null && ps.length === 2 && envoyOf.length === 1 && loc && ps.includes(loc) && subj.includes(envoyOf[0]!)) {
            ev = { type, mode: 'visit', actor: envoyOf, recipient: [loc], location: loc }; break;
          }
          // "Италияға ресми сапармен келген Президент … кездесті": the participle's destination hosts the talks
          const cameTo = toks.findIndex((x, i) => /^(?:келген|барған)$/.test(x.f) && toks[i - 1]?.f.startsWith('сапар'));
          const destM = cameTo < 0 ? undefined : ms.find((m) => m.end <= cameTo && m.role === 'dat' && !m.person && !m.codes.some((c) => IGOS.has(c)));
          const dest = destM?.codes[0];
          if (mode === null && dest && ps.length === 2 && ps.includes(dest)) {
            ev = { type, mode: 'visit', actor: ps.filter((c) => c !== dest), recipient: [dest], location: dest, act: partnerWord(toks, ms) }; break;
          }
          // a meeting of the visitor with another host later in the visit ("Одан кейін … Мелонимен келіссөздер жүргізді")
          if (mode === null && visit && ps.length === 2 && ps.includes(visit.host) && visit.actor.length === 1 && ps.includes(visit.actor[0]!)) {
            ev = { type, mode: 'visit', actor: [...visit.actor], recipient: [visit.host], location: visit.host, act: partnerWord(toks, ms) }; break;
          }
          if (mode === null && ps.some((c) => IGOS.has(c))) mode = 'multilateral';
          // "Түркі кеңесінің саммитіне қатысты": the organisation whose gathering it is takes part too (spec rule 4)
          if (mode === 'multilateral') ps = [...new Set([...ps, ...ms.filter((m) => m.role === 'gen' && m.codes.every((c) => IGOS.has(c)) && toks.slice(m.end, m.end + 3).some((x) => GATHERING.test(x.f))).flatMap((m) => m.codes)])];
          if (ps.length < 2 && mode !== 'multilateral' && parties.length) ps = [...new Set([...ps, ...parties])];
          // (the next gathering of a series is promised by those of this one, wherever it is to be)
          if (nextOne && ps.length < 2 && parties.length > 1) ps = [...new Set([...ps, ...parties])];
          else if (mode === 'multilateral' && loc && !ps.includes(loc)) ps.push(loc);
          if (ps.length < 2 && !(mode === 'multilateral' && ps.length)) break;
          if (mode === null && ps.length > 2) mode = 'multilateral';
          if (mode === null && loc && ps.includes(loc) && ps.length === 2) ev = { type, mode: 'visit', actor: ps.filter((c) => c !== loc), recipient: [loc], location: loc, act: partnerWord(toks, ms) };
          else ev = { type, mode, actor: ps, recipient: [], location: nextOne ? location : loc };
          break;
        }
        case 'visit': {
          const actor = subj.length ? subj : gens;
          const dest = dats.filter((c) => !actor.includes(c) && !IGOS.has(c));
          const host = dest[0] ?? (loc && !actor.includes(loc) ? loc : null);
          if (actor.length && host) ev = { type, mode: 'visit', actor, recipient: [host], location: host };
          break;
        }
        case 'host': {
          if (toks.slice(Math.max(0, t - 4), t).some((x) => DOCS.test(x.f))) {
            if (w === 'қабылданды' && !parties.length) break;
            const actor = subj.length > 1 ? subj : [...new Set([...subj, ...parties])];
            if (actor.length) ev = { type: 'SUPPORT', mode: null, actor, recipient: [], location: loc };
            break;
          }
          if (w === 'қабылданды') break;
          const visitors = accs.filter((c) => !subj.includes(c));
          if (subj.length && visitors.length) ev = { type, mode: 'visit', actor: visitors, recipient: subj, location: loc ?? subj[0] ?? null };
          break;
        }
        case 'joint': {
          // "Орталық Азияның бес мемлекетінің және Германияның көшбасшылары … келісті": the leaders of those named
          const leadersOf = !subj.length && generic ? gens.filter((c) => !IGOS.has(c)) : [];
          let actor = [...new Set([...(leadersOf.length > 1 ? leadersOf : subj), ...partners])];
          const fromTalks = actor.length < 2 && parties.length > 0 && (actor.length === 0 || parties.includes(actor[0]!));
          if (fromTalks) actor = [...new Set([...actor, ...parties])];
          if (actor.length) ev = { type, mode, actor, recipient: [], location: loc, ...(fromTalks || leadersOf.length > 1 ? { confidence: 0.6 } : {}) };
          break;
        }
        case 'to': {
          // "Алматының тұрғындары Қытайдың бас консулдығы алдында пикет өткізді": protesters are those named
          // (residents of a city are its state's), the protest is against the state whose embassy or consulate it faces
          if (type === 'RETREAT') {
            // (only forces withdraw: a statement or a book also "шықты")
            if (!toks.some((x) => /^(?:әскер|бітімгер|күштер|контингент)/.test(x.f))) break;
            const from = codes(['abl']);
            const by = (subj.length ? subj : gens).filter((c) => !from.includes(c));
            if (by.length && from.length) ev = { type, mode, actor: by, recipient: from, location: from[0] ?? loc };
            break;
          }
          if (type === 'PROTEST') {
            const mission = (m: Mention): boolean => [-1, 0, 1].some((k) => /^(?:елшіліг|консулдығ)/.test(toks[m.end + k]?.f ?? ''));
            // (the embassy's state bare or in the genitive: "Ресей елшілігі", "Қытайдың бас консулдығы")
            const target = ms.filter((m) => ['gen', 'nom'].includes(m.role) && mission(m)).flatMap((m) => m.codes);
            const own = subj.filter((c) => !target.includes(c));
            const by = own.length ? own : ms.filter((m) => m.role === 'gen' && !mission(m)).slice(0, 1).flatMap((m) => m.codes);
            const against = target.length ? target : [...dats, ...accs].filter((c) => !by.includes(c));
            if (by.length) ev = { type, mode, actor: by, recipient: against.filter((c) => !by.includes(c)), location: loc };
            break;
          }
          // "Ресейден көмек алды": aid received, its giver in the ablative, the subject receiving
          if (type === 'AID' && def.noun && /^ал/.test(toks[t + 1]?.f ?? '') && kkTense(toks[t + 1]!.f, 'ал')) {
            const givers = codes(['abl']).filter((c) => !subj.includes(c));
            if (givers.length && subj.length) { st.aider = givers; ev = { type, mode, actor: givers, recipient: subj, location: subj[0] ?? loc }; }
            break;
          }
          // aid with no subject is sent by the state its agency belongs to ("Қазақстанның … агенттігі"), else by
          // whoever sent the document's last aid ("… көмек жіберу туралы шешім қабылданды")
          const owner = ms[0]?.start === 0 && ms[0].role === 'gen' ? [...ms[0].codes] : [];
          // ("Қазақстаннан жіберілген гуманитарлық көмек … жетті": the state aid was sent from, in the ablative before
          // the passive participle of sending, gave it)
          const from = ms.filter((m) => m.role === 'abl' && !m.person && /^(?:жіберілген|бөлінген|берілген|келген)$/.test(toks[m.end]?.f ?? '')).flatMap((m) => m.codes);
          if (type === 'AID' && !subj.length && from.length) owner.push(...from.filter((c) => !owner.includes(c)));
          // ("Мемлекет басшысының тапсырмасымен … көмек": aid sent on someone's instruction or initiative is theirs)
          const orderedBy = ms.filter((m) => m.role === 'gen' && /^(?:тапсырмасымен|бастамасымен|нұсқауымен|шешімімен)$/.test(toks[m.end]?.f ?? '')).flatMap((m) => m.codes);
          if (type === 'AID' && !subj.length && !owner.length) owner.push(...orderedBy);
          const actor = subj.length ? subj : type === 'AID' ? (owner.length ? owner : [...st.aider]) : [];
          if (!actor.length) break;
          if (type === 'AID') st.aider = [...actor];
          // (a demand is made of someone in the ablative: "Мәскеуден … талап етеді", "Ресейден сұрады")
          let recipient = [...new Set([...dats, ...accs, ...partners, ...(type === 'REQUEST' ? codes(['abl']) : [])])].filter((c) => !actor.includes(c));
          // "Газа секторының тұрғындарына арналған гуманитарлық жүк … Египетке қонды": aid is for those it is intended
          // for ("-ға арналған"), not for the state it passes through
          const meant = toks.findIndex((x) => x.f === 'арналған');
          const intended = meant < 0 ? [] : ms.filter((m) => m.end <= meant && m.end >= meant - 3).flatMap((m) => m.codes).filter((c) => !actor.includes(c));
          if (type === 'AID' && intended.length && /(?:ға|ге|қа|ке|на|не)$/.test(toks[meant - 1]?.f ?? '')) recipient = [...new Set(intended)];
          // "Қазақстанның ШЫҰ-ға төрағалығын қолдайды", "Қазақстанның келісімге қол қойғанын жоғары бағалады": a stance
          // on a possessed object (its noun or verbal noun in the accusative) is a stance on its possessor
          if (['SUPPORT', 'ACCUSE', 'REJECT'].includes(type)) {
            const owners = ms.filter((m) => m.role === 'gen' && m.end <= t && toks.slice(m.end, t).some((x) => x.word && !x.cap && /(?:ын|ін)$/.test(x.f) && !/(?:тын|тін)(?:ын|ін)$/.test(x.f)))
              .flatMap((m) => m.codes).filter((c) => !actor.includes(c));
            if (owners.length) recipient = [...new Set(owners)];
          }
          if (!recipient.length) recipient = gens.filter((c) => !actor.includes(c));
          // "Вашингтон оларды Ресейге … жеткізді деп айыптайды": the accused is the pronoun object, those the last act
          // was directed at; the names inside the "… деп" clause are what they are accused of
          if (type === 'ACCUSE' && toks[t - 1]?.f === 'деп' && toks.slice(0, t).some((x) => /^(?:оны|оларды|мұны|бұларды)$/.test(x.f)) && st.last?.length) {
            recipient = st.last.filter((c) => !actor.includes(c));
          }
          // "Минскіге барудан бас тартты" while a summit is told: the refusal is of the organisation's gathering
          if (type === 'REJECT' && toks.some((x) => /^(?:бару|келу|қатыс)/.test(x.f)) && orgs.some((c) => !actor.includes(c))) recipient = orgs.filter((c) => !actor.includes(c));
          // an invitation with no addressee named, or an award to a "counterpart" ("қырғыз әріптесіне"), goes to the
          // other side of the talks
          if (!recipient.length && (type === 'AGREE' || type === 'COOPERATE' || (type === 'SUPPORT' && toks.some((x) => x.f.startsWith('әріптес'))))) recipient = parties.filter((c) => !actor.includes(c) && !IGOS.has(c));
          // thanks with no one named ("құрмет үшін алғыс айтты") go to the other side of the talks, else to the one the
          // last act told was directed at
          if (!recipient.length && ACT[hit[0]] === 'thank') {
            const other = parties.filter((c) => !actor.includes(c) && !IGOS.has(c));
            recipient = other.length ? other : (st.last ?? []).filter((c) => !actor.includes(c));
          }
          // aid told with no one it goes to ("Көмек резервтен бөлінеді") restates the aid already told
          if (type === 'AID' && !recipient.length) break;
          ev = { type, mode, actor, recipient, location: loc };
          break;
        }
      }
      if (!ev) continue;
      // "Қазақстанға, Өзбекстанға және Моңғолияға жоспарланған сапарынан бас тартты": a trip to several states
      // called off is one refusal of each (spec rule 2)
      if (ev.type === 'REJECT' && ev.recipient.length > 1 && ev.recipient.every((c) => !IGOS.has(c)) && toks.some((x) => x.f.startsWith('сапар'))) {
        for (const r of ev.recipient) out.push({ ...ev, recipient: [r] });
        continue;
      }
      if (ev.type === 'SUPPORT' && ACT[hit[0]]) ev.act = ACT[hit[0]];
      // "бірқатар үкіметаралық құжатқа да қол қойылды": documents signed "too" are another signing than the one told
      if (hit[0] === 'қол' && /^(?:да|де|та|те)$/.test(toks[t - 1]?.f ?? '')) ev.act = 'also';
      if (intent) { ev.type = 'AGREE'; ev.mode = null; }
      // (the sum invested is the one just before the verb, not another sum the sentence names first)
      if (hit === INVEST) ev.money = ruMoney(toks.slice(Math.max(0, t - 4), t).map((x) => x.s).join(' '));
      if (def.noun) nounFired = true;
      out.push(ev);
    }
    return out;
  }
}
