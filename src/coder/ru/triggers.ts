/**
 * Russian triggers by lemma, from the PLOVER codebook's types and modes. Each names the frame that says where its
 * parties are (see coder.ts): `meet` (the subject and its partners, "с + творительный", "между A и B"), `visit`
 * (the subject goes to "в + винительный" or the object), `host` (the subject receives the object: the visitor is
 * the actor), `joint` (the subject and its partners act together: signing, agreeing), `to` (the subject acts on
 * a recipient: object, dative, "к + дательный", "для + родительный").
 */
import type { EventType } from '../../model/event.ts';

export type Frame = 'meet' | 'visit' | 'host' | 'joint' | 'to';
export interface Trigger {
  type: EventType;
  mode: string | null;
  frame: Frame;
  /** the lemma that must follow within three words ("выразить протест", "оказать помощь"), if any */
  with?: string[];
  /** what the trigger means negated ("не признает" rejects), if not simply no event */
  negated?: EventType;
  /** a noun trigger that names the happening only as the object of a verb of doing, not on its own */
  noun?: boolean;
  /** an act only when negated ("не рассматривает вступление в БРИКС", "не направила представителя"): its `negated` */
  onlyNegated?: boolean;
}

export const DOCS = ['заявление', 'декларация', 'коммюнике', 'резолюция', 'документ', 'соглашение', 'программа', 'план', 'карта', 'меморандум', 'договор', 'протокол', 'концепция', 'итог'];
/** What humanitarian aid is made of: sending or delivering these is AID, whatever verb carries them. */
const AID_GOODS = ['медикамент', 'препарат', 'лекарство', 'вакцина', 'продовольствие', 'мука', 'зерно', 'палатка', 'генератор', 'оборудование'];
/** What calling someone's words these ("назвал чушью", "назвал провокацией") disapproves of them. */
const DISPARAGE = ['чушь', 'абсурд', 'ложь', 'провокация', 'бред', 'вымысел', 'клевета', 'провокационный', 'недопустимый', 'неприемлемый', 'безответственный', 'фейк'];
const T = (type: EventType, frame: Frame, mode: string | null = null, extra: Partial<Trigger> = {}): Trigger => ({ type, mode, frame, ...extra });

