/** `multivector partners KAZ [--visits]`: engagement by partner, or visits by partner and level. */
import type { Command } from 'commander';
import { partners } from '../../analytics/partners.ts';
import { visits } from '../../analytics/visits.ts';
import type { PartnersResult, VisitsResult } from '../../analytics/types.ts';
import { formatTable } from '../_table.ts';
import { money, num, pct, printJson, toCsv } from '../_format.ts';
import { addMeasureOptions, codeArg, filterQuery, parseMeasureOpts, remoteMeasure, withMeasures, type MeasureOpts } from '../_format-options.ts';
import type { Register } from './index.ts';
import { countNoun } from '../../model/unit.ts';

const partnerRows = (r: PartnersResult) => r.partners.map((p) => ({
  partner: p.partner, name: p.name ?? '', vector: p.vector ?? '', [countNoun(r.filter.unit)]: p.events, out: p.events_out, in: p.events_in,
  share: pct(p.share), 'mean score': num(p.mean_score, 2), coop: p.coop, conflict: p.conflict,
  warmth: `${num(p.warmth.smoothed, 2)} (${num(p.warmth.low, 2)}..${num(p.warmth.high, 2)})`, usd: money(p.usd),
}));

/** Visits by level: head + minister + other + unknown = the side's total, so each row adds up. */
export const visitRows = (r: VisitsResult) => r.partners.map((p) => ({
  partner: p.partner,
  in: p.inbound.total, 'in head': p.inbound.head, 'in minister': p.inbound.minister, 'in other': p.inbound.other,
  'in unknown': p.inbound.unknown, 'in state': p.inbound.state,
  out: p.outbound.total, 'out head': p.outbound.head, 'out minister': p.outbound.minister, 'out other': p.outbound.other,
  'out unknown': p.outbound.unknown, 'out state': p.outbound.state,
  reciprocity: num(p.reciprocity, 2),
}));

export const registerPartners: Register = (program: Command) => {
  addMeasureOptions(program.command('partners <focal>')
    .description('engagement of a focal country by partner (counts, shares, scores, money); --visits for visits and reciprocity')
    .option('--visits', 'visits in and out by partner and level, with reciprocity')
    .option('--limit <n>', 'at most n partners in the table (0 = all)', '30'), { direction: true, vectors: true })
    .action(async (focalArg: string, opts: MeasureOpts & { visits?: boolean; limit: string }) => {
      const focal = codeArg(focalArg, 'focal');
      const p = parseMeasureOpts(opts);
      const limit = Number(opts.limit);
      if (opts.visits) {
        const r = await withMeasures(opts.db, [{ code: focal, field: 'focal' }], (q) => visits(q, focal, { filter: p.filter }),
          (s) => remoteMeasure<VisitsResult>(s, { name: 'visits', query: { focal, ...filterQuery(p.filter) } }));
        if (p.format === 'json') return printJson(r);
        if (p.format === 'csv') return void process.stdout.write(toCsv(r.partners.map((x) => ({
          partner: x.partner, ...Object.fromEntries(Object.entries(x.inbound).map(([k, v]) => [`in_${k}`, v])),
          ...Object.fromEntries(Object.entries(x.outbound).map(([k, v]) => [`out_${k}`, v])), reciprocity: x.reciprocity,
        }))));
        process.stdout.write(`${r.focal}: visits received ${r.inbound}, made ${r.outbound}, reciprocity ${num(r.reciprocity, 2)}\n\n`);
        return void process.stdout.write(formatTable(visitRows(r).slice(0, limit || undefined)));
      }
      const r = await withMeasures(opts.db, [{ code: focal, field: 'focal' }], (q) => partners(q, focal, { filter: p.filter, direction: p.direction, vectors: p.vectors }),
        (s) => remoteMeasure<PartnersResult>(s, { name: 'partners', query: { focal, ...filterQuery(p.filter), direction: p.direction } }, p.customVectors));
      if (p.format === 'json') return printJson(r);
      if (p.format === 'csv') {
        return void process.stdout.write(toCsv(r.partners.map(({ warmth, ...x }) => ({
          ...x, warmth: warmth.smoothed, warmth_low: warmth.low, warmth_high: warmth.high, warmth_raw: warmth.raw,
        }))));
      }
      process.stdout.write(`${r.focal}: ${r.partners.length} partners, ${r.pairs} ${countNoun(r.filter.unit, 1)}–partner pairs (direction ${r.direction})\n\n`);
      process.stdout.write(formatTable(partnerRows(r).slice(0, limit || undefined)));
    });
};
