/** The brief as Markdown; the charts are linked (files next to the .md, or data: URIs for a single download). */
import type { BriefData } from './_data.ts';
import { balanceNote, dealRows, dealsSummary, eventLine, headlineRows, partnerRows, subtitle, title, warmthSummary } from './_sections.ts';
import { label } from './_window.ts';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const table = (head: string[], rows: string[][]) =>
  [`| ${head.map(cell).join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');

export function renderMarkdown(d: BriefData, images: { balance: string; warmth: string | null }): string {
  const out: string[] = [`# ${title(d)}`, '', `_${subtitle(d)}_`, ''];
  out.push('## Headline', '', table(['', label(d.window), label(d.previous)], headlineRows(d)), '');
  out.push('## What changed', '', ...d.changes.map((c) => `- ${c}`), '');
  out.push('## Balance', '', `![Vector shares](${images.balance})`, '');
  const note = balanceNote(d);
  if (note) out.push(`_${note}_`, '');
  if (d.topPartners.length) out.push(table(['Top partners', 'events', 'share', 'mean score'], partnerRows(d)), '');
  const warm = warmthSummary(d);
  if (warm) {
    out.push('## Warmth', '', warm, '');
    if (images.warmth) out.push(`![Warmth](${images.warmth})`, '');
  }
  out.push('## Latest notable events', '');
  if (!d.notable.length) out.push('No events with an evidence sentence in the window.', '');
  for (const e of d.notable.map(eventLine)) {
    out.push(`- **${e.date}**, ${e.what}  `, `  > ${e.evidence}${e.source ? ` ([source](${e.source}))` : ''}`);
  }
  out.push('', '## Deals', '', dealsSummary(d), '');
  const deals = dealRows(d);
  if (deals.length) out.push(table(['Partner', 'USD', 'events'], deals), '');
  return `${out.join('\n')}\n`;
}
