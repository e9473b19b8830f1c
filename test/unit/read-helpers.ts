/** Shared by the read*.test.ts files: real temporary files and a collector for readDocuments. */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after } from 'node:test';
import type { Doc } from '../../src/model/event.ts';
import type { InputError } from '../../src/errors.ts';
import { readDocuments, type ReadOptions } from '../../src/read/index.ts';

const dirs: string[] = [];
after(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

/** A fresh folder under os.tmpdir(), removed after the test file. */
export async function tempDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'mv-read-'));
  dirs.push(d);
  return d;
}

/** Writes `files` (relative path → content) under a fresh folder; returns the folder. */
export async function tree(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await tempDir();
  for (const [rel, content] of Object.entries(files)) {
    const p = join(root, rel);
    await mkdir(dirname(p), { recursive: true });
    await writeFile(p, content);
  }
  return root;
}

export interface Collected {
  docs: Doc[];
  problems: InputError[];
  /** Items in order: doc ids and "problem:<file>:<line>:<field>". */
  order: string[];
}

export async function collect(inputs: string[], options?: ReadOptions): Promise<Collected> {
  const out: Collected = { docs: [], problems: [], order: [] };
  for await (const item of readDocuments(inputs, options)) {
    if (item.kind === 'doc') {
      out.docs.push(item.doc);
      out.order.push(item.doc.id);
    } else {
      out.problems.push(item.error);
      const w = item.error.where;
      out.order.push(`problem:${w.line ?? ''}:${w.field ?? ''}`);
    }
  }
  return out;
}
