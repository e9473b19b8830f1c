/** `multivector events [filters]`: list stored events as a table, spec JSON Lines or CSV. */
import type { Command } from 'commander';
import { InputError } from '../../errors.ts';
import { toSpec } from '../../model/event.ts';
import { openStore, type StoredEvent } from '../../store/store.ts';
import type { Register } from './index.ts';
import { csvCell } from '../_format.ts';
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
      if (!FORMATS.includes(opts.format as (typeof FORMATS)[number])) {
        throw new InputError(`--format must be one of ${FORMATS.join(', ')}`, { where: { field: 'format' } });
      }
      const filter = toFilter(opts);
      const limit = opts.limit === undefined ? (opts.format === 'table' ? 100 : 0) : Number(opts.limit);
      const offset = Number(opts.offset);
      if (!Number.isInteger(limit) || limit < 0) throw new InputError('--limit must be a whole number', { where: { field: 'limit' } });
      if (!Number.isInteger(offset) || offset < 0) throw new InputError('--offset must be a whole number', { where: { field: 'offset' } });
      const store = await openStore({ path: dbPath(opts), readOnly: true });
      try {
        if (opts.format === 'table') {
          const events = await store.queryEvents(filter, { limit: limit || 1_000_000_000, offset });
          process.stdout.write(table(events));
          const total = await store.countEvents(filter);
          if (total > offset + events.length) process.stderr.write(`(${events.length} of ${total} events shown; use --limit)\n`);
          return;
        }
        if (opts.format === 'csv') process.stdout.write(CSV_COLUMNS.join(',') + '\n');
        let skipped = 0;
        let written = 0;
        for await (const batch of store.iterateEvents(filter)) {
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
        await store.close();
      }
    });
};
