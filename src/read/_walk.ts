/** Inputs to files: folders recursively, entries sorted by name, dotfiles and node_modules skipped. */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReadItem } from './_types.ts';
import { systemProblem } from './_problem.ts';
import { byExtension } from './_sniff.ts';

export type WalkItem = { kind: 'file'; path: string; explicit: boolean } | Extract<ReadItem, { kind: 'problem' }>;

export async function* walk(input: string): AsyncGenerator<WalkItem> {
  let st;
  try {
    st = await stat(input);
  } catch (err) {
    yield systemProblem(err, input) as WalkItem;
    return;
  }
  if (!st.isDirectory()) {
    yield { kind: 'file', path: input, explicit: true };
    return;
  }
  yield* walkDir(input, new Set([await realpath(input)]));
}

/** `seen` holds the real paths of folders already walked, so symlink loops end. */
async function* walkDir(dir: string, seen: Set<string>): AsyncGenerator<WalkItem> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield systemProblem(err, dir) as WalkItem;
    return;
  }
  // Code-unit order, not locale order: the same on every machine.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const path = join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = await stat(path);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch (err) {
        // A dangling link is worth a word only if it looks like a document.
        if (byExtension(path)) yield systemProblem(err, path) as WalkItem;
        continue;
      }
    }
    if (isDir) {
      const real = await realpath(path);
      if (seen.has(real)) continue;
      seen.add(real);
      yield* walkDir(path, seen);
    } else if (isFile) {
      yield { kind: 'file', path, explicit: false };
    }
  }
}
