/** `multivector stats`: what the database holds — counts by origin, type and year, and its size. */
import type { Command } from 'commander';
import { displayLocation } from '../../store/engines.ts';
import { openStore, type Stats } from '../../store/store.ts';
import { getJson, remoteFor } from '../_remote.ts';
import { formatOf } from '../_format.ts';
import type { Register } from './index.ts';
import { addDbOption, dbPath } from './_store-options.ts';

const STATS_FORMATS = ['table', 'json'] as const;
const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;

export const registerStats: Register = (program: Command) => {
  addDbOption(program.command('stats')
    .description('events and happenings; counts by origin, event type and year; database size')
    .option('--format <format>', STATS_FORMATS.join('|'), 'table')
    .option('--json', 'same as --format json'))
    .action(async (opts: { db?: string; format: string; json?: boolean }) => {
      const format = opts.json ? 'json' : formatOf(opts.format, STATS_FORMATS, 'table');
      const path = dbPath(opts);
      const server = await remoteFor(path);
      const s = server ? await getJson<Stats>(server, 'stats') : await (async () => {
        const store = await openStore({ path, readOnly: true });
        try {
          return await store.stats();
        } finally {
          await store.close();
        }
      })();
      if (format === 'json') {
        process.stdout.write(JSON.stringify({ path: displayLocation(path), ...s }) + '\n');
        return;
      }
      const out = [
        `database  ${displayLocation(path)} (${mb(s.bytes)}, schema v${s.schemaVersion})`,
        `documents ${s.documents}`,
        `events    ${s.events}`,
        `happenings ${s.happenings} (events reporting one happening count once)`,
        '', 'by origin', ...s.byOrigin.map((r) => `  ${r.origin.padEnd(10)} ${r.events}`),
        '', 'by type', ...s.byType.map((r) => `  ${r.event_type.padEnd(10)} ${r.events}`),
        '', 'by year', ...s.byYear.map((r) => `  ${String(r.year ?? 'undated').padEnd(10)} ${r.events}`),
        ...(s.flaggedDates ? [`  ${'flagged'.padEnd(10)} ${s.flaggedDates} (dated after their document or in the future; left out of measures)`] : []),
      ];
      process.stdout.write(out.join('\n') + '\n');
    });
};
