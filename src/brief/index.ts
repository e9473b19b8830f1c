/**
 * Briefs: a two-page note on a focal country (and optionally a partner) for a reader before a meeting —
 * headline numbers, what changed since the previous period, balance and warmth charts, the latest notable
 * events with their evidence, deals. Markdown, self-contained HTML, or PDF (through Chromium).
 */
import type { Store } from '../store/store.ts';
import { briefCharts, type BriefCharts } from './_charts.ts';
import { gatherBrief, type BriefData, type BriefOptions } from './_data.ts';
import { renderHtml } from './_html.ts';
import { renderMarkdown } from './_markdown.ts';
import { htmlToPdf } from './_pdf.ts';
import { label } from './_window.ts';

export type { BriefData, BriefOptions } from './_data.ts';
export type { BriefCharts } from './_charts.ts';
export { headline, type HeadlineResult } from './headline.ts';
export { renderHtml } from './_html.ts';
export { renderMarkdown } from './_markdown.ts';
export { htmlToPdf, chromiumPath, PdfRenderer, PDF_DEFAULTS, type PdfOptions } from './_pdf.ts';
export { briefCharts } from './_charts.ts';
export { gatherBrief } from './_data.ts';

export const BRIEF_FORMATS = ['md', 'html', 'pdf'] as const;
export type BriefFormat = (typeof BRIEF_FORMATS)[number];

export const MIME: Record<BriefFormat, string> = {
  md: 'text/markdown; charset=utf-8', html: 'text/html; charset=utf-8', pdf: 'application/pdf',
};

/** A file name for the brief: brief-KAZ-CHN-2024-01-to-2024-12. */
export function briefName(d: BriefData): string {
  return `brief-${d.focal}${d.partnerGiven && d.partner ? `-${d.partner}` : ''}-${label(d.window).replace(/ to /, '-to-')}`;
}

const dataUri = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

/** Prints HTML to PDF: a one-off browser by default; the server passes its shared PdfRenderer. */
export type ToPdf = (html: string) => Promise<Buffer>;

/**
 * One downloadable document. Markdown carries its charts as data: URIs here (one file); the CLI writes
 * them as .svg files next to the .md instead.
 */
export async function renderBrief(d: BriefData, format: BriefFormat, charts: BriefCharts = briefCharts(d), toPdf: ToPdf = htmlToPdf): Promise<Buffer> {
  if (format === 'md') {
    return Buffer.from(renderMarkdown(d, { balance: dataUri(charts.balance), warmth: charts.warmth ? dataUri(charts.warmth) : null }));
  }
  const html = renderHtml(d, charts);
  return format === 'html' ? Buffer.from(html) : toPdf(html);
}

export async function buildBrief(store: Store, o: BriefOptions, format: BriefFormat, toPdf: ToPdf = htmlToPdf): Promise<{ data: BriefData; body: Buffer; name: string }> {
  const data = await gatherBrief(store, o);
  return { data, body: await renderBrief(data, format, briefCharts(data), toPdf), name: `${briefName(data)}.${format}` };
}
