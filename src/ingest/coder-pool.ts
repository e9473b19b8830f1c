/**
 * Coding off the event loop, for the server, `ingest` and the queue's workers: a small fixed pool of worker threads (piscina), each with its own
 * coder built from the same lexicon options, behind a bounded queue (BusyError when it is full), and a time budget
 * per request: a request still coding when its budget runs out gets a BudgetError, and the worker coding it is
 * terminated and replaced (a synchronous coder cannot be interrupted any other way). The caller stores the
 * results itself, in its own thread, so an abandoned request stores nothing.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { linkSignals } from '../abort.ts';
import { BudgetError, BusyError, InputError } from '../errors.ts';
import { Gate } from '../gate.ts';
import type { Doc } from '../model/event.ts';
import type { ReadItem } from '../read/index.ts';
import { contentHash } from '../store/ids.ts';
import { codeSlice, type CodeOptions, type Prepared } from './_code-docs.ts';
import { fromWire, type ReadTask, type WireItem } from './_read-web.ts';

export interface CoderPoolOptions {
  /** Extra lexicon files, as for `createCoder`. */
  lexicons?: string[];
  /** Worker threads (default: one per core but one, at most 2: the server's own thread keeps a core). */
  workers?: number;
  /** Requests that may wait for a worker; one more gets a BusyError (default 8). */
  queue?: number;
  /**
   * Whether the coding threads yield the CPU to the calling thread (default true: a server answers requests
   * first). A command that only stores what they code (`ingest`, `worker`) gives them full priority.
   */
  yieldCpu?: boolean;
  /** Time one request may spend coding, ms (default 60 s: the largest body codes in about 15 s on one core); Infinity: no limit. */
  budgetMs?: number;
  /** Time reading one fetched feed or page may take, ms (default 30 s). */
  readBudgetMs?: number;
  /**
   * Heap of each worker thread, MB (V8's old generation: resourceLimits.maxOldGenerationSizeMb; default 2048, at
   * least 64: a worker's coder takes about 40). A document or page that needs more ends its worker (replaced) and
   * becomes that document's error; the others, and the service, go on.
   */
  heapMb?: number;
}

export type { CodeOptions, CodeResult, Prepared } from './_code-docs.ts';
export type { ReadTask } from './_read-web.ts';

export interface CoderWorkerData {
  lexicons: string[];
}

export const CODER_POOL_DEFAULTS = {
  workers: Math.max(1, Math.min(2, availableParallelism() - 1)),
  queue: 8,
  budgetMs: 60_000,
  readBudgetMs: 30_000,
  /** Heap of one worker, MB: far above what coding a slice or reading a page within the fetch limit needs. */
  heapMb: 2048,
};

/**
 * The smallest worker heap: a worker loads the coder, its lexicons and the Russian and Kazakh packs before it reports
 * ready, about 75 MB of heap (64 no longer starts it).
 */
export const MIN_HEAP_MB = 160;

