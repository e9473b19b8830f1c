/** `multivector dyad KAZ CHN [--by quarter]`: warmth of a dyad, with visits both ways. */
import type { Command } from 'commander';
import { dyad } from '../../analytics/dyad.ts';
import type { DyadResult } from '../../analytics/types.ts';
import { formatTable } from '../_table.ts';
import { num, pct, printJson, sparkline, toCsv } from '../_format.ts';
import { addMeasureOptions, codeArg, filterQuery, parseMeasureOpts, remoteMeasure, withMeasures, type MeasureOpts } from '../_format-options.ts';
import type { Register } from './index.ts';
import { countNoun, unitNote } from '../../model/unit.ts';

export function dyadTable(r: DyadResult): string {
  const t = r.total;
  const v = r.visits;
  const ns = countNoun(r.filter.unit);
  const lines = [
    `${r.focal}–${r.partner}: ${t.events} ${ns} (${t.events_out} ${r.focal}→${r.partner}, ${t.events_in} ${r.partner}→${r.focal}), mean score ${num(t.mean_score, 2)}, cooperation–conflict index ${num(t.index, 2)}`,
    `warmth (smoothed toward ${r.focal}'s tone, ${Math.round(r.warmth_prior.coop_share * 100)}% cooperative): ${num(t.warmth.smoothed, 2)}, ` +
      `90% interval ${num(t.warmth.low, 2)} to ${num(t.warmth.high, 2)}`,
    `quad classes: verbal cooperation ${t.quad.verbal_cooperation}, material cooperation ${t.quad.material_cooperation}, verbal conflict ${t.quad.verbal_conflict}, material conflict ${t.quad.material_conflict}`,
    `visits: ${r.partner} to ${r.focal} ${v.inbound.total} (head ${v.inbound.head}, minister ${v.inbound.minister}, other ${v.inbound.other}, unknown ${v.inbound.unknown}; state ${v.inbound.state}), ` +
      `${r.focal} to ${r.partner} ${v.outbound.total} (head ${v.outbound.head}, minister ${v.outbound.minister}, other ${v.outbound.other}, unknown ${v.outbound.unknown}; state ${v.outbound.state}); reciprocity ${num(v.reciprocity, 2)}`,
  ];
  if (r.series.length) {
    lines.push(
      `index by ${r.granularity}:        ${sparkline(r.series.map((p) => p.index), { min: -1, max: 1, width: 60 })}`,
      `share of ${r.focal}'s news:    ${sparkline(r.series.map((p) => p.volume_share), { min: 0, width: 60 })}`, '',
      formatTable(r.series.map((p) => ({
        period: p.period, [ns]: `${p.events}${p.lowCount ? ' (few)' : ''}`, [`${r.focal} ${ns}`]: p.focal_events, 'mean score': num(p.mean_score, 2),
        coop: p.coop, conflict: p.conflict, index: num(p.index, 2), smoothed: num(p.warmth.smoothed, 2),
        '90% interval': `${num(p.warmth.low, 2)}..${num(p.warmth.high, 2)}`, share: pct(p.volume_share), normalised: num(p.normalised, 3),
      }))));
  } else lines.push('');
  const beside = [r.imprecise ? `${r.imprecise} imprecise (dated too roughly for a ${r.granularity})` : '', r.undated ? `${r.undated} undated` : ''].filter(Boolean);
  if (beside.length) lines.push(`beside the series: ${beside.join(', ')} dyad ${ns}, counted in the totals but in no ${r.granularity}`, '');
  lines.push(`(${unitNote(r.filter.unit)})`);
  return lines.join('\n');
}

export const registerDyad: Register = (program: Command) => {
  addMeasureOptions(program.command('dyad <focal> <partner>')
    .description('warmth of a dyad: mean score, quad classes, cooperation–conflict index per period (volume-normalised), visits'), { by: true })
    .action(async (focalArg: string, partnerArg: string, opts: MeasureOpts) => {
      const focal = codeArg(focalArg, 'focal');
      const partner = codeArg(partnerArg, 'partner');
      const p = parseMeasureOpts(opts);
      const r = await withMeasures(opts.db, [{ code: focal, field: 'focal' }, { code: partner, field: 'partner' }],
        (q) => dyad(q, focal, partner, { filter: p.filter, granularity: p.granularity }),
        (s) => remoteMeasure<DyadResult>(s, { name: 'dyad', query: { focal, partner, ...filterQuery(p.filter), by: p.granularity } }));
      if (p.format === 'json') printJson(r);
      else process.stdout.write(p.format === 'csv' ? toCsv(r.series.map((x) => ({ ...x }))) : dyadTable(r));
    });
};
