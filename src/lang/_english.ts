/**
 * English evidence in a short Latin-script text, beside the statistical detector. CLD3 judges character n-grams, and
 * in a headline most of the characters are proper names ("Tokayev", "Mirziyoyev", "Tashkent"), whose n-grams read as
 * Uzbek, Javanese or Slovenian; the few common words around them are what says the text is English. So: the words
 * that do not look like names (not capitalised), and how many of them are everyday English words (function words
 * and the vocabulary of diplomatic news, with their regular inflections).
 */

/**
 * Everyday English words. Words that are as common in German, Dutch or the Romance languages (was, will, also, die,
 * war, hat, man, so, da, con, son, per) are left out, so they count for no language.
 */
const WORDS = new Set(`
a about after against ago ahead all amid among an and another any are as at back be been before being between both but
by can could did do does during each early either every few for from further had has have he her here his how if in
into is it its just last late least less many may more most much must near new next nor not now of off on once
one only or other our out over own said same says several she should since some still such than that the their
them then there these they this those three through to today too two under until up upon us very we were what when
where which while who whom whose why with within without would year years yesterday
accord address agree aid aim ally ambassador announce annual approve arms arrive ask attack attend ban bilateral
border boost break bring build call ceasefire chief claim close concern condemn conference confirm congratulate
consider continue cooperation corridor council country court cut deal debate decide defence defense delegation deny
deploy discuss dispute drop energy envoy expand expel express extend face fail foreign forum freeze gas give government
grant head help hold host hostage invest investment issue join keep launch lead leader leave link lift loan maintain
make meet meeting mission minister ministry move name need negotiate offer official open oppose order oil outline
parliament partner partnership pass pay peace pipeline plan pledge port power praise premier president press
project promise propose protest provide pull push raise ratify reach receive reject release remain report request
resume return review rule sanction say security seek sell send set share sign statement step strike strengthen
summit support suspend table take talk tariff tell thank threaten tie ties trade transit treaty troops urge vice visit
vote warn water welcome withdraw work
`.split(/\s+/).filter(Boolean));

/** The word, or a base form of it by the regular English endings (talks, hosted, signing, agreed, ties, carried). */
function known(word: string): boolean {
  if (WORDS.has(word)) return true;
  const bases: string[] = [];
  if (word.endsWith('ies') || word.endsWith('ied')) bases.push(word.slice(0, -3) + 'y');
  if (word.endsWith('es')) bases.push(word.slice(0, -2));
  if (word.endsWith('s')) bases.push(word.slice(0, -1));
  if (word.endsWith('ed')) bases.push(word.slice(0, -2), word.slice(0, -1));
  if (word.endsWith('ing')) bases.push(word.slice(0, -3), word.slice(0, -3) + 'e');
  return bases.some((b) => b.length > 1 && WORDS.has(b));
}

/** At least this many English words, and this share of the words that are not names. */
const MIN_WORDS = 2;
const MIN_SHARE = 2 / 3;
/** Only the beginning is read (as the detector reads only a prefix): the cost does not grow with the text. */
const MAX_CHARS = 4000;

const LATIN_WORD = /\p{Script=Latin}+(?:['’-]\p{Script=Latin}+)*/gu;
const LETTER = /\p{L}/gu;
const LATIN = /\p{Script=Latin}/gu;

/**
 * Whether a text is, by its common words, English: mostly Latin letters, at least MIN_WORDS everyday English
 * words, and those at least MIN_SHARE of the words that could be anything but names (lower-case words, and the
 * English words however written). A title-case or capitalised headline offers no lower-case words to weigh
 * against, so its English words count only when they are at least MIN_SHARE of all its words.
 */
export function readsAsEnglish(text: string): boolean {
  const head = text.slice(0, MAX_CHARS);
  const letters = head.match(LETTER)?.length ?? 0;
  if (letters === 0 || (head.match(LATIN)?.length ?? 0) / letters < 0.9) return false;
  let english = 0;
  let plain = 0;
  let all = 0;
  let lowerSeen = false;
  for (const [token] of head.matchAll(LATIN_WORD)) {
    all++;
    const lower = token.toLowerCase();
    if (token === lower) lowerSeen = true;
    if (known(lower.replace(/['’]s$/, ''))) english++;
    else if (token === lower) plain++;
  }
  if (english < MIN_WORDS) return false;
  // Sentence case: the lower-case words are the ones to weigh. Title or upper case: every word may be a name.
  return (lowerSeen ? english / (english + plain) : english / all) >= MIN_SHARE;
}
