/** `multivector export --format csv|jsonl|parquet --out FILE [filters]`: matching events to a file. */
import type { Command } from 'commander';
import { createReadStream, createWriteStream, rmSync } from 'node:fs';
import { Readable } from 'node:stream';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { openStore, type ExportFormat } from '../../store/store.ts';
import type { Register } from './index.ts';
import { formatOf } from '../_format.ts';
import { requireKnownCodes } from '../_codes.ts';
import { getJson, remoteFor, request } from '../_remote.ts';
import { eventQuery, filterCodes } from './_event-source.ts';
import { addDbOption, addFilterOptions, dbPath, toFilter, type FilterOpts } from './_store-options.ts';
import { scratchDir } from '../../scratch.ts';

const FORMATS: ExportFormat[] = ['csv', 'jsonl', 'parquet'];

export const registerExport: Register = (program: Command) => {
  addFilterOptions(addDbOption(program.command('export')
    .description('write matching events to a file (jsonl: the spec\'s format; csv and parquet: all stored fields)')
    .requiredOption('--format <format>', FORMATS.join('|'))
    .requiredOption('--out <file>', 'output file; - for stdout')))
    .action(async (opts: FilterOpts & { db?: string; format: string; out: string }) => {
      const format = formatOf(opts.format, FORMATS, 'jsonl');
      const filter = toFilter(opts);
      const path = dbPath(opts);
      const server = await remoteFor(path);
      if (server) {
        // The server writes the file with the same engine call; its bytes are streamed here.
        await requireKnownCodes(filterCodes(filter), async (code) => (await getJson<{ total: number }>(server, 'events', { country: code, limit: 1 })).total > 0);
        const res = await request(server, 'export', { query: { ...eventQuery(filter), format } });
        const n = Number(res.headers.get('x-event-count'));
        const body = Readable.fromWeb(res.body as import('node:stream/web').ReadableStream);
        if (opts.out === '-') {
          await pipeline(body, process.stdout, { end: false });
          process.stderr.write(`exported ${n} events to stdout\n`);
        } else {
          await pipeline(body, createWriteStream(opts.out));
          process.stdout.write(`exported ${n} events to ${opts.out}\n`);
        }
        return;
      }
      const store = await openStore({ path, readOnly: true });
      try {
        await requireKnownCodes(filterCodes(filter), async (code) => (await store.countEvents({ country: code })) > 0);
        if (opts.out !== '-') {
          const n = await store.exportEvents(filter, format, opts.out);
          process.stdout.write(`exported ${n} events to ${opts.out}\n`);
          return;
        }
        // `--out -`: the engine writes files only, so through a private temporary one, streamed to stdout.
        const dir = scratchDir('export');
        try {
          const file = join(dir, `events.${format}`);
          const n = await store.exportEvents(filter, format, file);
          await pipeline(createReadStream(file), process.stdout, { end: false });
          process.stderr.write(`exported ${n} events to stdout\n`);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      } finally {
        await store.close();
      }
    });
};
