/**
 * `multivector sources [--sources FILE] [--db FILE] [--format table|json]`: each source of the sources file with its
 * status (last poll, last success, items and events added, the last error), and the latest alerts. Goes through a
 * running serve when one holds the database; with no database yet, every source is listed as never polled.
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type { AlertRecord, SourceStatus } from '../../store/store.ts';
import { openStore } from '../../store/store.ts';
import { loadSources } from '../../watch/index.ts';
import { getJson, remoteFor } from '../_remote.ts';
import { formatOf } from '../_format.ts';
import { formatTable } from '../_table.ts';
import type { Register } from './index.ts';
import { addDbOption, dbPath } from './_store-options.ts';

const FORMATS = ['table', 'json'] as const;

export interface SourcesAnswer {
  watching: boolean;
  sources: SourceStatus[];
  alerts: AlertRecord[];
}

export const registerSources: Register = (program: Command) => {
  addDbOption(program.command('sources')
    .description('the followed sources: last poll and success, items and events added, last error; and the latest alerts')
    .option('--sources <file>', 'sources file (default: data/sources.json)')
    .option('--format <format>', FORMATS.join('|'), 'table'))
    .action(async (opts: { db?: string; sources?: string; format: string }) => {
      const format = formatOf(opts.format, FORMATS, 'table');
      const file = loadSources(opts.sources);
      const path = dbPath(opts);
      const server = await remoteFor(path);
      let answer: SourcesAnswer;
      if (server) answer = await getJson<SourcesAnswer>(server, 'sources');
      else if (!existsSync(path)) answer = { watching: false, sources: [], alerts: [] };
      else {
        const store = await openStore({ path, readOnly: true });
        try {
          answer = { watching: false, sources: await store.sourceStatus(), alerts: await store.alerts(20) };
        } finally {
          await store.close();
        }
      }
      // The file's sources first, in its order (never polled ones too), then any others the store remembers.
      const known = new Map(answer.sources.map((s) => [s.name, s]));
      const rows: SourceStatus[] = file.sources.map((s) => known.get(s.name) ?? {
        name: s.name, url: s.url, type: s.type, etag: null, last_modified: null, last_poll: null, last_success: null, next_poll: null,
        failures: 0, items_added: 0, events_added: 0, last_error: null,
      });
      rows.push(...answer.sources.filter((s) => !file.sources.some((f) => f.name === s.name)));
      if (format === 'json') {
        process.stdout.write(JSON.stringify({ watching: answer.watching, sources: rows, alerts: answer.alerts }) + '\n');
        return;
      }
      const when = (t: string | null) => (t ? t.slice(0, 19).replace('T', ' ') : 'never');
      process.stdout.write(formatTable(rows.map((s) => ({
        source: s.name, type: s.type, 'last poll': when(s.last_poll), 'last success': when(s.last_success),
        items: s.items_added, events: s.events_added, failing: s.failures, 'last error': s.last_error ?? '',
      })), 60));
      if (answer.alerts.length) {
        process.stdout.write('\nlatest alerts\n');
        for (const a of answer.alerts) process.stdout.write(`  ${when(a.first_seen ?? null)}  ${a.message}${a.delivery ? ` (webhook: ${a.delivery})` : ''}\n`);
      }
    });
};
