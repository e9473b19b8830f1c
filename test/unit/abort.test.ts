/** linkSignals: follows every given signal while in use, and leaves nothing behind on a long-lived one once released. */
import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import { it } from 'node:test';
import { linkSignals } from '../../src/abort.ts';

it('a released link leaves no listener on the long-lived signal', () => {
  const life = new AbortController();
  for (let i = 0; i < 1000; i++) linkSignals([AbortSignal.timeout(60_000), life.signal]).release();
  assert.equal(getEventListeners(life.signal, 'abort').length, 0);
});

const cases: Array<[string, (a: AbortController, b: AbortController) => void, unknown]> = [
  ['the first aborts', (a) => a.abort('first'), 'first'],
  ['the second aborts', (_a, b) => b.abort('second'), 'second'],
  ['neither aborts', () => undefined, undefined],
];
for (const [label, act, reason] of cases) {
  it(`follows its signals: ${label}`, () => {
    const a = new AbortController();
    const b = new AbortController();
    const link = linkSignals([a.signal, undefined, b.signal, null]);
    act(a, b);
    assert.equal(link.signal.aborted, reason !== undefined);
    if (reason !== undefined) assert.equal(link.signal.reason, reason);
    link.release();
  });
}

it('a signal aborted already gives an aborted link, following nothing', () => {
  const a = new AbortController();
  const b = new AbortController();
  a.abort('gone');
  const link = linkSignals([a.signal, b.signal]);
  assert.equal(link.signal.reason, 'gone');
  assert.equal(getEventListeners(b.signal, 'abort').length, 0);
});
