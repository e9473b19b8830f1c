/**
 * Results of the measures, kept as serialised JSON (bytes, sent as they are) and keyed by the validated query: the dashboard asks the
 * same few questions over and over, and each answer is an aggregate over the whole store. Writes (review,
 * ingest) clear it. Concurrent misses on one key share one computation.
 */
export class ResultCache {
  private readonly entries = new Map<string, Buffer>();
  private readonly pending = new Map<string, Promise<Buffer>>();
  /** Bumped by every write, so a computation that started before it is not stored after it. */
  private generation = 0;
  hits = 0;
  misses = 0;

  constructor(private readonly max = 500) {}

  async get(key: string, compute: () => Promise<unknown>): Promise<Buffer> {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.hits++;
      // Map order is insertion order: re-inserting marks the entry as recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const running = this.pending.get(key);
    if (running) return running;
    this.misses++;
    const gen = this.generation;
    const p = compute().then((v) => Buffer.from(JSON.stringify(v))).then((json) => {
      if (gen === this.generation && this.max > 0) {
        this.entries.set(key, json);
        if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
      }
      return json;
    }).finally(() => {
      if (this.pending.get(key) === p) this.pending.delete(key);
    });
    this.pending.set(key, p);
    return p;
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
    this.pending.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  /** For the memory log: entries, their bytes, computations in flight, hits and misses. */
  memoryStats(): Record<string, number> {
    let bytes = 0;
    for (const b of this.entries.values()) bytes += b.length;
    return { entries: this.entries.size, max: this.max, data_bytes: bytes, pending: this.pending.size, hits: this.hits, misses: this.misses };
  }
}
