/** What one poll of a source needs, and what it tells the watcher. */
import type { Coder } from '../coder/coder.ts';
import type { ReadTask } from '../ingest/coder-pool.ts';
import type { BatchCoder } from '../ingest/index.ts';
import type { ReadItem } from '../read/index.ts';
import type { Store } from '../store/store.ts';
import type { FetchLimits, Validators } from './_http.ts';

export interface PollContext {
  store: Store;
  /** Coding in worker threads off the event loop (`watch`, `serve --watch`), or on this thread (tests). */
  coder: Coder | BatchCoder;
  /** Reads a fetched feed or page: in the coding threads, like the coding, when the coder is a pool. */
  read: (task: ReadTask, signal: AbortSignal) => Promise<ReadItem[]>;
  limits: FetchLimits;
  /** Stops a poll in progress (the watcher is stopping). */
  signal: AbortSignal;
}

export interface PollResult {
  /** The list or feed answered 304 Not Modified. */
  notModified: boolean;
  validators: Validators;
  /** New documents (feeds) or dataset files imported (GDELT). */
  items: number;
  /** Documents whose text changed and were coded again. */
  updated: number;
  events: number;
  /** Dataset files still to catch up after this poll (the next poll comes at once); absent when none. */
  behind?: number;
  /** Items refused (malformed item, article page unreadable): the poll itself succeeded. */
  problems: string[];
}
