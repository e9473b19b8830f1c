/**
 * The Kazakh language pack at its first level: suffixes give the case, the case gives the role; dates and money.
 * Sentences are written for this test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { KazakhCoder, kkTense, suffixCase } from '../../src/coder/kk/coder.ts';
import { kkDate } from '../../src/coder/kk/dates.ts';
import { createCoder } from '../../src/coder/index.ts';

const coder = new KazakhCoder();
const brief = (text: string): string[] => coder.code({ id: 'd', text, date: '2024-03-15', lang: 'kk' })
  .map((e) => `${e.event_type}${e.mode ? '/' + e.mode : ''} ${[...e.actor].sort().join('+')}->${[...e.recipient].sort().join('+')}`);

describe('Kazakh suffixes', () => {
  const table: [string, string | null][] = [
    ['', 'nom'], ['ға', 'dat'], ['ке', 'dat'], ['мен', 'ins'], ['пен', 'ins'], ['да', 'loc'], ['нда', 'loc'], ['ның', 'gen'],
    ['тың', 'gen'], ['дан', 'abl'], ['ды', 'acc'], ['дық', 'adj'], ['тік', 'adj'], ['ы', 'nom'], ['ымен', 'ins'], ['стан', null],
  ];
  for (const [rest, want] of table) it(`-${rest} → ${want}`, () => assert.equal(suffixCase(rest), want));
});

describe('Kazakh coder: constructions', () => {
  const table: [string, string, string[]][] = [
    ['a destination in the dative', 'Қазақстан Президенті Қасым-Жомарт Тоқаев сейсенбі күні Мәскеуге барды.', ['CONSULT/visit KAZ->RUS']],
    ['a partner in the instrumental', 'Тоқаев Ташкентте Мирзиёевпен кездесті.', ['CONSULT/visit KAZ->UZB']],
    ['an observer ("бақылаушы ретінде") is no party to the summit',
      'Сәрсенбі күні Бакуде ТМҰ саммиті өтті. Саммитке Қазақстан, Түркия және Өзбекстан президенттері қатысты. Венгрия премьер-министрі бақылаушы ретінде қатысты.',
      ['CONSULT/multilateral AZE+KAZ+OTS+TUR+UZB->']],
    ['an observer named after "бақылаушы мәртебесі бар"',
      'Бакуде ТМҰ саммиті өтті. Саммитке бақылаушы мәртебесі бар Венгрия премьер-министрі қатысты.', ['CONSULT/multilateral AZE+OTS->']],
    ['names joined by "мен" act together', 'Ресей мен Қытай бірлескен мәлімдемеге қол қойды.', ['SUPPORT CHN+RUS->']],
    ['an adjective names the recipient', 'Путин қазақстандық әріптесін құттықтады.', ['SUPPORT RUS->KAZ']],
    ['aid to a dative recipient', 'Қазақстан Түркияға гуманитарлық көмек жіберді.', ['AID KAZ->TUR']],
    ['a negated participation is a refusal', 'Армения саммитке қатыспады.', ['REJECT ARM->']],
    ['a word that begins like a trigger is not one', 'Канцлер санкциялық режим туралы айтты.', []],
    ['a bare name before a possessed noun in an oblique case modifies it ("АҚШ президенттігіне"): no second actor',
      'Қасым-Жомарт Тоқаев сәрсенбі күні Дональд Трампты АҚШ президенттігіне сайлануымен құттықтады.', ['SUPPORT KAZ->USA']],
    ['a possessed noun in the nominative heads the subject: its possessors act',
      'Жұма күнінен бастап Қазақстан мен Қытай азаматтары бір-бірінің елдеріне визасыз бара алады.', ['COOPERATE CHN+KAZ->']],
    ['a summit scheduled ("өтеді") is no event yet', 'Бейсенбі күні Астанада ҰҚШҰ саммиті өтеді.', []],
    ['becoming a member of "the organisation" is support of the one whose summit is told',
      'Бейсенбі күні Астанада Шанхай ынтымақтастық ұйымының саммиті аяқталды. Беларусь ұйымның оныншы толық мүшесі болды.',
      ['CONSULT/multilateral KAZ+SCO->', 'SUPPORT BLR->SCO']],
    ['"шақырды" after a verbal noun of acting calls on (REQUEST)', 'Қазақстан Украинаны мұндай әрекеттерге жол бермеуге шақырды.', ['REQUEST KAZ->UKR']],
    ['what thanks are given for ("көмек көрсеткені үшін") is no act of its own',
      'Тоқаев ҰҚШҰ мемлекеттерінің басшыларына жедел көмек көрсеткені үшін алғыс айтты.', ['SUPPORT KAZ->CSTO']],
    ['refusing to go to a summit\'s city refuses the organisation whose summit it is',
      'Бейсенбі күні Минскіде ҰҚШҰ саммиті өтті. Армения Премьер-министрі Никол Пашинян Минскіге барудан бас тартты.',
      ['CONSULT/multilateral BLR+CSTO->', 'REJECT ARM->CSTO']],
    ['"келуге шақырды" invites (AGREE)', 'Ресей СІМ басшысы қазақстандық әріптесін Мәскеуге келуге шақырды.', ['AGREE RUS->KAZ']],
    ['"шақыруымен" is the invitation a visit was made at, no act of its own',
      'Қасым-Жомарт Тоқаев жұма күні Шавкат Мирзиёевтің шақыруымен Ташкентке мемлекеттік сапармен барды.', ['CONSULT/visit KAZ->UZB']],
    ['a congratulation and a later thanks between the same sides are two acts; a thanks told twice is one',
      'Путин Тоқаевты сайлаудағы жеңісімен құттықтады. Путин сондай-ақ Тоқаевқа алғыс айтты. Путин Тоқаевқа тағы да алғыс айтты.',
      ['SUPPORT RUS->KAZ', 'SUPPORT RUS->KAZ']],
    ['a refusal told in the future ("қатыспайтынын мәлімдеді") refuses the organisation whose summit is told',
      'Бейсенбі күні Астанада ҰҚШҰ саммиті өтті. Армения бұл саммитке қатыспайтынын мәлімдеді.', ['CONSULT/multilateral CSTO+KAZ->', 'REJECT ARM->CSTO']],
    ['a refusal to attend a summit only scheduled ("саммиті өтеді") still refuses its organisation',
      'Бейсенбі күні Астанада ҰҚШҰ саммиті өтеді. Армения бұл саммитке қатыспайтынын мәлімдеді.', ['REJECT ARM->CSTO']],
    ['a gathering named before "аясында" with its own name between ("БҰҰ Бас Ассамблеясы аясында") is a venue, not a party',
      'АҚШ Президенті Джо Байден сейсенбі күні Нью-Йоркте Қазақстан, Қырғызстан, Тәжікстан, Түрікменстан және Өзбекстан көшбасшыларымен саммит өткізді. Кездесу БҰҰ Бас Ассамблеясы аясында өтті. Көшбасшылар диалог бастауға келісті.',
      ['CONSULT/multilateral KAZ+KGZ+TJK+TKM+USA+UZB->', 'AGREE KAZ+KGZ+TJK+TKM+USA+UZB->']],
    ['more participants named keep the summit\'s organisation among the parties of what it adopts',
      'Жұма күні Астанада Түркі мемлекеттері ұйымының саммиті өтті. Оған Қазақстан, Түркия және Өзбекстан президенттері қатысты. Саммит қорытындысы бойынша Астана декларациясына қол қойылды.',
      ['CONSULT/multilateral KAZ+OTS+TUR+UZB->', 'SUPPORT KAZ+OTS+TUR+UZB->']],
    ['"Келесі күні" (the next day of a story told) makes no plan of what was signed',
      'Си Цзиньпин сейсенбі күні кешке Астанаға мемлекеттік сапармен келді. Келесі күні Ақордада өткен келіссөздерден кейін бірлескен мәлімдемеге қол қойылды.',
      ['CONSULT/visit CHN->KAZ', 'SUPPORT CHN+KAZ->']],
    ['joining declined by the negated verb after it ("БРИКС-ке кіруді қарастырмайды") rejects the organisation',
      'Қазақстан БРИКС-ке кіруді қарастырмайды.', ['REJECT KAZ->BRICS']],
    ['a meeting referred to ("келіссөз қорытындысы бойынша") is the one told, no new meeting',
      'Владимир Путин сәрсенбі күні Астанаға мемлекеттік сапармен келді. Президенттер келіссөз қорытындысы бойынша бірлескен мәлімдемеге қол қойды.',
      ['CONSULT/visit RUS->KAZ', 'SUPPORT KAZ+RUS->']],
    // issue 13, generalisation (written for this test)
    ['allocating a sum ("бөлу туралы қаулы") is aid, the government acting for its state',
      'Қазақстан Үкіметі Қырғызстанға 2 млн доллар бөлу туралы қаулы қабылдады.', ['AID KAZ->KGZ']],
    ['a channel ("… арқылы") is no party; aid with no subject is the last donor\'s',
      'Қазақстан Сирияға көмек жіберді. Ауғанстанға Біріккен Ұлттар Ұйымы арқылы 20 тонна гуманитарлық көмек жіберілді.', ['AID KAZ->SYR', 'AID KAZ->AFG']],
    ['goods handed over by an agency are its state\'s aid',
      'Қазақстанның халықаралық даму агенттігі Тәжікстанға медициналық жабдықтар табыстады.', ['AID KAZ->TJK']],
    ['a locative attribute ("провинциясындағы") is no subject',
      'Қазақстанның Герат провинциясындағы зардап шеккендерге арналған гуманитарлық көмегі жеткізілді.', ['AID KAZ->AFG']],
    ['a noun takes its tense from the verb after it; aid with no recipient restates the last',
      'Қазақстан Түркияға көмек жіберді. Көмек мемлекеттік резервтен бөлінеді.', ['AID KAZ->TUR']],
    // issue 13, third generalisation stop
    ['"Мемлекет басшысы" is the head of the state whose press writes in Kazakh; an order handed over is an award',
      'Мемлекет басшысы Ресей Президенті Владимир Путинге «Достық» орденін табыс етті.', ['SUPPORT KAZ->RUS']],
    ['"мемлекет басшылары" (plural) are the heads of the states told, no home state',
      'Путин Астанаға келді. Мемлекет басшылары келіссөздер жүргізді.', ['CONSULT/visit RUS->KAZ']],
    ['an award to a "counterpart" with no name goes to the other side of the talks',
      'Путин Бішкекке сапармен келді. Ресей басшысы қырғыз әріптесіне Құрмет орденін тапсырды.', ['CONSULT/visit RUS->KGZ', 'SUPPORT RUS->KGZ']],
    ['an agentless adoption ("мәлімдеме қабылданды") is the current talks\' act',
      'Путин Астанаға келді. Келіссөздер соңында бірлескен мәлімдеме қабылданды.', ['CONSULT/visit RUS->KAZ', 'SUPPORT KAZ+RUS->']],
    ['an agentless adoption with no talks told is silent', 'Бірлескен мәлімдеме қабылданды.', []],
    ['a visitor named by the participle "сапармен келген" meets in the destination; a second host is a second meeting',
      'Италияға ресми сапармен келген Тоқаев Маттарелламен кездесті. Одан кейін Тоқаев Мелонимен келіссөздер жүргізді.',
      ['CONSULT/visit KAZ->ITA', 'CONSULT/visit KAZ->ITA']],
    ['a delegation met ("делегациясымен кездесті") visits the one who met it',
      'Алматы облысының әкімі Қытайдың Шэньси провинциясының делегациясымен кездесті.', ['CONSULT/visit CHN->KAZ']],
    ['an organisation\'s envoy in the host\'s seat visits the host',
      'Еуропалық кеңестің төрағасы Шарль Мишель Ақордада Тоқаевпен кездесті.', ['CONSULT/visit EU->KAZ']],
    ['an invitation to come ("келуге шақырды") is one promise, not a visit',
      'Тоқаев Ердоғанмен Анкарада кездесті. Мемлекет басшысы түрік әріптесін Қазақстанға сапармен келуге шақырды.',
      ['CONSULT/visit KAZ->TUR', 'AGREE KAZ->TUR']],
    ['"саммит соңында", "саммит декларациясына": the summit referred to, no second one',
      'Астанада ТМҰ саммиті өтті. Саммит соңында көшбасшылар саммит декларациясына қол қойды.', ['CONSULT/multilateral KAZ+OTS->', 'SUPPORT KAZ+OTS->']],
    ['an arrival told with taking part in a summit is the participation, no visit',
      'Астанада ТМҰ саммиті өтті. Оған Түркия Президенті қатысты, ал Венгрия атынан Орбан келді.', ['CONSULT/multilateral HUN+KAZ+OTS+TUR->']],
    ['aid announced ("көмек бөлетінін мәлімдеді") is aid, not a promise',
      'Мемлекет басшысы Палестина халқына 1 млн доллар көлемінде гуманитарлық көмек бөлетінін мәлімдеді.', ['AID KAZ->PSE']],
    ['the leaders of states coordinated in the genitive agree together, the year ahead not the date',
      'Орталық Азияның бес мемлекетінің және Германияның көшбасшылары келесі саммитті 2024 жылы өткізуге келісті.', ['AGREE DEU+KAZ+KGZ+TJK+TKM+UZB->']],
  ];
  for (const [what, text, want] of table) it(what, () => assert.deepEqual(brief(text).sort(), [...want].sort()));

  it('the current visit gives a generic subject its parties; the evidence is the original sentence', () => {
    const text = 'Өзбекстан Президенті Шавкат Мирзиёев Астанаға мемлекеттік сапармен келді. Тараптар бірлескен декларацияға қол қойды.';
    assert.deepEqual(brief(text), ['CONSULT/visit UZB->KAZ', 'SUPPORT KAZ+UZB->']);
    const e = coder.code({ id: 'd', text, date: '2024-03-15', lang: 'kk' })[1]!;
    assert.equal(e.text, 'Тараптар бірлескен декларацияға қол қойды.');
    assert.equal(text.slice(e.span.start, e.span.end), e.text);
  });

  it('createCoder sends Kazakh documents to the Kazakh pack, by declared language or by script', () => {
    const text = 'Қазақстан Президенті Қасым-Жомарт Тоқаев сейсенбі күні Мәскеуге барды.';
    for (const lang of ['kk', null]) assert.equal(createCoder().code({ id: 'k', text, date: '2024-03-15', lang })[0]?.event_type, 'CONSULT');
  });
});

describe('Kazakh dates and money', () => {
  // 2024-03-15 is a Friday
  const table: [string, string | null][] = [
    ['Бейсенбі күні кездесу өтті.', '2024-03-14'],
    ['Келісімге 12 наурызда қол қойылды.', '2024-03-12'],
    ['Келісімге 2023 жылғы 5 мамырда қол қойылды.', '2023-05-05'],
    ['Саммит наурыз айында өтті.', '2024-03'],
    ['Ол өткен жылы Астанаға келді.', '2023'],
    ['Тараптар ынтымақтастықты талқылады.', null],
  ];
  for (const [text, want] of table) it(text, () => assert.equal(kkDate(text, '2024-03-15', null), want));
  it('money in Kazakh', () => {
    const [e] = coder.code({ id: 'm', text: 'Қазақстан Түркияға 1 млн доллар көлемінде гуманитарлық көмек жіберді.', date: '2024-03-15', lang: 'kk' });
    assert.deepEqual(e?.value, { amount: 1e6, currency: 'USD' });
  });
});

describe('Kazakh verbs by stem: the suffix after the stem gives the tense (issue 13)', () => {
  const tenses: [string, string, 'past' | 'future' | null][] = [
    ['қойды', 'қой', 'past'], ['қояды', 'қой', 'future'], ['қоймады', 'қой', 'past'], ['қолдайды', 'қолда', 'future'], ['қолдады', 'қолда', 'past'],
    ['барады', 'бар', 'future'], ['барған', 'бар', 'past'], ['бармақ', 'бар', 'future'], ['барлық', 'бар', null], ['бару', 'бар', null],
    ['келеді', 'кел', 'future'], ['келісім', 'кел', null], ['келтіруге', 'кел', null], ['көрсетеді', 'көрсет', 'future'], ['көрсетті', 'көрсет', 'past'],
  ];
  for (const [word, stem, want] of tenses) it(`${word} (${stem}) → ${want}`, () => assert.equal(kkTense(word, stem), want));
  const table: [string, string, string[]][] = [
    ['a visit in the past', 'Тоқаев Өзбекстанға мемлекеттік сапармен барды.', ['CONSULT/visit KAZ->UZB']],
    ['a visit in the present-future is announced', 'Ердоған Астанаға келеді.', ['AGREE TUR->KAZ']],
    ['a meeting in the future', 'Тоқаев Мирзиёевпен кездеседі.', ['AGREE KAZ+UZB->']],
    ['a meeting negated (silent)', 'Тоқаев Мирзиёевпен кездеспеді.', []],
    ['a signing in the past', 'Қазақстан мен Қырғызстан келісімге қол қойды.', ['SUPPORT KAZ+KGZ->']],
    ['a signing in the future, "қой" fused with its vowel', 'Қазақстан мен Өзбекстан келісімге қол қояды.', ['AGREE KAZ+UZB->']],
    ['a signing negated (silent)', 'Қазақстан мен Қырғызстан келісімге қол қоймады.', []],
    ['aid given in the past', 'Қазақстан Түркияға көмек көрсетті.', ['AID KAZ->TUR']],
    ['aid given in the future is promised', 'Қазақстан Түркияға көмек көрсетеді.', ['AGREE KAZ->TUR']],
    ['aid received: the giver in the ablative', 'Қазақстан Ресейден көмек алды.', ['AID RUS->KAZ']],
    ['a guest received in any tense of "қабылда"', 'Тоқаев Ақордада Түркия Сыртқы істер министрін қабылдады.', ['CONSULT/visit TUR->KAZ']],
    ['a speech act in the present is said now, not promised', 'Қазақстан Ресейдің әрекетін айыптайды.', ['ACCUSE/allege KAZ->RUS']],
    ['an invitation to a city in the dative is an invitation, not a request', 'Путин Тоқаевты Мәскеуге шақырды.', ['AGREE RUS->KAZ']],
    ['a courtesy greeting on a birthday (silent)', 'Тоқаев Ердоғанды туған күнімен құттықтады.', []],
    ['a congratulation on a victory is support', 'Тоқаев Ердоғанды сайлаудағы жеңісімен құттықтады.', ['SUPPORT KAZ->TUR']],
    ['"барлық" is no verb of going (silent)', 'Барлық елдер Астанада.', []],
  ];
  for (const [what, text, want] of table) it(what, () => assert.deepEqual(brief(text).sort(), [...want].sort()));
});

describe('Kazakh news constructions (issue 13)', () => {
  const table: [string, string, string[]][] = [
    ['"дайындықты талқылады" discusses preparation: no promise', 'Тоқаев Путинмен телефон арқылы сөйлесті. Тараптар сапарға дайындықты талқылады.', ['CONSULT/phone KAZ+RUS->']],
    ['"уағдаластықтардың" names agreements already reached: no new agreement',
      'Тоқаев Ердоғанмен телефон арқылы сөйлесті. Тараптар уағдаластықтардың орындалуын талқылады.', ['CONSULT/phone KAZ+TUR->']],
    ['a plan signed ("жоспарына қол қойды") is signed, not intended', 'Қазақстан мен Өзбекстан ынтымақтастық жоспарына қол қойды.', ['SUPPORT KAZ+UZB->']],
    ['support reported in the present participle is held now; its object\'s possessor receives it',
      'Ван И Қытай Қазақстанның ШЫҰ-ға төрағалығын қолдайтынын айтты.', ['SUPPORT CHN->KAZ']],
    ['"қолдау білдірді" expresses support', 'Түркия Әзербайжанға қолдау білдірді.', ['SUPPORT TUR->AZE']],
    ['"жоғары бағалады" praises', 'Трамп Қазақстанның шешімін жоғары бағалады.', ['SUPPORT USA->KAZ']],
    ['"ризашылық білдірді" thanks', 'Қырғызстан Қазақстанға ризашылық білдірді.', ['SUPPORT KGZ->KAZ']],
    ['a noun made from a title takes its case after "-лық" ("Ресей Сыртқы істер министрлігінің")',
      'Қазақстан Ресей Сыртқы істер министрлігінің мәлімдемесін айыптады.', ['ACCUSE/allege KAZ->RUS']],
    ['an ethnonym before "тарап" acts for its state', 'Қырғыз тарапы Астанаға алғыс айтты.', ['SUPPORT KGZ->KAZ']],
    ['an ethnonym\'s side in the dative receives', 'Қазақстан украин тарапына наразылық білдірді.', ['ACCUSE/disapprove KAZ->UKR']],
    ['a state\'s adjective before "тарап" heads the subject', 'Жапон тарапы мен қазақстандық тарап келісімге қол қойды.', ['SUPPORT JPN+KAZ->']],
    ['a name before a participle and its noun, after the subject, is the relative clause\'s agent, no co-actor',
      'Тоқаев Ресей Президенті ұсынған жоспарды қолдады.', ['SUPPORT KAZ->RUS']],
    ['the same over a side word ("Қытай тарапы ұсынған бастама")', 'Тоқаев Қытай тарапы ұсынған бастаманы қолдады.', ['SUPPORT KAZ->CHN']],
    ['a sentence\'s only subject before a participle stays its subject', 'Тоқаев барған сапарында Путинмен кездесті.', ['CONSULT KAZ+RUS->']],
    ['an ethnonym alone is no state (silent)', 'Қазақ тілі туралы заңға қол қойылды.', []],
    ['a demand is made of the ablative', 'Баку Мәскеуден өтемақы төлеуді талап етеді.', ['REQUEST AZE->RUS']],
    ['a capital in the accusative is its state', 'Астана Киевті мұндай әрекеттерге жол бермеуге шақырды.', ['REQUEST KAZ->UKR']],
    ['a picket at a state\'s consulate protests against that state; a city\'s residents are their state',
      'Алматының бірнеше тұрғыны Қытайдың бас консулдығы алдында пикет өткізді.', ['PROTEST KAZ->CHN']],
    ['a rally ("наразылық акциясы") is a protest, not a verbal disapproval', 'Грузия азаматтары Ресей елшілігі алдында наразылық акциясын өткізді.', ['PROTEST GEO->RUS']],
    ['a sanctions listing; companies registered in a state are its own',
      'АҚШ Қаржы министрлігі Қазақстанда тіркелген компанияны санкциялық тізімге енгізді.', ['SANCTION/discontinue USA->KAZ']],
    ['the next summit of a series, announced, is promised by this one\'s parties',
      'Жұма күні Сианьда Қазақстан, Қырғызстан және Қытай басшыларының саммиті өтті. Келесі саммит 2025 жылы Қазақстанда өтеді.',
      ['CONSULT/multilateral CHN+KAZ+KGZ->', 'AGREE CHN+KAZ+KGZ->']],
    ['a trip to several states called off is one refusal of each; the trip refused is no visit',
      'Кисида Қазақстанға, Өзбекстанға және Моңғолияға жоспарланған сапарынан бас тартты.', ['REJECT JPN->KAZ', 'REJECT JPN->MNG', 'REJECT JPN->UZB']],
    ['a summit that was to be held ("өтуі тиіс еді") is not held (silent)', 'Астанада Орталық Азия мен Жапония саммиті өтуі тиіс еді.', []],
    ['refusing to mediate ("делдал болмайтынын") rejects; the negation read after the light verb\'s stem',
      'Тоқаев Қазақстан Ресей мен Украина арасында делдал болмайтынын айтты.', ['REJECT KAZ->RUS+UKR']],
    ['a meeting "on the sidelines of" a summit ("ШЫҰ саммиті аясында") is of those who met, not of the organisation',
      'Сол күні Владимир Путин мен Си Цзиньпин ШЫҰ саммиті аясында кездесті.', ['CONSULT CHN+RUS->']],
    ['a regional administration ("облыс әкімдігімен") with no state named is Kazakhstan\'s; development banks by their Kazakh names',
      'Еуропа қайта құру және даму банкі облыс әкімдігімен келісімге қол қойды.', ['SUPPORT EBRD+KAZ->']],
    ['a government commission with no state named is Kazakhstan\'s', 'Үкіметтік комиссия Украинаға гуманитарлық көмек жіберді.', ['AID KAZ->UKR']],
    ['a foreign state\'s government stays its own', 'Қырғызстан үкіметі Тәжікстанға көмек жіберді.', ['AID KGZ->TJK']],
    ['a city\'s administration is that city\'s state', 'Бішкек қаласының әкімі Алматыға көмек жіберді.', ['AID KGZ->KAZ']],
    ['sanctions evaded are no sanction (silent)', 'Үкімет ел аумағын санкцияларды айналып өтуге пайдалануға жол бермейтінін мәлімдеді.', []],
    ['sanctions imposed', 'Еуроодақ Ресейге қарсы жаңа санкциялар енгізді.', ['SANCTION EU->RUS']],
    ['a titled phrase runs over a name the lexicon lacks, its case ending the phrase\'s',
      'Мемлекет басшысы Ақордада Түркия Сыртқы істер министрі Хакан Фиданды қабылдады.', ['CONSULT/visit TUR->KAZ']],
    ['an unknown name in the instrumental after a title is the partner', 'Тоқаев Италия Президенті Серджо Маттарелламен кездесті.', ['CONSULT ITA+KAZ->']],
    ['an envoy summoned ("елшісін шақыртты") is a disapproval', 'Қазақстан СІМ Ресей елшісін шақыртты.', ['ACCUSE/disapprove KAZ->RUS']],
    ['an arrival in a participle and the meeting it sets are one visit',
      'Италияға ресми сапармен келген Тоқаев Италия Президенті Серджо Маттарелламен кездесті.', ['CONSULT/visit KAZ->ITA']],
    ['recognition is support', 'Қазақстан Палестина мемлекетін мойындады.', ['SUPPORT KAZ->PSE']],
    ['a joint exercise held is cooperation', 'Қазақстан мен Ресей әскерилері бірлескен оқу-жаттығу өткізді.', ['COOPERATE KAZ+RUS->']],
    ['the state a matter concerns ("Сирия бойынша") is its topic, no party', 'Қазақстан мен Түркия Сирия бойынша келіссөздер жүргізді.', ['CONSULT KAZ+TUR->']],
    ['a round of the Astana format held is mediation: its guarantors and the state it is about, hosted by Kazakhstan; "кепілгер елдер" are the guarantors',
      'Сирия бойынша Астана форматындағы келіссөздердің раунды бейсенбі күні аяқталды. Оған Ресей, Иран мен Түркия өкілдері қатысты. Кепілгер елдер келесі кездесуді Астанада өткізуге келісті.',
      ['CONSULT/third-party IRN+RUS+SYR+TUR->KAZ', 'AGREE IRN+RUS+TUR->']],
    ['forces leaving a state withdraw from it', 'ҰҚШҰ бітімгерлік күштері бейсенбі күні Қазақстаннан шыға бастады.', ['RETREAT CSTO->KAZ']],
    ['only forces withdraw (silent)', 'Кітап Қазақстаннан шықты.', []],
    ['"санкциялық режим" is no sanction (silent)', 'Канцлер санкциялық режимді сақтау туралы айтты.', []],
    ['an accusation of a pronoun object ("оларды … деп айыптайды") is of those the last act was directed at',
      'АҚШ Қазақстанда тіркелген компанияны санкциялық тізімге енгізді. Вашингтон оларды Ресейге тауар жеткізді деп айыптайды.',
      ['SANCTION/discontinue USA->KAZ', 'ACCUSE/allege USA->KAZ']],
  ];
  for (const [what, text, want] of table) it(what, () => assert.deepEqual(brief(text).sort(), [...want].sort()));
});

describe('Kazakh constructions from probe-kk3 (issue 13)', () => {
  const table: [string, string, string[]][] = [
    ['a relative clause\'s agent before the main subject ("Ресей тарапы ұсынған жоспарды Қазақстан қолдады") is no co-actor',
      'Ресей тарапы ұсынған жоспарды Қазақстан қолдады.', ['SUPPORT KAZ->RUS']],
    ['the same with an adjective before "тарап", the relative clause first', 'Ресейлік тарап ұсынған келісімді Тоқаев жоғары бағалады.', ['SUPPORT KAZ->RUS']],
    ['"жақында" (recently) is an adverb, no possessed noun making the name before it a possessor',
      'Тоқаев жақында Мәскеуге барды.', ['CONSULT/visit KAZ->RUS']],
    ['an order handed over is an award ("орденін тапсырды")', 'Путин қырғыз әріптесіне Достық орденін тапсырды.', ['SUPPORT RUS->KGZ']],
    ['a medal handed over is an award ("медалін табыс етті")', 'Жапаров тәжік әріптесіне «Данк» медалін табыс етті.', ['SUPPORT KGZ->TJK']],
    ['an order refused is no award; the refusal stays', 'Тоқаев Ресейдің орденінен бас тартты.', ['REJECT KAZ->RUS']],
    ['an act denied to be planned ("марапаттау жоспарланбағанын") is none (silent)', 'Кремль Тоқаевты марапаттау жоспарланбағанын мәлімдеді.', []],
    ['a noun trigger\'s tense is its verb\'s, over the noun it heads ("көмек пакетін мақұлдады": approved, no promise)',
      'Дүниежүзілік банк Қырғызстанға көмек пакетін мақұлдады.', ['AID WB->KGZ']],
    ['gratitude conveyed ("ризашылығын жеткізді") is thanks', 'Тоқаев корей тарапына ризашылығын жеткізді.', ['SUPPORT KAZ->KOR']],
    ['foreign leaders named as Russian copy names them ("Рубио", "Хаменеи")', 'Рубио Тоқаевпен кездесті. Хаменеи Путинмен кездесті.', ['CONSULT KAZ+USA->', 'CONSULT IRN+RUS->']],
    ['participants added with "де" join a summit with no organisation; their agreement is of all',
      'Тоқаев Үндістан Премьер-министрі Моди өткізген онлайн саммитке қатысты. Саммитке Қырғызстан мен Өзбекстан президенттері де қатысты. Көшбасшылар жұмыс тобын құруға келісті.',
      ['CONSULT/multilateral IND+KAZ+KGZ+UZB->', 'AGREE IND+KAZ+KGZ+UZB->']],
    ['a state in the genitive before a title and a person is the person\'s possessor: the person\'s case, not the coordination\'s genitive',
      'Тоқаев, Мирзиёев және Түрікменстанның Халық Маслахатының төрағасы Бердімұхамедов бірлескен мәлімдемеге қол қойды.', ['SUPPORT KAZ+TKM+UZB->']],
    ['a forum opened by the visitor and the host is a meeting of its own, not the visit again',
      'Путин Қазақстанға сапармен келді. Екі ел президенттері өңіраралық ынтымақтастық форумын ашты.', ['CONSULT/visit RUS->KAZ', 'CONSULT/multilateral KAZ+RUS->']],
    ['a forum not held is none', 'Астана халықаралық форумын өткізбеу туралы шешім қабылданды.', []],
    ['a meeting in the locative ("Кездесуде") is the setting of the act told, no second meeting',
      'Тоқаев Мәскеуге барды. Кездесуде Путин Тоқаевпен энергетика мәселесін талқылады.', ['CONSULT/visit KAZ->RUS']],
    ['a diplomatic note handed to an envoy is a formal protest', 'Қазақстан Сыртқы істер министрлігі Ресей елшісіне нота тапсырды.', ['ACCUSE/disapprove KAZ->RUS']],
    ['a note sent to a state', 'Өзбекстан Тәжікстанға нота жолдады.', ['ACCUSE/disapprove UZB->TJK']],
    ['"қонақ" (the guest) is the visitor of the visit told', 'Тоқаев Мәскеуге келді. Путин қонақты сайлаудағы жеңісімен құттықтады.', ['CONSULT/visit KAZ->RUS', 'SUPPORT RUS->KAZ']],
    ['"қонақ" with no visit told is no one: no recipient', 'Путин қонақты құттықтады.', ['SUPPORT RUS->']],
    ['a body\'s head noun alone ("Министрлік") is the body last named with it',
      'Қазақстан Сыртқы істер министрлігі Ресей елшісіне нота тапсырды. Министрлік ресейлік тарапты шаралар қабылдауға шақырды.',
      ['ACCUSE/disapprove KAZ->RUS', 'REQUEST KAZ->RUS']],
    ['a bank named again as "банк" gives a loan ("қарыз беруді мақұлдады")',
      'Азия даму банкі Қазақстанға көмек пакетін мақұлдады. Сол күні банк Тәжікстанға қарыз беруді де мақұлдады.', ['AID ADB->KAZ', 'AID ADB->TJK']],
    ['a head noun after an adjective is another body ("Ұлттық банк"): no anaphora (silent)',
      'Азия даму банкі Қазақстанға көмек пакетін мақұлдады. Ұлттық банк Тәжікстанға ризашылық білдірді.', ['AID ADB->KAZ']],
    ['what an agreement signed is about ("несие беру туралы келісімге") is no act of its own',
      'Еуропа қайта құру және даму банкі Өзбекстанмен несие беру туралы келісімге қол қойды.', ['SUPPORT EBRD+UZB->']],
    ['aid sent from a state ("Қазақстаннан жіберілген көмек") is that state\'s', 'Ресейден жіберілген гуманитарлық көмек бейсенбі күні Қырғызстанға жетті.', ['AID RUS->KGZ']],
    ['aid on the head of state\'s instruction is his state\'s; it goes to those it is intended for, not the state it lands in',
      'Мемлекет басшысының тапсырмасымен Газа тұрғындарына арналған гуманитарлық жүк Египетке жеткізілді.', ['AID KAZ->PSE']],
    ['"өңір елдері" (the region\'s states) in a story of a summit are its parties that are states',
      'Жұма күні Астанада Қазақстан, Қырғызстан, Өзбекстан және Жапония басшыларының саммиті өтті. Кисида өңір елдеріне 2 млрд доллар инвестиция бөлінетінін жариялады.',
      ['CONSULT/multilateral JPN+KAZ+KGZ+UZB->', 'AGREE JPN->KAZ+KGZ+UZB']],
    ['"өңір елдері" with no summit told is no one (silent)', 'Кисида өңір елдеріне 2 млрд доллар инвестиция бөлінетінін жариялады.', []],
    ['a document adopted near the sentence\'s start ("Тараптар … декларация қабылдады") is signed by the parties',
      'Тоқаев Мәскеуге барды. Тараптар декларация қабылдады.', ['CONSULT/visit KAZ->RUS', 'SUPPORT KAZ+RUS->']],
    ['an office\'s word alone ("Канцлер") is the one last named who holds it',
      'Шольц Тоқаевпен кездесті. Канцлер Қазақстанға алғыс айтты.', ['CONSULT DEU+KAZ->', 'SUPPORT DEU->KAZ']],
    ['an office before a name ("Президент Мун Чжэ Инмен") is no anaphor', 'Путин Берлинге барды. Тоқаев Сеулде Президент Мун Чжэ Инмен кездесті.', ['CONSULT/visit RUS->DEU', 'CONSULT/visit KAZ->KOR']],
    ['an office\'s plural ("президенттері") is the parties, no one holder',
      'Шольц Тоқаевпен кездесті. Екі ел президенттері декларацияға қол қойды.', ['CONSULT DEU+KAZ->', 'SUPPORT DEU+KAZ->']],
    ['thanks with no one named go to the one the last act was directed at',
      'Тоқаев Ресейдің орденінен бас тартты. Президент құрмет үшін алғыс айтты.', ['REJECT KAZ->RUS', 'SUPPORT KAZ->RUS']],
    ['awards as a noun ("марапаттарды қабылдамауға") are no award given (silent)', 'Тоқаев марапаттарды қабылдамауға шешім қабылдады.', []],
    ['a sum to be "put" into something ("400 млн доллар салады") is an investment promised to the other side of the talks',
      'Путин Ташкентте Мирзиёевпен кездесті. Ресей бірлескен қорға 400 млн доллар салады.', ['CONSULT/visit RUS->UZB', 'AGREE RUS->UZB']],
    ['an investment made ("инвестиция салды") is cooperation', 'Қытай Қазақстанға 2 млрд доллар инвестиция салды.', ['COOPERATE CHN->KAZ']],
    ['"салады" after no sum is no investment (silent)', 'Ресей Өзбекстанда жол салады.', []],
    ['observer status received in an organisation supports it, as joining does',
      'Бакуде ТМҰ саммиті өтті. Түрікменстан ұйымда бақылаушы мәртебесін алды.', ['CONSULT/multilateral AZE+OTS->', 'SUPPORT TKM->OTS']],
    ['observer status given to a state ("Моңғолияға … мәртебесі берілді") names it in the dative',
      'ШЫҰ Моңғолияға серіктес мәртебесі берілді.', ['SUPPORT MNG->SCO']],
    ['an observer at a summit is no party and no status granted', 'Бакуде ТМҰ саммиті өтті. Венгрия бақылаушы ретінде қатысты.', ['CONSULT/multilateral AZE+OTS->']],
    ['documents signed "too" ("құжатқа да қол қойылды") are another signing',
      'Тоқаев Мәскеуге барды. Президенттер декларацияға қол қойды. Сапар барысында үкіметаралық құжаттарға да қол қойылды.',
      ['CONSULT/visit KAZ->RUS', 'SUPPORT KAZ+RUS->', 'SUPPORT KAZ+RUS->']],
    ['"жақын" (near) and "бүгін" (today) are no possessed nouns making the name before them a possessor',
      'Қазақстан жақын болашақта БРИКС-ке кіруді қарастырмайды. Тоқаев бүгін Мәскеуге барды.', ['REJECT KAZ->BRICS', 'CONSULT/visit KAZ->RUS']],
    ['a bare organisation before its gathering in an oblique case ("ШЫҰ саммитіне") possesses it: no co-actor of the refusal',
      'Моди Астанадағы ШЫҰ саммитіне қатыспады.', ['REJECT IND->SCO']],
    ['the Turkic Council under its former name is the OTS', 'Түркі кеңесінің саммитіне Қазақстан мен Әзербайжан қатысты.', ['CONSULT/multilateral AZE+KAZ+OTS->']],
  ];
  for (const [what, text, want] of table) it(what, () => assert.deepEqual(brief(text).sort(), [...want].sort()));
});

describe('Kazakh places of promises (issue 13)', () => {
  const table: [string, string, string[]][] = [
    ['the next summit\'s place ("Келесі саммит … Қазақстанда өтеді") is not where the promise was made, nor the story\'s place after it',
      'Жұма күні Бакуде ТМҰ саммиті өтті. Келесі саммит 2025 жылы Қазақстанда өтеді. Көшбасшылар декларацияға қол қойды.',
      ['CONSULT AZE', 'AGREE AZE', 'SUPPORT AZE']],
  ];
  for (const [what, text, want] of table) it(what, () => assert.deepEqual(coder.code({ id: 'd', text, date: '2024-03-15', lang: 'kk' }).map((e) => `${e.event_type} ${e.location}`), want));
});

describe('Kazakh sums invested (issue 13)', () => {
  it('the sum invested is the one just before the verb', () => {
    const ev = coder.code({ id: 'd', text: 'Ресей көлемі 500 млн доллар болатын қорға 400 млн доллар салады.', date: '2024-03-15', lang: 'kk' });
    assert.deepEqual(ev.map((e) => [e.event_type, e.value?.amount]), [['AGREE', 400000000]]);
  });
});
