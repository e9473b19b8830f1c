/**
 * The brief as Markdown; the charts are linked (files next to the .md, or data: URIs for a single download).
 * Every text is escaped (no link, image, HTML or emphasis can come from a document or a dataset) and only
 * http(s) source URLs become links.
 */
import { httpUrl, markdownInline, markdownText as t, markdownUrl } from '../model/safe.ts';
import type { BriefData } from './_data.ts';
import { balanceNote, besideBalance, COUNT_HEAD, coverageLine, dealRows, dealsSummary, eventLine, evidenceLanguages, evidenceTag, headlineHead, headlineRows, subtitle, title, warmthSummary } from './_sections.ts';

const cell = markdownInline;
const table = (head: string[], rows: string[][]) =>
  [`| ${head.map(cell).join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');

export function renderMarkdown(d: BriefData, images: { balance: string; warmth: string | null }): string {
  const out: string[] = [`# ${t(title(d))}`, '', `_${t(subtitle(d))}_`, ''];
  out.push('## Headline', '', table(headlineHead(d), headlineRows(d)), '');
  out.push('## What changed', '', ...d.changes.map((c) => `- ${t(c)}`), '');
  const dyadBrief = d.partnerGiven && d.dyad;
  out.push('## Balance', '', `![${dyadBrief ? `${t(d.partnerName ?? '')} in the engagement` : 'Vector shares'}](${markdownUrl(images.balance)})`, '');
  const note = balanceNote(d);
  if (note) out.push(`_${t(note)}_`, '');
  const coverage = coverageLine(d);
  if (coverage) out.push(`_${t(coverage)}_`, '');
  const beside = besideBalance(d);
  if (beside) out.push(table(beside.head, beside.rows), '');
  const warm = warmthSummary(d);
  if (warm) {
    out.push('## Warmth', '', t(warm), '');
    if (images.warmth) out.push(`![Warmth](${markdownUrl(images.warmth)})`, '');
  }
  out.push('## Latest notable happenings', '');
  if (!d.notable.length) out.push('No happenings with an evidence sentence in the window.', '');
  for (const e of d.notable.map((ev) => eventLine(ev, d.alsoCoded[ev.id]))) {
    const source = httpUrl(e.source);
    const tag = evidenceTag(e.lang);
    out.push(`- **${t(e.date)}**, ${t(e.what)}  `, `  > ${tag ? `[${t(tag)}] ` : ''}${t(e.evidence)}${source ? ` ([source](${markdownUrl(source)}))` : ''}`);
  }
  const langs = evidenceLanguages(d.notable);
  if (langs) out.push('', t(langs));
  out.push('', '## Deals', '', t(dealsSummary(d)), '');
  const deals = dealRows(d);
  if (deals.length) out.push(table(['Partner', 'USD', COUNT_HEAD], deals), '');
  return `${out.join('\n')}\n`;
}