const LIST: [string, Trigger][] = [
  // CONSULT
  ['переговоры', T('CONSULT', 'meet', null, { noun: true })], ['встреча', T('CONSULT', 'meet', null, { noun: true })],
  ['встретиться', T('CONSULT', 'meet')], ['беседа', T('CONSULT', 'meet', null, { noun: true })], ['консультация', T('CONSULT', 'meet', null, { noun: true })],
  // talks held by phone ("провел телефонные переговоры", "провели переговоры по телефону") are a call
  ['провести', T('CONSULT', 'meet', 'phone', { with: ['телефонный', 'телефон'] })],
  ['провести', T('CONSULT', 'meet', null, { with: ['переговоры', 'встреча', 'беседа', 'консультация'] })],
  // "поговорил по телефону с…", "побеседовали по телефону": a call told by its verb of talking
  ['поговорить', T('CONSULT', 'meet', 'phone', { with: ['телефон'] })], ['побеседовать', T('CONSULT', 'meet', 'phone', { with: ['телефон'] })],
  ['переговорить', T('CONSULT', 'meet', 'phone', { with: ['телефон'] })],
  // "министры … обсудили вопросы транзита", "обсудил с президентом Франции…": talks told by their subject matter
  // (a restatement of talks already told is dropped: see coder.ts)
  ['обсудить', T('CONSULT', 'meet')],
  ['саммит', T('CONSULT', 'meet', 'multilateral', { noun: true })], ['заседание', T('CONSULT', 'meet', null, { noun: true })], ['сессия', T('CONSULT', 'meet', null, { noun: true })],
  ['визит', T('CONSULT', 'visit', 'visit', { noun: true })], ['посетить', T('CONSULT', 'visit', 'visit')], ['посещение', T('CONSULT', 'visit', 'visit', { noun: true })],
  ['прибыть', T('CONSULT', 'visit', 'visit', { negated: 'REJECT' })], ['прилететь', T('CONSULT', 'visit', 'visit')], ['приземлиться', T('CONSULT', 'visit', 'visit')], ['побывать', T('CONSULT', 'visit', 'visit')], ['приехать', T('CONSULT', 'visit', 'visit', { negated: 'REJECT' })], ['принять', T('CONSULT', 'host', 'visit')],
  ['созвониться', T('CONSULT', 'meet', 'phone')], ['позвонить', T('CONSULT', 'to', 'phone')],
  ['телефонный', T('CONSULT', 'meet', 'phone', { with: ['разговор', 'переговоры', 'беседа', 'звонок'] })],

  ['посредничество', T('CONSULT', 'meet', 'third-party', { noun: true })],
  // taking part in a gathering ("В саммите участвовали…") is taking part in its meeting, as "принял участие" is
  ['участвовать', T('CONSULT', 'meet', 'multilateral')],
  // speaking at an international gathering ("выступил на международном форуме") is taking part in it (see coder.ts)
  ['выступить', T('CONSULT', 'meet', 'multilateral', { with: ['форум', 'саммит', 'конференция', 'сессия', 'совещание'] })], ['присутствовать', T('CONSULT', 'meet', 'multilateral')],
  // "Венгрию представлял премьер-министр", "Казахстан на нем представлял Токаев": a state's delegate at a gathering
  // the text tells of (see coder.ts: only once a gathering is told)
  ['представлять', T('CONSULT', 'meet', 'multilateral')],
  // SUPPORT
  ['подписать', T('SUPPORT', 'joint')],
  // concluding a document is signing it ("заключили соглашение о…")
  ['заключить', T('SUPPORT', 'joint', null, { with: DOCS })], ['подписание', T('SUPPORT', 'joint', null, { noun: true })], ['ратифицировать', T('SUPPORT', 'joint')],
  ['подписываться', T('SUPPORT', 'joint')],
  ['ратификация', T('SUPPORT', 'joint', null, { noun: true })],
  ['поблагодарить', T('SUPPORT', 'to')], ['благодарность', T('SUPPORT', 'to', null, { noun: true })],
  // "выразил признательность Си Цзиньпину за поддержку": thanks by its other noun
  ['признательность', T('SUPPORT', 'to', null, { noun: true })],
  // "направил Токаеву благодарственное письмо": thanks told by its letter, as a congratulation by its telegram
  ['благодарственный', T('SUPPORT', 'to', null, { with: ['послание', 'телеграмма', 'письмо'] })], ['поздравить', T('SUPPORT', 'to')],
  ['поздравление', T('SUPPORT', 'to', null, { noun: true })], ['награждение', T('SUPPORT', 'to', null, { noun: true })],
  // "направил поздравительное послание (телеграмму) Эрдогану": a congratulation told by its letter
  ['поздравительный', T('SUPPORT', 'to', null, { with: ['послание', 'телеграмма', 'письмо', 'открытка'] })], ['наградить', T('SUPPORT', 'to')], ['вручить', T('SUPPORT', 'to', null, { with: ['орден', 'медаль', 'награда'] })],
  ['поддержать', T('SUPPORT', 'to', null, { negated: 'REJECT' })], ['поддерживать', T('SUPPORT', 'to', null, { negated: 'REJECT' })],
  ['поддержка', T('SUPPORT', 'to', null, { noun: true })],
  // joining an organisation ("Беларусь стала полноправным членом ШОС") is SUPPORT of it
  ['стать', T('SUPPORT', 'to', null, { with: ['член'] })],
  // a status in an organisation ("Туркменистан получил в организации статус наблюдателя") joins it as far as it goes
  ['получить', T('SUPPORT', 'to', null, { with: ['статус'] })],
  // a lender approving a grant or loan ("одобрил выделение Таджикистану гранта") allocates it, as "объявил о выделении"
  ['одобрить', T('AID', 'to', null, { with: ['выделение', 'грант', 'кредит', 'заем', 'финансирование', 'пакет', 'помощь'] })],
  ['одобрить', T('SUPPORT', 'joint')], ['приветствовать', T('SUPPORT', 'to')], ['высоко', T('SUPPORT', 'to', null, { with: ['оценить'] })],
  ['признать', T('SUPPORT', 'to', null, { negated: 'REJECT' })], ['признавать', T('SUPPORT', 'to', null, { negated: 'REJECT' })],
  // AGREE
  ['договориться', T('AGREE', 'joint')], ['условиться', T('AGREE', 'joint')], ['согласиться', T('AGREE', 'joint', null, { negated: 'REJECT' })],
  // an agreement reached, told as a noun ("была достигнута договоренность о поставках")
  ['договоренность', T('AGREE', 'joint', null, { noun: true, with: ['достигнуть', 'достичь'] })],
  // a meeting decided with no one named deciding ("Следующий саммит решено провести в Казахстане")
  ['решено', T('AGREE', 'joint', null, { with: ['провести', 'встреча', 'саммит', 'заседание'] })], ['пообещать', T('AGREE', 'to')], ['обещать', T('AGREE', 'to')],
  // an invitation to take part ("пригласил германские компании к участию в проекте") asks for an act: a request
  ['пригласить', T('REQUEST', 'to', null, { with: ['участие'] })], ['пригласить', T('AGREE', 'to')], ['приглашение', T('AGREE', 'to', null, { noun: true })],
  // accepting an invitation ("принял приглашение") commits to the visit
  ['принять', T('AGREE', 'to', null, { with: ['приглашение'] })],
  // declining an award ("не принял высшую награду Кыргызстана") refuses the state that offered it
  ['принять', T('REJECT', 'to', null, { with: ['награда', 'орден', 'медаль'], onlyNegated: true, negated: 'REJECT' })], ['обязаться', T('AGREE', 'to')],
  ['решение', T('AGREE', 'to', null, { noun: true })],
  // announcing money ("объявила о пакете инвестиций на 12 млрд евро") pledges it
  // (announcing the allocation of aid, "объявил о выделении … помощи", is the aid allocated, as the sets code it)
  ['объявить', T('AID', 'to', null, { with: ['выделение'] })],
  ['объявить', T('AGREE', 'to', null, { with: ['пакет', 'инвестиция', 'финансирование', 'кредит', 'грант', 'помощь'] })], ['намерен', T('AGREE', 'to')], ['намереваться', T('AGREE', 'to')],
  ['готовый', T('AGREE', 'to')], ['готов', T('AGREE', 'to')], ['заинтересованный', T('AGREE', 'to')], ['заинтересовать', T('AGREE', 'to')],
  ['готовность', T('AGREE', 'to', null, { noun: true })], ['намерение', T('AGREE', 'to', null, { noun: true })],
  // AID
  ['помощь', T('AID', 'to', null, { noun: true })], ['гуманитарный', T('AID', 'to', null, { with: ['помощь', 'груз'] })],
  ['выделить', T('AID', 'to')],
  // a grant or loan provided ("предоставил Таджикистану грант", "предоставит кредит"): economic aid (CAMEO 071)
  ['предоставить', T('AID', 'to', null, { with: ['грант', 'кредит', 'заем', 'помощь', 'финансирование', 'гуманитарный', 'безвозмездный', ...AID_GOODS] })], ['выделение', T('AID', 'to', null, { noun: true })],
  // REQUEST
  ['просьба', T('REQUEST', 'to', null, { noun: true })], ['попросить', T('REQUEST', 'to')], ['призвать', T('REQUEST', 'to')],
  ['потребовать', T('REQUEST', 'to')], ['обратиться', T('REQUEST', 'to', null, { with: ['просьба', 'призыв'] })],
  // ACCUSE
  ['протест', T('ACCUSE', 'to', 'disapprove', { noun: true })],
  // "вручил ноту протеста послу", "направил ноту протеста МИД Украины": a protest told by its note
  ['нота', T('ACCUSE', 'to', 'disapprove', { noun: true, with: ['протест'] })],
  // a note handed to an envoy ("вручило ноту временному поверенному в делах России") is a protest (see coder.ts:
  // only with the envoy named)
  ['вручить', T('ACCUSE', 'to', 'disapprove', { with: ['нота'] })], ['передать', T('ACCUSE', 'to', 'disapprove', { with: ['нота'] })],
  // calling someone's words nonsense or a provocation ("назвал чушью слова депутата") disapproves of them
  ['назвать', T('ACCUSE', 'to', 'disapprove', { with: DISPARAGE })], ['осудить', T('ACCUSE', 'to', 'disapprove')], ['раскритиковать', T('ACCUSE', 'to', 'disapprove')],
  // (the analyser reads "поверенный в делах" as the participle of "поверить": both name the chargé d'affaires)
  ['критиковать', T('ACCUSE', 'to', 'disapprove')], ['осуждение', T('ACCUSE', 'to', 'disapprove', { noun: true })], ['вызвать', T('ACCUSE', 'to', 'disapprove', { with: ['посол', 'поверенный', 'поверить'] })],
  // "выразил несогласие с позицией Киргизии": disapproval by its noun
  ['несогласие', T('ACCUSE', 'to', 'disapprove', { noun: true })],
  ['обвинить', T('ACCUSE', 'to', 'allege')], ['обвинять', T('ACCUSE', 'to', 'allege')], ['обвинение', T('ACCUSE', 'to', 'allege', { noun: true })],
  // REJECT
  ['отказаться', T('REJECT', 'to')],
  // declining to join or to attend: "не будет подавать заявку на вступление в БРИКС", "представителя не направила"
  ['вступление', T('REJECT', 'to', null, { noun: true, onlyNegated: true, negated: 'REJECT' })],
  ['направить', T('REJECT', 'to', null, { with: ['представитель', 'делегация'], onlyNegated: true, negated: 'REJECT' })], ['отклонить', T('REJECT', 'to')], ['отвергнуть', T('REJECT', 'to')], ['отказ', T('REJECT', 'to', null, { noun: true })],
  // SANCTION, THREATEN
  ['санкция', T('SANCTION', 'to', null, { noun: true })], ['приостановить', T('SANCTION', 'to', 'discontinue')], ['прекратить', T('SANCTION', 'to', 'discontinue')],
  ['выслать', T('SANCTION', 'to', 'discontinue')],
  // "объявил персоной нон грата дипломата Украины": an expulsion (events.md rule 7)
  ['объявить', T('SANCTION', 'to', 'discontinue', { with: ['персона', 'грат', 'грата'] })],
  // recalling one's envoy ("отозвала посла из Минска") reduces relations (CAMEO 161: SANCTION)
  ['отозвать', T('SANCTION', 'to', 'discontinue', { with: ['посол', 'поверенный', 'дипломат'] })],
  // a ban on trade with a state ("запретила ввоз казахстанского зерна") is an embargo (CAMEO 163: SANCTION)
  ['запретить', T('SANCTION', 'to', 'discontinue', { with: ['ввоз', 'импорт', 'экспорт', 'вывоз', 'транзит', 'въезд', 'поставка'] })],
  // cancelling a visit or talks is REJECT (events.md rule 7); "отменил визит в Казахстан"
  ['отменить', T('REJECT', 'to', null, { with: ['визит', 'поездка', 'встреча', 'переговоры', 'саммит'] })], ['высылка', T('SANCTION', 'to', 'discontinue', { noun: true })],
  // a listing is a sanction without a sanctioning verb ("включил в санкционный список", "внес в черный список")
  ['включить', T('SANCTION', 'to', 'discontinue', { with: ['санкционный'] })], ['внести', T('SANCTION', 'to', 'discontinue', { with: ['санкционный', 'черный'] })], ['пригрозить', T('THREATEN', 'to')], ['угрожать', T('THREATEN', 'to')],
  // COOPERATE, RETREAT, CONCEDE
  ['безвизовый', T('COOPERATE', 'to', null, { with: ['режим'] })],
  // lifting visas ("отменил визовый режим для граждан Казахстана") opens a visa-free regime
  ['отменить', T('COOPERATE', 'to', null, { with: ['визовый'] })],
  // establishing diplomatic relations is COOPERATE (events.md); "установили дипломатические отношения"
  ['установить', T('COOPERATE', 'joint', null, { with: ['отношение'] })],
  // launching joint projects ("дали старт ряду совместных проектов", "запустили совместный проект")
  ['старт', T('COOPERATE', 'joint', null, { with: ['дать'] })], ['запустить', T('COOPERATE', 'joint', null, { with: ['проект'] })],
  // aid received from someone ("получил помощь из Таджикистана"): the giver is after "из"/"от", the subject receives
  ['получить', T('AID', 'to', null, { with: ['помощь', 'груз', 'гуманитарный', ...AID_GOODS] })], ['экстрадировать', T('COOPERATE', 'to')], ['выдать', T('COOPERATE', 'to')],
  // lifting a ban or restrictions ("приостановил запрет деятельности движения", "сняли ограничения") eases them
  ['приостановить', T('RETREAT', 'to', null, { with: ['запрет', 'ограничение', 'санкция'] })], ['отменить', T('RETREAT', 'to', null, { with: ['запрет', 'ограничение', 'санкция'] })],
  ['снять', T('RETREAT', 'to', null, { with: ['запрет', 'ограничение', 'санкция'] })],
  ['вывести', T('RETREAT', 'to')], ['вывод', T('RETREAT', 'to', null, { noun: true })], ['освободить', T('RETREAT', 'to')],
  // joining ("Казахстан присоединится к Авраамовым соглашениям") is support of what is joined, a promise in the future
  ['присоединиться', T('SUPPORT', 'to')],
  // investing announced ("Россия вложит 400 млн долларов в совместный фонд") pledges it (see coder.ts: only in the future)
  ['вложить', T('AGREE', 'to')], ['инвестировать', T('AGREE', 'to')],
  ['извиниться', T('CONCEDE', 'to')], ['извинение', T('CONCEDE', 'to', null, { noun: true })],
  // PROTEST, MOBILIZE, ASSAULT
  ['митинг', T('PROTEST', 'to', null, { noun: true })], ['пикет', T('PROTEST', 'to', null, { noun: true })],
  ['мобилизация', T('MOBILIZE', 'to', null, { noun: true })], ['учение', T('COOPERATE', 'joint', null, { noun: true })],
  // fire opened on someone ("открыли огонь по пограничникам") is an attack with small arms, as "opened fire on"
  ['открыть', T('ASSAULT', 'to', null, { with: ['огонь'] })],
  ['обстрелять', T('ASSAULT', 'to')], ['обстрел', T('ASSAULT', 'to', null, { noun: true })], ['атаковать', T('ASSAULT', 'to')], ['удар', T('ASSAULT', 'to', null, { noun: true, with: ['по'] })],
  // adopting a document is SUPPORT, as signing it is; sending troops or aid is AID
  ['принять', T('SUPPORT', 'joint', null, { with: DOCS })], ['утвердить', T('SUPPORT', 'joint', null, { with: DOCS })],
  ['направить', T('AID', 'to', null, { with: ['помощь', 'груз', 'спасатель', 'подразделение', 'контингент', 'сила', 'войска', 'самолет', 'гуманитарный', 'миротворец', 'специалист', 'медик', ...AID_GOODS] })],
  // rescuers or aid flown out ("в Турцию вылетели казахстанские спасатели", "вылетел самолет с гуманитарной помощью")
  ['вылететь', T('AID', 'to', null, { with: ['спасатель', 'медик', 'врач', 'подразделение', 'контингент', 'миротворец', 'гуманитарный', 'груз', 'помощь'] })],
  // aid goods sent, delivered or handed over ("доставить муку", "передать медикаменты")
  ['доставить', T('AID', 'to', null, { with: ['помощь', 'груз', 'гуманитарный', ...AID_GOODS] })],
  ['передать', T('AID', 'to', null, { with: ['помощь', 'груз', 'гуманитарный', ...AID_GOODS] })],
  ['оказать', T('AID', 'to', null, { with: ['помощь', 'содействие'] })],
  // aid told by its arrival ("партия гуманитарной помощи из Казахстана поступила в Кыргызстан"): the state it comes from gave it
  ['поступить', T('AID', 'to', null, { with: ['помощь', 'груз', 'гуманитарный', ...AID_GOODS] })],
];

