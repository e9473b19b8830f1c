/**
 * The Russian language pack: codes Russian documents into PLOVER events behind the same `Coder` interface.
 *
 * Words are read with a morphology library (morph.ts): lemma, part of speech, case, tense. Names are found in a
 * gazetteer holding every case form (lexicon.ts). A name's noun phrase ("президентом Ирана Эбрахимом Раиси") is
 * the run of titles, adjectives and names before it; its head's case and the preposition before the phrase give
 * its role: nominative subject, accusative object, dative recipient, "с + творительный" partner, "между A и B",
 * "к + дательный" addressee, "в + предложный" place, "в + винительный" destination. Each trigger (triggers.ts)
 * has a frame saying which roles are its actor and recipient. A document's current meeting or visit (its parties,
 * host, date) is carried across sentences for agentless passives and generic subjects ("стороны").
 */
import type { CodedEvent, Doc, EventType, Money } from '../../model/event.ts';
import { IGO_CODES } from '../../model/event.ts';
import type { Coder } from '../coder.ts';
import { ruDate } from './dates.ts';
import { ruGazetteer, WORD_RE, type RuEntry, type RuGazetteer, type RuKind } from './lexicon.ts';
import { analyse, type Analysis } from './morph.ts';
import { ruMoney } from './money.ts';
import { ACT, BARE_TITLE, BLOCK, COURTESY, DOCS, FAMILY, GENERIC, GENERIC_PLURAL, INTENT, TRIGGERS, type Trigger } from './triggers.ts';
import { ruSentences } from './_sentences.ts';
import { ruTopics } from './_topics.ts';

interface Tok { s: string; f: string; start: number; word: boolean; cap: boolean; a: Analysis | null }
type Role = 'subj' | 'acc' | 'dat' | 'gen' | 'abl' | 'with' | 'between' | 'to' | 'in_loc' | 'in_acc' | 'from' | 'other';
interface Mention { start: number; end: number; codes: string[]; kind: RuKind; cases: Set<string>; prep: string | null; role: Role; head: number; quoted?: boolean; who?: RuEntry }

const IGOS = new Set<string>(IGO_CODES);
/** the case a prepositional role's preposition governs, for lists that share it */
const GOVERNS: Partial<Record<Role, string>> = { with: 'ablt', between: 'ablt', to: 'datv', in_loc: 'loct', in_acc: 'accs', from: 'gent' };
const PREP = new Set(['с', 'со', 'между', 'к', 'ко', 'в', 'во', 'на', 'из', 'от', 'для', 'по', 'при', 'у', 'о', 'об', 'без', 'за', 'против', 'перед', 'до', 'после', 'через', 'под', 'над']);
// words that sit inside an official's noun phrase: "министр иностранных дел", "глава внешнеполитического ведомства"
const OFFICE = new Set(['дело', 'иностранный', 'государство', 'правительство', 'совет', 'безопасность', 'республика', 'министерство', 'экономика',
  'развитие', 'торговля', 'энергетика', 'оборона', 'финансы', 'верховный', 'высший', 'генеральный', 'внешнеполитический', 'ведомство', 'чрезвычайный', 'полномочный', 'первый', 'суд', 'конституционный']);
// nouns after these name a happening already reported ("в ходе переговоров", "по итогам визита", "за поддержку")
const REFERENCE = /(?:в ходе|во время|по итогам|по (?:их|его|ее) итогам|по результатам|после|в рамках|по случаю|по завершении|накануне|перед|за|при|в связи с|в честь|по)(?:\s+(?:этого|этой|этих|того|той|тех|данного|данной|данных|его|ее|их))?\s*$/;
const PREMISES = new Set(['посольство', 'представительство', 'консульство', 'выставка', 'павильон', 'предприятие', 'завод', 'музей', 'университет']);
const AID_WORDS = new Set(['спасатель', 'сила', 'войска', 'контингент', 'груз', 'помощь', 'подразделение', 'военный', 'самолет', 'гуманитарный', 'миротворец']);
// a sentence without its own date takes the day of the happening it continues (the corpora's convention)
const INHERIT_DAY = true;

const uniq = (xs: string[]): string[] => [...new Set(xs)];
/** nouns a place's name stands in apposition to: "провинция Цинхай", "область Абай", "город Алматы" */
const APPOSITION = new Set(['провинция', 'область', 'город', 'регион', 'штат', 'край', 'округ', 'район', 'эмират', 'префектура']);
/** nouns of a gathering: an organisation named after one is whose gathering it is */
const GATHERING = new Set(['саммит', 'заседание', 'сессия', 'форум', 'совещание', 'встреча', 'съезд']);
/** verbs of a happening taking place: in the future they schedule it */
const HAPPEN = new Set(['пройти', 'состояться', 'открыться', 'начаться', 'проходить']);
/** verbs of arriving: where they go is where the visitor's talks take place */
const ARRIVE = new Set(['прибыть', 'прилететь', 'приехать']);
const OBJECT_PRONOUN = new Set(['их', 'его', 'ее', 'им', 'ему', 'ей']);
/** documents a state signs on its own: signing them is no agreement with anyone */
const DOMESTIC_ACT = new Set(['закон', 'указ', 'поправка', 'распоряжение', 'постановление', 'бюджет', 'кодекс']);
/** offices that, named without a state, are the state the story is told from */
const HOME_OFFICE = new Set(['правительство', 'комиссия', 'министерство', 'мид', 'ведомство', 'парламент', 'сенат', 'мажилис']);
/** the singular forms of a meeting noun: one meeting, however many it was held with */
const SINGLE_MEETING = new Set(['встреча', 'встречу', 'встрече', 'встречей', 'разговор', 'разговора', 'разговоре', 'разговором', 'беседа', 'беседу', 'беседе', 'беседой']);

interface Ev { type: EventType; mode: string | null; actor: string[]; recipient: string[]; location: string | null; confidence: number; again?: boolean; act?: string; who?: RuEntry | 'unnamed'; restates?: boolean }
interface State { dateline: string | null; parties: string[]; host: string | null; visitors: string[]; date: string | null; location: string | null; person: string | null; recipient: string[]; pair: string[]; pairs: string[][]; aider: string[]; orgs: string[]; home: string | null; mediator: string | null; gathering: boolean; titled: Map<string, string> }

export class RussianCoder implements Coder {
  readonly name = 'rules-ru';
  private readonly g: RuGazetteer;

  constructor(g: RuGazetteer = ruGazetteer()) {
    this.g = g;
  }

