/**
 * Thin adapter over cld3-asm (Google's Compact Language Detector 3, compiled to WebAssembly; offline). The
 * module is loaded once per process, on first use; the identifier reads at most MAX_BYTES of a text, so a
 * detection costs the same for a long article as for a short one.
 */
import { loadModule, type LanguageIdentifier } from 'cld3-asm';

/** Shorter texts are not judged (a headline alone is too easy to mistake). */
const MIN_BYTES = 20;
const MAX_BYTES = 4000;

let identifier: Promise<LanguageIdentifier> | null = null;
let calls = 0;

/** Texts identified by this thread so far (the server checks that its event loop leaves them to its workers). */
export const identifiedTexts = () => calls;

export interface Identified {
  /** BCP-47-like code as CLD3 gives it ("en", "ru", "kk", "zh-Latn"), or "und". */
  language: string;
  reliable: boolean;
  probability: number;
}

const load = () => (identifier ??= loadModule().then((f) => f.create(MIN_BYTES, MAX_BYTES)));

/** Loads the identifier now (a coding worker, before it says it is ready), not on the first text. */
export async function loadIdentifier(): Promise<void> {
  await load();
}

export async function identify(text: string): Promise<Identified> {
  calls++;
  // The identifier copies its input into WebAssembly memory: give it only the prefix it reads.
  const r = (await load()).findLanguage(text.slice(0, MAX_BYTES));
  return { language: r.language, reliable: r.is_reliable, probability: r.probability };
}