/**
 * A verb's family: its other aspect (and the reflexive that is the same act) read as the lemma the triggers name,
 * so "подписывает", "встречался", "договариваются", "поздравляет" are the acts "подписал", "встретился"… are. Tense
 * and negation still come from the form itself. Pairs whose other member means something else in news copy are
 * left out ("выводить на новый уровень", "утверждать" as "claim", "выдавать визы").
 */
export const FAMILY: ReadonlyMap<string, string> = new Map([
  ['подписывать', 'подписать'], ['встречаться', 'встретиться'], ['проводить', 'провести'], ['посещать', 'посетить'],
  ['прибывать', 'прибыть'], ['приезжать', 'приехать'], ['прилетать', 'прилететь'], ['созваниваться', 'созвониться'], ['звонить', 'позвонить'],
  ['благодарить', 'поблагодарить'], ['поздравлять', 'поздравить'], ['награждать', 'наградить'], ['вручать', 'вручить'], ['одобрять', 'одобрить'],
  ['присоединяться', 'присоединиться'], ['договариваться', 'договориться'], ['соглашаться', 'согласиться'], ['приглашать', 'пригласить'],
  ['принимать', 'принять'], ['оказывать', 'оказать'], ['выделять', 'выделить'], ['направлять', 'направить'], ['доставлять', 'доставить'],
  ['передавать', 'передать'], ['вкладывать', 'вложить'], ['называть', 'назвать'], ['просить', 'попросить'], ['призывать', 'призвать'], ['требовать', 'потребовать'], ['обращаться', 'обратиться'],
  ['осуждать', 'осудить'], ['отказываться', 'отказаться'], ['отклонять', 'отклонить'], ['отвергать', 'отвергнуть'], ['грозить', 'пригрозить'],
  ['высылать', 'выслать'], ['прекращать', 'прекратить'], ['приостанавливать', 'приостановить'], ['отменять', 'отменить'], ['снимать', 'снять'],
  ['освобождать', 'освободить'], ['извиняться', 'извиниться'], ['обстреливать', 'обстрелять'], ['запускать', 'запустить'],
  ['получать', 'получить'], ['поступать', 'поступить'], ['ратифицироваться', 'ратифицировать'],
  ['обсуждать', 'обсудить'], ['предоставлять', 'предоставить'], ['заключать', 'заключить'], ['устанавливать', 'установить'], ['отзывать', 'отозвать'], ['запрещать', 'запретить'],
]);

