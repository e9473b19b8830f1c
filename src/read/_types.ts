import type { Doc } from '../model/event.ts';
import type { InputError } from '../errors.ts';

export type ReadItem =
  | { kind: 'doc'; doc: Doc }
  | { kind: 'problem'; error: InputError };

export interface ReadOptions {
  /** `--date YYYY-MM-DD`: fallback publication date for .txt/.md (and HTML) documents without their own. */
  date?: string | undefined;
  /** Read for the input '-' (default process.stdin). */
  stdin?: NodeJS.ReadableStream | undefined;
  /** `--lang CODE`: the language of every document read, instead of the one detected from its text. */
  lang?: string | undefined;
  /**
   * Detect each document's language from its text (default true). The server passes false and has its coding
   * workers detect it (see ingest/coder-pool.ts): the detector costs CPU in proportion to the text.
   */
  detect?: boolean | undefined;
}
