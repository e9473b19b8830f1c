/** Documents coded one by one: a document that cannot be coded comes back as its error; the rest are coded. */
import type { Coder } from '../coder/coder.ts';
import { isInputError } from '../errors.ts';
import type { Doc } from '../model/event.ts';
import type { NewEvent } from '../store/store.ts';
import { toNewEvents } from './events.ts';

/**
 * A document's coded events, or why there are none: a problem of its text (`input`, e.g. a money amount out of
 * range, with the field) or a failure of the coder.
 */
export type CodeResult = { events: NewEvent[] } | { error: string; input: boolean; field?: string };

export function codeDocs(docs: Doc[], coder: Coder): CodeResult[] {
  return docs.map((doc) => {
    try {
      return { events: toNewEvents(doc, coder) };
    } catch (e) {
      if (isInputError(e)) return { error: e.message, input: true, ...(e.where.field ? { field: e.where.field } : {}) };
      return { error: e instanceof Error ? e.message : String(e), input: false };
    }
  });
}
