/** `multivector compare KAZ UZB TUR`: balance, visits and brokerage of several focal countries side by side. */
import type { Command } from 'commander';
import { InputError } from '../../errors.ts';
import { compare } from '../../analytics/compare.ts';
import type { CompareResult } from '../../analytics/types.ts';
import { formatTable } from '../_table.ts';
import { num, pct, printJson, toCsv } from '../_format.ts';
import { addMeasureOptions, codeArg, filterQuery, parseMeasureOpts, remoteMeasure, withMeasures, type MeasureOpts } from '../_format-options.ts';
import type { Register } from './index.ts';
import { countNoun } from '../../model/unit.ts';

export function compareTable(r: CompareResult): string {
  const head = formatTable(r.rows.map((x) => ({
    focal: x.focal, [countNoun(r.filter.unit)]: x.focal_events, entropy: num(x.entropy), 'norm. HHI': num(x.hhi_normalised), dominance: num(x.dominance, 2),
    dominant: x.dominant ?? (x.tied.length ? `tie: ${x.tied.join(', ')}` : '-'), 'broker rank': x.brokerage ? x.brokerage.rank : '-', betweenness: num(x.brokerage?.betweenness ?? null, 4),
    'visits in/out': `${x.visits.inbound}/${x.visits.outbound}`, reciprocity: num(x.visits.reciprocity, 2),
  })));
  const shares = formatTable(r.vectors.map((v) => ({
    vector: v.label, ...Object.fromEntries(r.rows.map((x) => [x.focal, pct(x.shares[v.id] ?? null)])),
  })));
  return `${head}\nshares by vector (direction ${r.direction})\n${shares}`;
}

export const registerCompare: Register = (program: Command) => {
  addMeasureOptions(program.command('compare <focal...>')
    .description('several focal countries side by side: balance, vector shares, visits, brokerage'), { direction: true, vectors: true })
    .action(async (focalArgs: string[], opts: MeasureOpts) => {
      if (focalArgs.length < 1) throw new InputError('name at least one focal country', { where: { field: 'focal' } });
      const focals = focalArgs.map((f) => codeArg(f, 'focal'));
      const p = parseMeasureOpts(opts);
      const r = await withMeasures(opts.db, focals.map((code) => ({ code, field: 'focal' })),
        (q) => compare(q, focals, { filter: p.filter, direction: p.direction, vectors: p.vectors }),
        (s) => remoteMeasure<CompareResult>(s, { name: 'compare', query: { focal: focals, ...filterQuery(p.filter), direction: p.direction } }, p.customVectors));
      if (p.format === 'json') printJson(r);
      else process.stdout.write(p.format === 'csv' ? toCsv(r.rows.map((x) => ({
        focal: x.focal, focal_events: x.focal_events, entropy: x.entropy, hhi: x.hhi, hhi_normalised: x.hhi_normalised,
        dominance: x.dominance, dominant: x.dominant, tied: x.tied, broker_rank: x.brokerage?.rank ?? null, betweenness: x.brokerage?.betweenness ?? null,
        visits_in: x.visits.inbound, visits_out: x.visits.outbound, reciprocity: x.visits.reciprocity,
        ...Object.fromEntries(Object.entries(x.shares).map(([k, v]) => [`share_${k}`, v])),
      }))) : compareTable(r));
    });
};