/** lemma → its triggers, the most specific (with a required word) first */
export const TRIGGERS = new Map<string, Trigger[]>();
for (const [l, t] of LIST) TRIGGERS.set(l, [...(TRIGGERS.get(l) ?? []), t].sort((a, b) => Number(!a.with) - Number(!b.with)));

/** Words that make the event they govern an intention or a plan: the event becomes AGREE (PLOVER's intent). */
export const INTENT = new Set(['намерен', 'намереваться', 'готовый', 'готов', 'планировать', 'собираться', 'договориться', 'пообещать', 'обещать',
  'согласиться', 'предстоящий', 'будущий', 'решить', 'поручить', 'решение', 'предложить', 'предложение', 'обязаться', 'пригласить', 'приглашение', 'рассчитывать', 'надеяться']);

/** Words that, said of a trigger, leave it no event: conditions, habits, expectations, cancellations. */
export const BLOCK = new Set(['если', 'бы', 'неоднократно', 'ожидаться', 'отменить', 'отложить', 'перенести', 'может', 'мочь', 'должный',
  // what is only planned by no one named ("планируется подписать декларацию") is no act yet
  'планироваться', 'предполагаться', 'намечаться', 'предусматриваться']);

/** Generic subjects that refer back to the parties of the current meeting. */
export const GENERIC = new Set(['сторона', 'стороны', 'лидеры', 'они', 'главы', 'участник', 'страны']);
/** Plural titles as a subject ("Лидеры подписали…", "Президенты дали старт…") are the parties too, not one person. */
export const GENERIC_PLURAL = new Set(['лидеры', 'президенты', 'главы', 'министры', 'руководители', 'участники', 'страны', 'государства']);

/** A title said alone ("Президент поблагодарил…") stands for the office-holder the text last named. */
export const BARE_TITLE = new Set(['он', 'она', 'президент', 'министр', 'премьер-министр', 'канцлер', 'премьер', 'госсекретарь', 'лидер', 'глава', 'председатель', 'вице-премьер', 'король', 'эмир']);

/** Speech acts of support that are different happenings between the same sides: a congratulation and a later thanks. */
export const ACT: Record<string, string> = {
  поздравить: 'congratulate', поздравление: 'congratulate', поздравительный: 'congratulate', поблагодарить: 'thank', благодарность: 'thank', признательность: 'thank', благодарственный: 'thank', наградить: 'award', вручить: 'award',
  // an invitation is its own promise beside an offer made in the same talk
  пригласить: 'invite', приглашение: 'invite',
};

/** What a courtesy greeting is for ("с 30-летием", "с Днем независимости", "с Новым годом"): no event. */
export const COURTESY = new Set(['годовщина', 'летие', 'юбилей', 'праздник', 'день', 'год', 'наурыз', 'рождение', 'рамадан', 'курбан']);
