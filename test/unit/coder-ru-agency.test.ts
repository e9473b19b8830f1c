/**
 * The Russian pack on constructions of agency copy (issue 13, from the misses of probe-ru4): names in their case
 * forms, notes and disparaging words, aid told by its decision or arrival, gatherings and their stages, topics that
 * are no place. Sentences are written for this test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RussianCoder } from '../../src/coder/ru/coder.ts';

const coder = new RussianCoder();
const brief = (text: string, date = '2021-03-15'): string[] =>
  coder.code({ id: 'd', text, date, lang: 'ru' }).map((e) => `${e.event_type}${e.mode ? '/' + e.mode : ''} ${[...e.actor].sort().join('+')}->${[...e.recipient].sort().join('+')}`);

const run = (title: string, table: [string, string, string[]][]): void => {
  describe(title, () => {
    for (const [what, text, want] of table) it(what, () => assert.deepEqual(brief(text).sort(), [...want].sort()));
  });
};

run('Russian coder: names in their case forms', [
  ['an East Asian name declines only its last word',
    'Президент Казахстана провел переговоры с Президентом Республики Корея Мун Чжэ Ином в Сеуле.', ['CONSULT/visit KAZ->KOR']],
  ['a head of state of earlier years, as subject',
    'Жээнбеков поблагодарил Токаева за поддержку.', ['SUPPORT KGZ->KAZ']],
  ['the Turkic Council under its earlier name is the organisation it became',
    'В Баку прошел саммит Совета сотрудничества тюркоязычных государств.', ['CONSULT/multilateral AZE+OTS->']],
  ['a region of a state stands for the state',
    'В Казани министр иностранных дел Казахстана встретился с Президентом Татарстана.', ['CONSULT/visit KAZ->RUS']],
]);

run('Russian coder: stages, topics and ceremonies', [
  ['a stage of a joint exercise is the exercise',
    'На полигоне прошел второй этап совместных учений вооруженных сил Казахстана и Узбекистана.', ['COOPERATE KAZ+UZB->']],
  ['a round of talks is the talks',
    'В Женеве состоялся третий раунд переговоров между Арменией и Азербайджаном.', ['CONSULT ARM+AZE->']],
  ['a place a topic noun governs is no place of the talks: they stay the visit',
    'Президент России прибыл в Таджикистан с рабочим визитом. Главы государств провели переговоры, в центре которых была ситуация в Афганистане.', ['CONSULT/visit RUS->TJK']],
  ['witnessing an exchange of documents is no gathering',
    'Председатель КНР прибыл в Таджикистан с визитом. Лидеры присутствовали при обмене документами.', ['CONSULT/visit CHN->TJK']],
  ['taking part in a ceremony is no gathering',
    'Президент Казахстана принял участие в церемонии чествования героев войны.', []],
]);

describe('Russian coder: a participle\'s date years back is background', () => {
  it('the thanks is dated by the story, not by the death of the one it is about', () => {
    const evs = coder.code({ id: 'd', date: '2021-08-17', lang: 'ru', text: 'СЕУЛ, 17 августа. Президент Казахстана провел во вторник переговоры с Президентом Республики Корея. Президент Республики Корея поблагодарил Казахстан за помощь в возвращении останков генерала, скончавшегося в Казахстане в 1943 году.' });
    assert.deepEqual(evs.map((e) => `${e.event_type} ${e.date}`), ['CONSULT 2021-08-17', 'SUPPORT 2021-08-17']);
  });
});

run('Russian coder: aid told by its decision, its share, its approval or its arrival', [
  ['a decision to give aid shared out to each of two states is one aid each, no promise',
    'Президент Казахстана принял решение оказать гуманитарную помощь Кыргызстану и Таджикистану, передав каждой из стран по 5 тысяч тонн муки.', ['AID KAZ->KGZ', 'AID KAZ->TJK']],
  ['aid to two states with no share named stays one act',
    'Казахстан направил гуманитарную помощь Кыргызстану и Таджикистану.', ['AID KAZ->KGZ+TJK']],
  ['forces decided on are promised, not aid given',
    'Пашинян сообщил, что по просьбе Казахстана ОДКБ приняла решение направить в республику миротворческие силы.', ['AGREE CSTO->KAZ']],
  ['a development bank approving a package of aid gives it',
    'Азиатский банк развития одобрил пакет помощи Казахстану на 1 млрд долларов.', ['AID ADB->KAZ']],
  ['aid arriving from a state was given by it',
    'Первая партия гуманитарной помощи из Казахстана – 800 тонн муки – поступила в Кыргызстан.', ['AID KAZ->KGZ']],
]);

run('Russian coder: notes and disparaging words', [
  ['a note handed to a chargé d\'affaires is a protest to the chargé\'s state',
    'Министерство иностранных дел Казахстана вручило ноту временному поверенному в делах России в связи с высказываниями депутата.', ['ACCUSE/disapprove KAZ->RUS']],
  ['a note handed to an ambassador is a protest',
    'МИД Кыргызстана вручил ноту послу Таджикистана.', ['ACCUSE/disapprove KGZ->TJK']],
  ['a note with no envoy named is no protest',
    'Казахстан передал Китаю ноту о продлении сроков поставок.', []],
  ['an envoy received to be handed a note is the protest, no meeting',
    'Заместитель министра иностранных дел Казахстана принял посла России и передал ему ноту.', ['ACCUSE/disapprove KAZ->RUS']],
  ['calling someone\'s words nonsense disapproves of them',
    'Министр иностранных дел Казахстана назвал чушью слова российского депутата.', ['ACCUSE/disapprove KAZ->RUS']],
]);

run('Russian coder: the guest, a second host and a participle\'s act', [
  ['congratulations handed on to a dative addressee are the object, not a genitive complement',
    'Китайский министр передал казахстанскому лидеру поздравления Председателя КНР.', ['SUPPORT CHN->KAZ']],
  ['another host later in the visit is another meeting, and his participle of congratulation his act',
    'Президент Узбекистана прибыл в Казахстан с государственным визитом. Касым-Жомарт Токаев и его узбекский коллега провели переговоры. В тот же день узбекского лидера принял первый президент Казахстана Нурсултан Назарбаев, поздравивший гостя с победой на выборах.',
    ['CONSULT/visit UZB->KAZ', 'CONSULT/visit UZB->KAZ', 'SUPPORT KAZ->UZB']],
  ['the guest is the visitor, not the last state named',
    'Президент России прибыл в Туркменистан с визитом. На полях форума он встретился с президентом Ирана. Сердар Бердымухамедов вручил гостю юбилейную медаль.',
    ['CONSULT/visit RUS->TKM', 'CONSULT IRN+RUS->', 'SUPPORT TKM->RUS']],
]);

run('Russian coder: who takes part in a gathering', [
  ['leaders arriving at the summit told are its participants, no visits',
    'В Душанбе в пятницу прошел саммит ШОС. В Душанбе прибыли президенты Казахстана, Кыргызстана и Узбекистана. Лидеры подписали декларацию.',
    ['CONSULT/multilateral KAZ+KGZ+SCO+TJK+UZB->', 'SUPPORT KAZ+KGZ+SCO+TJK+UZB->']],
  ['one leader arriving is a visit still',
    'Президент Казахстана прибыл в Душанбе с визитом.', ['CONSULT/visit KAZ->TJK']],
  ['speaking at an international forum takes part in it; a stay there for it is no visit; its participants named later join it',
    'Президент России, находящийся в Туркменистане с рабочим визитом, выступил на международном форуме. Форум открыл Президент Туркменистана, а среди его участников были также главы Ирана, Казахстана и Пакистана.',
    ['CONSULT/multilateral IRN+KAZ+PAK+RUS+TKM->']],
  ['speaking at a domestic session is no gathering of states',
    'Президент Казахстана выступил на заседании правительства.', []],
]);

run('Russian coder: sessions of the regions, and places of what is planned', [
  ['a session of the two states\' council of regions during a visit is a meeting of its own',
    'Президент России прибыл в Узбекистан с государственным визитом. Затем президенты провели первое заседание Совета регионов двух стран.',
    ['CONSULT/visit RUS->UZB', 'CONSULT RUS+UZB->']],
  ['a place after an infinitive belongs to what is planned: the visit goes on where it was',
    'Президент России прибыл в Киргизию с государственным визитом. Стороны договорились провести в 2020 году Год Киргизии в России. После переговоров главы государств выступили на пленарном заседании российско-киргизской межрегиональной конференции.',
    ['CONSULT/visit RUS->KGZ', 'AGREE KGZ+RUS->', 'CONSULT KGZ+RUS->']],
  ['a dative under a preposition is no addressee: "по итогам первой встречи" restates the meeting',
    'Лидеры Казахстана и Германии договорились продолжить встречи. Такое решение зафиксировано в заявлении, принятом по итогам первой встречи в формате «Центральная Азия – Германия».',
    ['AGREE DEU+KAZ->']],
]);

run('Russian coder: a gerund\'s phrase', [
  ['names in a gerund\'s phrase are none of the main verb\'s parties; the gerund acts for its subject',
    'Министерство финансов США ввело санкции против кыргызстанского банка, обвинив его в содействии России в обходе ограничений.',
    ['SANCTION USA->KGZ', 'ACCUSE/allege USA->KGZ']],
  ['a gerund that tells the act again is no second act',
    'Президент Беларуси раскритиковал решение армянского руководства, назвав подобные демарши безответственными.', ['ACCUSE/disapprove BLR->ARM']],
  ['reported speech after a gerund is the subject\'s still',
    'Путин поддержал вступление Ирана в ШОС, заявив, что готов помочь Ирану.', ['SUPPORT RUS->IRN', 'AGREE RUS->IRN']],
]);

run('Russian coder: a status in an organisation, plans given up, a pronoun\'s antecedent', [
  ['a status in an organisation named as its gathering\'s is support of it',
    'В Стамбуле прошел саммит Организации тюркских государств. Туркменистан получил в организации статус наблюдателя.',
    ['CONSULT/multilateral OTS+TUR->', 'SUPPORT TKM->OTS']],
  ['a status with the organisation named',
    'Египет получил статус партнера ШОС по диалогу.', ['SUPPORT EGY->SCO']],
  ['giving up one\'s own plans refuses no one',
    'Лидеры пяти стран должны были посетить парад в Нью-Дели, однако из-за пандемии от этих планов отказались.', []],
  ['a pronoun object means the person named before it in the sentence, not the last recipient',
    'Казахстан направил гуманитарную помощь Кыргызстану. В телефонном разговоре с Токаевым Президент Таджикистана поблагодарил его за помощь.',
    ['AID KAZ->KGZ', 'CONSULT/phone KAZ+TJK->', 'SUPPORT TJK->KAZ']],
]);

run('Russian coder: the visitor under a pronoun and a title', [
  ['a pronoun received is the visitor; a title names the one last named under it; another host is another meeting',
    'Государственный секретарь США Энтони Блинкен во вторник прибыл в Астану, где его принял президент Касым-Жомарт Токаев. Затем госсекретарь провел переговоры с министром иностранных дел Казахстана Мухтаром Тлеуберди.',
    ['CONSULT/visit USA->KAZ', 'CONSULT/visit USA->KAZ']],
  ['the arrival and its first host stay one visit',
    'Государственный секретарь США прибыл в Астану. Затем госсекретарь провел переговоры с министром иностранных дел Казахстана Мухтаром Тлеуберди.',
    ['CONSULT/visit USA->KAZ']],
]);

run('Russian coder: an investment announced', [
  ['an investment announced in the future is a pledge to the other side of the talks',
    'Президент России провел переговоры с Президентом Узбекистана в Ташкенте. Путин сообщил, что Россия вложит 400 млн долларов в совместный инвестиционный фонд.',
    ['CONSULT/visit RUS->UZB', 'AGREE RUS->UZB']],
  ['sums already invested are figures, no event',
    'Корейские компании вложили в экономику Казахстана более 6 млрд долларов.', []],
]);

run('Russian coder: another document signed', [
  ['"также" in a later sentence tells another document signed by the same sides',
    'Нуртлеу провел переговоры с министром иностранных дел Таиланда. По итогам встречи министры подписали соглашение. Министерства туризма двух стран также заключили меморандум о взаимопонимании.',
    ['CONSULT KAZ+THA->', 'SUPPORT KAZ+THA->', 'SUPPORT KAZ+THA->']],
  ['", а также подписали" adds documents to one signing',
    'Президенты Казахстана и Италии приняли совместную декларацию, а также подписали семь соглашений.', ['SUPPORT ITA+KAZ->']],
]);

run('Russian coder: an award declined', [
  ['not accepting a state\'s award refuses that state',
    'Во время поездки в Бишкек казахстанский лидер не принял высшую награду Кыргызстана.', ['REJECT KAZ->KGZ']],
  ['accepting an award is no refusal',
    'Казахстанский лидер принял высшую награду Кыргызстана.', []],
]);
