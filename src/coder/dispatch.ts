/**
 * Routes each document to the language pack that reads it: Russian documents to the Russian coder, the rest to
 * the English one. A document's declared language decides; without one, its script does (Cyrillic without the
 * letters only Kazakh uses is read as Russian). The Russian pack is built on first use, so English-only runs
 * never load its dictionaries.
 */
import type { CodedEvent, Doc } from '../model/event.ts';
import type { Coder } from './coder.ts';
import { RussianCoder } from './ru/coder.ts';

const KAZAKH_LETTERS = /[әғқңөұүһі]/i;

/** The language pack a document goes to: 'ru', or 'en' for everything else. */
export function packFor(doc: Doc): 'ru' | 'en' {
  const lang = (doc.lang ?? '').toLowerCase().slice(0, 2);
  if (lang) return lang === 'ru' ? 'ru' : 'en';
  const sample = doc.text.slice(0, 2000);
  const cyr = sample.match(/[а-яё]/gi)?.length ?? 0;
  const lat = sample.match(/[a-z]/gi)?.length ?? 0;
  return cyr > lat && !KAZAKH_LETTERS.test(sample) ? 'ru' : 'en';
}

export class LanguageCoder implements Coder {
  readonly name: string;
  private _ru: RussianCoder | null = null;

  constructor(private readonly english: Coder) {
    this.name = english.name;
  }

  code(doc: Doc): CodedEvent[] {
    if (packFor(doc) === 'ru') return (this._ru ??= new RussianCoder()).code(doc);
    return this.english.code(doc);
  }
}
