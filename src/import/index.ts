/** `multivector import`: datasets analysts already hold (GDELT, ICEWS, PLOVER/POLECAT) into the store. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { InputError, NotFoundError } from '../errors.ts';
import type { ImportCounts, Store } from '../store/store.ts';
import { importDelimitedStream } from './delimited.ts';
import { importPloverFile } from './plover.ts';
import { isZip, openZip } from './_unzip.ts';

export const DATASETS = ['gdelt', 'icews', 'plover'] as const;
export type Dataset = (typeof DATASETS)[number];

export interface FileResult extends ImportCounts {
  file: string;
  ms: number;
  /** Zip entries not imported (not an event file of the dataset, refused by a limit, or corrupt), with why. */
  skipped: Array<{ file: string; reason: string }>;
}

const MAX_PROBLEMS = 20;

/** Every file entry of a zip, one after the other; a bad entry is skipped (nothing of it stored) and named. */
async function importZip(store: Store, dataset: 'gdelt' | 'icews', file: string, strict: boolean, once?: string): Promise<Omit<FileResult, 'file' | 'ms'>> {
  const zip = await openZip(file);
  try {
    const total: Omit<FileResult, 'file' | 'ms'> = {
      rows: 0, added: 0, duplicates: 0, unmapped: 0, malformed: 0, problems: [],
      skipped: zip.skipped.map((s) => ({ file: `${file}/${s.name}`, reason: s.reason })),
    };
    if (strict && total.skipped[0]) throw new InputError(total.skipped[0].reason, { where: { file: total.skipped[0].file } });
    if (!zip.entries.length && !zip.skipped.length) throw new InputError('zip archive holds no file', { where: { file } });
    for (const entry of zip.entries) {
      const name = `${file}/${entry.name}`;
      // A one-file archive (a GDELT export) is remembered under the archive's key; several entries each under their own.
      const key = once === undefined ? undefined : zip.entries.length === 1 ? once : `${once}/${entry.name}`;
      try {
        const r = await importDelimitedStream(store, dataset, entry.chunks(), name, strict, key);
        if (r.already) total.already = true;
        total.rows += r.rows;
        total.added += r.added;
        total.duplicates += r.duplicates;
        total.unmapped += r.unmapped;
        total.malformed += r.malformed;
        total.problems.push(...r.problems.slice(0, MAX_PROBLEMS - total.problems.length));
      } catch (e) {
        if (strict || !(e instanceof InputError)) throw e;
        total.skipped.push({ file: name, reason: e.message });
      }
    }
    return total;
  } finally {
    zip.close();
  }
}

/**
 * Imports one file (each entry of a zip); a file that cannot be read at all throws (files before it stay imported).
 * `once` (GDELT and ICEWS): remember the file under this key, and import nothing when it is remembered already.
 */
export async function importFile(store: Store, dataset: Dataset, file: string, options: { strict?: boolean; once?: string } = {}): Promise<FileResult> {
  if (!DATASETS.includes(dataset)) throw new InputError(`unknown dataset "${dataset}" (gdelt, icews or plover)`);
  if (!existsSync(file)) throw new NotFoundError('no such file', { where: { file } });
  if (!statSync(file).isFile()) throw new InputError('not a file', { where: { file } });
  const t = performance.now();
  const strict = options.strict ?? false;
  let counts: Omit<FileResult, 'file' | 'ms'>;
  if (dataset === 'plover') counts = { ...await importPloverFile(store, file, strict), skipped: [] };
  else if (await isZip(file)) counts = await importZip(store, dataset, file, strict, options.once);
  else {
    const chunks = createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>;
    counts = { ...await importDelimitedStream(store, dataset, chunks, file, strict, options.once), skipped: [] };
  }
  return { file, ms: performance.now() - t, ...counts };
}
