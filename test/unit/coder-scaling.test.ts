/**
 * The coder's time is linear in its input, a single long paragraph included: one paragraph of 4n sentences must
 * take under five times one of n (a quadratic step would take ~16×). Both are timed in this run, median of three,
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
  const run = (n: number): number => {
    const text = paragraph(n);
    const times: number[] = [];
    for (let k = 0; k < 3; k++) {
      const t0 = process.hrtime.bigint();
      const events = coder.code({ id: 'long', text, date: '2025-01-01' });
      times.push(Number(process.hrtime.bigint() - t0));
      assert.ok(events.length > n / 10, `${events.length} events from ${n} sentences`);
    }
    return times.sort((x, y) => x - y)[1]!;
  };
  run(300); // warm the JIT so the small run is not charged for compilation
  const small = run(1000);
  const large = run(4000);
  assert.ok(large / small < 5, `4n took ${(large / small).toFixed(1)}x the time of n`);
  if (process.env.MV_VERBOSE) console.log(`scaling: 4n/n = ${(large / small).toFixed(2)}`);
});
