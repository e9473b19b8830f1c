/**
 * The memory log of a long-running process (`serve`, `watch`): with MULTIVECTOR_MEMORY_LOG set, a record at start,
 * every MULTIVECTOR_MEMORY_LOG_SECONDS (default 30) and at stop, of the process's memory (resident set, V8 heap,
 * external and ArrayBuffer memory) and of each component's in-memory structures (the poller's state, the result
 * cache, the coding threads' queue, the embedded database engine's buffers), so that growth can be traced to its part.
 *
 *   MULTIVECTOR_MEMORY_LOG=1 (or `stderr`)   one line per record on stderr: "memory: rss 180.2 MB, heap 61.0/88.4 MB, …"
 *   MULTIVECTOR_MEMORY_LOG=/path/file.jsonl  one JSON object per record, appended to the file (mode 0600)
 *
 * Unset, empty or `0`: no log. A bad value stops the command (InputError naming the variable) before it starts.
 */
import { appendFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { InputError } from './errors.ts';

export const MEMORY_LOG_ENV = 'MULTIVECTOR_MEMORY_LOG';
export const MEMORY_LOG_SECONDS_ENV = 'MULTIVECTOR_MEMORY_LOG_SECONDS';
export const DEFAULT_MEMORY_LOG_SECONDS = 30;

/** One component's figures: counts, and bytes under keys ending in `_bytes` (shown in MB on stderr). */
export type ComponentMemory = Record<string, number | string>;
export type Probe = () => ComponentMemory | Promise<ComponentMemory>;

export interface MemoryRecord {
  /** ISO time of the record. */
  at: string;
  /** 'start', 'tick' or 'end'. */
  phase: 'start' | 'tick' | 'end';
  /** What logs: `serve` or `watch`. */
  process: string;
  pid: number;
  uptime_s: number;
  /** process.memoryUsage(), bytes. */
  memory: { rss: number; heap_used: number; heap_total: number; external: number; array_buffers: number };
  /** Each component's figures; a probe that failed gives { error }. */
  components: Record<string, ComponentMemory>;
}

export type MemoryLogTarget = { kind: 'stderr' } | { kind: 'file'; path: string };

/** Where the log goes, from the environment (null: no log). */
export function memoryLogTarget(env: NodeJS.ProcessEnv = process.env): MemoryLogTarget | null {
  const raw = env[MEMORY_LOG_ENV]?.trim();
  if (!raw || raw === '0') return null;
  if (raw === '1' || raw.toLowerCase() === 'stderr') return { kind: 'stderr' };
  if (raw.endsWith('/')) throw new InputError(`"${raw}" is a folder: give a file path (JSON lines), or 1 for stderr`, { where: { field: MEMORY_LOG_ENV } });
  return { kind: 'file', path: isAbsolute(raw) ? raw : resolve(raw) };
}

/** Seconds between two records, from the environment: a positive number (default 30). */
export function memoryLogSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[MEMORY_LOG_SECONDS_ENV]?.trim();
  if (!raw) return DEFAULT_MEMORY_LOG_SECONDS;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new InputError(`"${raw}" is not a number of seconds above 0`, { where: { field: MEMORY_LOG_SECONDS_ENV } });
  return n;
}

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;

/** A record as one line for a terminal or a service's log. */
export function formatMemoryRecord(r: MemoryRecord): string {
  const m = r.memory;
  const parts = [`rss ${mb(m.rss)}`, `heap ${mb(m.heap_used)}/${mb(m.heap_total)}`, `external ${mb(m.external)} (array buffers ${mb(m.array_buffers)})`];
  for (const [name, figures] of Object.entries(r.components)) {
    const shown = Object.entries(figures).map(([k, v]) => (typeof v === 'number' && k.endsWith('_bytes') ? `${k.slice(0, -6)} ${mb(v)}` : `${k} ${v}`));
    parts.push(`${name}: ${shown.join(', ')}`);
  }
  return `memory (${r.process}, ${r.phase}): ${parts.join('; ')}`;
}

export class MemoryLog {
  private readonly probes = new Map<string, Probe>();
  private timer: NodeJS.Timeout | undefined;
  /** Writes in order, one at a time. */
  private writing: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(private readonly o: { target: MemoryLogTarget; process: string; everyMs: number }) {}

  /** Adds a component whose figures each record carries. */
  add(name: string, probe: Probe): this {
    this.probes.set(name, probe);
    return this;
  }

  async sample(phase: MemoryRecord['phase'] = 'tick'): Promise<MemoryRecord> {
    const components: Record<string, ComponentMemory> = {};
    for (const [name, probe] of this.probes) {
      try {
        components[name] = await probe();
      } catch (e) {
        components[name] = { error: e instanceof Error ? e.message : String(e) };
      }
    }
    // After the probes: their own queries' memory is in the figures, not after them.
    const u = process.memoryUsage();
    return {
      at: new Date().toISOString(), phase, process: this.o.process, pid: process.pid, uptime_s: Math.round(process.uptime()),
      memory: { rss: u.rss, heap_used: u.heapUsed, heap_total: u.heapTotal, external: u.external, array_buffers: u.arrayBuffers },
      components,
    };
  }

  /** Takes a record and writes it (errors writing the log go to stderr once per record; the process goes on). */
  log(phase: MemoryRecord['phase'] = 'tick'): Promise<void> {
    this.writing = this.writing.then(async () => {
      const r = await this.sample(phase);
      const t = this.o.target;
      try {
        if (t.kind === 'stderr') process.stderr.write(`${formatMemoryRecord(r)}\n`);
        else await appendFile(t.path, `${JSON.stringify(r)}\n`, { mode: 0o600 });
      } catch (e) {
        process.stderr.write(`multivector ${this.o.process}: memory log not written: ${(e as Error).message}\n`);
      }
    });
    return this.writing;
  }

  /** A record now, then one every interval (the timer does not keep the process alive). */
  start(): Promise<void> {
    if (this.timer || this.stopped) return this.writing;
    this.timer = setInterval(() => void this.log('tick'), this.o.everyMs);
    this.timer.unref();
    return this.log('start');
  }

  /** The last record ('end'), then no more. Call before the components close. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    clearInterval(this.timer);
    await this.log('end');
  }
}

/** The embedded engine's memory as a component: its limit, the bytes it holds, and the bytes of each of its parts. */
export async function engineProbe(store: { engineMemory?(): Promise<{ limit: string; bytes: number; byTag: Record<string, number> }> }): Promise<ComponentMemory> {
  if (!store.engineMemory) return { engine: 'not embedded' };
  const m = await store.engineMemory();
  return { limit: m.limit, total_bytes: m.bytes, ...Object.fromEntries(Object.entries(m.byTag).map(([k, v]) => [`${k}_bytes`, v])) };
}

/** The memory log the environment asks for, with the components given; null when MULTIVECTOR_MEMORY_LOG is unset. */
export function memoryLogFromEnv(processName: string, components: Record<string, Probe>, env: NodeJS.ProcessEnv = process.env): MemoryLog | null {
  const target = memoryLogTarget(env);
  if (!target) return null;
  const log = new MemoryLog({ target, process: processName, everyMs: memoryLogSeconds(env) * 1000 });
  for (const [name, probe] of Object.entries(components)) log.add(name, probe);
  return log;
}
