/**
 * The poller behind `multivector watch` and `serve --watch`: each source on its own schedule (its interval after
 * a success; after failures a back-off doubling per failure in a row, up to six hours), one poll at a time,
 * status kept in the store (so schedules, validators and back-off survive a restart), and after a poll that
 * added events, the new alerts. A source that fails never stops the others; a stop waits for the poll in
 * progress (whose writes are transactional, so even a kill leaves nothing half-stored).
 */
import type { Coder } from '../coder/coder.ts';
import { CoderPool, type ReadTask } from '../ingest/coder-pool.ts';
import { fromWire, readWeb } from '../ingest/_read-web.ts';
import type { ReadItem } from '../read/index.ts';
import { isMultivectorError } from '../errors.ts';
import type { AlertRecord, SourceStatus, Store } from '../store/store.ts';
import { deliverAlerts, newAlerts } from './_alerts.ts';
import type { PollContext, PollResult } from './_context.ts';
import { pollFeed } from './_feed-source.ts';
import { pollGdelt } from './_gdelt-source.ts';
import { DEFAULT_LIMITS, type FetchLimits } from './_http.ts';
import type { Source, SourcesFile } from './sources.ts';

export const MAX_BACKOFF_SECONDS = 6 * 3600;
/** Pause between two polls of a source catching up a gap. */
const CATCH_UP_PAUSE_MS = 1000;

export type WatchEvent =
  | { kind: 'polling'; source: Source }
  | { kind: 'poll'; source: Source; status: SourceStatus; result: PollResult | null; error: string | null; ms: number }
  | { kind: 'alert'; alert: AlertRecord };

export interface WatcherOptions {
  store: Store;
  /**
   * Worker threads that read what is fetched and code it (`watch`, and the server's own for `serve --watch`),
   * so the event loop stays free for requests, the progress line and signals (see ingest/coder-pool.ts); or a
   * coder doing both on this thread.
   */
  coder: Coder | CoderPool;
  sources: SourcesFile;
  limits?: Partial<FetchLimits>;
  onEvent?: (e: WatchEvent) => void;
  /** Longest wait after failures, seconds. */
  maxBackoff?: number;
}

const fresh = (s: Source): SourceStatus => ({
  name: s.name, url: s.url, type: s.type, etag: null, last_modified: null, last_poll: null, last_success: null, next_poll: null,
  failures: 0, items_added: 0, events_added: 0, last_error: null,
});

export class Watcher {
  private readonly statuses = new Map<string, SourceStatus>();
  /** Sources whose last poll left dataset files to catch up. */
  private readonly behind = new Set<string>();
  private readonly controller = new AbortController();
  private readonly limits: FetchLimits;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private ready: Promise<void> | null = null;
  private readonly read: (task: ReadTask, signal: AbortSignal) => Promise<ReadItem[]>;
  /** The source being polled now (for the memory log). */
  private polling: string | null = null;
  private polls = 0;
  private ended: () => void = () => undefined;
  private readonly end = new Promise<void>((resolve) => { this.ended = resolve; });

  constructor(private readonly o: WatcherOptions) {
    const fromFile: Partial<FetchLimits> = {
      ...(o.sources.timeout !== null ? { timeoutMs: o.sources.timeout * 1000 } : {}),
      ...(o.sources.maxBytes !== null ? { maxBytes: o.sources.maxBytes } : {}),
    };
    this.limits = { ...DEFAULT_LIMITS, ...fromFile, ...o.limits };
    const coder = o.coder;
    this.read = coder instanceof CoderPool ? (task, signal) => coder.read(task, signal) : async (task) => readWeb(task).map(fromWire);
  }

  /** Status of every configured source (never polled ones included), in the file's order. */
  status(): SourceStatus[] {
    return this.o.sources.sources.map((s) => ({ ...(this.statuses.get(s.name) ?? fresh(s)) }));
  }

  private init(): Promise<void> {
    this.ready ??= (async () => {
      const stored = new Map((await this.o.store.sourceStatus()).map((s) => [s.name, s]));
      for (const s of this.o.sources.sources) {
        const old = stored.get(s.name);
        // A source whose address or type changed in the file starts afresh (its validators were another URL's).
        this.statuses.set(s.name, old && old.url === s.url && old.type === s.type ? { ...old } : { ...fresh(s), ...(old ? {
          items_added: old.items_added, events_added: old.events_added } : {}) });
      }
    })();
    return this.ready;
  }

