/**
 * Loaded into the benchmarked server (`node --import`): records each time a 10 ms timer fires late (> 40 ms),
 * with what the server's main thread did meanwhile (Linux, /proc/thread-self/schedstat): ran on a core (its own
 * work held the event loop), waited for one (runnable, but the machine gave it none), or neither (blocked in a
 * call). Written as JSON to MV_LOOP_LAG_FILE at exit: [startNs, endNs, gapMs, runMs, waitMs] per late firing
 * (run and wait null where the kernel does not say), times on the monotonic clock.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.MV_LOOP_LAG_FILE;
if (isMainThread && file) {
  const STAT = '/proc/thread-self/schedstat';
  const linux = existsSync(STAT);
  // Nanoseconds this thread has run on a core, and waited on a run queue for one.
  const sched = () => {
    if (!linux) return [0, 0];
    const [run, wait] = readFileSync(STAT, 'utf8').split(' ');
    return [Number(run), Number(wait)];
  };
  const late = [];
  let last = process.hrtime.bigint();
  let lastSched = sched();
  setInterval(() => {
    const now = process.hrtime.bigint();
    const s = sched();
    const gap = Number(now - last) / 1e6;
    if (gap > 40) late.push([String(last), String(now), gap, ...(linux ? [(s[0] - lastSched[0]) / 1e6, (s[1] - lastSched[1]) / 1e6] : [null, null])]);
    last = now;
    lastSched = s;
  }, 10).unref();
  process.on('exit', () => writeFileSync(file, JSON.stringify(late)));
}
