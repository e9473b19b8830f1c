/** `multivector deals KAZ [--partner CHN]`: money by partner, year and context, in USD. */
import type { Command } from 'commander';
import { deals } from '../../analytics/deals.ts';
import type { DealsResult } from '../../analytics/types.ts';
import { formatTable } from '../_table.ts';
import { money, printJson, toCsv } from '../_format.ts';
import { addMeasureOptions, codeArg, filterQuery, parseMeasureOpts, remoteMeasure, withMeasures, type MeasureOpts } from '../_format-options.ts';
import type { Register } from './index.ts';
import { countNoun } from '../../model/unit.ts';

export function dealsTable(r: DealsResult): string {
  const un = r.unconverted.reduce((n, u) => n + u.events, 0);
  const ns = countNoun(r.filter.unit);
  const lines = [`${r.focal}: ${r.events} ${countNoun(r.filter.unit, 1)}–partner pairs with money, ${money(r.total_usd)} USD converted${un ? `, ${un} not convertible (below)` : ''}`, ''];
  lines.push('by partner', formatTable(r.by_partner.map((x) => ({ partner: x.partner, usd: money(x.usd), [ns]: x.events, unconverted: x.unconverted_events }))));
  lines.push('by year', formatTable(r.by_year.map((x) => ({ year: x.year === null ? 'undated' : String(x.year), usd: money(x.usd), [ns]: x.events, unconverted: x.unconverted_events }))));
  lines.push('by context', formatTable(r.by_context.map((x) => ({ context: x.context ?? '-', usd: money(x.usd), [ns]: x.events, unconverted: x.unconverted_events }))));
  if (r.unconverted.length) {
    lines.push('not convertible', formatTable(r.unconverted.map((u) => ({ currency: u.currency, amount: money(u.amount), [ns]: u.events, reason: u.reason }))));
  }
  return lines.join('\n');
}

export const registerDeals: Register = (program: Command) => {
  addMeasureOptions(program.command('deals <focal>')
    .description('money attached to a focal country\'s events by partner, year and context, in USD (dated rates)')
    .option('--partner <code>', 'one partner only'))
    .action(async (focalArg: string, opts: MeasureOpts & { partner?: string }) => {
      const focal = codeArg(focalArg, 'focal');
      const partner = opts.partner ? codeArg(opts.partner, 'partner') : undefined;
      const p = parseMeasureOpts(opts);
      const codes = [{ code: focal, field: 'focal' }, ...(partner ? [{ code: partner, field: 'partner' }] : [])];
      const r = await withMeasures(opts.db, codes, (q) => deals(q, focal, { filter: p.filter, ...(partner ? { partner } : {}) }),
        (s) => remoteMeasure<DealsResult>(s, { name: 'deals', query: { focal, partner, ...filterQuery(p.filter) } }));
      if (p.format === 'json') printJson(r);
      else process.stdout.write(p.format === 'csv' ? toCsv(r.by_partner.map((x) => ({ ...x }))) : dealsTable(r));
    });
};
