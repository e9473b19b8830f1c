/** `multivector import`: datasets analysts already hold (GDELT, ICEWS, PLOVER/POLECAT) into the store. */
import { existsSync, statSync } from 'node:fs';
import { InputError, NotFoundError } from '../errors.ts';
import type { ImportCounts, Store } from '../store/store.ts';
import { importDelimitedFile } from './delimited.ts';
import { importPloverFile } from './plover.ts';

export const DATASETS = ['gdelt', 'icews', 'plover'] as const;
export type Dataset = (typeof DATASETS)[number];

export interface FileResult extends ImportCounts {
  file: string;
  ms: number;
}

/** Imports each file in turn; a file that cannot be read at all throws (the files before it stay imported). */
export async function importFile(store: Store, dataset: Dataset, file: string, options: { strict?: boolean } = {}): Promise<FileResult> {
  if (!DATASETS.includes(dataset)) throw new InputError(`unknown dataset "${dataset}" (gdelt, icews or plover)`);
  if (!existsSync(file)) throw new NotFoundError('no such file', { where: { file } });
  if (!statSync(file).isFile()) throw new InputError('not a file', { where: { file } });
  const t = performance.now();
  const strict = options.strict ?? false;
  const counts = dataset === 'plover'
    ? await importPloverFile(store, file, strict)
    : await importDelimitedFile(store, dataset, file, strict);
  return { file, ms: performance.now() - t, ...counts };
}
