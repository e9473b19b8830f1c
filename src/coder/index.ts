/** The coder stage's public surface. */
import type { Coder } from './coder.ts';
import { loadLexicon } from './lexicon/load.ts';
import { LanguageCoder } from './dispatch.ts';
import { RuleCoder } from './rules.ts';
import { LearntFallback, loadSentenceModel } from './learnt/fallback.ts';

export type { Coder } from './coder.ts';
export { loadLexicon } from './lexicon/load.ts';

export interface CoderOptions {
  /** extra lexicon files (same shapes as data/lexicon/*.json) */
  lexicons?: string[];
  /** whether the learnt sentence model codes the English documents the rules found no event in (default true) */
  learnt?: boolean;
}

export function createCoder(options: CoderOptions = {}): Coder {
  // each document goes to the language pack that reads it (dispatch.ts)
  const rules = new RuleCoder(loadLexicon(options.lexicons ?? []).gazetteer);
  return new LanguageCoder(new LearntFallback(rules, options.learnt === false ? null : loadSentenceModel()));
}
