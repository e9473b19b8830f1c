/** Options of the coding threads shared by the commands that start them (`serve`, `watch`). */
import { InputError } from '../../errors.ts';
import { MIN_HEAP_MB } from '../../ingest/coder-pool.ts';

/** `--worker-heap MB`: a whole number of MB, at least MIN_HEAP_MB (InputError otherwise); undefined when not given. */
export function workerHeapOption(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || n < MIN_HEAP_MB) {
    throw new InputError(`"${raw}" is not a heap size for a coding thread: give a whole number of MB, at least ${MIN_HEAP_MB}`, { where: { field: 'worker-heap' } });
  }
  return n;
}
