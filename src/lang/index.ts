/**
 * Languages of documents: what a document is written in (detected from its text at read time, or given with
 * `--lang`), and whether the coder reads that language. A document in a language the coder cannot read is
 * stored and reported as such, never silently coded to nothing.
 */
import { InputError } from '../errors.ts';
import { identify } from './_cld.ts';
import { alphabetCorrection } from './_cyrillic.ts';
import { readsAsEnglish } from './_english.ts';

/**
 * Languages the coder reads: English, and the language packs of issue 13 (src/coder/ru, src/coder/kk); a document
 * in another language is reported as not readable.
 */
export const READABLE_LANGUAGES: ReadonlySet<string> = new Set(['en', 'ru', 'kk']);

/** A language code as documents declare it ("en", "en-US", "ru_RU", "KK") in the form we store: lower-case, base language. */
export function normalizeLang(code: string | null | undefined): string | null {
  const m = /^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*\s*$/.exec(code ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

/** `--lang CODE` (or ?lang=): a language code, or an error naming the field. */
export function parseLangOption(code: string, field = 'lang'): string {
  const lang = normalizeLang(code);
  if (!lang) throw new InputError(`--lang ${JSON.stringify(code)} is not a language code (ISO 639, e.g. en, ru, kk)`, { where: { field } });
  return lang;
}

/** The language of a text, or null when the detector is not confident (too short, mixed, unknown). */
export async function detectLanguage(text: string): Promise<string | null> {
  const r = await identify(text);
  if (r.language === 'en' && r.reliable) return 'en';
  // A short English text full of names reads as another language to the detector (their letters outweigh the few
  // common words): its common words decide. Other languages, and English the detector is unsure of, go the same way.
  if (readsAsEnglish(text)) return 'en';
  // A Cyrillic line the detector is unsure of, or gives to a language whose alphabet lacks its letters.
  const byLetters = alphabetCorrection(text, r, READABLE_LANGUAGES);
  if (byLetters) return byLetters;
  if (r.language === 'und' || !r.reliable) return null;
  // "ru-Latn" is Russian written in Latin letters: a language the coder would not read as Russian either
  return r.language.includes('-') ? r.language.toLowerCase() : normalizeLang(r.language);
}

/**
 * A document's language: the override (`--lang`) if given, else what its text is detected to be, else what its
 * metadata declared (HTML lang, feed language, a JSONL "lang"), else null. The text wins over the metadata:
 * sites and feeds often declare one language for pages in several.
 */
export async function resolveLanguage(text: string, declared: string | null | undefined, override?: string | null): Promise<string | null> {
  if (override) return override;
  return (await detectLanguage(text)) ?? normalizeLang(declared);
}

/** Whether the coder reads documents in this language; an unknown language (null) is given to it as it is. */
export function isReadable(lang: string | null | undefined): boolean {
  return lang === null || lang === undefined || READABLE_LANGUAGES.has(lang);
}