  code(doc: Doc): CodedEvent[] {
    const out: CodedEvent[] = [];
    const st: State = { dateline: this._dateline(doc.text), parties: [], host: null, visitors: [], date: null, location: null, person: null, recipient: [], pair: [], pairs: [], aider: [], orgs: [], home: this._home(doc.text), mediator: null, gathering: false, titled: new Map() };
    const seen = new Set<string>();
    // the hosts a visitor met, by visit: a meeting with the minister and one with the head of state are two
    const met = new Map<string, (RuEntry | 'unnamed' | null)[]>();
    let idx = 0;
    for (const sent of ruSentences(doc.text)) {
      const i = idx++;
      const stoks = tokens(sent.text);
      const prevDay = st.date && st.date.length === 10 ? st.date : null;
      const ahead = tellsFuture(stoks);
      // the main clause's date before a participle's: "Юн Сок Ёль, прибывший накануне в Казахстан, провел в среду
      // переговоры" happened on Wednesday
      const main = withoutParticiples(sent.text, stoks);
      // (a participle's date years before the story is its background's, "генерала, скончавшегося в 1943 году")
      const mainDated = main !== sent.text ? ruDate(main, doc.date, prevDay, ahead) : null;
      const anyDated = mainDated ?? ruDate(sent.text, doc.date, prevDay, ahead);
      const dated = !mainDated && main !== sent.text && anyDated && doc.date && Number(anyDated.date.slice(0, 4)) < Number(doc.date.slice(0, 4)) - 1 ? null : anyDated;
      const inherited = st.date ? (INHERIT_DAY ? st.date : st.date.slice(0, 7)) : doc.date ? doc.date.slice(0, 7) : null;
      const date = dated ? dated.date : inherited;
      // a promise is dated when it is made: "пригласил посетить Казахстан в 2026 году" was said in the story's time
      const future = !!(dated && doc.date && dated.date > doc.date.slice(0, dated.date.length));
      if (dated && !future) st.date = dated.date;
      const money = ruMoney(sent.text);
      let topics: string[] | null = null;
      for (const c of this._sentence(sent.text, doc, st)) {
        // (a congratulation and a later thanks between the same sides are two acts, a thanks told twice is one)
        const base = `${c.type}|${c.mode}|${[...c.actor].sort().join(',')}|${[...c.recipient].sort().join(',')}`;
        const key = c.act ? `${base}|${c.act}` : base;
        // (an arrival names no host: the first host named after it is the same visit, only a second one is another)
        const visit = c.type === 'CONSULT' && c.mode === 'visit';
        const hosts = visit ? met.get(base) ?? [] : [];
        const other = !!c.who && hosts.some((h) => h !== null) && !hosts.includes(c.who);
        if (visit) met.set(base, [...hosts, c.who ?? null]);
        // (a host named receiving the visitor is told apart by who it is: the arrival and the first host are one visit)
        if (seen.has(key) && !c.again && !other) continue;
        // "Стороны обсудили…" after the talks, the call or the summit told: those talks again, whatever their mode
        if (c.restates && out.some((e) => e.event_type === 'CONSULT' && [...c.actor, ...c.recipient].every((x) => e.actor.includes(x) || e.recipient.includes(x)))) continue;
        // "Документ подписал министр…" restates a signing already coded with all its parties
        // (a meeting of two is no restatement of the gathering it was held beside: "на полях встречи … провел беседы с …")
        const beside = c.type === 'CONSULT' && c.mode !== 'multilateral';
        if (c.recipient.length === 0 && !beside && out.some((e) => e.event_type === c.type && e.date === date && e.recipient.length === 0 && e.actor.length > c.actor.length && c.actor.every((x) => e.actor.includes(x)))) continue;
        // a meeting told as mediated ("прошла при содействии…") is the meeting of those sides already told
        if (c.type === 'CONSULT' && c.mode === 'third-party') {
          const same = out.find((e) => e.event_type === 'CONSULT' && (e.mode === null || e.mode === 'multilateral') && c.actor.every((x) => e.actor.includes(x) || e.recipient.includes(x)));
          if (same) { same.mode = 'third-party'; same.actor = c.actor; same.recipient = c.recipient; same.location = same.location ?? c.location; continue; }
        }
        seen.add(key);
        if (c.type === 'CONSULT' && c.mode === 'multilateral') st.gathering = true;
        seen.add(base);
        const value: Money | null = money && ['AID', 'SUPPORT', 'AGREE', 'COOPERATE'].includes(c.type) ? money : null;
        topics ??= ruTopics(sent.text);
        out.push({
          doc: doc.id, sentence: i, text: sent.text, event_type: c.type, mode: c.mode,
          context: [...(['AGREE', 'CONSULT', 'SUPPORT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'SANCTION'].includes(c.type) ? ['diplomatic'] : []), ...topics].slice(0, 3),
          actor: c.actor, recipient: c.recipient, date: future && c.type === 'AGREE' ? inherited : date, location: c.location, value, cameo: null,
          span: { start: sent.start, end: sent.start + sent.text.length }, confidence: c.confidence,
        });
      }
    }
    return mergeSummit(out);
  }

  /** The events of one sentence, updating the document's state. */
  private _sentence(text: string, doc: Doc, st: State): Ev[] {
    const toks = tokens(text);
    const mentions = withoutObservers(toks, this._mentions(toks, doc.date ?? null));
    const out: Ev[] = [];
    // (a place a topic noun governs is what was discussed, not where: "ситуация в Афганистане", "мир на Ближнем Востоке")
    const placeM = mentions.find((m) => m.role === 'in_loc' && !m.codes.some((c) => IGOS.has(c)) && m.kind !== 'person' && !topicPlace(toks, m.start)) ??
      // "прошло в столице Кыргызстана": the state whose capital it is
      mentions.find((m) => m.role === 'gen' && m.kind === 'country' && toks[m.start - 1]?.a?.lemmas[0] === 'столица' && /^(?:в|во)$/.test(toks[m.start - 2]?.f ?? '')) ??
      // "Мелони, прилетевшая в Астану в четверг, провела переговоры": where the visitor came is where the talks are
      // (before "визит": "прибывший в Казахстан после визита в Узбекистан" is in Kazakhstan)
      mentions.find((m) => m.role === 'in_acc' && m.kind !== 'person' && !m.codes.some((c) => IGOS.has(c)) && toks.slice(Math.max(0, m.start - 4), m.start).some((x) => ARRIVE.has(x.a?.lemmas[0] ?? ''))) ??
      // "в ходе визита в Астану": where a visit goes is where the sentence happens
      mentions.find((m) => m.role === 'in_acc' && m.kind !== 'person' && toks.slice(Math.max(0, m.start - 4), m.start).some((x) => x.a?.lemmas[0] === 'визит'));
    const place = placeM?.codes[0] ?? null;
    // (a place after an infinitive is the planned happening's, not where the story goes on: "договорились провести Год
    // Кыргызстана в России")
    if (place && !toks.slice(Math.max(0, placeM!.start - 8), placeM!.start).some((x) => x.a?.pos === 'INFN')) st.location = place;
    const clauses = clausesOf(toks);
    // the organisation of a gathering named, even one only scheduled ("в четверг пройдет саммит ОДКБ"), for later
    // refusals to attend it
    const igoHere = uniq(mentions.flatMap((m) => m.codes).filter((c) => IGOS.has(c)));
    if (igoHere.length && toks.some((x) => x.a && ['саммит', 'заседание', 'сессия'].includes(x.a.lemmas[0] ?? ''))) st.orgs = igoHere;
    // "С пятницы граждане Казахстана и Китая могут посещать … без виз": a visa-free regime coming into force
    // (a regime in force with no start, "могут находиться в ОАЭ без визы", is standing policy)
    if (/^С\s/.test(text) && /\sбез\s+виз/i.test(text)) {
      const sides = uniq(mentions.filter((m) => m.role === 'gen' || m.role === 'subj').flatMap((m) => m.codes)).filter((c) => !IGOS.has(c));
      if (sides.length >= 2) out.push({ type: 'COOPERATE', mode: null, actor: sides, recipient: [], location: null, confidence: 0.8 });
    }
    let prevSubj: string[] = [];
    let skipNext = -1;
    let prevAgreed = false;
    let prevBlock = false;
    for (const [c0, c1] of clauses) {
      let fired = false;
      let firedVerb = false;
      const inClause = mentions.filter((m) => m.start >= c0 && m.end <= c1);
      // "…, а Туркменистан – председатель Халк Маслахаты", "а Иран – министр": a clause that only names another
      // party after a dash has the verb of the clause before it ("а Армения – нет" denies it)
      if (ellipsis(toks, c0, c1) && out.length) {
        const last = out[out.length - 1]!;
        const more = uniq(inClause.filter((m) => m.role !== 'other').flatMap((m) => m.codes)).filter((c) => !IGOS.has(c) && !last.actor.includes(c) && !last.recipient.includes(c));
        const together = (last.type === 'CONSULT' && last.mode === 'multilateral') || (['SUPPORT', 'AGREE'].includes(last.type) && last.recipient.length === 0);
        if (more.length && together) { last.actor = [...last.actor, ...more]; st.parties = uniq([...st.parties, ...more]); }
        else if (more.length && last.recipient.length) out.push({ ...last, actor: more });
        continue;
      }
      const reported = toks[c0]?.f === 'что' || toks[c0]?.f === 'чтобы';
      // what the parties agreed on ("договорились, что…") is the agreement itself, not more events
      if (reported && prevAgreed) continue;
      // (a clause opened by "но", "а", "однако" with no subject of its own shares the one before: "Казахстан не
      // является посредником, но готов предоставить площадку")
      const contrast = /^(?:но|а|однако)$/.test(toks[c0]?.f ?? '') && !inClause.some((m) => m.role === 'subj') &&
        !toks.slice(c0 + 1, c1).some((x) => !x.cap && x.a && ['NOUN', 'NPRO'].includes(x.a.pos) && x.a.cases.has('nomn') && !x.a.cases.has('accs'));
      // "…президента Рахмона, который обсудил … с Токаевым": a relative clause's "который" is the person named
      // just before it
      const relPerson = /^(?:который|которая)$/.test(toks[c0]?.f ?? '') ? mentions.filter((m) => m.end <= c0 && m.end >= c0 - 1 && m.kind === 'person').pop() : undefined;
      // (a gerund's phrase acts for the subject of the clause it hangs on)
      const gerund = toks[c0]?.a?.pos === 'GRND' && !inClause.some((m) => m.role === 'subj');
      const speaker = reported || contrast || gerund ? prevSubj : relPerson ? relPerson.codes.slice(0, 1) : [];
      // "Ожидается, что … выступит": what is only expected or conditional is no event, in the clause it governs too
      const governedBlock = reported && prevBlock;
      prevBlock = toks.slice(c0, c1).some((x) => x.a && x.a.lemmas.slice(0, 1).some((l) => BLOCK.has(l)));
      if (governedBlock) continue;
      if (!gerund) prevSubj = uniq(inClause.filter((m) => m.role === 'subj').flatMap((m) => m.codes));
      prevAgreed = false;
      // "в четверг пройдет саммит", "следующая встреча пройдет в Казахстане": a happening scheduled is no event
      const scheduled = toks.slice(c0, c1).some((x) => !x.cap && x.a?.pos === 'VERB' && x.a.tense === 'futr' && HAPPEN.has(x.a.lemmas[0] ?? ''));
      // "примет участие в саммите, который пройдет в четверг": taking part in a gathering the sentence schedules is
      // the schedule too, not a promise
      const scheduledHere = toks.some((x) => !x.cap && x.a?.pos === 'VERB' && x.a.tense === 'futr' && HAPPEN.has(x.a.lemmas[0] ?? ''));
      for (let t = c0; t < c1; t++) {
        const tok = toks[t]!;
        if (!tok.word || !tok.a) continue;
        const found = triggerOf(tok.a, toks, t, c1);
        if (!found) continue;
        let def: Trigger = found;
        // "После двухдневного визита в Казахстан … прибыл в Узбекистан": the visit before the one told is a visit too
        if (found.noun && lemmaOf(tok) === 'визит' && /(?:^|\s)после(?:\s\S+)?$/.test(toks.slice(Math.max(c0, t - 3), t).map((x) => x.f).join(' '))) {
          const dest = inClause.find((m) => m.start > t && m.start <= t + 3 && m.role === 'in_acc' && m.kind !== 'person' && !m.codes.some((c) => IGOS.has(c)));
          const who = uniq(inClause.filter((m) => m.role === 'subj' && m.kind !== 'city' && m.kind !== 'seat').flatMap((m) => m.codes)).filter((c) => !dest?.codes.includes(c));
          if (dest && who.length === 1) out.push({ type: 'CONSULT', mode: 'visit', actor: who, recipient: dest.codes.slice(0, 1), location: dest.codes[0]!, confidence: 0.6 });
          continue;
        }
        // (an adjective trigger, "гуманитарную помощь", is the fired verb's object too)
        if ((def.noun || tok.a.pos === 'ADJF') && firedVerb) continue;
        if (def.noun && scheduled) continue;
        // "На встрече присутствовали также…": the gathering as the setting of those present, no meeting of its own
        if (def.noun && /^(?:на|в|во)$/.test(toks[t - 1]?.f ?? '') && tok.a.cases.has('loct') && toks.some((x) => x.a && ['присутствовать', 'участвовать', 'представлять'].includes(x.a.lemmas[0] ?? ''))) continue;
        // a delegate ("представлял") only at a gathering the document tells of, and only as told (not "представит")
        if (lemmaOf(tok) === 'представлять' && (tok.a.tense !== 'past' || !(st.gathering || out.some((e) => e.type === 'CONSULT' && e.mode === 'multilateral')))) continue;
        // (only an international one: "выступил на международном форуме", "на саммите ШОС", not "на заседании правительства")
        if (lemmaOf(tok) === 'выступить' && !toks.slice(t + 1, t + 6).some((x) => x.f.startsWith('международн') || x.a?.lemmas[0] === 'саммит') && !inClause.some((m) => m.start > t && m.codes.some((c) => IGOS.has(c)))) continue;
        // taking part in a ceremony ("принял участие в церемонии чествования", "присутствовали при обмене документами")
        // witnesses an act, no gathering of states
        if (['участвовать', 'присутствовать', 'принять'].includes(lemmaOf(tok)) && (toks[t + 1]?.f === 'при' || toks.slice(t + 1, t + 5).some((x) => CEREMONY.has(x.a?.lemmas[0] ?? '')) && (lemmaOf(tok) !== 'принять' || toks[t + 1]?.f.startsWith('участи')))) continue;
        if (scheduledHere && tok.a.tense !== 'past' && (lemmaOf(tok) === 'участвовать' || (tok.a.lemmas.includes('принять') && toks.slice(t + 1, t + 3).some((x) => x.f.startsWith('участи'))))) continue;
        // "подготовка к саммиту", "к очередной встрече": a happening aimed at, not one told
        if (def.noun && /^(?:к|ко)$/.test(toks[t - 1]?.f ?? '') || def.noun && toks[t - 1]?.a?.pos === 'ADJF' && /^(?:к|ко)$/.test(toks[t - 2]?.f ?? '')) continue;
        // "все встречи прошли…", "эти переговоры": a restatement of meetings already told
        // ("такие учения", "подобные встречи": the kind already told)
        if (def.noun && /^(?:все|эти|эта|этот|обе|оба|данные|данная|такие|такая|такой|такое|подобные)$/.test(toks[t - 1]?.f ?? '')) continue;
        // "с просьбой о помощи": what is asked for is the request's content, not an event
        // ("опроверг информацию о переговорах", "сообщения о визите": what a report is about is its topic)
        if (def.noun && /^(?:о|об)$/.test(toks[t - 1]?.f ?? '') && ['просьба', 'обращение', 'запрос', 'призыв', 'информация', 'сообщение', 'слух', 'публикация', 'новость'].includes(toks[t - 2]?.a?.lemmas[0] ?? '')) continue;
        // "Открывая переговоры, министр заявил…": a happening a gerund refers to is the one told, no new one;
        // "Макрон, завершивший визит в Казахстан, прибыл в Самарканд": one a participle governs is background
        if (def.noun && (toks[t - 1]?.a?.pos === 'GRND' || toks[t - 1]?.a?.pos === 'PRTF' ||
          toks.slice(Math.max(c0, t - 3), t).some((x) => x.a?.pos === 'PRTF' && ['завершить', 'завершивший'].includes(x.a.lemmas[0] ?? '')))) continue;
        // "в работе саммита участвовали…": the gathering itself, under a light noun
        // ("прошел второй этап совместных учений", "состоялся третий раунд переговоров": a stage of the happening is it)
        const light = def.noun && ((toks[t - 1]?.f === 'работе' && /^(?:в|во)$/.test(toks[t - 2]?.f ?? '')) || stageOf(toks, t));
        if (def.noun && !light && !['nomn', 'accs', 'ablt', 'loct'].some((c) => tok.a!.cases.has(c))) continue;
        if (def.noun && !light && complementOfNoun(toks, t)) continue;
        // "прибыл на саммит", "направил представителя на саммит": a destination, not the happening
        if (def.noun && !def.onlyNegated && /^(?:на|в|во)$/.test(toks[t - 1]?.f ?? '') && !tok.a.cases.has('loct') && !tok.a.cases.has('ablt')) continue;
        // (a past participle of thanks or congratulation agreeing with the subject is its act: "Назарбаев,
        // поздравивший гостя с победой на выборах")
        const actPrtf = tok.a.pos === 'PRTF' && tok.a.tense === 'past' && tok.a.cases.has('nomn') && def.type === 'SUPPORT' && def.frame === 'to' && ['congratulate', 'thank', 'award'].includes(ACT[tok.a.lemmas[0] ?? ''] ?? '') && toks[t - 1]?.s === ',';
        if (tok.a.pos === 'PRTF' && def.frame !== 'visit' && !actPrtf) continue;
        if (skipNext === t) continue;
        const before = toks.slice(Math.max(c0, t - 4), t).map((x) => x.f).join(' ');
        if (def.noun && REFERENCE.test(before)) continue;
        // "договоренностей, достигнутых на саммите": a happening a participle refers back to
        if (def.noun && toks.slice(Math.max(c0, t - 3), t).some((x) => (x.a?.pos === 'PRTF' || x.a?.pos === 'ADJF') && ['достигнуть', 'достигнутый', 'состояться', 'состоявшийся', 'прошедший'].includes(x.a.lemmas[0] ?? ''))) continue;
        const pre = toks.slice(c0, t).filter((x) => x.word);
        // "поздравил с 30-летием сотрудничества", "с Днем независимости": a courtesy greeting, no event
        const lemma0 = tok.a.lemmas[0] ?? '';
        // (a note is a protest only when handed to an envoy; "передал ноту о ратификации" is no protest)
        if (def.type === 'ACCUSE' && ['вручить', 'передать'].includes(lemma0) && !toks.some((x) => x.a && ENVOY.has(x.a.lemmas[0] ?? ''))) continue;
        // (an investment only announced is a pledge; sums already invested are figures, no happening the text dates)
        if (['вложить', 'инвестировать'].includes(lemma0) && tok.a.tense !== 'futr') continue;
        // "от этих планов отказались": giving up one's own plans or ideas refuses no one
        if (def.type === 'REJECT' && lemma0 === 'отказаться' && toks.slice(Math.max(c0, t - 4), Math.min(c1, t + 4)).some((x) => x.a && ['план', 'идея', 'намерение', 'замысел'].includes(x.a.lemmas[0] ?? ''))) continue;
        // "принял решение оказать гуманитарную помощь": a decision to give aid is the aid allocated, no promise beside
        // it (forces decided on, "решение направить миротворческие силы", are promised until they arrive)
        if (lemma0 === 'решение' && toks[t + 1]?.a?.pos === 'INFN' && triggerOf(toks[t + 1]!.a!, toks, t + 1, c1)?.type === 'AID' &&
          toks.slice(t + 2, t + 6).some((x) => x.a && ['помощь', 'гуманитарный', 'груз'].includes(x.a.lemmas[0] ?? ''))) continue;
        if (ACT[lemma0] === 'congratulate' && courtesy(toks, t, c1)) { fired = firedVerb = true; continue; }
        if (pre.some((x) => x.a && x.a.lemmas.some((l) => BLOCK.has(l)))) { fired = firedVerb = true; continue; }
        const prev = prevWord(toks, t, c0);
        // (a noun's negation is its verb's: "не будет подавать заявку на вступление")
        // (and a noun's event under a negated verb is refused: "не будет проводить учения ОДКБ")
        // (with the verb after its object too: "Армения участия во встрече не принимала")
        const govNeg = !!def.noun && !def.onlyNegated && (negatedVerbBefore(toks, t, c0) || negatedVerbAfter(toks, t, c1));
        // (an infinitive's negation is its governing verb's: "не смогли договориться", "не намерен участвовать",
        // "не удалось подписать")
        const modalNeg = tok.a.pos === 'INFN' && t - 1 >= c0 && !!toks[t - 1]!.a && ['VERB', 'ADJS', 'PRTS', 'PRED'].includes(toks[t - 1]!.a!.pos) && prevWord(toks, t - 1, c0) === 'не';
        const negated = prev === 'не' || prev === 'ни' || govNeg || modalNeg || (!!def.onlyNegated && def.noun === true && pre.slice(-5).some((x) => x.f === 'не'));
        if (def.onlyNegated && !negated) continue;
        let type: EventType = def.type;
        let mode = def.mode;
        if (tok.a.pos === 'INFN' && toks[t - 1]?.a?.pos === 'GRND') continue;
        if (negated) {
          fired = firedVerb = true;
          // a cooperative act refused for the future ("не будет проводить учения", "не намерена участвовать") rejects it
          if ((govNeg || modalNeg) && !def.negated && ['COOPERATE', 'CONSULT', 'AID'].includes(def.type) && /(?:^|\s)не\s+(?:будет|будут|станет|станут|намерен\S*|собирается)\s/.test(pre.map((x) => x.f).join(' ') + ' ')) {
            type = 'REJECT'; mode = null; def = { ...def, frame: 'to' };
          // ("не смогли согласиться": failing to agree is no one's refusal)
          } else if (!def.negated || (modalNeg && def.type === 'AGREE')) continue;
          // ("не согласился с предложением Кыргызстана": one side refuses the other's, no joint act)
          else { type = def.negated; mode = null; if (def.frame === 'visit' || def.frame === 'joint') def = { ...def, frame: 'to' }; }
        }
        // a noun's tense is that of a verb it could also be read as ("встречу" of "встретить"): only verbs have one
        // a noun governed by a verb in the future ("Китай предоставит … помощь") is promised, as the verb would be
        // (an adjective trigger too: "Казахстан отправит … гуманитарную помощь")
        const gov = def.noun || tok.a.pos === 'ADJF' ? [...pre].reverse().find((x) => !x.cap && x.a?.pos === 'VERB') : undefined;
        const futureGov = gov?.a?.tense === 'futr';
        // ("примет участие в саммите, который пройдет…": the gathering a future verb governs is the one scheduled)
        if (scheduledHere && futureGov) continue;
        // talks told by their topic are told once held: "обсудят", "планируют обсудить" announce talks the sets code
        // by their visit or meeting
        if (lemma0 === 'обсудить' && tok.a.tense !== 'past') continue;
        // a decision taken to send aid ("было решено направить Сирии помощь") is the aid allocated, not a promise
        const decided = type === 'AID' && pre.slice(-3).some((x) => x.a && ['решить', 'решение', 'постановить'].includes(x.a.lemmas[0] ?? ''));
        const intent = !negated && !decided && type !== 'AGREE' && ((tok.a.tense === 'futr' && !def.noun) || futureGov || pre.slice(-6).some((x) => x.a && x.a.lemmas.slice(0, 2).some((l) => INTENT.has(l))) || /(?:^|\s)буд(?:ет|ут|у|ем|ешь|ете)\s*$/.test(before));
        // (a reflexive with a named subject before it is active: "Азербайджан и Армения условились…")
        const passive = tok.a.pos === 'PRTS' || /(?:лись|лось|лся|лась|ется|ются)$/.test(tok.f) && ['SUPPORT', 'AGREE'].includes(def.type) &&
          !(def.type === 'AGREE' && inClause.some((m) => m.role === 'subj' && m.start < t && m.kind !== 'adjective'));
        // (a format's name in «…» gives a gathering its parties, no other act)
        // staying away is a refusal only when the one who stays away says so ("сообщил, что не приедет"); the
        // narrator's "не приехал", "не примет участия" tells an absence (the sets code no event)
        if (negated && type === 'REJECT' && ARRIVE.has(lemmaOf(tok)) && !(reported && speaker.length)) continue;
        const before0 = st.parties;
        const got = this._frame(def, type, mode, t, toks, type === 'CONSULT' ? inClause : inClause.filter((m) => !m.quoted), st, passive, place, speaker);
        // a delegate named at the gathering adds to its sides, and is no new meeting of their own
        if (got && ['представлять', 'присутствовать'].includes(lemmaOf(tok))) st.parties = uniq([...before0, ...st.parties]);
        if (!got) continue;
        fired = true;
        if (!def.noun) firedVerb = true;
        for (const ev of Array.isArray(got) ? got : [got]) {
          if ((ev.type === 'SUPPORT' || ev.type === 'AGREE') && ACT[lemma0]) ev.act = ACT[lemma0];
          if (lemma0 === 'обсудить') ev.restates = true;
          if (ev.type === 'AGREE') prevAgreed = true;
          // "…пригласил Эрдогана посетить Казахстан, и Эрдоган принял приглашение": the acceptance answers the inviter
          if (ev.type === 'AGREE' && ev.recipient.length === 0 && lemma0 === 'принять') {
            const inv = [...out].reverse().find((e) => e.type === 'AGREE' && e.recipient.some((c) => ev.actor.includes(c)));
            if (inv) ev.recipient = inv.actor.filter((c) => !ev.actor.includes(c));
          }
          if (intent) { ev.type = 'AGREE'; ev.mode = null; }
          // ("раскритиковал решение…, назвав подобные демарши безответственными": a gerund that tells the act again)
          if (gerund && out.some((e) => e.type === ev.type && ev.actor.every((c) => e.actor.includes(c)))) continue;
          out.push(ev);
        }
        // "отказался приехать", "договорились провести": the infinitive is what was refused or agreed, not an event
        if (toks[t + 1]?.a?.pos === 'INFN') skipNext = t + 1;
        // ("пригласил немецкие компании присоединиться к проекту": past an object too)
        else if (!def.noun) { const k = toks.findIndex((x, i) => i > t + 1 && i <= t + 4 && x.a?.pos === 'INFN'); if (k > 0) skipNext = k; }
      }
    }
    // "заседании …, которое прошло … с участием Путина, Лукашенко…": those named after "с участием" take part in the
    // gathering the sentence tells of, whichever clause names them
    // (and "под председательством Садыра Жапарова": the chair takes part in the gathering it chairs)
    const withPart = toks.findIndex((x, i) => (x.f === 'участием' && /^(?:с|со|при)$/.test(toks[i - 1]?.f ?? '')) || (x.f === 'председательством' && toks[i - 1]?.f === 'под'));
    const gathering = out.find((e) => e.type === 'CONSULT' && e.mode === 'multilateral');
    if (withPart >= 0 && gathering) {
      const extra = uniq(mentions.filter((m) => m.start > withPart && m.role !== 'other').flatMap((m) => m.codes)).filter((c) => !gathering.actor.includes(c));
      if (extra.length) { gathering.actor = [...gathering.actor, ...extra]; st.parties = uniq([...st.parties, ...gathering.actor]); }
    }
    // "Путин, находящийся в Туркменистане с рабочим визитом, выступил на форуме": a stay told beside the gathering it
    // was for is the gathering, no visit of its own
    const forum = out.find((e) => e.type === 'CONSULT' && e.mode === 'multilateral');
    if (forum) {
      const inForum = (e: Ev): boolean => e !== forum && e.type === 'CONSULT' && e.mode === 'visit' && e.actor.every((c) => forum.actor.includes(c)) && e.recipient.every((c) => forum.actor.includes(c) || c === forum.location);
      for (let k = out.length - 1; k >= 0; k--) if (inForum(out[k]!)) out.splice(k, 1);
    }
    // "среди его участников были главы Ирана, Казахстана…": the participants of the gathering the text tells of
    if (!out.some((e) => e.type === 'CONSULT' && e.mode === 'multilateral') && st.gathering && toks.some((x) => x.a?.lemmas[0] === 'участник' && !x.cap)) {
      const named = uniq(mentions.filter((m) => ['subj', 'gen', 'acc'].includes(m.role) && m.kind !== 'city' && m.kind !== 'seat').flatMap((m) => m.codes));
      if (named.filter((c) => !IGOS.has(c)).length > 1) { out.push({ type: 'CONSULT', mode: 'multilateral', actor: named, recipient: [], location: st.location, confidence: 0.6 }); st.parties = uniq([...st.parties, ...named]); }
    }
    // "прошла при содействии казахстанской стороны", "площадку для встречи предоставил Казахстан": the meeting
    // told is mediated, its host the mediator (PLOVER's third-party consultation)
    const medAt = toks.findIndex((x, i) => /^(?:содействии|посредничестве)$/.test(x.f) && toks[i - 1]?.f === 'при');
    const venue = toks.some((x) => x.a?.lemmas[0] === 'площадка') && toks.some((x) => x.a?.lemmas[0] === 'предоставить');
    const mediatorM = medAt >= 0 ? mentions.find((m) => m.start > medAt && m.start <= medAt + 3) : venue ? mentions.find((m) => m.role === 'subj') : undefined;
    const mediator = mediatorM?.codes.length === 1 ? mediatorM.codes[0]! : null;
    if (mediator) {
      for (const e of out) {
        if (e.type !== 'CONSULT' || e.mode === 'phone') continue;
        const sides = uniq([...e.actor, ...e.recipient]).filter((c) => c !== mediator && !IGOS.has(c));
        if (sides.length < 2) continue;
        e.mode = 'third-party'; e.actor = sides; e.recipient = [mediator]; e.location = e.location ?? mediator;
        st.parties = sides; st.pairs = []; st.mediator = mediator;
      }
    }
    // the sides the text last spoke of together: the parties of its last joint act or meeting, else the states it
    // last named together ("на кыргызско-таджикской границе", "удары Израиля по Ирану"), for "призвал стороны"
    const joint = out.filter((e) => e.actor.length > 1).pop();
    const named = uniq(mentions.flatMap((m) => m.codes).filter((c) => !IGOS.has(c)));
    if (joint) st.pair = [...joint.actor];
    else if (named.length > 1) st.pair = named;
    // "он" and a bare title refer back to the last person named as a subject (else the last named)
    // (an office named by its title and state, "Президент Украины поздравил Токаева", is that subject's person)
    const titled = (m: Mention): boolean => m.role === 'subj' && m.head >= 0 && m.head < m.start && this.g.titles.has(toks[m.head]?.a?.lemmas[0] ?? '');
    const lastPerson = mentions.filter((m) => m.kind === 'person' && m.role === 'subj').pop() ?? mentions.filter(titled).pop() ?? mentions.filter((m) => m.kind === 'person').pop();
    if (lastPerson) st.person = lastPerson.codes[0] ?? null;
    // the state of the one last named under each title ("Государственный секретарь США Энтони Блинкен" → секретарь: USA)
    for (const m of mentions) {
      const h = m.head >= 0 && m.head < m.start ? toks[m.head]?.a?.lemmas[0] ?? '' : '';
      if (h && this.g.titles.has(h) && m.codes.length === 1 && !IGOS.has(m.codes[0]!)) st.titled.set(titleKey(h), m.codes[0]!);
    }
    return out;
  }

  private _frame(def: Trigger, type: EventType, mode: string | null, t: number, toks: Tok[], ms: Mention[], st: State, passive: boolean, place: string | null, speaker: string[]):
    Ev | Ev[] | null {
    const codes = (pred: (m: Mention) => boolean): string[] => uniq(ms.filter(pred).flatMap((m) => m.codes));
    // a name that could be nominative or accusative is the subject before the verb, the object after it
    // a name that could be nominative or accusative is the subject before the verb, the object after it
    const before = ms.some((o) => o.role === 'subj' && o.start < t) ||
      // (a pronoun or a bare title before the verb is its subject too: "Он поблагодарил Казахстан")
      toks.some((x, i) => i < t && i >= (ms[0]?.start ?? 0) - 8 && ['NOUN', 'NPRO'].includes(x.a?.pos ?? '') && x.a!.cases.has('nomn') && !x.a!.cases.has('accs') && BARE_TITLE.has(x.a!.lemmas[0] ?? ''));
    const subjM = ms.filter((m) => m.role === 'subj' && (m.start < t || !before || !m.cases.has('accs')));
    let subj = passive ? [] : uniq(subjM.flatMap((m) => m.codes));
    // the clause of reported speech without a subject of its own speaks of its speaker ("заявил, что готов…")
    if (subj.length === 0 && speaker.length && !passive) subj = [...speaker];
    // "пригласил Эрдогана…, и тот принял приглашение": "тот" is the person the verb before it acted on
    const that = toks.findIndex((x, i) => i < t && (x.f === 'тот' || x.f === 'та') && !PREP.has(toks[i - 1]?.f ?? '') && !toks[i + 1]?.a?.cases.has('nomn'));
    const ante = that > 0 ? ms.filter((m) => m.start < that && m.kind === 'person' && !subjM.some((s) => s.start === m.start)).pop() : undefined;
    // (and the one who acted on it is who "тот" answers: "…, и тот принял приглашение" accepts Tokayev's)
    const answered = ante && !passive ? subj.filter((c) => !ante.codes.includes(c)) : [];
    if (ante && !passive) subj = [...ante.codes];
    const objects = codes((m) => (m.role === 'acc' || (m.role === 'subj' && !subjM.includes(m))));
    const dats = codes((m) => m.role === 'dat');
    const partners = codes((m) => m.role === 'with' || m.role === 'between');
    const gens = codes((m) => m.role === 'gen' || m.role === 'abl');
    const tos = codes((m) => m.role === 'to' || m.role === 'in_acc');
    let confidence = 1;
    // (a plural title opens the clause's subject; "визит главы государства" is a genitive after a noun)
    const pluralAt = (i: number): boolean => i < t && ((GENERIC_PLURAL.has(toks[i]!.f) && !!toks[i]!.a?.cases.has('nomn')) || (/^(?:оба|обе)$/.test(toks[i]!.f) && i === 0)) && !['NOUN', 'PREP'].includes(toks[i - 1]?.a?.pos ?? '') && !PREP.has(toks[i - 1]?.f ?? '');
    const generic = toks.some((x, i) => i !== t && ((x.a && x.a.lemmas.slice(0, 1).some((l) => GENERIC.has(l)) && x.a.cases.has('nomn')) || pluralAt(i)));
    let sides = false;
    if (subj.length === 0 && generic && st.parties.length) { subj = [...st.parties]; confidence = 0.6; sides = true; }
    // without a meeting, "стороны" are the sides the text last named together ("на кыргызско-таджикской границе…")
    else if (subj.length === 0 && st.pair.length > 1 && toks.some((x, i) => i < t && (x.f === 'стороны' || x.f === 'обе') && !PREP.has(toks[i - 1]?.f ?? ''))) { subj = [...st.pair]; confidence = 0.6; sides = true; }
    const bare = toks.findIndex((x, i) => i < t && x.a && BARE_TITLE.has(x.a.lemmas[0] ?? '') && x.a.cases.has('nomn') && !pluralAt(i) && !ms.some((m) => m.head === i || (i >= m.start && i < m.end)));
    // "Глава государства поблагодарил…" with no state named after it: the head of the state the story is told from
    const headOfState = bare >= 0 && toks[bare]!.f === 'глава' && toks[bare + 1]?.f === 'государства' && !ms.some((m) => m.start === bare + 2);
    if (subj.length === 0 && headOfState && st.home && !passive) { subj = [st.home]; confidence = 0.6; }
    // ("Затем госсекретарь провел переговоры…": a title names the one last named under it before the last person)
    const titledBefore = bare >= 0 ? st.titled.get(titleKey(toks[bare]!.a?.lemmas[0] ?? '')) : undefined;
    if (subj.length === 0 && bare >= 0 && titledBefore && !passive && titleKey(toks[bare]!.a?.lemmas[0] ?? '') !== 'глава') { subj = [titledBefore]; confidence = 0.6; }
    if (subj.length === 0 && bare >= 0 && st.person && !passive) { subj = [st.person]; confidence = 0.6; }
    // "Правительственная комиссия … приняла решение": an office named without its state is the story's own state's
    // (the office opens the sentence, after its adjectives only: "глава российского МИД" is no office as subject)
    const office = toks.findIndex((x, i) => i < t && x.a && HOME_OFFICE.has(x.a.lemmas[0] ?? '') && x.a.cases.has('nomn') && toks.slice(0, i).every((y) => y.a?.pos === 'ADJF') && !ms.some((m) => m.head === i || (i >= m.start && i < m.end)));
    if (subj.length === 0 && office >= 0 && st.home && !passive && !ms.some((m) => m.start === office + 1 && m.role === 'gen')) { subj = [st.home]; confidence = 0.6; }
    const loc = place ?? st.location;
    const lemma = toks[t]!.a!.lemmas[0] ?? '';
    // "пригласил … принять участие в саммите" invites to a happening (AGREE); only "к участию в" asks to join
    if (lemma === 'пригласить' && type === 'REQUEST' && !toks.slice(t + 1, t + 7).some((x, i, xs) => (x.f === 'к' || x.f === 'ко') && xs[i + 1]?.f.startsWith('участи'))) type = 'AGREE';
    if (lemma === 'принять' && toks.slice(t + 1, t + 3).some((x) => x.f.startsWith('участи'))) {
      def = { ...def, frame: 'meet' };
      mode = 'multilateral';
    }
    if (def.frame === 'visit' && ['прибыть', 'приехать', 'прилететь', 'приземлиться'].includes(lemma) && toks.some((x) => x.a && x.a.lemmas.slice(0, 1).some((l) => AID_WORDS.has(l)))) {
      // ("Гуманитарная помощь из Казахстана прибыла в Кабул": the state it comes from sends it)
      const fromM = codes((m) => m.role === 'from' && m.start < t).filter((c) => !IGOS.has(c));
      const actor = subj.length ? subj : partners.length ? partners : gens.length ? gens : fromM.slice(0, 1);
      const rec = uniq([...tos, ...codes((m) => m.role === 'in_loc')]).filter((c) => !actor.includes(c));
      if (rec.length) { st.recipient = rec; st.aider = actor; }
      return actor.length && rec.length ? { type: 'AID', mode: null, actor, recipient: rec, location: rec[0] ?? loc, confidence } : null;
    }
    switch (def.frame) {
      case 'meet': {
        // "На полях заседания состоялись встречи с министрами Саудовской Аравии и Пакистана": the meetings of the
        // one state the current gathering is told of
        const own = st.parties.filter((c) => !IGOS.has(c) && !partners.includes(c));
        if (subj.length === 0 && def.noun && partners.length > 1 && own.length === 1 && /и$/.test(toks[t]!.f)) { subj = own; confidence = 0.6; }
        // "Трамп сообщил, что после телефонного разговора с Токаевым … Казахстан присоединится": a meeting in a
        // phrase of time is the speaker's, not the clause subject's
        if (/^(?:после|перед)$/.test(toks[t - 1]?.f ?? '') && speaker.length) subj = [...speaker];
        let parties = uniq([...subj, ...partners]);
        // talks told by their topic ("обсудили ситуацию вокруг Украины"): only the subject and its partners take
        // part, never a state named in the topic
        // ("Стороны обсудили…", "Лидеры обсудили…": the sides of talks told already, never new ones; a format's
        // name in «…» is a topic)
        if (lemma === 'обсудить') {
          const quotedOnly = (c: string): boolean => ms.filter((m) => m.codes.includes(c)).every((m) => m.quoted);
          const named = uniq([...subj, ...partners]).filter((c) => !quotedOnly(c));
          if (sides || confidence < 1 || named.length < 2) return null;
          // ("обсудил … в телефонном разговоре с…", "обсудили по телефону": the talks were a call)
          const byPhone = toks.slice(t + 1, t + 9).some((x) => x.a && ['телефон', 'телефонный'].includes(x.a.lemmas[0] ?? ''));
          st.pairs = []; st.parties = named;
          return { type, mode: byPhone ? 'phone' : mode ?? (named.some((c) => IGOS.has(c)) || named.length > 2 ? 'multilateral' : null), actor: named, recipient: [], location: loc, confidence };
        }
        if (parties.length < 2) parties = uniq([...parties, ...gens]);
        // "провели заседание Совета регионов двух стран", "выступили на пленарном заседании межрегиональной конференции":
        // a session of the sides' regions during a visit brings in others than the visit's, a meeting of its own
        if (['заседание', 'форум', 'конференция', 'сессия'].includes(lemma) && toks.slice(t + 1, t + 6).some((x) => /^(?:межрегиональн|регионов$)/.test(x.f))) {
          const sides = (parties.length >= 2 ? parties : uniq([...parties, ...st.parties])).filter((c) => !IGOS.has(c));
          if (sides.length === 2) { st.parties = sides; return { type, mode: null, actor: sides, recipient: [], location: loc, confidence }; }
        }
        // "О'Салливан провел в Астане консультации с представителями правительства": an organisation's envoy meeting
        // the state it came to is a visit to it
        // (an envoy that is the subject, at talks or a meeting, not a session of its organisation's council)
        const igoVisit = mode === null && parties.length === 2 && loc && !IGOS.has(loc) && parties.includes(loc) && subj.some((c) => IGOS.has(c)) &&
          !['сессия', 'заседание', 'саммит'].includes(lemma) && !toks.some((x) => x.a && ['сессия', 'заседание', 'саммит'].includes(x.a.lemmas[0] ?? ''));
        if (igoVisit) {
          const envoy = parties.filter((c) => c !== loc);
          st.pairs = []; st.parties = parties;
          return { type, mode: 'visit', actor: envoy, recipient: [loc], location: loc, confidence };
        }
        // (talks with an organisation's official are no gathering of the state they are held in: "провела переговоры с
        // Токаевым в Самарканде")
        const byOrg = mode === null && !toks.some((x) => x.a && GATHERING.has(x.a.lemmas[0] ?? '') && x.a.lemmas[0] !== 'встреча');
        if (mode === null && parties.some((c) => IGOS.has(c))) mode = 'multilateral';
        // "Встречи прошли в здании МИД": a meeting noun that names no party of its own restates the current meetings
        if (parties.length === 0 && def.noun && mode !== 'multilateral' && st.parties.length) return null;
        if (parties.length < 2 && mode !== 'multilateral' && st.parties.length) { parties = uniq([...parties, ...st.parties]); confidence = 0.6; }
        if (mode === 'multilateral') parties = uniq([...parties, ...objects]);
        if (parties.length < 2 && (mode !== 'multilateral' || parties.length === 0)) return null;
        // "провел встречи с послами Германии, Франции и Италии": one meeting per counterpart; but one meeting or one
        // call with several ("встречу с президентами…", "после телефонного разговора с Токаевым и Нетаньяху") is one
        const single = toks.slice(Math.max(0, t - 1), t + 3).some((x) => SINGLE_MEETING.has(x.f));
        if (single && subj.length === 1 && partners.length > 1 && mode !== 'multilateral' && partners.every((c) => !subj.includes(c))) {
          st.pairs = []; st.parties = parties;
          return { type, mode: mode ?? (parties.length > 2 ? 'multilateral' : null), actor: parties, recipient: [], location: loc, confidence };
        }
        if (subj.length === 1 && partners.length > 1 && mode !== 'multilateral' && !partners.some((c) => IGOS.has(c)) && partners.every((c) => !subj.includes(c))) {
          st.parties = parties;
          st.pairs = partners.map((p) => [subj[0]!, p]);
          return partners.map((p) => ({ type, mode, actor: [subj[0]!, p], recipient: [], location: loc, confidence }));
        }
        if (mode === null && parties.length > 2) mode = 'multilateral';
        // the organisations whose gathering the text tells of, for later refusals to attend it
        if (parties.some((c) => IGOS.has(c))) st.orgs = parties.filter((c) => IGOS.has(c));
        // the state a summit meets in takes part in it
        // (a gathering of several states, too: "В саммите в Астане также приняли участие лидеры Азербайджана, Кыргызстана…")
        if (mode === 'multilateral' && !(byOrg && parties.filter((c) => !IGOS.has(c)).length <= 1) && loc && !IGOS.has(loc) && (parties.some((c) => IGOS.has(c)) || parties.filter((c) => !IGOS.has(c)).length > 2) && !parties.includes(loc)) parties.push(loc);
        // (with no place told, the talks are where the agency reports from: "АСТАНА, 24 апреля. … Кэмерон провел
        // переговоры с Нуртлеу")
        const onSidelines = toks.some((x) => x.f === 'полях' && toks[toks.indexOf(x) - 1]?.f === 'на');
        const at = loc ?? (lemma !== 'телефонный' && mode !== 'phone' && !onSidelines ? st.dateline : null);
        // "встретился с делегацией провинции Цинхай": a delegation met came to the one who met it
        const metNoun = (noun: string): Mention[] => {
          // the noun in the instrumental after "с", its adjectives between ("с Чрезвычайным и Полномочным Послом КНР")
          const at = toks.findIndex((x, i) => x.a?.lemmas[0] === noun && x.a.cases.has('ablt') && toks.slice(Math.max(0, i - 5), i).some((y) => y.f === 'с' || y.f === 'со'));
          return at < 0 ? [] : ms.filter((m) => m.start > at && m.start <= at + 5 && !subj.some((c) => m.codes.includes(c)));
        };
        const delegation = metNoun('делегация');
        if (mode === null && delegation.length && subj.length === 1 && !IGOS.has(subj[0]!)) {
          const actor = uniq(delegation.flatMap((m) => m.codes)).filter((c) => !IGOS.has(c));
          if (actor.length === 1) {
            st.pairs = []; st.parties = uniq([...actor, ...subj]); st.visitors = actor; st.host = subj[0]!;
            return { type, mode: 'visit', actor, recipient: [...subj], location: subj[0]!, confidence };
          }
        }
        // an ambassador met lives in the host state, and two sides met on the sidelines of a gathering both came to:
        // neither is a visit to the place the story is told from
        // (an ambassador who meets, "Посол США в Казахстане встретился с акимом", lives there as well)
        const envoy = metNoun('посол').length > 0 || subjM.some((m) => toks[m.head]?.a?.lemmas[0] === 'посол');
        if (mode === null && at && parties.includes(at) && parties.length === 2 && !envoy && !onSidelines) {
          const actor = parties.filter((c) => c !== at);
          const loc = at;
          st.pairs = []; st.parties = parties;
          // (a host not named, "с казахстанским коллегой", is someone met all the same, unlike an arrival)
          // (only a host named in the sentence: "Лидеры провели заседание совета" continues the talks told)
          const hostM = ms.filter((m) => ['with', 'abl', 'between'].includes(m.role) && m.codes.includes(loc));
          // (a host named as a subject, "Токаев и его узбекский коллега провели переговоры", is who was met too, so
          // that another host later, "узбекского лидера принял первый президент Назарбаев", is another meeting)
          const hostSubj = ms.find((m) => m.role === 'subj' && m.who && m.codes.includes(loc));
          const who = hostM.find((m) => m.who)?.who ?? hostSubj?.who ?? (hostM.length ? 'unnamed' : undefined);
          return { type, mode: 'visit', actor, recipient: [loc], location: loc, confidence, ...(who ? { who } : {}) };
        }
        st.pairs = []; st.parties = parties;
        return { type, mode, actor: parties, recipient: [], location: loc, confidence };
      }
      case 'visit': {
        // a participle of visiting is said of the name before it: "О'Брайен, посетивший Астану, предупредил…"
        const participle = toks[t]!.a!.pos === 'PRTF' ? ms.filter((m) => m.end <= t && m.role !== 'other').pop() : undefined;
        // "вспомнили визит понтифика в Астану": a visit noun's genitive is its visitor, whoever speaks of it
        const visitor = def.noun ? ms.find((m) => m.role === 'gen' && m.start > t && m.start <= t + 3 && toks.slice(t + 1, m.start).every((x) => x.a?.pos === 'ADJF')) : undefined;
        const actor = participle ? participle.codes.filter((c) => !IGOS.has(c)) : visitor ? visitor.codes.filter((c) => !IGOS.has(c)) : subj.length ? subj : gens.length ? gens : st.visitors;
        // a visit to an embassy or an exhibition is not a visit to the state
        const objs = lemma === 'посетить' || lemma === 'посещение' ? codes((m) => (m.role === 'acc' || m.role === 'subj') && !PREMISES.has(toks[m.head]?.a?.lemmas[0] ?? '')) : [];
        if (objs.length === 0 && ms.some((m) => PREMISES.has(toks[m.head]?.a?.lemmas[0] ?? ''))) return null;
        // (where the verb goes comes after it: "завершивший визит в Казахстан, прибыл в Самарканд" is in Uzbekistan)
        const ahead = codes((m) => (m.role === 'to' || m.role === 'in_acc') && m.start > t);
        const objsAhead = lemma === 'посетить' ? objs.filter((c) => ms.some((m) => m.start > t && m.codes.includes(c))) : [];
        const dest = uniq([...objsAhead, ...ahead, ...tos, ...objs, ...dats]).filter((c) => !actor.includes(c) && !IGOS.has(c));
        let host = dest[0] ?? (place && !actor.includes(place) ? place : null);
        // "ответил, что с удовольствием приедет": a visit promised without a destination is to the other side of the talks
        const others = st.parties.filter((c) => !actor.includes(c) && !IGOS.has(c));
        if (!host && toks[t]!.a!.tense === 'futr' && others.length === 1) host = others[0]!;
        if (!actor.length || !host) return null;
        // "посетил Вьетнам и Малайзию": visits to several states are one visit each (events.md rule 2)
        const several = lemma === 'посетить' ? objsAhead.filter((c) => !actor.includes(c) && !IGOS.has(c) && ms.some((m) => m.codes.includes(c) && m.kind === 'country')) : [];
        if (several.length > 1) {
          st.visitors = actor; st.host = several[several.length - 1]!; st.pairs = several.map((c) => [actor[0]!, c]); st.parties = uniq([...actor, ...several]);
          return several.map((c) => ({ type, mode: 'visit', actor, recipient: [c], location: c, confidence }));
        }
        // "В Душанбе прибыли президенты Казахстана, Кыргызстана и Узбекистана" after the summit there is told: leaders
        // of several states arriving at a gathering take part in it, no visit each
        if (st.gathering && actor.length > 1 && def.noun !== true && ARRIVE.has(lemma) && st.location === host) {
          st.parties = uniq([...st.parties, ...actor, host]);
          return { type, mode: 'multilateral', actor: uniq([...actor, host]), recipient: [], location: host, confidence };
        }
        st.visitors = actor; st.host = host; st.pairs = []; st.parties = uniq([...actor, host]); st.location = host;
        return { type, mode: 'visit', actor, recipient: [host], location: host, confidence };
      }
      case 'host': {
        // "Блинкен был принят Токаевым": the visitor is the subject, the host its instrumental agent
        if (passive || toks[t]!.a!.pos === 'ADJS') {
          const hosts = codes((m) => m.role === 'abl');
          const guests = codes((m) => m.role === 'subj').filter((c) => !hosts.includes(c));
          // "Беларусь была принята в организацию", "принята в ШОС": admitted to an organisation, it joins it
          const into = codes((m) => m.role === 'in_acc').filter((c) => IGOS.has(c));
          const org = into.length ? into : toks.slice(t + 1, t + 3).some((x) => x.f === 'в') && toks.slice(t + 1, t + 4).some((x) => x.f === 'организацию') ? uniq([...st.orgs, ...st.parties]).filter((c) => IGOS.has(c)) : [];
          if (!hosts.length && guests.length === 1 && org.length) return { type: 'SUPPORT', mode: null, actor: guests, recipient: org.slice(0, 1), location: loc, confidence };
          if (!hosts.length || guests.length !== 1) return null;
          st.pairs = []; st.parties = uniq([...guests, ...hosts]);
          const who = ms.find((m) => m.who && m.role === 'abl')?.who ?? 'unnamed';
          return { type, mode: 'visit', actor: guests, recipient: hosts.slice(0, 1), location: loc ?? hosts[0] ?? null, confidence, who };
        }
        // "принял верительные грамоты посла Афганистана": the two states meet (no visit: the envoy stays)
        if (toks.slice(t + 1, t + 3).some((x) => x.a?.lemmas[0] === 'грамота') && subj.length) {
          const envoy = gens.filter((c) => !subj.includes(c) && !IGOS.has(c));
          if (envoy.length === 1) return { type, mode: null, actor: uniq([...subj, ...envoy]), recipient: [], location: loc ?? subj[0] ?? null, confidence };
        }
        // "принял временного поверенного … и передал ему ноту": an envoy received to be handed a note is the protest
        if (ms.some((m) => toks.slice(Math.max(0, m.start - 4), m.start).some((x) => x.a && ENVOY.has(x.a.lemmas[0] ?? ''))) && toks.some((x) => x.a?.lemmas[0] === 'нота')) return null;
        // "принял приглашение", "принял предложение": accepting, not receiving a visitor
        if (toks.slice(t + 1, t + 3).some((x) => x.a && ['приглашение', 'предложение', 'мера', 'решение', 'закон', 'поправка'].includes(x.a.lemmas[0] ?? ''))) return null;
        let visitors = objects.filter((c) => !subj.includes(c));
        // "прибыл в Астану, где его принял президент Токаев": a pronoun received is the visitor told
        if (!visitors.length && (OBJECT_PRONOUN.has(toks[t - 1]?.f ?? '') || OBJECT_PRONOUN.has(toks[t + 1]?.f ?? ''))) visitors = st.visitors.filter((c) => !subj.includes(c));
        // "Саидова также принял глава государства": the host's head of state
        const bareAfter = toks.slice(t + 1, t + 3).some((x) => x.a && BARE_TITLE.has(x.a.lemmas[0] ?? '') && x.a.cases.has('nomn') && !ms.some((m) => m.start <= toks.indexOf(x) && toks.indexOf(x) < m.end));
        if (!subj.length && (bare >= 0 || bareAfter) && loc && !visitors.includes(loc)) subj = [loc];
        if (!visitors.length && toks.slice(t + 1, t + 4).some((x) => x.a && BARE_TITLE.has(x.a.lemmas[0] ?? ''))) visitors = gens.filter((c) => !subj.includes(c));
        if (!subj.length || !visitors.length) return null;
        if (visitors.length > 1) {
          st.pairs = []; st.parties = uniq([...subj, ...visitors]);
          return { type, mode: 'multilateral', actor: st.parties, recipient: [], location: loc ?? subj[0] ?? null, confidence };
        }
        st.pairs = []; st.parties = uniq([...visitors, ...subj]);
        // an ambassador received ("принял посла Японии") lives in the host state: a meeting, not a visit
        if (ms.some((m) => visitors.includes(m.codes[0] ?? '') && toks[m.head]?.a?.lemmas[0] === 'посол')) {
          return { type, mode: null, actor: uniq([...subj, ...visitors]), recipient: [], location: loc ?? subj[0] ?? null, confidence };
        }
        // a visitor received by someone else during the visit ("Мередова также принял Токаев") is a meeting of its own
        // ("также" says so; without it the reception is the visit told)
        const who = ms.find((m) => m.who && m.role === 'subj' && subj.includes(m.codes[0] ?? ''))?.who ?? 'unnamed';
        return { type, mode: 'visit', actor: visitors, recipient: subj, location: loc ?? subj[0] ?? null, confidence, again: objects.length > 0 && toks.some((x) => x.f === 'также'), who };
      }
      case 'joint': {
        // a ratification is one side's act on an agreement with the other ("ратифицировал соглашение с Китаем")
        if (lemma === 'ратифицировать' && subj.length && partners.some((c) => !subj.includes(c))) {
          return { type, mode, actor: subj, recipient: partners.filter((c) => !subj.includes(c)), location: loc, confidence };
        }
        let actor = uniq([...subj, ...partners]);
        if (actor.length === 0) actor = uniq([...partners, ...gens]);
        // "подписали казахстанско-узбекистанское соглашение": a compound adjective of the document names its sides
        const compound = uniq(ms.filter((m) => m.kind === 'adjective' && m.codes.length > 1).flatMap((m) => m.codes));
        if (actor.length < 2 && compound.length > 1 && actor.every((c) => compound.includes(c))) actor = compound;
        if (actor.length < 2 && st.parties.length && (actor.length === 0 || st.parties.includes(actor[0]!))) {
          actor = uniq([...actor, ...st.parties]);
          confidence = 0.6;
          // after one call or meeting per counterpart, "главы государств договорились…" is one act per pair
          if (st.pairs.length > 1 && actor.length === uniq(st.pairs.flat()).length && st.pairs.flat().every((c) => actor.includes(c))) {
            return st.pairs.map((p) => ({ type, mode, actor: [...p], recipient: [], location: loc, confidence }));
          }
        }
        // "подписан … во время государственного визита Токаева в Китай": the visit's sides signed
        // (an indeclinable destination reads as a place: "визита … в КНР")
        const visitAt = toks.findIndex((x) => x.a?.lemmas[0] === 'визит');
        const visited = visitAt < 0 ? [] : codes((m) => m.start > visitAt && (m.role === 'in_acc' || m.role === 'in_loc') && m.kind !== 'person').filter((c) => !actor.includes(c) && !IGOS.has(c));
        if (actor.length < 2 && visited.length) actor = uniq([...actor, ...visited.slice(0, 1)]);
        if (!actor.length) return null;
        // "подписал закон о поправках в Конституцию", "указ о назначении": a state's own act, not an agreement
        if (actor.length === 1 && partners.length === 0 && toks.slice(Math.max(0, t - 7), t + 4).some((x) => x.a && DOMESTIC_ACT.has(x.a.lemmas[0] ?? '')) && !toks.some((x) => x.f.startsWith('ратифик'))) return null;
        // "Главы государств договорились…" after one call per counterpart: one act per pair as well
        if (confidence < 1 && st.pairs.length > 1 && actor.length === uniq(st.pairs.flat()).length && st.pairs.flat().every((c) => actor.includes(c))) {
          return st.pairs.map((p) => ({ type, mode, actor: [...p], recipient: [], location: loc, confidence }));
        }
        // "подписал меморандумы с Венгрией, Словакией и Чехией": several documents, one with each counterpart
        // (one document with several, "соглашение с Венгрией и Словакией", is one act of them all)
        const withs = codes((m) => m.role === 'with').filter((c) => !subj.includes(c));
        const several = toks.slice(t + 1, t + 4).some((x) => x.a?.plural && DOCS.includes(x.a.lemmas[0] ?? ''));
        if (subj.length === 1 && withs.length > 1 && several && confidence === 1) {
          st.pairs = withs.map((p) => [subj[0]!, p]);
          return withs.map((p) => ({ type, mode, actor: [subj[0]!, p], recipient: [], location: loc, confidence }));
        }
        const recipient = type === 'AGREE' && subj.length ? uniq([...dats, ...tos]).filter((c) => !actor.includes(c)) : [];
        // "Министерства туризма двух стран также заключили меморандум": another document signed by the same sides
        // (", а также подписали" adds to the documents of one signing)
        const another = type === 'SUPPORT' && ['подписать', 'заключить'].includes(lemma) && toks.slice(0, t).some((x, i) => x.f === 'также' && !/^(?:а|и)$/.test(toks[i - 1]?.f ?? ''));
        return { type, mode, actor, recipient, location: loc, confidence, ...(another ? { again: true } : {}) };
      }
      case 'to': {
        // "Казахстан получил … помощи из Таджикистана": the giver acts, the subject receives
        if (lemma === 'получить' && type === 'AID') {
          const givers = codes((m) => m.role === 'from').filter((c) => !subj.includes(c));
          if (!givers.length || !subj.length) return null;
          st.recipient = subj; st.aider = givers;
          return { type, mode, actor: givers, recipient: subj, location: subj[0] ?? loc, confidence };
        }
        // "Посол Казахстана был вызван в МИД Украины", "В МИД России вызван посол Молдавии": the ministry's state
        // summons, the envoy's state is summoned
        if (lemma === 'вызвать' && passive) {
          const after = (words: string[]): string[] => {
            const k = toks.findIndex((x) => x.a && words.includes(x.a.lemmas[0] ?? ''));
            return k < 0 ? [] : (ms.find((m) => m.start > k && m.start <= k + 4)?.codes ?? []).filter((c) => !IGOS.has(c));
          };
          const by = after(['мид', 'министерство', 'внешнеполитический']);
          const envoy = after(['посол', 'поверенный', 'поверить', 'дипломат']).filter((c) => !by.includes(c));
          if (by.length !== 1 || envoy.length !== 1) return null;
          st.recipient = envoy;
          return { type, mode, actor: by, recipient: envoy, location: by[0]!, confidence };
        }
        // "обвиняют друг друга", "обменялись обвинениями": each side acts on the other
        if (subj.length > 1 && (toks.slice(t + 1, t + 4).some((x, i, xs) => x.f === 'друг' && /^друг(?:а|у|ом|е)$/.test(xs[i + 1]?.f ?? '')) || (toks[t - 1]?.a?.lemmas[0] === 'обменяться' && ['ACCUSE', 'THREATEN'].includes(type)))) {
          return subj.flatMap((a) => subj.filter((b) => b !== a).map((b) => ({ type, mode, actor: [a], recipient: [b], location: loc, confidence })));
        }
        let actor = subj.length ? subj : passive ? gens : [];
        if (!actor.length && def.noun) actor = gens.slice(0, 1);
        // agentless aid ("было решено направить Сирии …") is sent by whoever sent the document's last aid
        // ("Из Казахстана в Афганистан вылетел самолет с помощью": aid from a state is that state's)
        if (!actor.length && type === 'AID') actor = codes((m) => m.role === 'from' && m.start < t).filter((c) => !IGOS.has(c)).slice(0, 1);
        if (!actor.length && type === 'AID' && st.aider.length) { actor = [...st.aider]; confidence = 0.6; }
        if (!actor.length) return null;
        // (an envoy recalled "из Минска" is recalled from the state it was sent to)
        // (and a demand "от Молдавии" is made of it)
        const from = type === 'RETREAT' || lemma === 'отозвать' || (type === 'REQUEST' && lemma === 'потребовать') ? codes((m) => m.role === 'from') : [];
        // (an organisation named as a gathering's, "на саммите ОТГ", is where the act was told, not whom it is for)
        const venueOrg = (c: string): boolean => IGOS.has(c) && ms.some((m) => m.codes.includes(c) && m.role === 'gen' && ['саммит', 'заседание', 'сессия', 'форум'].includes(toks[m.start - 1]?.a?.lemmas[0] ?? toks[m.head]?.a?.lemmas[0] ?? ''));
        let recipient = uniq([...objects, ...dats, ...tos, ...partners, ...from, ...(def.noun && subj.length ? gens : [])]).filter((c) => !actor.includes(c) && !venueOrg(c));
        // "отказался приехать в Минск" while a summit is told: the refusal is of the organisation's gathering
        const arrival = ARRIVE.has(lemma);
        if (type === 'REJECT' && (lemma === 'направить' || arrival || toks.slice(t + 1, t + 3).some((x) => x.a && ['приехать', 'прибыть', 'участвовать', 'поехать', 'участие'].includes(x.a.lemmas[0] ?? '')))) {
          const orgs = uniq([...st.parties, ...st.orgs, ...codes((m) => m.start > t)]).filter((c) => IGOS.has(c) && !actor.includes(c));
          if (orgs.length) recipient = orgs;
          // "Пашинян в Бишкек не приехал": staying away is a refusal only of a gathering the text tells of
          else if (arrival) return null;
        }
        // "не рассматривает вступление в БРИКС": the organisation joined (an indeclinable name reads as a place)
        if (lemma === 'вступление') recipient = uniq(ms.filter((m) => m.start > t).flatMap((m) => m.codes)).filter((c) => IGOS.has(c) && !actor.includes(c));
        // "стала членом организации": the organisation named, else the one whose gathering the text tells of
        // ("получил в организации статус наблюдателя", "получил статус партнера ШОС": a status in it, the same)
        if (lemma === 'стать' || (lemma === 'получить' && type === 'SUPPORT')) {
          recipient = uniq([...gens, ...codes((m) => m.role === 'in_loc')]).filter((c) => IGOS.has(c) && !actor.includes(c));
          if (!recipient.length && toks.some((x) => x.f === 'организации')) recipient = uniq([...st.parties, ...st.orgs]).filter((c) => IGOS.has(c));
          if (!recipient.length) return null;
        }
        // "высоко оценил взаимодействие Астаны", "помощь пострадавшим в Турции": the recipient is named inside the object
        if (recipient.length === 0) recipient = gens.filter((c) => !actor.includes(c) && !venueOrg(c));
        // aid sent into a state, sanctions on firms registered in one ("компании, зарегистрированные в Казахстане")
        if (recipient.length === 0 && (type === 'AID' || type === 'SANCTION')) recipient = codes((m) => m.role === 'in_loc').filter((c) => !actor.includes(c));
        // (or from one: "санкции против компаний из Кыргызстана")
        if (recipient.length === 0 && type === 'SANCTION') recipient = codes((m) => m.role === 'from' && m.start > t).filter((c) => !actor.includes(c));
        // a pronoun object right after the verb ("обвиняет их в поставках в Россию", "поддержал его") is the last
        // act's recipient; names after it belong to the charge or the topic
        // (a person named earlier in the sentence, no subject, is whom it means: "В телефонном разговоре с Токаевым
        // Рахмон поблагодарил его за помощь")
        const namedBefore = OBJECT_PRONOUN.has(toks[t + 1]?.f ?? '') ? ms.filter((m) => m.start < t && m.kind === 'person' && m.role !== 'subj' && m.codes.every((c) => !actor.includes(c))).pop() : undefined;
        if (namedBefore) recipient = [...namedBefore.codes];
        else if (OBJECT_PRONOUN.has(toks[t + 1]?.f ?? '') && st.recipient.some((c) => !actor.includes(c))) {
          recipient = st.recipient.filter((c) => !actor.includes(c));
          confidence = 0.6;
        }
        // "вручил гостю медаль", "поздравил гостя": the guest is the visitor of the visit told
        const guest = toks.slice(t + 1, t + 4).some((x) => x.a?.lemmas[0] === 'гость' && !x.a.cases.has('nomn'));
        if (guest && st.visitors.some((c) => !actor.includes(c))) { recipient = st.visitors.filter((c) => !actor.includes(c)); confidence = 0.6; }
        // "призвал стороны", "приветствовал эти договоренности", "приветствовало подписание документа": the sides
        // the text last spoke of together
        if (recipient.length === 0 && toks.slice(t + 1, t + 4).some((x) => x.f === 'стороны' || x.f === 'сторон' || (x.a && ['договоренность', 'подписание'].includes(x.a.lemmas[0] ?? '')))) {
          recipient = st.pair.filter((c) => !actor.includes(c));
          confidence = 0.6;
        }
        // "странам региона", "для стран региона": the states of the current gathering but the actor
        if (recipient.length === 0 && toks.some((x, i, xs) => /^(?:стран|государств)/.test(x.f) && xs[i + 1]?.f === 'региона') && st.parties.some((c) => !actor.includes(c) && !IGOS.has(c))) {
          recipient = st.parties.filter((c) => !actor.includes(c) && !IGOS.has(c));
          confidence = 0.6;
        }
        // "Свои подразделения также направили Беларусь, Армения…": the same act to the last act's addressee
        if (recipient.length === 0 && ['AID', 'SUPPORT', 'REQUEST', 'ACCUSE'].includes(type) && toks.slice(0, t).some((x) => x.f === 'также') && st.recipient.some((c) => !actor.includes(c))) {
          recipient = st.recipient.filter((c) => !actor.includes(c));
          confidence = 0.6;
        }
        if (recipient.length === 0 && answered.length) recipient = answered;
        // condemning a terrorist attack with no one named condemns its unnamed perpetrators
        if (recipient.length === 0 && type === 'ACCUSE' && toks.some((x) => /^(?:теракт|террор|нападени)/.test(x.f))) recipient = ['IMG'];
        // aid told without anyone it goes to ("помощь оказана при содействии KazAID") restates the aid already told
        if (type === 'AID' && recipient.length === 0) return null;
        if (recipient.length) st.recipient = recipient;
        if (type === 'AID') st.aider = actor;
        // an invitation or a promise without a named addressee is made to the other side of the current talks
        // (the mediator's promise goes to the sides it hosts: "Астана готова оказывать добрые услуги")
        if (recipient.length === 0 && type === 'AGREE' && st.mediator && actor.length === 1 && actor[0] === st.mediator && st.parties.length) {
          recipient = [...st.parties];
          confidence = 0.6;
        }
        if (recipient.length === 0 && ['AGREE', 'SUPPORT'].includes(type) && st.parties.some((c) => !actor.includes(c)) && actor.every((c) => st.parties.includes(c))) {
          recipient = st.parties.filter((c) => !actor.includes(c));
          confidence = 0.6;
        }
        // "подтвердил готовность укреплять партнерство двух стран" with no talks told: the two are the actor and whom
        // it last addressed
        if (recipient.length === 0 && type === 'AGREE' && /(?:двух стран|двусторонн)/.test(toks.map((x) => x.f).join(' ')) && st.recipient.some((c) => !actor.includes(c))) {
          recipient = st.recipient.filter((c) => !actor.includes(c));
          confidence = 0.6;
        }
        // "передав каждой из стран по 5 тысяч тонн муки": a gift shared out is one gift (or promise) per recipient
        // (aid to several with no share named stays one act)
        if (['AID', 'AGREE'].includes(type) && actor.length === 1 && recipient.filter((c) => !IGOS.has(c)).length > 1 && toks.some((x) => /^кажд/.test(x.f))) {
          return recipient.filter((c) => !IGOS.has(c)).map((r) => ({ type, mode, actor, recipient: [r], location: loc, confidence }));
        }
        // congratulations, thanks, invitations from several leaders are one act each
        // (but "Оба министра поблагодарили…", the sides told together, thank jointly)
        if (actor.length > 1 && recipient.length && !sides) return actor.map((a) => ({ type, mode, actor: [a], recipient, location: loc, confidence }));
        return { type, mode, actor, recipient, location: loc, confidence };
      }
    }
  }

  /** The state of the dateline's city ("АСТАНА, 24 апреля. /Kazinform/."): where the agency reports from. */
  private _dateline(text: string): string | null {
    const m = /^([А-ЯЁ][А-ЯЁ-]+(?:\s[А-ЯЁ][А-ЯЁ-]+)?),\s/.exec(text);
    if (!m) return null;
    const w = tokens(m[1]!).map((x) => x.f);
    const hit = this.g.matchAt(w, 0);
    const e = hit && hit.end === w.length ? hit.entries.find((x) => x.kind === 'city' || x.kind === 'seat') : undefined;
    return e && !IGOS.has(e.code) ? e.code : null;
  }

  /**
   * The state the story is told from, for offices named without one ("Правительство", "Правительственная комиссия"):
   * the state of the dateline's city ("АСТАНА, 28 ноября."), else of the first capital or seat of power named.
   */
  private _home(text: string): string | null {
    const toks = tokens(text.slice(0, 3000));
    const forms = toks.map((x) => x.f);
    for (let i = 0; i < toks.length; i++) {
      if (!toks[i]!.cap) continue;
      const m = this.g.matchAt(forms, i);
      const e = m?.entries.find((x) => x.kind === 'city' || x.kind === 'seat');
      if (e && !IGOS.has(e.code)) return e.code;
    }
    return null;
  }

  /** Names in the sentence with the role their noun phrase plays. */
  private _mentions(toks: Tok[], day: string | null): Mention[] {
    const forms = toks.map((t) => t.f);
    const raw: { start: number; end: number; codes: string[]; kind: RuKind; cases: Set<string>; who?: RuEntry }[] = [];
    for (let i = 0; i < toks.length; i++) {
      if (!toks[i]!.word) continue;
      const m = this.g.matchAt(forms, i);
      if (m) {
        const e = pick(m.entries, day);
        // names are written with a capital ("кроме того" is not Togo); adjectives and generic blocs are not
        if (e && (toks[i]!.cap || e.kind === 'adjective' || e.kind === 'bloc')) {
          const codes = e.members ? this.g.members(e.members, day) : [e.code];
          raw.push({ start: i, end: m.end, codes, kind: e.kind, cases: m.cases, ...(e.kind === 'person' ? { who: e } : {}) });
          i = m.end - 1;
          continue;
        }
      }
      // "российско-казахстанский": every part names a state
      const parts = toks[i]!.f.split('-');
      if (parts.length > 1) {
        const codes: string[] = [];
        for (const p of parts.slice(0, -1)) { const c = this.g.adjectiveStems.get(p.replace(/о$/, '')); if (c) codes.push(c); }
        const last = this.g.matchAt([parts[parts.length - 1]!], 0);
        const le = last && pick(last.entries, day);
        if (codes.length && le && le.kind === 'adjective') raw.push({ start: i, end: i + 1, codes: uniq([...codes, le.code]), kind: 'adjective', cases: last!.cases });
      }
    }
    const out: Mention[] = [];
    const inMention = (k: number): boolean => raw.some((r) => k >= r.start && k < r.end);
    // "По данным Акорды, Токаев…", "Как сообщает пресс-служба МИД, министр…": the source an opening phrase names is
    // no party, and the comma closing it ends no list
    const attrEnd = ATTRIBUTION.test(toks.slice(0, 4).map((x) => x.f).join(' ')) ? toks.findIndex((x) => x.s === ',') : -1;
    for (const r of raw) {
      let k = r.start - 1;
      // a title opens its phrase: the name before it belongs to another ("в Белом доме президент Азербайджана")
      const opens = (j: number): boolean => j < r.start && !inMention(j) && this.g.titles.has(toks[j]!.a?.lemmas[0] ?? '') && toks[j]!.a!.cases.has('nomn');
      // (a state named right after a person's name is not in that person's phrase: "с … Нетаньяху Казахстан присоединится")
      // (nor after a capitalised word the gazetteer does not know, a name of a person it lacks)
      const afterPerson = (j: number): boolean => r.kind !== 'person' && j === r.start - 1 &&
        (raw.some((x) => (x.kind === 'person' || ((x.kind === 'country' || x.kind === 'igo') && (r.kind === 'country' || r.kind === 'igo'))) && x.end === j + 1) || (toks[j]!.cap && !inMention(j) && toks[j]!.a?.pos !== 'ADJF' && !this.g.titles.has(toks[j]!.a?.lemmas[0] ?? '')));
      // (nor is a place right before a name, in its own prepositional phrase: "В Ереване Пашинян отказался…",
      // "До Астаны южнокорейский президент побывал…")
      const placeBefore = (j: number): boolean => raw.some((x) => x.end === r.start && j >= x.start && j < x.end && x.kind !== 'person' && x.kind !== 'adjective' && PREP.has(toks[x.start - 1]?.f ?? ''));
      // (nor a place in its prepositional phrase before a title in any case: "принял в Акорде премьер-министра Венгрии")
      const placeThenTitle = (j: number): boolean => j + 1 < r.start && !inMention(j + 1) && this.g.titles.has(toks[j + 1]!.a?.lemmas[0] ?? '') &&
        raw.some((x) => j >= x.start && j < x.end && ['city', 'seat', 'country'].includes(x.kind) && PREP.has(toks[x.start - 1]?.f ?? ''));
      while (k >= 0 && toks[k]!.word && !PREP.has(toks[k]!.f) && (inMention(k) || chainable(toks[k]!, this.g)) && !(inMention(k) && opens(k + 1)) && !afterPerson(k) && !placeBefore(k) && !placeThenTitle(k)) k--;
      let head = -1;
      for (let h = k + 1; h < r.start; h++) {
        const a = toks[h]!.a;
        // a first name ("Сергей Лавров") is not the phrase's head: the dictionary mis-reads names in lower case
        if (inMention(h) || (a && ((a.pos === 'NOUN' && !toks[h]!.cap) || this.g.titles.has(a.lemmas[0] ?? '')))) { head = h; break; }
      }
      if (head < 0 && r.kind === 'adjective') {
        // an adjective's case is its noun's: "казахстанскую делегацию"
        let j = r.end;
        while (j < toks.length && toks[j]!.word && toks[j]!.a?.pos === 'ADJF') j++;
        if (j < toks.length && toks[j]!.word && toks[j]!.a?.pos === 'NOUN') head = j;
      }
      let cases = r.cases;
      if (head >= 0 && head !== r.start) {
        const hr = raw.find((x) => head >= x.start && head < x.end);
        const hc = hr ? hr.cases : toks[head]!.a!.cases;
        if (r.kind === 'adjective' && head >= r.end) cases = new Set([...r.cases].filter((c) => hc.has(c)));
        else cases = hc;
        if (cases.size === 0) cases = hc;
      }
      const prep = k >= 0 && toks[k]!.word && PREP.has(toks[k]!.f) ? toks[k]!.f : null;
      let role = roleOf(prep, cases, r.kind === 'adjective' && head >= r.end && TRIGGERS.has(toks[head]!.a?.lemmas[0] ?? ''));
      // after a verb, a form that is dative or genitive ("направить Сирии") is the dative
      if (!prep && k >= 0 && ['VERB', 'INFN'].includes(toks[k]!.a?.pos ?? '') && cases.has('datv') && !cases.has('nomn') && role === 'gen') role = 'dat';
      // a name right after a noun it does not belong to is that noun's genitive ("по линии ОДКБ", "визит Токаева")
      // (not an indeclinable name right before its verb: "на полях встречи Мурат Нуртлеу провел…")
      // (but an organisation's acronym after its gathering is the gathering's: "по итогам саммита ОДКБ раскритиковал")
      const ofGathering = r.codes.some((c) => IGOS.has(c)) && k >= 0 && GATHERING.has(toks[k]!.a?.lemmas[0] ?? '');
      const beforeVerb = cases.size >= 5 && toks[r.end]?.a?.pos === 'VERB' && !ofGathering;
      if (!prep && !beforeVerb && k >= 0 && toks[k]!.a?.pos === 'NOUN' && cases.has('gent') && (r.kind !== 'adjective' || head >= 0 && head < r.start)) role = 'gen';
      // a place named in apposition ("провинции Шаньдун", "в области Абай") has the case of the noun it names
      if (!prep && r.kind === 'city' && k >= 0 && APPOSITION.has(toks[k]!.a?.lemmas[0] ?? '')) {
        const p0 = toks[k - 1]?.word && PREP.has(toks[k - 1]!.f) ? toks[k - 1]!.f : null;
        role = p0 ? roleOf(p0, toks[k]!.a!.cases, false) : toks[k - 1]?.a?.pos === 'NOUN' || toks[k]!.a!.cases.has('gent') && !toks[k]!.a!.cases.has('nomn') ? 'gen' : roleOf(null, toks[k]!.a!.cases, false);
      }
      // "временному поверенному в делах России": the state of a chargé d'affaires takes the chargé's case and role
      if (prep && /^(?:в|во)$/.test(prep) && toks[k + 1]?.f === 'делах' && k + 2 === r.start && /^поверенн/.test(toks[k - 1]?.f ?? '')) {
        let j = k - 2;
        while (j >= 0 && toks[j]!.a?.pos === 'ADJF') j--;
        const p1 = j >= 0 && PREP.has(toks[j]!.f) ? toks[j]!.f : null;
        cases = toks[k - 1]!.a?.cases ?? cases;
        role = roleOf(p1, cases, false);
      }
      // coordination: "с Узбекистаном и Кыргызстаном", "Казахстан, Россия и Китай" share the first one's role
      const prevM = out[out.length - 1];
      if (!prep && prevM && k >= 0 && (toks[k]!.f === 'и' || toks[k]!.f === ',')) {
        // the same preposition governs the whole list when the case agrees and no verb intervenes
        // ("с эмиром Катара шейхом Тамимом … и президентом ОАЭ")
        const governed = GOVERNS[prevM.role];
        const between = toks.slice(prevM.end, k);
        if (prevM.end === k) role = prevM.role;
        // (a capitalised word there is part of a name the dictionary mis-reads: "Аль Тани" is no verb)
        else if (governed && cases.has(governed) && !between.some((x) => (!x.cap && ['VERB', 'INFN', 'PRTF', 'GRND'].includes(x.a?.pos ?? '')) || (x.word && PREP.has(x.f)))) role = prevM.role;
      }
      if (attrEnd > 0 && r.start < attrEnd) role = 'other';
      else if (attrEnd > 0 && k === attrEnd && toks[k]!.s === ',') role = roleOf(null, cases, false);
      // "в ответ на обращение украинской стороны": what is answered, no agent of the answer
      if (toks.slice(Math.max(0, r.start - 5), r.start).some((x, j, xs) => x.f === 'ответ' && xs[j - 1]?.f === 'в' && xs[j + 1]?.f === 'на')) role = 'other';
      // "в соответствии с практикой ООН", "в связи с визитом": a complex preposition, no partner
      // (and a name hanging off that noun: "в соответствии с практикой ООН")
      const complex = (j: number): boolean => /^(?:с|со)$/.test(toks[j]?.f ?? '') && /^(?:соответствии|связи|наряду|сравнению)$/.test(toks[j - 1]?.f ?? '');
      if ((prep && complex(k)) || (role === 'gen' && complex(k - 1))) role = 'other';
      // "на полях сессии Генассамблеи ООН", "на полях конференции ООН": the gathering beside which sides met is
      // where they were, its organisation no party to what they did
      if (r.codes.some((c) => IGOS.has(c)) && sidelines(toks, r.start)) role = 'other';
      // "по линии ОИС", "по каналам ООН": the channel an act goes through, no party to it
      if (!prep && k >= 1 && /^(?:линии|каналам|каналу)$/.test(toks[k]!.f) && toks[k - 1]!.f === 'по') role = 'other';
      // a name inside «…» names a format or a project ("саммит «Центральная Азия – Республика Корея»"), no party to an act
      // (a format joins its sides with a dash or a plus; "«Азербайджанских авиалиний»" is a company of its state)
      const open = toks.slice(0, r.start).map((x) => x.s).lastIndexOf('«');
      const close = toks.findIndex((x, j) => j > open && x.s === '»');
      const quoted = open >= 0 && close > r.start && toks.slice(open, close).some((x) => ['–', '—', '-', '+'].includes(x.s));
      out.push({ start: r.start, end: r.end, codes: r.codes, kind: r.kind, cases, prep, role, head, quoted, ...(r.who ? { who: r.who } : {}) });
    }
    return out;
  }
}

/**
 * A summit is one event however many sentences describe it: the document's multilateral meetings merge into the
 * first, with every participant named, and what the summit's participants adopted together (a joint act whose
 * parties came from the discourse) takes the same party list.
 */
export function mergeSummit(events: CodedEvent[], participation = /участ|присутствова|представлял|прибыл/i): CodedEvent[] {
  // a later sentence adds to the first summit when it lists who took part in it ("В ней приняли участие…", "В Душанбе
  // прибыли президенты…"),
  // unless it names another format of its own ("в формате «ШОС плюс»")
  const first = events.find((e) => e.event_type === 'CONSULT' && e.mode === 'multilateral');
  if (!first) return events;
  // (or when it names the same participants again: "Встречу с президентами … провел президент США")
  const same = (e: CodedEvent): boolean => { const a = uniq([...e.actor, ...e.recipient]); const b = uniq([...first.actor, ...first.recipient]); return a.length === b.length && a.every((c) => b.includes(c)); };
  const multi = events.filter((e) => e === first || (e.event_type === 'CONSULT' && e.mode === 'multilateral' && ((participation.test(e.text) && !/формат/i.test(e.text)) || same(e))));
  const all = uniq(multi.flatMap((e) => [...e.actor, ...e.recipient]));
  // a summit dated only later in the text ("Саммит … прошел в пятницу") dates its own meeting told earlier
  const day = multi.map((e) => e.date).find((d) => d && d.length === 10);
  if (day && first.date && first.date.length < 10 && day.startsWith(first.date)) first.date = day;
  first.actor = all;
  first.recipient = [];
  const out: CodedEvent[] = [];
  // (unless a meeting of just those sides was told after the summit: "По итогам этих переговоров было подписано…")
  let bilateral: string[] | null = null;
  for (const e of events) {
    if (e !== first && multi.includes(e)) continue;
    if (e.event_type === 'CONSULT' && e.mode !== 'multilateral' && events.indexOf(e) > events.indexOf(first)) bilateral = uniq([...e.actor, ...e.recipient]);
    const own = /(?:этих|этой|этого)\s+(?:переговоров|встречи|визита|бесед)/i.test(e.text) && bilateral !== null && bilateral.length === e.actor.length && e.actor.every((c) => bilateral!.includes(c));
    // (only acts told after the summit: what the two sides adopted before it stays theirs)
    if (e !== first && !own && events.indexOf(e) > events.indexOf(first) && (e.confidence ?? 1) < 1 && e.recipient.length === 0 && ['SUPPORT', 'AGREE'].includes(e.event_type) && e.actor.every((c) => all.includes(c))) e.actor = [...all];
    // (what its leaders agreed, told before the day is: "Лидеры … договорились…. Саммит прошел в пятницу")
    if (day && e.recipient.length === 0 && ['SUPPORT', 'AGREE'].includes(e.event_type) && e.date && e.date.length < 10 && day.startsWith(e.date) && e.actor.length > 2 && e.actor.every((c) => all.includes(c))) e.date = day;
    out.push(e);
  }
  return out;
}

const isObserver = (x: Tok | undefined): boolean => !!x?.a && x.a.lemmas.slice(0, 2).includes('наблюдатель');

/**
 * Observers attend a summit without being its parties (PLOVER codes the members that meet): a name whose relative
 * clause gives it observer status ("премьер-министр Венгрии, которая имеет статус наблюдателя"), whose phrase is
 * headed by "наблюдатель" ("страна-наблюдатель Монголия"), or the subject of a clause "в качестве наблюдателя".
 */
export function withoutObservers<M extends { start: number; end: number; role: string; head: number }>(toks: Tok[], ms: M[]): M[] {
  if (!toks.some(isObserver)) return ms;
  const clauses = clausesOf(toks);
  const clauseOf = (i: number) => clauses.find(([a, b]) => i >= a && i < b) ?? [0, toks.length];
  const kept = ms.filter((m) => {
    if (isObserver(toks[m.head]) || isObserver(toks[m.start - 1]) || toks[m.start - 1]?.f.endsWith('-наблюдатель')) return false;
    // ("Туркменистан – государство-наблюдатель – представлял…": the status in apposition after the name)
    if (['–', '—', ','].includes(toks[m.end]?.s ?? '') && (isObserver(toks[m.end + 1]) || toks[m.end + 1]?.f.endsWith('-наблюдатель') || isObserver(toks[m.end + 2]))) return false;
    const [c0, c1] = clauseOf(m.start);
    const next = clauses.find(([a]) => a === c1 + 1);
    // the relative clause right after the name ("…Венгрии, которая имеет статус наблюдателя")
    if (m.end >= c1 - 1 && next && /^котор/.test(toks[next[0]]?.f ?? '') && toks.slice(next[0], next[1]).some(isObserver)) return false;
    const own = toks.slice(c0, c1);
    return !(m.role === 'subj' && own.some((x, i) => x.f === 'качестве' && isObserver(own[i + 1])));
  });
  // (the people of a state named an observer in the same clause: "Туркменистан – государство-наблюдатель – представлял
  // председатель Халк Маслахаты Гурбангулы Бердымухамедов")
  const dropped = ms.filter((m) => !kept.includes(m));
  if (!dropped.length) return kept;
  return kept.filter((m) => {
    const [c0, c1] = clauseOf(m.start);
    return !dropped.some((d) => d.start >= c0 && d.end <= c1 && (d as unknown as { codes?: string[] }).codes?.some((c) => (m as unknown as { codes?: string[] }).codes?.includes(c)));
  });
}

/** The entry of a name in force on the day (office-holders by their term), preferring states and people. */
function pick(entries: RuEntry[], day: string | null): RuEntry | null {
  const live = entries.filter((e) => e.kind !== 'person' || !day || ((e.from ?? '') <= day && (!e.to || e.to >= day)));
  return live[0] ?? entries[0] ?? null;
}

function roleOf(prep: string | null, cases: Set<string>, modifiesTrigger: boolean): Role {
  if (modifiesTrigger) return 'gen';
  switch (prep) {
    case 'с': case 'со': return cases.has('ablt') ? 'with' : 'other';
    case 'между': return 'between';
    case 'к': case 'ко': return 'to';
    case 'в': case 'во': case 'на': return cases.has('loct') && !cases.has('accs') ? 'in_loc' : cases.has('accs') ? (cases.has('loct') ? 'in_loc' : 'in_acc') : 'other';
    case 'из': case 'от': return 'from';
    case 'для': case 'против': return 'to';
    case null: break;
    default: return 'other';
  }
  if (cases.has('nomn')) return 'subj';
  if (cases.has('datv') && !cases.has('gent') && !cases.has('accs')) return 'dat';
  if (cases.has('accs')) return 'acc';
  if (cases.has('gent')) return 'gen';
  if (cases.has('datv')) return 'dat';
  if (cases.has('ablt')) return 'abl';
  return 'other';
}

function chainable(t: Tok, g: RuGazetteer): boolean {
  const a = t.a;
  if (!a) return false;
  const l = a.lemmas[0] ?? '';
  if (TRIGGERS.has(l) && !g.titles.has(l)) return false;
  return g.titles.has(l) || g.titles.has(t.f) || OFFICE.has(l) || a.pos === 'ADJF' || a.pos === 'NUMR' || (t.cap && a.pos !== 'VERB' && a.pos !== 'PREP' && a.pos !== 'CONJ');
}

function triggerOf(a: Analysis, toks: Tok[], t: number, end: number): Trigger | null {
  for (const l of [a.form, ...a.lemmas.slice(0, 2)]) {
    for (const def of TRIGGERS.get(l) ?? []) {
      if (def.with) {
        // (an object before a negated verb sits further back: "своего представителя на саммит не направила")
        // (figures and their punctuation do not count: "получил 3,5 тысячи тонн гуманитарной помощи")
        const after: Tok[] = [];
        for (let j = t + 1; j < end && after.length < 5; j++) if (toks[j]!.word && !/^\d/.test(toks[j]!.f)) after.push(toks[j]!);
        // (and a passive's object is its subject, before it: "Посол Казахстана был вызван в МИД")
        const near = after.concat(toks.slice(Math.max(0, t - (def.onlyNegated || a.pos === 'PRTS' ? 5 : 2)), t));
        if (!near.some((x) => x.a && x.a.lemmas.slice(0, 2).some((w) => def.with!.includes(w)))) continue;
      }
      return def;
    }
  }
  return null;
}

/** A noun trigger that hangs off another noun ("подготовку очередного заседания") names no happening of its own. */
function complementOfNoun(toks: Tok[], t: number): boolean {
  // only a genitive hangs off a noun before it ("странам региона помощь": the aid is the verb's object)
  if (!toks[t]!.a?.cases.has('gent')) return false;
  let k = t - 1;
  // (an adjective the analyser reads as a noun, "совместные военные учения", still agrees with it)
  const adjectival = (x: Tok): boolean => ['ADJF', 'NUMR', 'PRTF'].includes(x.a?.pos ?? '') || (!x.cap && x.a?.pos === 'NOUN' && /ые$/.test(x.f) && /(?:ия|ья|ы|и|а|я)$/.test(toks[t]!.f));
  while (k >= 0 && toks[k]!.word && adjectival(toks[k]!)) k--;
  const x = toks[k];
  // ("в этом году учения": a noun of time takes no complement)
  // (nor after a dative that is the verb's addressee: "передал казахстанскому лидеру поздравления" is the object)
  // (a dative under a preposition is no addressee: "по итогам первой встречи")
  const addressee = !!x?.a && x.a.cases.has('datv') && !['nomn', 'gent', 'accs', 'ablt'].some((c) => x.a!.cases.has(c)) && toks[t]!.a!.cases.has('accs') &&
    !toks.slice(Math.max(0, k - 3), k).some((y) => y.word && PREP.has(y.f));
  return !!x && x.word && !x.cap && x.a?.pos === 'NOUN' && !addressee && !TRIGGERS.has(x.a.lemmas[0] ?? '') && !TIME_NOUNS.has(x.a.lemmas[0] ?? '');
}

/** a title's short forms are the title ("госсекретарь" is a "государственный секретарь") */
const titleKey = (l: string): string => (l === 'госсекретарь' ? 'секретарь' : l === 'премьер' ? 'премьер-министр' : l);

/** an envoy's nouns (the analyser reads "поверенный в делах" as the participle of "поверить") */
const ENVOY = new Set(['посол', 'поверенный', 'поверить', 'посланник', 'дипломат']);

/** ceremonies: taking part in one is no meeting ("церемония чествования", "возложение венков") */
const CEREMONY = new Set(['церемония', 'чествование', 'возложение', 'концерт']);

/** nouns of a state of affairs: a place in their "в + предложный" is the topic's, not where the act happened */
const TOPIC_NOUNS = new Set(['ситуация', 'обстановка', 'положение', 'урегулирование', 'кризис', 'конфликт', 'мир', 'стабильность', 'безопасность', 'событие', 'война']);

/** The place at `i` hangs off a topic noun before its preposition ("ситуация в Афганистане"). */
function topicPlace(toks: Tok[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && toks[k]!.word && !PREP.has(toks[k]!.f)) k--;
  if (k < 0 || !PREP.has(toks[k]!.f)) return false;
  return TOPIC_NOUNS.has(toks[k - 1]?.a?.lemmas[0] ?? '');
}

/** nouns naming a stage of a happening: the happening in the genitive after them is the one told */
const STAGE = new Set(['этап', 'раунд', 'тур', 'фаза']);

/** The noun trigger at `t` is the genitive of a stage noun before it, past its adjectives ("второй этап совместных учений"). */
function stageOf(toks: Tok[], t: number): boolean {
  if (!toks[t]!.a?.cases.has('gent')) return false;
  let k = t - 1;
  while (k >= 0 && toks[k]!.word && ['ADJF', 'NUMR', 'PRTF'].includes(toks[k]!.a?.pos ?? '')) k--;
  return STAGE.has(toks[k]?.a?.lemmas[0] ?? '');
}

/** A congratulation whose "с + творительный" (or "по случаю") is an anniversary or a holiday ("с 30-летием", "по случаю Дня независимости"). */
function courtesy(toks: Tok[], t: number, end: number): boolean {
  const k = toks.findIndex((x, i) => i > t && i < end && (x.f === 'с' || x.f === 'со' || (x.f === 'случаю' && toks[i - 1]?.f === 'по')));
  return k > 0 && toks.slice(k + 1, Math.min(end, k + 3)).some((x) => x.f.endsWith('летием') || x.f.endsWith('летия') || COURTESY.has(x.a?.lemmas[0] ?? ''));
}

function prevWord(toks: Tok[], t: number, c0: number): string | null {
  for (let k = t - 1; k >= c0; k--) {
    const x = toks[k]!;
    if (!x.word) return null;
    if (x.f === 'был' || x.f === 'была' || x.f === 'было' || x.f === 'были' || x.f === 'будет') continue;
    return x.f;
  }
  return null;
}

/** Clauses: reported speech and relative clauses ("заявил, что…", "который…") are their own. */
/** A clause "а X – Y" (after a comma): a contrast naming a party and a dash, with no verb or negation of its own. */
function ellipsis(toks: Tok[], c0: number, c1: number): boolean {
  if (!/^(?:а|и)$/.test(toks[c0]?.f ?? '')) return false;
  const own = toks.slice(c0 + 1, c1);
  return own.some((x) => x.s === '–' || x.s === '—') && !own.some((x) => /^(?:не|нет|ни)$/.test(x.f) || (!x.cap && x.a && ['VERB', 'INFN', 'PRTS', 'PRTF', 'GRND'].includes(x.a.pos)));
}

/** From `i` to the next comma there is a capitalised nominative and, after it, a finite verb of its own. */
function ownClause(toks: Tok[], i: number): boolean {
  let subj = false;
  for (let j = i; j < toks.length && toks[j]!.s !== ','; j++) {
    const x = toks[j]!;
    if (x.cap && x.a?.cases.has('nomn')) subj = true;
    else if (subj && !x.cap && x.a?.pos === 'VERB' && x.a.tense) return true;
  }
  return false;
}

function clausesOf(toks: Tok[]): [number, number][] {
  const out: [number, number][] = [];
  let s = 0;
  for (let i = 0; i < toks.length; i++) {
    const x = toks[i]!;
    const next = toks[i + 1];
    if (x.s === ';' || (x.s === ',' && next && /^(?:что|чтобы|который|которая|которое|которые|которого|которой|которых|где|когда|а|но|однако)$/.test(next.f) && !(next.f === 'а' && toks[i + 2]?.f === 'также')) ||
      // "пригласил турецкого коллегу посетить Казахстан, и Эрдоган принял приглашение": a second subject and its verb
      (x.s === ',' && next?.f === 'и' && ownClause(toks, i + 2)) ||
      // ", обвинив его в содействии России": a perfective gerund's phrase is its own clause, its names none of the verb's
      (x.s === ',' && next?.a?.pos === 'GRND' && /(?:в|вши)$/.test(next.f) && i > 0)) {
      out.push([s, i]);
      s = i + 1;
    }
  }
  out.push([s, toks.length]);
  return out;
}

function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  const re = new RegExp(`${WORD_RE.source}|[^\\s]`, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const s = m[0];
    const word = /[A-Za-zА-Яа-яЁё0-9]/.test(s);
    const f = s.toLowerCase().replace(/ё/g, 'е');
    out.push({ s, f, start: m.index, word, cap: /^[A-ZА-ЯЁ]/.test(s), a: word && /[а-я]/.test(f) ? family(analyse(f)) : null });
  }
  return out;
}


/**
 * A form read as its family's head lemma ("подписывает" as "подписать"), keeping its own tense and part of speech.
 * (An imperfective gerund tells the manner of another act, "пикетировали, требуя освободить…", no act of its own.)
 */
function family(a: Analysis): Analysis {
  const head = a.pos === 'GRND' ? undefined : FAMILY.get(a.lemmas[0] ?? '');
  return head ? { ...a, lemmas: [head, ...a.lemmas] } : a;
}

/** A sentence whose finite verbs are all in the future ("во вторник пройдет саммит") tells of what is ahead. */
function tellsFuture(toks: Tok[]): boolean {
  const verbs = toks.filter((x) => !x.cap && x.a?.pos === 'VERB' && x.a.tense);
  return verbs.length > 0 && verbs.every((x) => x.a!.tense === 'futr') ||
    // (the analytic future: "будет проводить", "будут поставлять")
    verbs.length === 0 && toks.some((x, i) => /^буд(?:ет|ут)$/.test(x.f) && toks[i + 1]?.a?.pos === 'INFN');
}

/**
 * The sentence without its participial phrases set off by commas (", прибывший накануне в Казахстан с визитом,"):
 * what they date is background to the main clause.
 */
function withoutParticiples(text: string, toks: Tok[]): string {
  let out = text;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.s !== ',' || toks[i + 1]?.a?.pos !== 'PRTF') continue;
    const close = toks.findIndex((x, j) => j > i + 1 && (x.s === ',' || x.s === '.'));
    // (a phrase that closes the sentence ends at its stop: "…Хон Бом До, скончавшегося в Казахстане в 1943 году.")
    if (close < 0) continue;
    const from = toks[i]!.start, to = toks[close]!.start + 1;
    out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
    i = close - 1;
  }
  return out;
}

