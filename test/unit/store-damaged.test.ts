/**
 * A damaged, truncated, foreign or busy database file says what is wrong in one line, without the driver's
 * text: at open, at the first query that reads a bad block, on the command line and over HTTP.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, mkdtempSync, openSync, rmSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { StoreError } from '../../src/errors.ts';
import { openStore, type Store } from '../../src/store/store.ts';
import { Db } from '../../src/store/duckdb/_db.ts';
import { FIXTURE, problemOf, startServer } from './server-helpers.ts';

const BIN = fileURLToPath(new URL('../../bin/multivector', import.meta.url));
/** Driver wording that must never reach a user. */
const DRIVER_TEXT = /IO Error|Could not|checksum \d|location \d|bytes from|DuckDB database file!|Conflicting lock/;

let dir: string;
let good: string;
let eventsBlock = 0;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mv-damaged-'));
  good = join(dir, 'good.duckdb');
  const s = await openStore({ path: good });
  await s.putDocuments(FIXTURE);
  await s.close();
  // Where the events' first data block sits in the file (header of three 4 KiB sectors, then 256 KiB blocks):
  // "a block in the middle" is that one, so the damage lands on data every read needs, whatever else the
  // schema holds (a new table moves the middle of the file elsewhere).
  const db = await Db.open(good, true);
  try {
    const r = await db.one<{ b: string }>(`SELECT min(block_id)::VARCHAR AS b FROM pragma_storage_info('events') WHERE block_id >= 0`);
    eventsBlock = 3 * 4096 + Number(r!.b) * 262_144;
  } finally {
    db.close();
  }
});
after(() => rmSync(dir, { recursive: true, force: true }));

const overwrite = (p: string, at: number, n: number) => {
  const fd = openSync(p, 'r+');
  try {
    writeSync(fd, Buffer.alloc(n, 0x41), 0, n, at);
  } finally {
    closeSync(fd);
  }
};

/** A copy of the good database, spoiled. */
function spoiled(name: string, spoil: (p: string, size: number) => void): string {
  const p = join(dir, `${name}.duckdb`);
  copyFileSync(good, p);
  spoil(p, statSync(p).size);
  return p;
}

function assertOneClearLine(e: unknown, file: string, expected: RegExp): void {
  assert.ok(e instanceof StoreError, `a StoreError, got ${String(e)}`);
  assert.match(e.message, expected);
  assert.ok(e.message.includes(file), 'names the file');
  assert.doesNotMatch(e.message, /\n/, 'one line');
  assert.doesNotMatch(e.message, DRIVER_TEXT, 'no driver text');
}

/** Opens the file and reads from every table; the first failure, or null when none. */
async function firstFailure(path: string): Promise<unknown> {
  let store: Store | undefined;
  try {
    store = await openStore({ path });
    await store.stats();
    await store.queryEvents({});
    await store.checkIntegrity();
    await store.measures().engagement({ focal: 'KAZ', filter: {}, granularity: 'month', rates: [], totals: true });
    return null;
  } catch (e) {
    return e;
  } finally {
    await store?.close().catch(() => undefined);
  }
}

describe('damaged database files', () => {
  const cases: [string, (p: string, size: number) => void, RegExp][] = [
    ['truncated to half', (p, size) => truncateSync(p, Math.floor(size / 2)), /database file .* is truncated/],
    ['truncated inside its header', (p) => truncateSync(p, 100), /database file .* is truncated/],
    ['emptied', (p) => truncateSync(p, 0), /is not a multivector database/],
    ['replaced by a text file', (p) => writeFileSync(p, 'not a database\n'.repeat(500)), /is not a multivector database/],
    ['with its magic bytes overwritten', (p) => overwrite(p, 0, 64), /is not a multivector database/],
    ['with its database header overwritten', (p) => overwrite(p, 4096, 8192), /database file .* is damaged/],
    ['with a block in the middle overwritten', (p) => overwrite(p, eventsBlock, 20_000), /database file .* is damaged/],
  ];
  for (const [name, spoil, expected] of cases) {
    it(`a file ${name} says so in one line, naming no lock`, async () => {
      const p = spoiled(name.replace(/\W+/g, '-'), spoil);
      const e = await firstFailure(p);
      assertOneClearLine(e, p, expected);
      assert.doesNotMatch((e as Error).message, /\block\b|another process/);
    });
  }

  it('a file another process holds says it is in use, with that process', async () => {
    const p = spoiled('held', () => undefined);
    const holder = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e',
      `const { openStore } = await import(${JSON.stringify(new URL('../../src/store/store.ts', import.meta.url).href)});
       await openStore({ path: ${JSON.stringify(p)} }); console.log('open'); setInterval(() => {}, 1000);`], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout!.on('data', (d: Buffer) => { if (d.toString().includes('open')) resolve(); });
        holder.on('exit', (code) => reject(new Error(`the holder exited (${code})`)));
      });
      const e = await firstFailure(p);
      assertOneClearLine(e, p, new RegExp(`in use by another process \\(PID ${holder.pid}\\)`));
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('the command line prints the one line and exits 4', () => {
    const p = spoiled('cli', (f, size) => truncateSync(f, Math.floor(size / 2)));
    const r = spawnSync(process.execPath, [BIN, 'stats', '--db', p], { encoding: 'utf8' });
    assert.equal(r.status, 4, r.stderr);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /is truncated/);
    assert.doesNotMatch(r.stderr, DRIVER_TEXT);
  });

  it('a server over a file that turns out damaged answers problem+json without driver text', async () => {
    const p = spoiled('served', () => undefined);
    const store = await openStore({ path: p });
    // Damaged under the running server (a disk fault, a careless copy): the next read of that block fails.
    const s = await startServer({ store });
    try {
      overwrite(p, eventsBlock, 20_000);
      const statuses: number[] = [];
      for (const path of ['/api/measures/balance?focal=KAZ', '/api/events?limit=100', '/api/documents']) {
        const r = await fetch(`${s.base}${path}`);
        statuses.push(r.status);
        if (r.status === 500) {
          const pr = await problemOf(r, 500);
          assert.equal(pr.type, 'urn:multivector:problem:store');
          assert.match(pr.detail, /is damaged/);
          assert.doesNotMatch(JSON.stringify(pr), DRIVER_TEXT);
        }
      }
      assert.ok(statuses.includes(500), `some read hit the damaged block (${statuses.join(', ')})`);
    } finally {
      await s.close().catch(() => undefined);
    }
  });
});
