/**
 * Bounded concurrency with a bounded queue, for work that costs a lot per request (coding a document, printing a
 * PDF): at most `concurrency` run at once, at most `queue` wait (first come, first served), and one more is
 * turned away at once with a BusyError (HTTP 503 with Retry-After) instead of piling up memory and latency.
 */
import { BusyError } from './errors.ts';

export interface GateOptions {
  /** What runs here, for the error message ("coding", "PDF briefs"). */
  what: string;
  concurrency: number;
  /** Callers that may wait for a slot; 0 = none. */
  queue: number;
  /** Seconds a turned-away caller is told to wait (Retry-After). */
  retryAfter: number;
}

export class Gate {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly options: GateOptions) {
    if (!(options.concurrency >= 1) || !(options.queue >= 0)) throw new RangeError('a gate needs concurrency >= 1 and queue >= 0');
  }

  /** Runs `fn` when a slot is free; BusyError at once when every slot is taken and the queue is full. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    const { what, concurrency, queue, retryAfter } = this.options;
    if (this.running < concurrency) {
      this.running++;
    } else if (this.waiting.length < queue) {
      // The slot is handed over by the caller that frees it (running stays counted).
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      throw new BusyError(`the server is busy with ${what} (${concurrency} running, ${queue} waiting): try again in ${retryAfter} s`, retryAfter);
    }
    try {
      return await fn();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }

  /** Work running and waiting now. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }
}
