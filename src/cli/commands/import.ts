/** `multivector import gdelt|icews|plover FILE…`: datasets analysts already hold, into the database. */
import type { Command } from 'commander';
import { DATASETS, importFile, type Dataset } from '../../import/index.ts';
import { InputError } from '../../errors.ts';
import { openStore } from '../../store/store.ts';
import { refuseWhileServed } from '../_remote.ts';
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
      await refuseWhileServed(dbPath(opts), 'import');
      const store = await openStore({ path: dbPath(opts) });
      try {
        let total = 0;
        for (const file of files) {
          const r = await importFile(store, dataset as Dataset, file, { strict: opts.strict ?? false });
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
        await store.close();
      }
    });
};
