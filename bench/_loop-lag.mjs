/**
 * Loaded into the benchmarked server (`node --import`): records each time a 10 ms timer fires late (> 40 ms),
 * with the CPU time the server's main thread used meanwhile (Linux, /proc/thread-self). A loop held by the
 * server's own work uses the CPU; a process given no core (a loaded machine) does not. Written as JSON to
 * MV_LOOP_LAG_FILE at exit: [startNs, endNs, gapMs, cpuMs | null] per late firing, times on the monotonic clock.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.MV_LOOP_LAG_FILE;
if (isMainThread && file) {
  const STAT = '/proc/thread-self/stat';
  const linux = existsSync(STAT);
  // utime + stime of this thread, in ms (the fields after the command name; clock ticks of 10 ms).
  const cpu = () => {
    if (!linux) return 0;
    const f = readFileSync(STAT, 'utf8').split(') ')[1].split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  };
  const late = [];
  let last = process.hrtime.bigint();
  let lastCpu = cpu();
  setInterval(() => {
    const now = process.hrtime.bigint();
    const used = cpu();
    const gap = Number(now - last) / 1e6;
    if (gap > 40) late.push([String(last), String(now), gap, linux ? used - lastCpu : null]);
    last = now;
    lastCpu = used;
  }, 10).unref();
  process.on('exit', () => writeFileSync(file, JSON.stringify(late)));
}
