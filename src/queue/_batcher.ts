/**
 * Coded documents gathered into one store transaction: a batch is written when it holds `max` documents or
 * `waitMs` after its first arrived, whichever comes first. Each caller's promise settles only once its document
 * is committed (or has failed), so a job still completes only after its document is stored.
 *
 * A failed batch is written again one document at a time: one document the store refuses fails alone, and a
 * store that is down fails each (each job is retried by the queue). Writing a document again is a no-op (same
 * content hash), so a batch committed just before its worker died stores nothing twice when redone.
 */
import type { DocumentWithEvents, PutOutcome, Store } from '../store/store.ts';

interface Pending {
  item: DocumentWithEvents;
  resolve(o: PutOutcome | undefined): void;
  reject(e: unknown): void;
}

export class PutBatcher {
  private pending: Pending[] = [];
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly store: Store, readonly max: number, private readonly waitMs: number) {}

  /** Stores `item` with the batch it joins; resolves with its outcome once committed. */
  put(item: DocumentWithEvents): Promise<PutOutcome | undefined> {
    return new Promise((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (this.pending.length >= this.max) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.waitMs);
    });
  }

  /** Writes what is gathered now (batches are written one after another, in arrival order). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending;
    this.pending = [];
    if (batch.length) this.writing = this.writing.then(() => this._write(batch));
    return this.writing;
  }

  private async _write(batch: Pending[]): Promise<void> {
    try {
      const outcomes = await this.store.putDocuments(batch.map((p) => p.item));
      batch.forEach((p, i) => p.resolve(outcomes[i]));
      return;
    } catch (e) {
      if (batch.length === 1) {
        batch[0]!.reject(e);
        return;
      }
    }
    for (const p of batch) {
      try {
        p.resolve((await this.store.putDocuments([p.item]))[0]);
      } catch (e) {
        p.reject(e);
      }
    }
  }
}
