/** `multivector events [filters]`: list stored events as a table, spec JSON Lines or CSV. */
import type { Command } from 'commander';
import { InputError } from '../../errors.ts';
import { toSpec } from '../../model/event.ts';
import type { StoredEvent } from '../../store/store.ts';
import { openEvents } from './_event-source.ts';
import type { Register } from './index.ts';
import { csvCell, formatOf } from '../_format.ts';
import { formatTable } from '../_table.ts';
import { addDbOption, addFilterOptions, dbPath, toFilter, type FilterOpts } from './_store-options.ts';

const FORMATS = ['table', 'jsonl', 'csv'] as const;
const CSV_COLUMNS = ['id', 'origin', 'doc', 'sentence', 'date', 'event_type', 'mode', 'actor', 'recipient', 'location', 'context', 'cameo', 'score', 'review_status', 'text'] as const;

function table(events: StoredEvent[]): string {
  return formatTable(events.map((e) => ({
    date: e.date ?? '', type: e.event_type, mode: e.mode ?? '', actor: e.actor.join('+') || '-',
    recipient: e.recipient.join('+') || '-', loc: e.location ?? '', origin: e.origin,
    review: e.review_status === 'auto' ? '' : e.review_status, doc: e.doc,
  })));
}

export const registerEvents: Register = (program: Command) => {
  addFilterOptions(addDbOption(program.command('events')
    .description('list stored events (jsonl is the spec\'s format)')
    .option('--format <format>', FORMATS.join('|'), 'table')
    .option('--limit <n>', 'at most n events (default 100 for table, all otherwise; 0 = all)')
    .option('--offset <n>', 'skip the first n events', '0')))
    .action(async (opts: FilterOpts & { db?: string; format: string; limit?: string; offset: string }) => {
      opts.format = formatOf(opts.format, FORMATS, 'table');
      const filter = toFilter(opts);
      const limit = opts.limit === undefined ? (opts.format === 'table' ? 100 : 0) : Number(opts.limit);
      const offset = Number(opts.offset);
      if (!Number.isInteger(limit) || limit < 0) throw new InputError('--limit must be a whole number', { where: { field: 'limit' } });
      if (!Number.isInteger(offset) || offset < 0) throw new InputError('--offset must be a whole number', { where: { field: 'offset' } });
      const events = await openEvents(dbPath(opts), filter);
      try {
        if (opts.format === 'table') {
          const shown = await events.page(filter, limit, offset);
          process.stdout.write(table(shown));
          const total = await events.count(filter);
          if (total > offset + shown.length) process.stderr.write(`(${shown.length} of ${total} events shown; use --limit)\n`);
          return;
        }
        if (opts.format === 'csv') process.stdout.write(CSV_COLUMNS.join(',') + '\n');
        let skipped = 0;
        let written = 0;
        for await (const batch of events.batches(filter)) {
          const lines: string[] = [];
          for (const e of batch) {
            if (skipped < offset) {
              skipped++;
              continue;
            }
            if (limit && written >= limit) break;
            written++;
            lines.push(opts.format === 'jsonl'
              ? JSON.stringify(toSpec(e))
              : CSV_COLUMNS.map((c) => csvCell(e[c as keyof StoredEvent])).join(','));
          }
          if (lines.length && !process.stdout.write(lines.join('\n') + '\n')) {
            await new Promise((r) => process.stdout.once('drain', r));
          }
          if (limit && written >= limit) break;
        }
      } finally {
        await events.close();
      }
    });
};
