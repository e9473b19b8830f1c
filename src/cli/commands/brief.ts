/**
 * `multivector brief KAZ [--partner CHN] [--from …] [--to …] --format md|html|pdf [--out FILE]`: the two-page
 * brief. Markdown gets its charts as .svg files next to it; HTML carries them inline; PDF needs Chromium.
 */
import { writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { Command } from 'commander';
import { InputError } from '../../errors.ts';
import type { BriefFormat } from '../../brief/index.ts';
import { loadVectorSet } from '../../analytics/vectors.ts';
import { periodStart } from '../../store/period.ts';
import { parseGranularity } from '../../analytics/_periods.ts';
import { openStore } from '../../store/store.ts';
import { getJson, remoteFor } from '../_remote.ts';
import { requireKnownCodes } from '../_codes.ts';
import type { BriefData } from '../../brief/_data.ts';
import { codeArg } from '../_format-options.ts';
import { formatOf } from '../_format.ts';
import type { Register } from './index.ts';
import { addDbOption, dbPath } from './_store-options.ts';

const BRIEF_FORMATS: readonly BriefFormat[] = ['md', 'html', 'pdf'];

export const registerBrief: Register = (program: Command) => {
  addDbOption(program.command('brief <focal>')
    .description('a two-page brief on a focal country: headline numbers, what changed, balance and warmth charts, notable events, deals')
    .option('--partner <code>', 'a partner for the warmth chart and the events (default: the top partner)')
    .option('--from <period>', 'window start: YYYY, YYYY-MM or YYYY-MM-DD (default: the first event, as the dashboard)')
    .option('--to <period>', 'window end, inclusive (default: the latest event)')
    .option('--by <granularity>', 'month|quarter|year for the charts (default quarter, as the dashboard)')
    .option('--format <format>', BRIEF_FORMATS.join('|'), 'md')
    .option('--vectors <file>', 'vector set (JSON; default data/vectors/default.json)')
    .option('--out <file>', 'output file (default: brief-<focal>[-<partner>]-<window>.<format> here); - for stdout (html, md)'))
    .action(async (focalArg: string, opts: { db?: string; partner?: string; from?: string; to?: string; by?: string; format: string; vectors?: string; out?: string }) => {
      const focal = codeArg(focalArg, 'focal');
      const partner = opts.partner ? codeArg(opts.partner, 'partner') : undefined;
      const format = formatOf(opts.format, BRIEF_FORMATS, 'md');
      const by = opts.by ? parseGranularity(opts.by, 'by') : undefined;
      if (opts.from) periodStart(opts.from, 'from');
      if (opts.to) periodStart(opts.to, 'to');
      if (opts.out === '-' && format === 'pdf') throw new InputError('a PDF goes to a file: give --out FILE.pdf', { where: { field: 'out' } });
      // Loaded here, not at CLI start: ECharts is large and only briefs need it.
      const { briefCharts, briefName, gatherBrief, renderBrief, renderMarkdown } = await import('../../brief/index.ts');
      const vectors = opts.vectors ? loadVectorSet(opts.vectors) : undefined;
      const path = dbPath(opts);
      const codes = [{ code: focal, field: 'focal' }, ...(partner ? [{ code: partner, field: 'partner' }] : [])];
      const server = await remoteFor(path);
      let data: BriefData;
      if (server) {
        // The server gathers (it holds the file); the brief is rendered here as from the file.
        if (vectors) throw new InputError(`--vectors needs the database file, which multivector serve at ${server.url} holds: stop it first`, { where: { field: 'vectors' } });
        await requireKnownCodes(codes, async (code) => (await getJson<{ total: number }>(server, 'events', { country: code, limit: 1 })).total > 0);
        data = await getJson<BriefData>(server, 'brief/data', { focal, partner, from: opts.from, to: opts.to, by });
      } else {
        const store = await openStore({ path, readOnly: true });
        try {
          await requireKnownCodes(codes, async (code) => (await store.countEvents({ country: code })) > 0);
          data = await gatherBrief(store, { focal, partner, from: opts.from, to: opts.to, by, vectors });
        } finally {
          await store.close();
        }
      }
      const out = opts.out ?? `${briefName(data)}.${format}`;
      if (out === '-') {
        process.stdout.write(await renderBrief(data, format));
        return;
      }
      const charts = briefCharts(data);
      if (format === 'md') {
        // Charts as files beside the Markdown, linked by relative name.
        const stem = basename(out, extname(out));
        const files = { balance: `${stem}-balance.svg`, warmth: charts.warmth ? `${stem}-warmth.svg` : null };
        writeFileSync(join(dirname(out), files.balance), charts.balance);
        if (files.warmth && charts.warmth) writeFileSync(join(dirname(out), files.warmth), charts.warmth);
        writeFileSync(out, renderMarkdown(data, files));
        process.stdout.write(`${out} (charts: ${[files.balance, files.warmth].filter(Boolean).join(', ')})\n`);
        return;
      }
      writeFileSync(out, await renderBrief(data, format, charts));
      process.stdout.write(`${out}\n`);
    });
};