/** an opening phrase that names the source of the news ("по данным", "как сообщает", "по словам", "согласно") */
const ATTRIBUTION = /^(?:по (?:данным|словам|информации|сообщению)|как (?:сообща|переда|информиру|отмеча|говорится|стало известно|указыва)|согласно)/;
const TIME_NOUNS = new Set(['год', 'месяц', 'неделя', 'день', 'время', 'период']);
const lemmaOf = (x: Tok): string => x.a?.lemmas[0] ?? '';

/** The verb a noun trigger hangs on, back to its clause's start, is negated ("не будет проводить … учения"). */
/** The first verb after a noun, in its clause and before any comma, is negated: the noun is its object before it. */
function negatedVerbAfter(toks: Tok[], t: number, c1: number): boolean {
  for (let k = t + 1; k < c1; k++) {
    const x = toks[k]!;
    if (x.s === ',') return false;
    if (x.a && ['VERB', 'INFN'].includes(x.a.pos) && !x.cap) return toks[k - 1]?.f === 'не';
  }
  return false;
}

function negatedVerbBefore(toks: Tok[], t: number, c0: number): boolean {
  for (let k = t - 1; k >= c0; k--) {
    const x = toks[k]!;
    if (x.s === ',') return false;
    // (an infinitive not negated itself takes the negation of the verb that governs it: "не будет помогать России
    // обходить санкции")
    if (x.a && ['VERB', 'INFN'].includes(x.a.pos) && !x.cap && (prevWord(toks, k, c0) === 'не' || x.a.pos !== 'INFN')) return prevWord(toks, k, c0) === 'не';
  }
  return false;
}

/** The name at `i` ends a phrase opened by "на полях" ("на полях 78-й сессии Генеральной Ассамблеи ООН"). */
function sidelines(toks: Tok[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    const x = toks[k]!;
    if (x.f === 'полях') return toks[k - 1]?.f === 'на';
    if (!x.word && x.s !== '-' && x.s !== '–') return false;
    // (an ordinal in figures, "78-й", is no verb whatever the dictionary guesses)
    if (/^\d/.test(x.f)) continue;
    if (x.a && ['VERB', 'INFN', 'PRTS', 'CONJ'].includes(x.a.pos) && !x.cap) return false;
  }
  return false;
}
