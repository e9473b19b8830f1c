/** `multivector happenings [filters]`: happenings (reports of one happening clustered) with their reports. */
import type { Command } from 'commander';
import { InputError } from '../../errors.ts';
import { openStore, type Happening, type HappeningSort } from '../../store/store.ts';
import type { Register } from './index.ts';
import { formatTable } from '../_table.ts';
import { addDbOption, addFilterOptions, dbPath, toFilter, type FilterOpts } from './_store-options.ts';

const FORMATS = ['table', 'json'] as const;
const SORTS: HappeningSort[] = ['-date', 'reports'];

/** One row per happening, then its reports indented under it. */
function table(hs: Happening[]): string {
  return formatTable(hs.flatMap((h) => [
    {
      date: h.date ?? '', type: h.event_type, mode: h.mode ?? '', actor: h.actor.join('+') || '-',
      recipient: h.recipient.join('+') || '-', loc: h.location ?? '', reports: String(h.reports.length),
      reported: h.first_reported === h.last_reported ? h.first_reported ?? '' : `${h.first_reported}..${h.last_reported}`, id: h.id,
    },
    ...(h.reports.length > 1 ? h.reports.map((r) => ({
      date: `  ${r.date ?? ''}`, type: '', mode: '', actor: '', recipient: '', loc: '', reports: '',
      reported: r.reported ?? '', id: `${r.id}  ${r.source}`,
    })) : []),
  ]));
}

export const registerHappenings: Register = (program: Command) => {
  addFilterOptions(addDbOption(program.command('happenings')
    .description('list happenings: events that report the same happening, clustered, with their reports')
    .option('--format <format>', FORMATS.join('|'), 'table')
    .option('--min-reports <n>', 'only happenings with at least n reports', '1')
    .option('--sort <sort>', `${SORTS.join('|')} (newest first, or most reported first)`, '-date')
    .option('--limit <n>', 'at most n happenings', '100')
    .option('--offset <n>', 'skip the first n happenings', '0')))
    .action(async (opts: FilterOpts & { db?: string; format: string; minReports: string; sort: string; limit: string; offset: string }) => {
      if (!FORMATS.includes(opts.format as (typeof FORMATS)[number])) {
        throw new InputError(`--format must be one of ${FORMATS.join(', ')}`, { where: { field: 'format' } });
      }
      if (!SORTS.includes(opts.sort as HappeningSort)) throw new InputError(`--sort must be one of ${SORTS.join(', ')}`, { where: { field: 'sort' } });
      const [minReports, limit, offset] = [['min-reports', opts.minReports], ['limit', opts.limit], ['offset', opts.offset]].map(([k, v]) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 0) throw new InputError(`--${k} must be a whole number`, { where: { field: k! } });
        return n;
      }) as [number, number, number];
      const filter = toFilter(opts);
      const store = await openStore({ path: dbPath(opts), readOnly: true });
      try {
        const page = await store.queryHappenings({ ...filter, minReports }, { limit, offset, sort: opts.sort as HappeningSort });
        if (opts.format === 'json') {
          process.stdout.write(JSON.stringify(page) + '\n');
          return;
        }
        process.stdout.write(table(page.happenings));
        if (page.total > offset + page.happenings.length) {
          process.stderr.write(`(${page.happenings.length} of ${page.total} happenings shown; use --limit)\n`);
        }
      } finally {
        await store.close();
      }
    });
};
