/** `multivector export --format csv|jsonl|parquet --out FILE [filters]`: matching events to a file. */
import type { Command } from 'commander';
import { InputError } from '../../errors.ts';
import { openStore, type ExportFormat } from '../../store/store.ts';
import type { Register } from './index.ts';
import { addDbOption, addFilterOptions, dbPath, toFilter, type FilterOpts } from './_store-options.ts';

const FORMATS: ExportFormat[] = ['csv', 'jsonl', 'parquet'];

export const registerExport: Register = (program: Command) => {
  addFilterOptions(addDbOption(program.command('export')
    .description('write matching events to a file (jsonl: the spec\'s format; csv and parquet: all stored fields)')
    .requiredOption('--format <format>', FORMATS.join('|'))
    .requiredOption('--out <file>', 'output file')))
    .action(async (opts: FilterOpts & { db?: string; format: string; out: string }) => {
      if (!FORMATS.includes(opts.format as ExportFormat)) {
        throw new InputError(`--format must be one of ${FORMATS.join(', ')}`, { where: { field: 'format' } });
      }
      const filter = toFilter(opts);
      const store = await openStore({ path: dbPath(opts), readOnly: true });
      try {
        const n = await store.exportEvents(filter, opts.format as ExportFormat, opts.out);
        process.stdout.write(`exported ${n} events to ${opts.out}\n`);
      } finally {
        await store.close();
      }
    });
};