/** A worker thread ended by V8 for reaching its heap limit (piscina rejects its task with this; the worker is replaced). */
const outOfMemory = (e: unknown) => (e as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';

/** How much lower the coding threads' priority is than the server's own thread. */
const NICE = 10;

/** Seconds a caller turned away by a full queue is told to wait. */
const RETRY_AFTER_S = 5;

const WORKER = new URL('./_code-worker.ts', import.meta.url).href;
/** The worker runs the TypeScript sources through tsx, as the main thread does (resolved here: any working directory). */
const TSX_LOADER = import.meta.resolve('tsx');

export class CoderPool {
  private pool: Piscina<unknown, unknown> | undefined;
  private readonly gate: Gate;
  private readonly lexicons: string[];
  private readonly nice: number;
  private closed = false;
  readonly workers: number;
  /** Read when a request starts coding: a change applies to the next request. */
  budgetMs: number;
  readonly readBudgetMs: number;
  readonly heapMb: number;

  constructor(options: CoderPoolOptions = {}) {
    const heapMb = options.heapMb ?? CODER_POOL_DEFAULTS.heapMb;
    if (!Number.isInteger(heapMb) || heapMb < MIN_HEAP_MB) {
      throw new InputError(`a coding thread's heap must be a whole number of MB, at least ${MIN_HEAP_MB} (got ${heapMb})`, { where: { field: 'heapMb' } });
    }
    this.heapMb = heapMb;
    this.lexicons = options.lexicons ?? [];
    this.nice = options.yieldCpu === false ? 0 : NICE;
    this.workers = options.workers ?? CODER_POOL_DEFAULTS.workers;
    this.budgetMs = options.budgetMs ?? CODER_POOL_DEFAULTS.budgetMs;
    this.readBudgetMs = options.readBudgetMs ?? CODER_POOL_DEFAULTS.readBudgetMs;
    this.gate = new Gate({ what: 'coding documents', concurrency: this.workers, queue: options.queue ?? CODER_POOL_DEFAULTS.queue, retryAfter: RETRY_AFTER_S });
  }

  /**
   * The documents' hashes, languages and events, in order; BusyError when the queue is full, BudgetError when
   * coding overruns the budget; `signal` abandons the coding (the worker coding is terminated and replaced, and
   * the promise rejects with the signal's reason). Everything that costs CPU per character of text runs in the workers.
   */
  code(docs: Doc[], o: CodeOptions = {}, signal?: AbortSignal): Promise<Prepared[]> {
    return this._run(() => this.budgetMs, signal, 'coding this request', 'send fewer or shorter documents at once', async (pool, abort) => {
      // In slices of about CHUNK_CHARS of text: each slice's events come back as one message, which this (the
      // server's) thread deserialises; one message for the largest body blocked it for hundreds of ms.
      const out: Prepared[] = [];
      for (const slice of slices(docs)) out.push(...await this.codeSlice(pool, slice, o, abort));
      return out;
    });
  }

  /**
   * One slice coded. A worker that runs out of heap on it is replaced (piscina), and the slice is coded again one
   * document at a time, so that only the document that needs more than the heap fails: as its error, not the request's.
   */
  private async codeSlice(pool: Piscina<unknown, unknown>, slice: Doc[], o: CodeOptions, abort: AbortSignal): Promise<Prepared[]> {
    try {
      return await pool.run(codeSlice(slice, o), { signal: abort }) as Prepared[];
    } catch (e) {
      if (!outOfMemory(e) || abort.aborted) throw e;
      if (slice.length > 1) {
        const out: Prepared[] = [];
        for (const d of slice) out.push(...await this.codeSlice(pool, [d], o, abort));
        return out;
      }
      const d = slice[0]!;
      return [{ hash: contentHash(d.text), lang: d.lang ?? null,
        result: { error: `coding it needed more than the ${this.heapMb} MB of memory a coding thread may use (the text is too long or too complex)`, input: false } }];
    }
  }

  /**
   * A fetched feed's items or an article page's text, read in a worker (XML parsing, the DOM and Readability
   * cost CPU per byte of a body anyone on the web wrote); BudgetError past the reading budget, and a worker that
   * a page crashes (out of its heap limit) is replaced while the page becomes an Error for its caller.
   */
  async read(task: ReadTask, signal?: AbortSignal): Promise<ReadItem[]> {
    const what = task.kind === 'page' ? `reading the page ${task.label}` : `reading the feed ${task.label}`;
    const items = await this._run(() => this.readBudgetMs, signal, what, 'the page is too large or too complex', (pool, abort) =>
      pool.run(task, { name: 'readWeb', signal: abort }) as Promise<WireItem[]>);
    return items.map(fromWire);
  }

  /**
   * Runs `work` on the pool once the gate lets it in, within the budget `budgetOf` gives then, and until `signal`
   * aborts. The gate lets at most `workers` callers in, so once the probe answers a started (and warmed-up) worker is
   * free: the budget then counts the work only, not a worker starting (first use, or after one was terminated).
   */
  private _run<T>(budgetOf: () => number, signal: AbortSignal | undefined, what: string, advice: string,
    work: (pool: Piscina<unknown, unknown>, abort: AbortSignal) => Promise<T>): Promise<T> {
    return this.gate.run(async () => {
      if (this.closed) throw new BusyError('the server is stopping', RETRY_AFTER_S);
      signal?.throwIfAborted();
      // Started on first use: a server that never ingests never starts a worker.
      const pool = (this.pool ??= new Piscina({
        filename: WORKER, minThreads: this.workers, maxThreads: this.workers, execArgv: ['--import', TSX_LOADER],
        // Coding threads yield the CPU to the thread that answers requests (Linux: nice per thread; elsewhere no-op).
        niceIncrement: this.nice,
        // A page built to exhaust memory ends its worker (replaced), not the process.
        resourceLimits: { maxOldGenerationSizeMb: this.heapMb },
        workerData: { lexicons: this.lexicons } satisfies CoderWorkerData,
      }));
      await pool.run(null, signal ? { signal } : {});
      const budgetMs = budgetOf();
      const budget = Number.isFinite(budgetMs) ? AbortSignal.timeout(budgetMs) : null;
      const abort = linkSignals([budget, signal]);
      try {
        return await work(pool as Piscina<unknown, unknown>, abort.signal);
      } catch (e) {
        if (signal?.aborted) throw signal.reason;
        // Out of heap: the worker is gone (piscina starts another); the work is refused as too large, as for time.
        if (outOfMemory(e) && !budget?.aborted) {
          throw new BudgetError(`${what} needed more than the ${this.heapMb} MB of memory a coding thread may use, so it was ` +
            `abandoned: ${advice}`, { cause: e, where: { field: 'body' } });
        }
        if (!budget?.aborted) throw e;
        throw new BudgetError(`${what} took longer than the ${formatMs(budgetMs)} one request may take, so nothing ` +
          `was stored: ${advice}`, { cause: e, where: { field: 'body' } });
      } finally {
        abort.release();
      }
    });
  }

  /** Work coding and waiting now. */
  get load(): { running: number; waiting: number } {
    return this.gate.load;
  }

  /** For the memory log: threads started, work running and waiting, each thread's heap limit. */
  memoryStats(): Record<string, number> {
    return { threads: this.pool?.threads.length ?? 0, running: this.gate.load.running, waiting: this.gate.load.waiting, heap_limit_mb: this.heapMb };
  }

  /** Stops the workers (a request still coding fails). */
  async close(): Promise<void> {
    this.closed = true;
    const pool = this.pool;
    this.pool = undefined;
    await pool?.destroy();
  }
}

/** Text per message to a worker (and events per answer): small enough to deserialise without blocking for long. */
const CHUNK_CHARS = 128 * 1024;

/** The documents in order, in slices of about CHUNK_CHARS of text (one document at least). */
function* slices(docs: Doc[]): Generator<Doc[]> {
  let slice: Doc[] = [];
  let chars = 0;
  for (const d of docs) {
    if (slice.length && chars + d.text.length > CHUNK_CHARS) {
      yield slice;
      slice = [];
      chars = 0;
    }
    slice.push(d);
    chars += d.text.length;
  }
  if (slice.length) yield slice;
}

const formatMs = (ms: number) => (ms >= 1000 ? `${+(ms / 1000).toFixed(1)} s` : `${ms} ms`);
