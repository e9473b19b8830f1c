/**
 * The coder interface: every coder (the rule-based one shipped here, or another plugged in later)
 * turns one document into events. Coders are synchronous, deterministic and offline.
 */
import type { CodedEvent, Doc } from '../model/event.ts';

export interface Coder {
  readonly name: string;
  code(doc: Doc): CodedEvent[];
}
