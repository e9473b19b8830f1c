/** Stable identifiers: the same happening from the same source always gets the same id, so re-runs add nothing. */
import { createHash } from 'node:crypto';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** sha-256 of origin, document, sentence, type and the (sorted) participants. */
export function eventId(e: {
  origin: string; doc: string; sentence: number; event_type: string; actor: string[]; recipient: string[];
}): string {
  const parts = [e.origin, e.doc, String(e.sentence), e.event_type, [...e.actor].sort().join(','), [...e.recipient].sort().join(',')];
  return sha256(parts.join('\u001f'));
}

/** Id of an event that a dataset already identifies (GDELT GLOBALEVENTID, ICEWS Event ID, PLOVER id). */
export function datasetEventId(origin: string, id: string): string {
  return `${origin}:${id}`;
}

/** sha-256 of a document's text: a changed text means the document is re-coded. */
export function contentHash(text: string): string {
  return sha256(text);
}
