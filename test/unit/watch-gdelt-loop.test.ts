/**
 * A GDELT import through the watcher keeps the event loop turning (the observatory answers requests meanwhile):
 * DuckDB's appender, which runs on this thread, yields every APPEND_YIELD_ROWS rows. Shown on the real parts: a
 * loopback server lists a GDELT 2.0 export of 60,000 rows, the watcher imports it into a DuckDB file, and a
 * ticker on setImmediate (one tick per turn of the loop) counts the rows appended between two turns. That count
 * does not depend on the machine's load; the longest delay of the loop (perf_hooks) is reported and held to a
 * generous bound only.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { after, before, it } from 'node:test';
import { createCoder } from '../../src/coder/index.ts';
import { APPEND_YIELD_ROWS, appendedRows } from '../../src/store/duckdb/_db.ts';
import { openStore } from '../../src/store/store.ts';
import { parseSources, Watcher } from '../../src/watch/index.ts';
import { lastUpdate, startFeedServer, type FeedServer } from './watch-helpers.ts';
import { makeZip } from './zip-helpers.ts';

const ROWS = 60_000;

/**
 * A GDELT 2.0 export zip of `n` events: a recorded row with new GLOBALEVENTIDs, spread over ten years (away from the
 * year ends, which would chain the years into one block of happenings), each with its own source URL, as real
 * exports are (identical rows would compress past the importer's zip-bomb ratio).
 */
function exportZip(n: number): Buffer {
  const row = readFileSync(new URL('../fixtures/store/gdelt2-sample.CSV', import.meta.url), 'utf8').split('\n')[1]!.split('\t');
  const salt = randomBytes(12 * n).toString('hex');
  const rows = Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.UTC(2010 + (i % 10), 0, 10) + (Math.floor(i / 10) % 300) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
    const year = day.slice(0, 4);
    return [String(i + 1), day, day.slice(0, 6), year, `${year}.5000`, ...row.slice(5, -1), `http://news.example/${salt.slice(24 * i, 24 * i + 24)}`].join('\t');
  });
  return makeZip([{ name: 'export.CSV', data: `${rows.join('\n')}\n` }]);
}

let server: FeedServer;
let dir: string;
before(async () => {
  server = await startFeedServer();
  dir = mkdtempSync(join(tmpdir(), 'mv-gdelt-loop-'));
});
after(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

it(`a ${ROWS}-row GDELT file imported by the watcher appends at most ${APPEND_YIELD_ROWS} rows between two turns of the event loop`, async () => {
  const t = new Date(Math.floor(Date.now() / 900_000) * 900_000).toISOString().replace(/\D/g, '').slice(0, 14);
  const url = `${server.url}/gdeltv2/${t}.export.CSV.zip`;
  server.routes.set('/gdeltv2/lastupdate.txt', { body: lastUpdate(url), type: 'text/plain' });
  server.routes.set(`/gdeltv2/${t}.export.CSV.zip`, { body: exportZip(ROWS), type: 'application/zip' });
  const store = await openStore({ path: join(dir, 'loop.duckdb') });
  const sources = parseSources({ sources: [{ name: 'gdelt', url: `${server.url}/gdeltv2/lastupdate.txt`, type: 'gdelt2' }] }, 'test');
  const watcher = new Watcher({ store, coder: createCoder(), sources, limits: { timeoutMs: 60_000 } });
  // One tick per turn of the loop: the rows appended since the last tick.
  let ticking = true;
  let last = appendedRows();
  let most = 0;
  let turns = 0;
  const tick = () => {
    const now = appendedRows();
    most = Math.max(most, now - last);
    last = now;
    turns++;
    if (ticking) setImmediate(tick);
  };
  const delay = monitorEventLoopDelay({ resolution: 10 });
  try {
    const before = appendedRows();
    delay.enable();
    setImmediate(tick);
    const [s] = await watcher.runOnce();
    ticking = false;
    delay.disable();
    assert.equal(s!.failures, 0, s!.last_error ?? '');
    assert.equal(s!.events_added, ROWS);
    assert.ok(appendedRows() - before >= ROWS, 'the rows went through the appender');
    const maxMs = delay.max / 1e6;
    console.log(`${ROWS} rows: ${turns} turns of the loop, at most ${most} rows appended between two; longest loop delay ${maxMs.toFixed(0)} ms`);
    assert.ok(most <= APPEND_YIELD_ROWS, `${most} rows appended without the loop turning`);
    // Generous: a loaded 2-core machine may hold the thread for a while; an append without yields held it for seconds.
    assert.ok(maxMs < 5000, `the loop was held ${maxMs.toFixed(0)} ms`);
    assert.equal(await store.countEvents({ origins: ['gdelt'] }), ROWS);
  } finally {
    ticking = false;
    delay.disable();
    await watcher.stop();
    await store.close();
  }
});
