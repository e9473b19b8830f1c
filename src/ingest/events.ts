/** A document's coded events as the store takes them (ids derived from what they are, so re-coding finds them again). */
import type { Coder } from '../coder/coder.ts';
import { InputError } from '../errors.ts';
import type { Doc } from '../model/event.ts';
import { eventId } from '../store/ids.ts';
import type { DocumentRecord, NewEvent } from '../store/store.ts';
import { isReadable } from '../lang/index.ts';

/** Money beyond a 64-bit integer is a misreading (or a hostile text), and the database cannot take it. */
const MAX_AMOUNT = 2 ** 63;

/** The document's coded events; InputError (field "value") when one carries an amount out of range. */
export function toNewEvents(doc: Doc, coder: Coder): NewEvent[] {
  const coded = coder.code(doc);
  for (const e of coded) {
    const amount = e.value?.amount;
    if (amount !== undefined && !(Math.abs(amount) < MAX_AMOUNT)) {
      throw new InputError(`sentence ${e.sentence}: money amount ${amount} is out of range (beyond a 64-bit integer)`, {
        where: { ...(doc.source ? { file: doc.source.file, ...(doc.source.line ? { line: doc.source.line } : {}) } : {}), field: 'value' },
      });
    }
  }
  return coded.map((e) => ({
    ...e,
    id: eventId({ origin: 'coded', doc: doc.id, sentence: e.sentence, event_type: e.event_type, actor: e.actor, recipient: e.recipient }),
    origin: 'coded' as const,
    span: e.span ?? null,
  }));
}

/**
 * The stored record of a document: a document in a language the coder does not read keeps its text (`unread_text`)
 * so that `multivector recode` can code it when the language becomes readable. (It is still given to the English
 * pack meanwhile, as before: the detector calls some short English texts Javanese or Malay.)
 */
export function toDocumentRecord(doc: Doc, hash: string, source: string | null): DocumentRecord {
  return {
    id: doc.id, title: doc.title ?? null, url: doc.url ?? null, date: doc.date ?? null, lang: doc.lang ?? null,
    content_hash: hash, source, unread_text: isReadable(doc.lang) ? null : doc.text,
  };
}
