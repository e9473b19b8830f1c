/** PLOVER topic contexts of a Russian sentence, by word stems (the same contexts the English coder gives). */
const RULES: [RegExp, string][] = [
  [/(?:торгов|инвест|эконом|бизнес|сделк|млрд|млн|экспорт|импорт|тариф|кредит|финанс|банк|промышлен|логист|коридор|железн|транзит)/i, 'economic'],
  [/(?:военн|войск|арми|вооруж|оружи|оборон|ракет|учени|солдат|миротвор)/i, 'military'],
  [/(?:нефт|газ|уран|трубопровод|энерг|минерал|водн|уголь|гидро)/i, 'natural_resource'],
  [/(?:виз[аоуы]|безвиз|миграц|мигрант|беженц)/i, 'migration'],
  [/(?:гуманитар|землетрясен|наводнен|помощ)/i, 'humanitarian'],
  [/(?:климат|экологи|выброс|зелен)/i, 'environment'],
  [/(?:террор|экстремис|боевик)/i, 'terrorism'],
  [/(?:выбор|парламент|референдум|конституц)/i, 'political_institutions'],
];

export function ruTopics(sentence: string): string[] {
  const out: string[] = [];
  for (const [re, c] of RULES) if (re.test(sentence) && !out.includes(c)) out.push(c);
  return out;
}
