/**
 * Temporary directories of a killed process do not stay: real processes make scratch directories and are killed
 * with SIGKILL (no cleanup runs); the next process to make one removes theirs, and keeps those of live processes.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const MODULE = fileURLToPath(new URL('../../src/scratch.ts', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'mv-scratch-test-'));
process.env.TMPDIR = root;
after(() => rmSync(root, { recursive: true, force: true }));

/** A child that makes a scratch directory with a file in it, prints its path, then waits (or kills itself). */
const childCode = (then: string) => `
  import { writeFileSync } from 'node:fs';
  import { join } from 'node:path';
  const { scratchDir } = await import(${JSON.stringify(MODULE)});
  const dir = scratchDir('import');
  writeFileSync(join(dir, 'upload'), 'x'.repeat(1 << 16));
  process.stdout.write(dir + '\\n');
  ${then}`;

it('a scratch directory left by a killed process is removed by the next one; a live process keeps its own', async () => {
  const env = { ...process.env, TMPDIR: root };
  const killed = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', childCode("process.kill(process.pid, 'SIGKILL');")], { env, encoding: 'utf8' });
  assert.equal(killed.signal, 'SIGKILL');
  const left = killed.stdout.trim();
  assert.ok(existsSync(join(left, 'upload')), 'kill -9 left its directory');
  // A live process's directory, and something else in the temporary folder, stay.
  const live = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', childCode('setInterval(() => {}, 1000);')], { env });
  try {
    const liveDir = await new Promise<string>((resolve, reject) => {
      let out = '';
      live.stdout.setEncoding('utf8').on('data', (c: string) => {
        out += c;
        if (out.includes('\n')) resolve(out.trim());
      });
      live.on('exit', () => reject(new Error('the live child ended')));
    });
    writeFileSync(join(root, 'multivector-notes.txt'), 'not a scratch directory');
    const { scratchDir } = await import('../../src/scratch.ts');
    const mine = scratchDir('export');
    assert.ok(!existsSync(left), 'the killed process\'s directory is gone');
    assert.ok(existsSync(join(liveDir, 'upload')), 'the live process keeps its directory');
    assert.ok(existsSync(mine));
    assert.match(mine, new RegExp(`multivector-${process.pid}-export-`));
    // (tsx keeps a cache of its own there)
    assert.deepEqual(readdirSync(root).filter((n) => n.startsWith('multivector')).sort(),
      [liveDir, mine, join(root, 'multivector-notes.txt')].map((p) => p.slice(root.length + 1)).sort());
  } finally {
    live.kill('SIGKILL');
  }
});
