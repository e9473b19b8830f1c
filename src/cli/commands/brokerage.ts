/** `multivector brokerage KAZ`: convening (summits hosted), mediation hosted, and betweenness in the co-participation network. */
import type { Command } from 'commander';
import { brokerage } from '../../analytics/brokerage.ts';
import { convening } from '../../analytics/convening.ts';
import type { BrokerageReport } from '../../analytics/types.ts';
import { formatTable } from '../_table.ts';
import { num, printJson, sparkline, toCsv } from '../_format.ts';
import { addMeasureOptions, codeArg, filterQuery, parseMeasureOpts, remoteMeasure, withMeasures, type MeasureOpts } from '../_format-options.ts';
import type { Register } from './index.ts';
import { countNoun } from '../../model/unit.ts';

export function brokerageTable({ brokerage: b, convening: c }: BrokerageReport): string {
  const pos = b.position;
  const lines = [
    `${b.focal}: betweenness ${pos ? `${num(pos.betweenness, 4)}, rank ${pos.rank} of ${b.nodes}` : 'none (no co-participation)'} in the co-participation network (${b.nodes} codes, ${b.edges} ties)` +
      (pos ? `; ${pos.degree} partners, ${pos.strength} co-participations` : ''),
    `computed on ${b.data.events} ${countNoun(b.filter.unit)} (${b.data.network_events} with two or more parties), ${b.data.first ?? '?'} to ${b.data.last ?? '?'}; ` +
      `origins: ${b.data.origins.map((o) => `${o.origin} ${o.events}`).join(', ') || 'none'}`,
    ...(b.warning ? [`warning: ${b.warning}`] : []),
    `summits and forums hosted: ${c.summits.total} ${sparkline(c.summits.byPeriod.map((x) => x.events))}   mediation hosted: ${c.mediation.total}`,
    '', 'top brokers', formatTable(b.top.map((n) => ({ rank: n.rank, code: n.code, betweenness: num(n.betweenness, 4), degree: n.degree, strength: n.strength }))),
  ];
  const listed = [...c.summits.events.map((e) => ({ kind: 'summit', e })), ...c.mediation.events.map((e) => ({ kind: 'mediation', e }))];
  if (listed.length) {
    lines.push('hosted (latest first)', formatTable(listed.map(({ kind, e }) => ({
      kind, date: e.date ?? '', participants: [...e.actor, ...e.recipient].join(' '), text: e.text || e.origin,
    })), 70));
  }
  return lines.join('\n');
}

export const registerBrokerage: Register = (program: Command) => {
  addMeasureOptions(program.command('brokerage <focal>')
    .description('the bridge role: summits and mediation hosted, betweenness centrality in the co-participation network')
    .option('--top <n>', 'how many top brokers to list', '10'))
    .action(async (focalArg: string, opts: MeasureOpts & { top: string }) => {
      const focal = codeArg(focalArg, 'focal');
      const p = parseMeasureOpts(opts);
      const top = Math.max(0, Number(opts.top) || 0);
      const r: BrokerageReport = await withMeasures(opts.db, [{ code: focal, field: 'focal' }], async (q) => ({
        brokerage: await brokerage(q, focal, { filter: p.filter, top }),
        convening: await convening(q, focal, { filter: p.filter }),
      }), async (s) => ({
        brokerage: await remoteMeasure<BrokerageReport['brokerage']>(s, { name: 'brokerage', query: { focal, ...filterQuery(p.filter), top } }),
        convening: await remoteMeasure<BrokerageReport['convening']>(s, { name: 'convening', query: { focal, ...filterQuery(p.filter) } }),
      }));
      if (p.format === 'json') printJson(r);
      else process.stdout.write(p.format === 'csv' ? toCsv(r.brokerage.top.map((x) => ({ ...x }))) : brokerageTable(r));
    });
};
