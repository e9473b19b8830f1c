/** `multivector balance KAZ [--by quarter] [--from 2023] [--to 2025] [--vectors FILE]`: multi-vector balance. */
import type { Command } from 'commander';
import { InputError } from '../../errors.ts';
import { balance } from '../../analytics/balance.ts';
import type { BalanceResult } from '../../analytics/types.ts';
import { formatTable } from '../_table.ts';
import { money, num, pct, printJson, sparkline, toCsv } from '../_format.ts';
import { addMeasureOptions, codeArg, filterQuery, parseMeasureOpts, remoteMeasure, withMeasures, type MeasureOpts } from '../_format-options.ts';
import type { Register } from './index.ts';
import { countNoun, unitNote } from '../../model/unit.ts';

export function balanceTable(r: BalanceResult): string {
  const t = r.total;
  const n = countNoun(r.filter.unit, 1);
  const ns = countNoun(r.filter.unit);
  const lines = [
    `${r.focal}: multi-vector balance, ${r.metric === 'usd' ? 'USD of deals' : `${n}–vector pairs`}, direction ${r.direction}, by ${r.granularity}` +
      `${r.filter.from || r.filter.to ? `, ${r.filter.from ?? '…'} to ${r.filter.to ?? '…'}` : ''} (vectors: ${r.vector_set})`,
    `${t.focal_events} focal ${ns}, ${t.with_partner} with a partner${t.unassigned ? `, ${t.unassigned} pairs in no vector` : ''}`,
    `entropy ${num(t.entropy)} (0 one vector .. 1 even)   HHI ${num(t.hhi)}   normalised HHI ${num(t.hhi_normalised)}   ` +
      `dominance ${num(t.dominance, 2)}${t.dominant ? ` (${t.dominant})` : t.tied.length ? ` (tie: ${t.tied.join(', ')})` : ''}`,
    '',
  ];
  const rows = t.vectors.map((v) => ({
    vector: v.label, [ns]: v.events, out: v.events_out, in: v.events_in, share: pct(v.share),
    'mean score': num(v.mean_score, 2), coop: v.coop, conflict: v.conflict, usd: money(v.usd),
    [`share by ${r.granularity}`]: sparkline(r.series.map((p) => p.shares[v.vector] ?? null), { min: 0, max: 1, width: 60 }),
  }));
  lines.push(formatTable(rows, 60));
  if (r.series.length) {
    lines.push(`entropy by ${r.granularity}: ${sparkline(r.series.map((p) => p.entropy), { min: 0, max: 1, width: 60 })}`, '');
    lines.push(formatTable(r.series.map((p) => ({
      period: p.period, total: p.total, [ns]: `${p.events}${p.lowCount ? ' (few)' : ''}`, entropy: num(p.entropy), 'Δentropy': num(p.change?.entropy ?? null), hhi: num(p.hhi),
      dominant: p.dominant ?? (p.tied.length ? `tie: ${p.tied.join(', ')}` : '-'), share: pct(p.dominant ? p.shares[p.dominant] : p.tied.length ? p.shares[p.tied[0]!] ?? null : null), alerts: p.alerts.length ? p.alerts.map((a) => `${a.kind}:${a.vector}`).join(' ') : '',
    }))));
  }
  const beside = outsideLine(r);
  if (beside) lines.push(beside, '');
  if (r.alerts.length) lines.push('alerts:', ...r.alerts.map((a) => `  ${a.message}`), '');
  lines.push(`(${unitNote(r.filter.unit)})`);
  return lines.join('\n');
}

/** The words for what the series leaves out: imprecise and undated happening–vector pairs (null when none). */
export function outsideLine(r: BalanceResult): string | null {
  const parts = [
    r.imprecise.events ? `${r.imprecise.events} imprecise (dated too roughly for a ${r.granularity}, e.g. a year only)` : '',
    r.undated.events ? `${r.undated.events} undated` : '',
  ].filter(Boolean);
  return parts.length ? `beside the series: ${parts.join(', ')} ${countNoun(r.filter.unit, 1)}–vector pairs, counted in the totals but in no ${r.granularity}` : null;
}

export function balanceCsv(r: BalanceResult): string {
  return toCsv(r.series.map((p) => ({
    period: p.period, total: p.total, events: p.events, low_count: p.lowCount, entropy: p.entropy, hhi: p.hhi, hhi_normalised: p.hhi_normalised,
    dominance: p.dominance, dominant: p.dominant, tied: p.tied.join(' '),
    ...Object.fromEntries(Object.entries(p.shares).map(([k, v]) => [`share_${k}`, v])),
  })));
}

export const registerBalance: Register = (program: Command) => {
  addMeasureOptions(program.command('balance <focal>')
    .description('multi-vector balance of a focal country: shares by vector, entropy, HHI, dominance, alerts')
    .option('--metric <metric>', 'events (event–vector pairs) | usd (money of deals)', 'events'), { by: true, direction: true, vectors: true })
    .action(async (focalArg: string, opts: MeasureOpts & { metric: string }) => {
      const focal = codeArg(focalArg, 'focal');
      const p = parseMeasureOpts(opts);
      if (opts.metric !== 'events' && opts.metric !== 'usd') throw new InputError(`"${opts.metric}" is not a metric (events, usd)`, { where: { field: 'metric' } });
      const metric = opts.metric as 'events' | 'usd';
      const r = await withMeasures(opts.db, [{ code: focal, field: 'focal' }], (q) => balance(q, focal, {
        filter: p.filter, granularity: p.granularity, direction: p.direction, metric, vectors: p.vectors,
      }), (s) => remoteMeasure<BalanceResult>(s, {
        name: 'balance', query: { focal, ...filterQuery(p.filter), by: p.granularity, direction: p.direction, metric },
      }, p.customVectors));
      if (p.format === 'json') printJson(r);
      else process.stdout.write(p.format === 'csv' ? balanceCsv(r) : balanceTable(r));
    });
};
