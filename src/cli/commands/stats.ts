/** `multivector stats`: what the database holds — counts by origin, type and year, and its size. */
import type { Command } from 'commander';
import { openStore } from '../../store/store.ts';
import type { Register } from './index.ts';
import { addDbOption, dbPath } from './_store-options.ts';

const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;

export const registerStats: Register = (program: Command) => {
  addDbOption(program.command('stats')
    .description('events and happenings; counts by origin, event type and year; database size')
    .option('--json', 'print one JSON object'))
    .action(async (opts: { db?: string; json?: boolean }) => {
      const path = dbPath(opts);
      const store = await openStore({ path, readOnly: true });
      try {
        const s = await store.stats();
        if (opts.json) {
          process.stdout.write(JSON.stringify({ path, ...s }) + '\n');
          return;
        }
        const out = [
          `database  ${path} (${mb(s.bytes)}, schema v${s.schemaVersion})`,
          `documents ${s.documents}`,
          `events    ${s.events}`,
          `happenings ${s.happenings} (events reporting one happening count once)`,
          '', 'by origin', ...s.byOrigin.map((r) => `  ${r.origin.padEnd(10)} ${r.events}`),
          '', 'by type', ...s.byType.map((r) => `  ${r.event_type.padEnd(10)} ${r.events}`),
          '', 'by year', ...s.byYear.map((r) => `  ${String(r.year ?? 'undated').padEnd(10)} ${r.events}`),
          ...(s.flaggedDates ? [`  ${'flagged'.padEnd(10)} ${s.flaggedDates} (dated after their document or in the future; left out of measures)`] : []),
        ];
        process.stdout.write(out.join('\n') + '\n');
      } finally {
        await store.close();
      }
    });
};
