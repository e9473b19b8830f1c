/** `multivector happenings [filters]`: happenings (reports of one happening clustered) with their reports. */
import type { Command } from 'commander';
import { InputError } from '../../errors.ts';
import { openStore, type EventFilter, type Happening, type HappeningSort } from '../../store/store.ts';
import { requireKnownCodes } from '../_codes.ts';
import { PageReader } from '../_pages.ts';
import { formatOf } from '../_format.ts';
import { getJson, remoteFor, type Remote } from '../_remote.ts';
import { eventQuery, filterCodes } from './_event-source.ts';
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
      const format = formatOf(opts.format, FORMATS, 'table');
      if (!SORTS.includes(opts.sort as HappeningSort)) throw new InputError(`--sort must be one of ${SORTS.join(', ')}`, { where: { field: 'sort' } });
      const [minReports, limit, offset] = [['min-reports', opts.minReports], ['limit', opts.limit], ['offset', opts.offset]].map(([k, v]) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 0) throw new InputError(`--${k} must be a whole number`, { where: { field: k! } });
        return n;
      }) as [number, number, number];
      const filter = toFilter(opts);
      const sort = opts.sort as HappeningSort;
      const path = dbPath(opts);
      const server = await remoteFor(path);
      const page = server
        ? await remoteHappenings(server, filter, minReports, { limit, offset, sort })
        : await (async () => {
          const store = await openStore({ path, readOnly: true });
          try {
            await requireKnownCodes(filterCodes(filter), async (code) => (await store.countEvents({ country: code })) > 0);
            return await store.queryHappenings({ ...filter, minReports }, { limit, offset, sort });
          } finally {
            await store.close();
          }
        })();
      if (format === 'json') {
        process.stdout.write(JSON.stringify(page) + '\n');
        return;
      }
      process.stdout.write(table(page.happenings));
      if (page.total > offset + page.happenings.length) {
        process.stderr.write(`(${page.happenings.length} of ${page.total} happenings shown; use --limit)\n`);
      }
    });
};

/** Happenings through a running `serve`, in the API's pages (at most 500 each), as the store answers them. */
async function remoteHappenings(server: Remote, filter: EventFilter, minReports: number, page: { limit: number; offset: number; sort: HappeningSort }): Promise<{ total: number; happenings: Happening[] }> {
  await requireKnownCodes(filterCodes(filter), async (code) => (await getJson<{ total: number }>(server, 'events', { country: code, limit: 1 })).total > 0);
  const happenings: Happening[] = [];
  const pages = new PageReader<Happening>(server, 'happenings');
  let total = 0;
  for (;;) {
    const want = Math.min(500, page.limit - happenings.length);
    const r = await getJson<{ total: number; happenings: Happening[] }>(server, 'happenings', {
      ...eventQuery(filter), min_reports: minReports, sort: page.sort, limit: Math.max(1, want), offset: page.offset + pages.read,
    });
    total = r.total;
    if (want <= 0) return { total, happenings };
    happenings.push(...pages.next(r.happenings));
    if (r.happenings.length < want || happenings.length >= page.limit) return { total, happenings };
  }
}
