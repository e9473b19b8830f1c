/**
 * The document put path, on any engine: which documents of a batch are new, changed or unchanged, which of
 * their events to insert, and what becomes of a changed document's reviewed events. The engine supplies the
 * two writes this needs and then writes the documents and events the plan returns, in the same transaction.
 */
import type { DocumentRecord, DocumentWithEvents, NewEvent, PutOutcome } from './store.ts';

/**
 * A stored document's hash as `documentHashes` and the put plan see it: a document stored unread answers
 * `unread:<hash>`, so the same text read again (its language readable now) is coded rather than skipped.
 */
export const STORED_HASH_SQL = `CASE WHEN unread THEN 'unread:' || content_hash ELSE content_hash END`;

/** The version of a document as stored: STORED_HASH_SQL of the row this record is written as. */
export const storedVersion = (doc: DocumentRecord) => (doc.unread_text != null ? `unread:${doc.content_hash}` : doc.content_hash);

export interface DocumentReplacer {
  /** Deletes the document's unreviewed coded events; returns the ids of its coded events left (the reviewed ones). */
  dropUnreviewed(docId: string): Promise<string[]>;
  /** Sets doc_changed on the document's coded events that are not among `survivors`, and clears it on those that are. */
  flagChanged(docId: string, survivors: string[]): Promise<void>;
}

export interface PutPlan {
  outcomes: PutOutcome[];
  /** Document rows to write (insert or replace), each with its number of events. */
  documents: Array<{ doc: DocumentRecord; events: number }>;
  /** Events to insert. */
  events: NewEvent[];
}

/** Events with distinct ids: the first of each id. */
export function dedupe(events: NewEvent[]): NewEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)));
}

/** `existing`: content hashes of the batch's stored documents (updated as the batch is planned). */
export async function planPut(batch: DocumentWithEvents[], existing: Map<string, string>, r: DocumentReplacer): Promise<PutPlan> {
  const outcomes: PutOutcome[] = [];
  const events: NewEvent[] = [];
  const documents = new Map<string, { doc: DocumentRecord; events: number }>();
  for (const { doc, events: coded } of batch) {
    const old = existing.get(doc.id);
    // Unchanged: the same text, or the same unread text stored unread again.
    if (old === doc.content_hash || (doc.unread_text != null && old === `unread:${doc.content_hash}`)) {
      outcomes.push({ id: doc.id, status: 'unchanged', events: 0, keptReviewed: 0, version: old });
      continue;
    }
    // Same id twice in one batch: the later version wins, as it would in two runs.
    existing.set(doc.id, doc.content_hash);
    const unique = dedupe(coded);
    let kept = 0;
    let skip = new Set<string>();
    if (old !== undefined) {
      const reviewed = await r.dropUnreviewed(doc.id);
      kept = reviewed.length;
      if (kept) {
        const again = new Set(unique.map((e) => e.id));
        const survivors = reviewed.filter((id) => again.has(id));
        // Reviewed events the new text still supports stay as they are; the others are flagged.
        await r.flagChanged(doc.id, survivors);
        skip = new Set(survivors);
      }
    }
    events.push(...unique.filter((e) => !skip.has(e.id)));
    documents.delete(doc.id);
    documents.set(doc.id, { doc, events: unique.length });
    outcomes.push({ id: doc.id, status: old === undefined ? 'added' : 'replaced', events: unique.length, keptReviewed: kept, version: storedVersion(doc) });
  }
  return { outcomes, documents: [...documents.values()], events };
}
