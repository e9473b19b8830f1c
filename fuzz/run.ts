/**
 * `npm run fuzz [-- --runs 10000] [--seed N] [--target read,import,coder,cli,http]`: the seeded fuzzer over every
 * input surface (fuzz/*.ts says what each target feeds and checks). The runs are shared among the targets by
 * weight; each target runs in a worker thread, watched: an input that does not finish in time is a hang. Prints
 * the figures (inputs, crashes, hangs, time) per target and, on a failure, the input and how to run it again.
 * Exit 0 when every invariant held.
 */
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import type { WorkerJob, WorkerMessage } from './_worker.ts';
import { TARGETS } from './_targets.ts';

const WORKER = new URL('./_worker.ts', import.meta.url).href;
const TSX_API = import.meta.resolve('tsx/esm/api');

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '10000' }, seed: { type: 'string' }, target: { type: 'string' }, 'hang-ms': { type: 'string', default: '60000' } },
});
const runs = Number(values.runs);
const seed = values.seed === undefined ? (Date.now() ^ (process.pid << 8)) >>> 0 : Number(values.seed);
const hangMs = Number(values['hang-ms']);
const names = values.target ? values.target.split(',') : TARGETS.map((t) => t.name);
const targets = TARGETS.filter((t) => names.includes(t.name));
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed) || targets.length !== names.length || !(hangMs > 0)) {
  process.stderr.write(`usage: npm run fuzz -- [--runs N] [--seed N] [--target ${TARGETS.map((t) => t.name).join(',')}] [--hang-ms MS]\n`);
  process.exit(2);
}

const totalWeight = targets.reduce((n, t) => n + t.weight, 0);
/** A target's own seed, from the run's: `--target X --seed S` replays what the whole run fed X. */
const seedOf = (name: string) => (seed + [...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 0)) >>> 0;

interface Outcome { target: string; runs: number; ran: number; crashes: number; hangs: number; ms: number; failure?: string; counterexample?: string | null; path?: string | null }

function runTarget(name: string, n: number): Promise<Outcome> {
  const job: WorkerJob = { target: name, runs: n, seed: seedOf(name) };
  // The thread imports the TypeScript module through tsx's loader (a .ts entry file is refused by Worker itself).
  const w = new Worker(`import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER)}); })`, { eval: true, workerData: job });
  const t0 = performance.now();
  return new Promise((resolve) => {
    let current = -1;
    let input = '';
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const settle = (o: Outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(o);
    };
    const watch = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        // The input never finished (a synchronous loop, or a promise that never settles): stop the thread.
        void w.terminate();
        settle({ target: name, runs: n, ran: current + 1, crashes: 0, hangs: 1, ms: performance.now() - t0, failure: `input ${current} of ${name} did not finish within ${hangMs} ms (a hang)`, counterexample: input });
      }, current < 0 ? hangMs * 3 : hangMs); // setting up (a database, a coder) gets longer
    };
    watch();
    w.on('message', (m: WorkerMessage) => {
      if (m.kind === 'start') {
        current = m.run;
        input = m.input;
        watch();
      } else {
        settle({ target: name, runs: n, ran: m.ran, crashes: m.failure ? 1 : 0, hangs: 0, ms: performance.now() - t0, ...(m.failure ? { failure: m.failure, counterexample: m.counterexample, path: m.path } : {}) });
        void w.terminate();
      }
    });
    w.on('error', (e) => settle({ target: name, runs: n, ran: current + 1, crashes: 1, hangs: 0, ms: performance.now() - t0, failure: `the worker crashed: ${e.stack ?? e.message}` }));
    w.on('exit', (code) => settle({ target: name, runs: n, ran: current + 1, crashes: 1, hangs: 0, ms: performance.now() - t0, failure: `the worker exited (code ${code}) before reporting` }));
  });
}

const started = performance.now();
process.stdout.write(`fuzzing ${targets.map((t) => t.name).join(', ')} with ${runs} inputs, seed ${seed}\n`);
const outcomes: Outcome[] = [];
let left = runs;
for (const [i, t] of targets.entries()) {
  const n = i === targets.length - 1 ? left : Math.max(1, Math.round((runs * t.weight) / totalWeight));
  left -= n;
  const o = await runTarget(t.name, n);
  outcomes.push(o);
  process.stdout.write(`  ${t.name.padEnd(7)} ${String(o.ran).padStart(6)} inputs  ${o.crashes} crashes  ${o.hangs} hangs  ${(o.ms / 1000).toFixed(1)} s\n`);
  if (o.failure) {
    process.stdout.write(`    FAILED: ${o.failure.split('\n').slice(0, 12).join('\n    ')}\n`);
    if (o.counterexample) process.stdout.write(`    input: ${o.counterexample.slice(0, 2000)}\n`);
    process.stdout.write(`    again: npm run fuzz -- --target ${t.name} --seed ${seed} --runs ${runs}${o.path ? `   (fast-check seed ${seedOf(t.name)}, path ${o.path})` : ''}\n`);
  }
}
const total = outcomes.reduce((a, o) => ({ ran: a.ran + o.ran, crashes: a.crashes + o.crashes, hangs: a.hangs + o.hangs, ms: a.ms + o.ms }), { ran: 0, crashes: 0, hangs: 0, ms: 0 });
process.stdout.write(`${total.ran} inputs, ${total.crashes} crashes, ${total.hangs} hangs in ${((performance.now() - started) / 1000).toFixed(1)} s (seed ${seed})\n`);
process.exit(total.crashes || total.hangs ? 1 : 0);