  /** Polls one source now and records its status. */
  async poll(src: Source): Promise<SourceStatus> {
    await this.init();
    const st = this.statuses.get(src.name)!;
    const started = Date.now();
    // After a failure nothing is conditional: a list answered 304 would hide the file that failed.
    const validators = st.failures > 0 ? { etag: null, lastModified: null } : { etag: st.etag, lastModified: st.last_modified };
    const ctx: PollContext = {
      store: this.o.store, coder: this.o.coder, read: this.read, limits: this.limits, signal: this.controller.signal,
    };
    let result: PollResult | null = null;
    let error: string | null = null;
    this.behind.delete(src.name);
    this.o.onEvent?.({ kind: 'polling', source: src });
    this.polling = src.name;
    this.polls++;
    try {
      result = src.type === 'feed' ? await pollFeed(src, ctx, validators) : await pollGdelt(src, ctx, validators);
    } catch (e) {
      if (this.controller.signal.aborted) return { ...st };
      error = isMultivectorError(e) ? e.describe() : `unexpected error: ${e instanceof Error ? e.message : String(e)}`;
    } finally {
      this.polling = null;
    }
    const now = Date.now();
    st.last_poll = new Date(started).toISOString();
    if (result) {
      if (result.behind) this.behind.add(src.name);
      st.etag = result.validators.etag;
      st.last_modified = result.validators.lastModified;
      st.last_success = new Date(now).toISOString();
      st.failures = 0;
      st.items_added += result.items;
      st.events_added += result.events;
      st.last_error = result.problems.length ? `${result.problems.length} item(s) refused; first: ${result.problems[0]}` : null;
      // Behind on a dataset (a gap longer than one poll catches up): the next slice at once, not after the interval.
      st.next_poll = new Date(now + (result.behind ? CATCH_UP_PAUSE_MS : src.every * 1000)).toISOString();
    } else {
      st.failures++;
      st.last_error = error;
      const wait = Math.min(src.every * 2 ** st.failures, Math.max(src.every, this.o.maxBackoff ?? MAX_BACKOFF_SECONDS));
      st.next_poll = new Date(now + wait * 1000).toISOString();
    }
    await this.o.store.saveSourceStatus(st);
    this.o.onEvent?.({ kind: 'poll', source: src, status: { ...st }, result, error, ms: now - started });
    return { ...st };
  }

  /**
   * The poller's in-memory state, for the memory log: sources, statuses kept (one per source: it must not grow),
   * the sources catching up, whether a poll is running, polls started.
   */
  memoryStats(): Record<string, number | string> {
    return { sources: this.o.sources.sources.length, statuses: this.statuses.size, behind: this.behind.size, polling: this.polling ?? '-', polls: this.polls };
  }

  /** Each source once, in the file's order, then the alerts; returns the statuses. */
  async runOnce(): Promise<SourceStatus[]> {
    let events = 0;
    for (const s of this.o.sources.sources) {
      if (this.controller.signal.aborted) break;
      const before = this.statuses.get(s.name)?.events_added ?? 0;
      // A source catching up a gap is polled until it has (each poll brings a bounded slice).
      let now = before;
      do now = (await this.poll(s)).events_added;
      while (this.behind.has(s.name) && !this.controller.signal.aborted);
      events += now - before;
    }
    if (events > 0) await this.alerts();
    return this.status();
  }

  /** Stores and delivers the alerts that appeared. */
  async alerts(): Promise<AlertRecord[]> {
    const found = await newAlerts(this.o.store, this.o.sources.focal, new Date());
    if (found.length && this.o.sources.webhook) await deliverAlerts(this.o.store, found, this.o.sources.webhook, this.limits);
    for (const alert of found) this.o.onEvent?.({ kind: 'alert', alert });
    return found;
  }

  /** Starts polling on schedule, in the background, until `stop`. */
  start(): void {
    this.loop ??= this.run();
  }

  private async run(): Promise<void> {
    await this.init();
    const signal = this.controller.signal;
    while (!signal.aborted) {
      const now = Date.now();
      const due = this.o.sources.sources
        .filter((s) => Date.parse(this.statuses.get(s.name)!.next_poll ?? '') <= now || this.statuses.get(s.name)!.next_poll === null)
        .sort((a, b) => (this.statuses.get(a.name)!.next_poll ?? '').localeCompare(this.statuses.get(b.name)!.next_poll ?? ''));
      let events = 0;
      for (const s of due) {
        if (signal.aborted) break;
        const before = this.statuses.get(s.name)!.events_added;
        events += (await this.poll(s)).events_added - before;
      }
      if (events > 0 && !signal.aborted) {
        await this.alerts().catch((e: unknown) => {
          process.stderr.write(`multivector watch: alerts not computed: ${isMultivectorError(e) ? e.describe() : (e as Error).message}\n`);
        });
      }
      const next = Math.min(...this.o.sources.sources.map((s) => Date.parse(this.statuses.get(s.name)!.next_poll ?? '') || Date.now()));
      await this.sleep(Math.max(0, next - Date.now()));
    }
  }

  private sleep(ms: number): Promise<void> {
    if (this.controller.signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const t = setTimeout(done, Math.min(ms, 2 ** 31 - 1));
      function done() {
        clearTimeout(t);
        resolve();
      }
      this.wake = done;
    });
  }

  /** Stops: the poll in progress is abandoned at its next request (what it stored stays), the loop ends. */
  async stop(): Promise<void> {
    this.controller.abort();
    this.wake?.();
    await this.loop;
    this.ended();
  }

  /** Resolves once stopped (the loop ended). */
  stopped(): Promise<void> {
    return this.end;
  }
}
