/**
 * Routes each document to the language pack that reads it: Russian documents to the Russian coder, Kazakh ones to
 * the Kazakh coder, the rest to the English one. A document's declared language decides; without one, its script
 * does (Cyrillic with the letters only Kazakh uses is Kazakh, without them Russian). The packs are built on first
 * use, so English-only runs never load their dictionaries.
 */
import type { CodedEvent, Doc } from '../model/event.ts';
import type { Coder } from './coder.ts';
import { KazakhCoder } from './kk/coder.ts';
import { RussianCoder } from './ru/coder.ts';

const KAZAKH_LETTERS = /[әғқңөұүһі]/i;

/** The language pack a document goes to: 'ru', 'kk', or 'en' for everything else. */
export function packFor(doc: Doc): 'ru' | 'kk' | 'en' {
  const lang = (doc.lang ?? '').toLowerCase().slice(0, 2);
  if (lang) return lang === 'ru' || lang === 'kk' ? lang : 'en';
  const sample = doc.text.slice(0, 2000);
  // counted in one pass over the characters, not with match(), which builds an array of every letter for every document
  let cyr = 0, lat = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i) | 0x20;
    if (c >= 0x61 && c <= 0x7a) lat++;
    else if (c > 0x7f && CYRILLIC.test(sample[i]!)) cyr++;
  }
  if (cyr <= lat) return 'en';
  return KAZAKH_LETTERS.test(sample) ? 'kk' : 'ru';
}
const CYRILLIC = /[а-яёәғқңөұүһі]/i;

export class LanguageCoder implements Coder {
  readonly name: string;
  private _ru: RussianCoder | null = null;
  private _kk: KazakhCoder | null = null;

  constructor(private readonly english: Coder) {
    this.name = english.name;
  }

  code(doc: Doc): CodedEvent[] {
    const pack = packFor(doc);
    if (pack === 'ru') return (this._ru ??= new RussianCoder()).code(doc);
    if (pack === 'kk') return (this._kk ??= new KazakhCoder()).code(doc);
    return this.english.code(doc);
  }
}
