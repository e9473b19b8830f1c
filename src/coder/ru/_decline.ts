/**
 * Case forms of Russian names, generated from the nominative by declension class (the gazetteer holds every form,
 * so "Казахстаном", "Токаеву", "Южной Кореи" are looked up, not guessed). Proper names are outside most
 * dictionaries or mis-read by them ("Токаев" as a genitive plural), so the classes are the grammar's own:
 * hard and soft masculine, -а/-я and -ия feminine, -ь, plural -ы/-и, surnames in -ов/-ин, adjectives.
 */

/** form → the cases it can stand in */
export type Forms = Map<string, string[]>;

import { nounParadigm } from './morph.ts';

type Row = [suffix: string, cases: string[]];
const N = 'nomn', G = 'gent', D = 'datv', A = 'accs', I = 'ablt', L = 'loct';

const put = (out: Forms, form: string, cases: string[]): void => {
  const had = out.get(form) ?? [];
  for (const c of cases) if (!had.includes(c)) had.push(c);
  out.set(form, had);
};
const rows = (out: Forms, stem: string, table: Row[]): void => { for (const [s, c] of table) put(out, stem + s, c); };

const ADJ_M: Row[] = [['ий', [N, A]], ['ый', [N, A]], ['ой', [N, G, D, I, L]], ['ого', [G, A]], ['его', [G, A]], ['ему', [D]], ['ому', [D]], ['им', [I, D]], ['ым', [I, D]], ['ем', [L]], ['ом', [L]],
  ['ая', [N]], ['яя', [N]], ['ую', [A]], ['юю', [A]], ['ей', [G, D, I, L]], ['ое', [N, A]], ['ее', [N, A]],
  ['ие', [N, A]], ['ые', [N, A]], ['их', [G, L, A]], ['ых', [G, L, A]], ['ими', [I]], ['ыми', [I]]];
const HARD_M: Row[] = [['', [N, A]], ['а', [G, A]], ['у', [D]], ['ом', [I]], ['е', [L]], ['ы', [N, A]], ['ов', [G]], ['ам', [D]], ['ами', [I]], ['ах', [L]], ['и', [N, A]]];
const SURNAME_M: Row[] = [['', [N]], ['а', [G, A]], ['у', [D]], ['ым', [I]], ['е', [L]], ['ы', [N]], ['ых', [G, A, L]]];
const SURNAME_F: Row[] = [['а', [N]], ['ой', [G, D, I, L]], ['у', [A]]];
const FEM_A: Row[] = [['а', [N]], ['ы', [G]], ['и', [G]], ['е', [D, L]], ['у', [A]], ['ой', [I]], ['ою', [I]], ['ей', [I]]];
const FEM_YA: Row[] = [['я', [N]], ['и', [G, D, L]], ['е', [D, L]], ['ю', [A]], ['ей', [I]], ['ею', [I]]];
const SOFT_M: Row[] = [['й', [N, A]], ['я', [G, A]], ['ю', [D]], ['ем', [I]], ['е', [L]], ['и', [L]]];
const SOFT_SIGN: Row[] = [['ь', [N, A]], ['я', [G, A]], ['ю', [D]], ['ем', [I]], ['е', [L]], ['и', [G, D, L]], ['ью', [I]]];
const PLURAL: Row[] = [['ы', [N, A]], ['и', [N, A]], ['ов', [G]], ['', [G]], ['ам', [D]], ['ами', [I]], ['ах', [L]]];
const ALL = [N, G, D, A, I, L];
const ADJ_END = /(?:ий|ый|ой|ая|яя|ое|ее|ие|ые)$/;

/**
 * The case forms of one word of a name, lower-case. `surname` says the word is a person's surname (its -ов/-ин
 * declines like one); capital-letter abbreviations and words ending in other vowels are indeclinable. `oblique` is
 * the stem of the oblique cases of a noun whose vowel drops ("Египет": "Египт"), as a dictionary marks it.
 * A common noun the dictionary knows ("дворец", "совет") also takes its forms from the dictionary's own paradigm.
 */
export function declineWord(word: string, surname = false, oblique?: string): Forms {
  const w = word.toLowerCase().replace(/ё/g, 'е');
  const out: Forms = new Map();
  if (oblique) {
    put(out, w, [N, A]);
    rows(out, oblique.toLowerCase().replace(/ё/g, 'е'), HARD_M.filter(([s]) => s !== ''));
    return out;
  }
  if (!surname && !(word.length > 1 && word === word.toUpperCase()) && !ADJ_END.test(w)) {
    const dict = nounParadigm(w);
    if (dict) for (const [f, cs] of dict) put(out, f, cs);
  }
  // abbreviations (ООН, США, ЕАЭС) and words ending in other vowels (Того, Перу, Раиси, Баку) do not decline
  if ((word.length > 1 && word === word.toUpperCase()) || (/[оеиуэю]$/.test(w) && !ADJ_END.test(w))) {
    put(out, w, ALL);
    return out;
  }
  let m: RegExpExecArray | null;
  if ((m = /^(.+?)(ий|ый|ой|ая|яя|ое|ее|ие|ые)$/.exec(w)) && w.length > 4) rows(out, m[1]!, ADJ_M);
  // -ин is also the end of names that decline as nouns (Цзиньпин: Цзиньпином)
  else if (surname && (m = /^(.+(?:ов|ев|ёв|ин|ын))$/.exec(w))) rows(out, m[1]!, [...SURNAME_M, ['ом', [I]]]);
  else if (surname && (m = /^(.+(?:ов|ев|ин|ын))а$/.exec(w))) rows(out, m[1]!, SURNAME_F);
  else if ((m = /^(.+и)я$/.exec(w))) rows(out, m[1]!, FEM_YA);
  else if ((m = /^(.+)я$/.exec(w))) rows(out, m[1]!, FEM_YA);
  else if ((m = /^(.+)а$/.exec(w))) rows(out, m[1]!, FEM_A);
  else if ((m = /^(.+)й$/.exec(w))) rows(out, m[1]!, SOFT_M);
  else if ((m = /^(.+)ь$/.exec(w))) rows(out, m[1]!, SOFT_SIGN);
  else if ((m = /^(.+)ы$/.exec(w))) rows(out, m[1]!, PLURAL);
  else if (/[бвгджзклмнпрстфхцчшщ]$/.test(w)) rows(out, w, surname ? [...SURNAME_M, ['ом', [I]]] : HARD_M);
  else put(out, w, ALL);
  return out;
}
