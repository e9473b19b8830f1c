/** `multivector import gdelt|icews|plover FILE…`: datasets analysts already hold, into the database. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import type { Command } from 'commander';
import { DATASETS, importFile, type Dataset, type FileResult } from '../../import/index.ts';
import { InputError, isMultivectorError, NotFoundError } from '../../errors.ts';
import { openStore } from '../../store/store.ts';
import { remoteFor, request, type Remote } from '../_remote.ts';
import type { Register } from './index.ts';
import { addDbOption, dbPath } from './_store-options.ts';

export const registerImport: Register = (program: Command, fail) => {
  addDbOption(program.command('import')
    .description('import event datasets: GDELT 1.0/2.0 exports (plain or zipped), ICEWS .tab, PLOVER/POLECAT JSON(L)')
    .argument('<dataset>', DATASETS.join('|'))
    .argument('<files...>', 'dataset files')
    .option('--strict', 'stop at the first malformed row (nothing from that file is stored)'))
    .action(async (dataset: string, files: string[], opts: { db?: string; strict?: boolean }) => {
      if (!DATASETS.includes(dataset as Dataset)) {
        throw new InputError(`unknown dataset "${dataset}": use ${DATASETS.join(', ')}`, { where: { field: 'dataset' } });
      }
      const path = dbPath(opts);
      const server = await remoteFor(path);
      const store = server ? null : await openStore({ path });
      try {
        let total = 0;
        for (const file of files) {
          // Through the running server: the file is sent whole (streamed) and imported there by the same importer.
          const r = store ? await importFile(store, dataset as Dataset, file, { strict: opts.strict ?? false })
            : await remoteImport(server!, dataset as Dataset, file, opts.strict ?? false);
          total += r.added;
          const rps = r.ms > 0 ? Math.round(r.rows / (r.ms / 1000)) : r.rows;
          process.stdout.write(`${file}: ${r.rows} rows, ${r.added} added, ${r.duplicates} already stored, ` +
            `${r.unmapped} without a PLOVER type (CAMEO 01/02), ${r.malformed} malformed (${(r.ms / 1000).toFixed(2)}s, ${rps} rows/s)\n`);
          for (const pr of r.problems) {
            process.stderr.write(`  ${pr.file ?? file}${pr.line === null ? '' : `:${pr.line}`}: ${pr.field ? `field "${pr.field}": ` : ''}${pr.reason}\n`);
          }
          if (r.malformed > r.problems.length) process.stderr.write(`  … and ${r.malformed - r.problems.length} more malformed rows\n`);
          for (const s of r.skipped) process.stderr.write(`  ${s.file}: skipped: ${s.reason}\n`);
          if (r.malformed || r.skipped.length) fail(2);
        }
        if (files.length > 1) process.stdout.write(`total: ${total} events added\n`);
      } finally {
        await store?.close();
      }
    });
};

/** One file through POST /api/import/{dataset}; missing files are reported as the local importer reports them. */
async function remoteImport(server: Remote, dataset: Dataset, file: string, strict: boolean): Promise<FileResult> {
  if (!existsSync(file)) throw new NotFoundError('no such file', { where: { file } });
  if (!statSync(file).isFile()) throw new InputError('not a file', { where: { file } });
  const body = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
  const res = await request(server, `import/${dataset}`, {
    method: 'POST', query: { strict: strict ? 'true' : undefined, name: basename(file) }, body, type: 'application/octet-stream', auth: true,
  }).catch((e: unknown) => {
    // The server names the file by its base name: give the path back, as a local run says it.
    if (isMultivectorError(e) && e.where.file === basename(file)) e.where.file = file;
    throw e;
  });
  const r = (await res.json()) as FileResult;
  // The server names the file by its base name (an entry of a zip as name/entry): give the path back.
  const base = basename(file);
  const back = (s: string) => (s === base ? file : s.startsWith(`${base}/`) ? `${file}${s.slice(base.length)}` : s);
  return {
    ...r, file,
    problems: r.problems.map((p) => ({ ...p, ...(p.file === undefined ? {} : { file: back(p.file) }) })),
    skipped: r.skipped.map((x) => ({ ...x, file: back(x.file) })),
  };
}
