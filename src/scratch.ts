/**
 * Private temporary directories that a killed process does not leave behind: kill -9 runs no cleanup, and an
 * upload being imported can be 2 GiB. Each directory is named after its process (`multivector-PID-PURPOSE-XXXXXX`,
 * mode 0700 as mkdtemp makes it), and the first one a process makes removes those of processes that are gone.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const NAME = /^multivector-(\d+)-/;
let swept = false;

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists, under another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Removes the scratch directories (of this user) whose process is gone; returns how many. */
export function sweepScratch(): number {
  swept = true;
  const root = tmpdir();
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return 0;
  }
  for (const name of names) {
    const pid = Number(NAME.exec(name)?.[1] ?? NaN);
    if (!Number.isSafeInteger(pid) || pid === process.pid || alive(pid)) continue;
    const path = join(root, name);
    try {
      if (process.getuid && statSync(path).uid !== process.getuid()) continue;
      rmSync(path, { recursive: true, force: true });
      removed++;
    } catch {
      // Gone meanwhile, or not ours to remove: nothing to do.
    }
  }
  return removed;
}

/** A new private directory for `purpose` (letters and dashes); the caller removes it when done. */
export function scratchDir(purpose: string): string {
  if (!swept) sweepScratch();
  return mkdtempSync(join(tmpdir(), `multivector-${process.pid}-${purpose}-`));
}
