/**
 * Crash safety: a real `multivector ingest` is killed with SIGKILL at several points. Each time the database
 * must open cleanly and hold only whole documents with all their events; a re-run finishes the job, and the
 * result equals a clean run's.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { openStore } from '../../src/store/store.ts';
import { corpus } from '../fixtures/store/make-corpus.ts';

const BIN = new URL('../../bin/multivector', import.meta.url).pathname;
const DOCS = 160;
let dir: string;
let input: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'mv-kill-'));
  input = join(dir, 'corpus.jsonl');
  writeFileSync(input, corpus(DOCS));
});
after(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Runs the CLI; with `killAtDocs`, kills it with SIGKILL as soon as its progress shows that many documents read
 * (a progress line follows each committed batch), so the kill lands mid-ingest however fast the machine is.
 */
function run(db: string, killAtDocs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }> {
  const t = performance.now();
  const child = spawn(process.execPath, [BIN, 'ingest', input, '--db', db, '--batch', '4'], {
    stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, MULTIVECTOR_PROGRESS_MS: '0' },
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
    if (killAtDocs === undefined) return;
    const seen = [...stderr.matchAll(/ingest: (\d+) docs/g)].map((m) => Number(m[1]));
    if (seen.some((n) => n >= killAtDocs)) child.kill('SIGKILL');
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code !== null && code !== 0) reject(new Error(`ingest exited ${code}: ${stderr}`));
      else resolve({ code, signal, ms: performance.now() - t });
    });
  });
}

async function snapshot(db: string): Promise<{ docs: number; events: Map<string, string[]>; integrity: string[] }> {
  const store = await openStore({ path: db });
  try {
    const events = new Map<string, string[]>();
    for await (const batch of store.iterateEvents({})) {
      for (const e of batch) events.set(e.doc, [...(events.get(e.doc) ?? []), e.id].sort());
    }
    return { docs: (await store.stats()).documents, events, integrity: await store.checkIntegrity() };
  } finally {
    await store.close();
  }
}

it('survives kill -9 at several points and finishes on re-run with the same result as a clean run', { timeout: 180_000 }, async () => {
  const cleanDb = join(dir, 'clean.duckdb');
  await run(cleanDb);
  const expected = await snapshot(cleanDb);
  assert.equal(expected.docs, DOCS);
  assert.deepEqual(expected.integrity, []);

  const db = join(dir, 'killed.duckdb');
  const seen: number[] = [];
  // Kill points by documents read; each run resumes where the last one was killed (unchanged documents count too).
  for (const fraction of [0.2, 0.45, 0.65, 0.85]) {
    const r = await run(db, Math.round(DOCS * fraction));
    const snap = await snapshot(db);
    assert.deepEqual(snap.integrity, [], `integrity after kill at ${fraction}`);
    // Only whole documents: every stored document has exactly the events a clean run gives it.
    for (const [doc, ids] of snap.events) assert.deepEqual(ids, expected.events.get(doc), `events of ${doc}`);
    assert.ok(snap.docs <= DOCS);
    seen.push(snap.docs);
    if (r.signal !== 'SIGKILL') break; // it finished before the kill: nothing left to interrupt
  }
  process.stderr.write(`documents after each kill: ${seen.join(', ')} of ${DOCS}\n`);
  assert.ok(seen.some((n) => n > 0 && n < DOCS), `at least one kill landed mid-ingest (documents after each kill: ${seen.join(', ')})`);
  await run(db);
  const final = await snapshot(db);
  assert.equal(final.docs, DOCS);
  assert.deepEqual(final.integrity, []);
  assert.deepEqual(final.events, expected.events);
});
