/**
 * The gate in front of costly work (coding, PDFs): whatever arrives when, never more than `concurrency` run,
 * a caller is turned away exactly when every slot is taken and the queue is full, waiting callers start in
 * arrival order, and every admitted one runs (also after a failure).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { BusyError } from '../../src/errors.ts';
import { Gate } from '../../src/gate.ts';

const tick = () => new Promise<void>((res) => setImmediate(res));

describe('Gate', () => {
  it('bounds concurrency and queue, turns away only when full, runs every admitted caller', async () => {
    await fc.assert(fc.asyncProperty(
      fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 4 }),
      // Each caller: ticks to wait before arriving, ticks it works, whether it fails.
      fc.array(fc.record({ arrive: fc.integer({ min: 0, max: 6 }), work: fc.integer({ min: 0, max: 6 }), fails: fc.boolean() }), { maxLength: 25 }),
      async (concurrency, queue, callers) => {
        const gate = new Gate({ what: 'tests', concurrency, queue, retryAfter: 3 });
        let running = 0;
        let most = 0;
        const started: number[] = [];
        const admittedWhileFull: boolean[] = [];
        const outcomes = await Promise.all(callers.map(async (c, i) => {
          for (let t = 0; t < c.arrive; t++) await tick();
          const { running: r, waiting: w } = gate.load;
          const full = r >= concurrency && w >= queue;
          try {
            await gate.run(async () => {
              started.push(i);
              running++;
              most = Math.max(most, running);
              for (let t = 0; t < c.work; t++) await tick();
              running--;
              if (c.fails) throw new Error('work failed');
            });
            admittedWhileFull.push(full);
            return 'done';
          } catch (e) {
            if (e instanceof BusyError) {
              assert.ok(full, 'turned away only when every slot and the queue were taken');
              assert.equal(e.retryAfter, 3);
              assert.equal(e.status, 503);
              return 'busy';
            }
            admittedWhileFull.push(full);
            return 'failed';
          }
        }));
        assert.ok(most <= concurrency, `${most} ran at once`);
        assert.ok(!admittedWhileFull.includes(true), 'a caller was admitted into a full gate');
        assert.equal(started.length, outcomes.filter((o) => o !== 'busy').length, 'every admitted caller ran');
        assert.deepEqual(gate.load, { running: 0, waiting: 0 });
      },
    ), { numRuns: 200 });
  });

  it('waiting callers start in arrival order', async () => {
    const gate = new Gate({ what: 'tests', concurrency: 1, queue: 5, retryAfter: 1 });
    const order: number[] = [];
    let release!: () => void;
    const first = gate.run(() => new Promise<void>((res) => { release = res; }));
    const rest = [1, 2, 3, 4, 5].map((i) => gate.run(async () => { order.push(i); }));
    await assert.rejects(gate.run(async () => undefined), BusyError);
    release();
    await Promise.all([first, ...rest]);
    assert.deepEqual(order, [1, 2, 3, 4, 5]);
  });
});
