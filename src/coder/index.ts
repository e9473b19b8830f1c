/** The coder stage's public surface. */
import type { Coder } from './coder.ts';
import { loadLexicon } from './lexicon/load.ts';
import { LanguageCoder } from './dispatch.ts';
import { RuleCoder } from './rules.ts';

export type { Coder } from './coder.ts';
export { loadLexicon } from './lexicon/load.ts';

export interface CoderOptions {
  /** extra lexicon files (same shapes as data/lexicon/*.json) */
  lexicons?: string[];
}

export function createCoder(options: CoderOptions = {}): Coder {
  // each document goes to the language pack that reads it (dispatch.ts)
  return new LanguageCoder(new RuleCoder(loadLexicon(options.lexicons ?? []).gazetteer));
}
