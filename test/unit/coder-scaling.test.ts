/**
 * The coder's time is linear in its input, a single long paragraph included: one paragraph of 4n sentences must
 * take under five times one of n (a quadratic step would take ~16×). Both are timed in this run, in CPU time,
 * so the check is a ratio against a reference measured here, not a wall-clock limit.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createCoder } from '../../src/coder/index.ts';

const STATES = ['Kazakhstan', 'Uzbekistan', 'China', 'Russia', 'Türkiye', 'Japan', 'Germany', 'Qatar', 'India', 'France', 'Italy', 'Mongolia'];
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];
/** Sentences of the kinds the coder works hardest on, with parties and dates varied so events do not collapse. */
function sentence(i: number): string {
  const a = STATES[i % STATES.length]!, b = STATES[(i * 7 + 3) % STATES.length]!;
  const when = `${MONTHS[i % MONTHS.length]} ${1 + (i % 27)}, ${2000 + (i % 25)}`;
  switch (i % 5) {
    case 0: return `The foreign ministers of ${a} and ${b} held talks in Astana on ${when}.`;
    case 1: return 'The sides discussed trade, transit and energy, and a package of documents was signed.';
    case 2: return `${a} accused ${b} of violating the agreement, officials said on ${when}.`;
    case 3: return `They also agreed to expand cooperation, and ${a} pledged $${i % 90 + 1} million in aid to ${b}.`;
    default: return 'Analysts said the meeting reflected a balanced foreign policy.';
  }
}
const paragraph = (n: number): string => Array.from({ length: n }, (_, i) => sentence(i)).join(' ');

test('one paragraph of 4n sentences codes in under 5x the time of n sentences', () => {
  const coder = createCoder();
  // CPU time, the least of three runs: a loaded machine only ever adds time (a preempted run is charged wall time it
  // did not use), and a quadratic step, ~16×, shows in every run
  const run = (n: number): number => {
    const text = paragraph(n);
    const times: number[] = [];
    for (let k = 0; k < 3; k++) {
      const t0 = process.cpuUsage();
      const events = coder.code({ id: 'long', text, date: '2025-01-01' });
      const t = process.cpuUsage(t0);
      times.push(t.user + t.system);
      assert.ok(events.length > n / 10, `${events.length} events from ${n} sentences`);
    }
    return Math.min(...times);
  };
  run(300); // warm the JIT so the small run is not charged for compilation
  // (up to three tries, each measuring both sizes again)
  const tries: string[] = [];
  for (let k = 0; k < 3; k++) {
    const small = run(1000);
    const large = run(4000);
    if (process.env.MV_VERBOSE) console.log(`scaling: 4n/n = ${(large / small).toFixed(2)}`);
    if (large / small < 5) return;
    tries.push(`4n took ${(large / small).toFixed(1)}x the time of n`);
  }
  assert.fail(tries.join('; '));
});
