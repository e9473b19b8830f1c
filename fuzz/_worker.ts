/**
 * Runs one target's inputs (a worker thread of fuzz/run.ts, so a hang can be stopped): fast-check feeds the
 * seeded inputs, shrinks a failing one, and the result goes back to the runner. Before each input the runner is
 * told which one starts (its watchdog ends the thread when one does not finish).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { TARGETS } from './_targets.ts';

export interface WorkerJob { target: string; runs: number; seed: number }
export type WorkerMessage =
  | { kind: 'start'; run: number; input: string }
  | { kind: 'done'; ran: number; failure: string | null; counterexample: string | null; path: string | null; ms: number };

/** The input as JSON, bytes shown as their UTF-8 text (what a reader of the report can reproduce by hand). */
const show = (v: unknown) => JSON.stringify(v, (_k, x: unknown) => {
  const b = x as { type?: string; data?: number[] };
  return b && b.type === 'Buffer' && Array.isArray(b.data) ? { bytes: Buffer.from(b.data).toString('utf8') } : x;
});

const job = workerData as WorkerJob;
const target = TARGETS.find((t) => t.name === job.target)!;
const post = (m: WorkerMessage) => parentPort!.postMessage(m);
const tmp = mkdtempSync(join(tmpdir(), `mv-fuzz-${target.name}-`));
const t0 = performance.now();
let ran = 0;
try {
  const h = await target.setup(tmp);
  let closed = false;
  try {
    const details = await fc.check(fc.asyncProperty(h.arbitrary, async (input) => {
      // The input goes with it (cut short): if it hangs, the runner can say what it was.
      post({ kind: 'start', run: ran++, input: show(input).slice(0, 4000) });
      await h.check(input);
    }), { seed: job.seed, numRuns: job.runs, endOnFailure: false, markInterruptAsFailure: true });
    closed = true;
    let closeFailure: string | null = null;
    await h.close().catch((e: unknown) => { closeFailure = e instanceof Error ? e.message : String(e); });
    const failure = details.failed ? (details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)) : closeFailure;
    const counterexample = details.counterexample ? show(details.counterexample[0]).slice(0, 4000) : null;
    rmSync(tmp, { recursive: true, force: true });
    post({ kind: 'done', ran: details.numRuns, failure, counterexample, path: details.counterexamplePath, ms: performance.now() - t0 });
  } finally {
    if (!closed) await h.close().catch(() => undefined);
  }
} catch (e) {
  rmSync(tmp, { recursive: true, force: true });
  post({ kind: 'done', ran, failure: `the target failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`, counterexample: null, path: null, ms: performance.now() - t0 });
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
