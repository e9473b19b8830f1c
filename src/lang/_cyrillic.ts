/**
 * The alphabets of the languages written in Cyrillic that the detector knows, beside its answer. In a short line the
 * detector can name a language whose alphabet lacks letters the line is written with (a Kazakh line with Russian
 * names read as Macedonian, which has neither і nor ё): that answer is impossible, and when exactly one language the
 * coder reads is written with every letter of the line, the line is in that language.
 */

const RUSSIAN = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя';
const ALPHABETS: Record<string, string> = {
  ru: RUSSIAN,
  kk: `${RUSSIAN}әғқңөұүһі`,
  uk: 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя',
  be: 'абвгдеёжзійклмнопрстуўфхцчшыьэюя',
  bg: 'абвгдежзийклмнопрстуфхцчшщъьюя',
  mk: 'абвгдѓежзѕијклљмнњопрстќуфхцчџш',
  sr: 'абвгдђежзијклљмнњопрстћуфхцчџш',
  ky: `${RUSSIAN}ңөү`,
  mn: `${RUSSIAN}өү`,
  tg: 'абвгғдеёжзиӣйкқлмнопрстуӯфхҳчҷшъэюя',
};

/** Letters that only Kazakh of the readable languages uses: a line said to be Kazakh must show one of them. */
const KAZAKH_LETTERS = /[әғқңөұүһі]/u;

const LETTER = /\p{L}/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Only the beginning is read (as the detector reads only a prefix). */
const MAX_CHARS = 4000;

/** The set of Cyrillic letters (lower-case) in a text that is mostly Cyrillic, or null for any other text. */
function cyrillicLetters(text: string): Set<string> | null {
  const letters = text.slice(0, MAX_CHARS).toLowerCase().match(LETTER) ?? [];
  const cyr = letters.filter((l) => CYRILLIC.test(l));
  if (!letters.length || cyr.length / letters.length < 0.9) return null;
  return new Set(cyr);
}

const writes = (lang: string, letters: Set<string>) => [...letters].every((l) => ALPHABETS[lang]!.includes(l));

/**
 * The readable language (among `readable`) a Cyrillic line must be in, or null (the detector's answer stands). When
 * the detector is unsure, or names a language whose alphabet lacks letters of the line: the one language whose
 * alphabet writes every letter, if the coder reads it (ұ is Kazakh's alone); else the one readable language that
 * writes them (Kazakh only when one of its own letters is there, since its alphabet holds all of Russian's).
 */
export function alphabetCorrection(text: string, detected: { language: string; reliable: boolean }, readable: ReadonlySet<string>): string | null {
  const impossible = detected.language in ALPHABETS && !writesText(detected.language, text);
  if (detected.reliable && !impossible) return null;
  const letters = cyrillicLetters(text);
  if (!letters) return null;
  const writers = Object.keys(ALPHABETS).filter((l) => writes(l, letters));
  if (writers.length === 1 && readable.has(writers[0]!)) return writers[0]!;
  if (!impossible) return null;
  const kazakh = [...letters].some((c) => KAZAKH_LETTERS.test(c));
  const possible = writers.filter((l) => readable.has(l) && (l !== 'kk' || kazakh));
  return possible.length === 1 ? possible[0]! : null;
}

function writesText(lang: string, text: string): boolean {
  const letters = cyrillicLetters(text);
  return !letters || writes(lang, letters);
}
