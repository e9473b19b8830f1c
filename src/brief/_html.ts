/**
 * The brief as one self-contained HTML page (inline CSS and SVG, nothing fetched), laid out for one or two A4 pages
 * when printed (the PDF path fits it: ./_fit.ts). Every text from the data is escaped; only http(s) source URLs become links.
 */
import type { BriefCharts } from './_charts.ts';
import type { BriefData } from './_data.ts';
import { balanceNote, besideBalance, COUNT_HEAD, coverageLine, dealRows, dealsSummary, eventLine, evidenceLanguages, evidenceTag, headlineHead, headlineRows, subtitle, title, warmthSummary } from './_sections.ts';
import { label } from './_window.ts';
import { escapeHtml, httpUrl } from '../model/safe.ts';

export const esc = escapeHtml;
/** Escaped text whose periods and dates ("2021-12", "2025-Q4", "2024-01-18") never break at their hyphen. */
const txt = (s: string) => esc(s).replace(/\b\d{4}-(?:Q[1-4]|\d{2}(?:-\d{2})?)\b/g, '<span class="nb">$&</span>');

const table = (head: string[], rows: string[][], cls = '') =>
  `<table${cls ? ` class="${cls}"` : ''}><thead><tr>${head.map((h) => `<th>${txt(h)}</th>`).join('')}</tr></thead>` +
  `<tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${txt(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;

const CSS = `
@page { size: A4; margin: 14mm 14mm 16mm; }
* { box-sizing: border-box; }
body { font: 10pt/1.35 Helvetica, Arial, sans-serif; color: #222; max-width: 182mm; margin: 0 auto; padding: 8px; }
h1 { font-size: 17pt; margin: 0 0 2px; }
h2 { font-size: 11.5pt; margin: 10px 0 5px; border-bottom: 1px solid #ccc; padding-bottom: 2px; }
.sub { color: #666; font-size: 8.5pt; margin: 0 0 8px; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; }
th, td { text-align: left; padding: 2px 6px; border-bottom: 1px solid #eee; vertical-align: top; }
/* A period or a figure is never broken across lines ("2025-" / "Q2"). */
table.periods td:first-child, table.headline th, .nb { white-space: nowrap; }
th { color: #555; font-weight: 600; }
.cols { display: flex; gap: 14px; } .cols > * { flex: 1; }
ul.changes { margin: 0; padding-left: 16px; } ul.changes li { margin: 1px 0; }
figure { margin: 4px 0; } figure svg { width: 100%; height: auto; }
ol.events { margin: 0; padding-left: 16px; font-size: 9pt; } ol.events li { margin: 0 0 5px; break-inside: avoid; }
.what { font-weight: 600; } .lang { font-style: normal; font-size: .72em; padding: 0 4px; border: 1px solid #c8d0dc; border-radius: 3px; color: #2a4d7a; } blockquote { margin: 1px 0 0; color: #444; font-style: italic; }
h2.inline { margin-top: 0; }
/* Page breaks are placed by the PDF path (./_fit.ts); printed from a browser, the events start page 2. */
.events-section { break-before: page; } li.extra { display: none; }
footer { margin-top: 10px; color: #888; font-size: 7.5pt; }
`;

export function renderHtml(d: BriefData, charts: BriefCharts): string {
  const warm = warmthSummary(d);
  // The next notable events are listed too, hidden, in date order with the others: a PDF shows them when page 2 has room.
  const extra = new Set(d.more.map((e) => e.id));
  const listed = [...d.notable, ...d.more].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
  const events = listed.map((ev) => ({ ...eventLine(ev, d.alsoCoded[ev.id]), extra: extra.has(ev.id) })).map((e) =>
    `<li${e.extra ? ' class="extra"' : ''}><span class="what">${txt(e.date)} · ${txt(e.what)}</span><blockquote${e.lang ? ` lang="${esc(e.lang)}"` : ''}>${evidenceTag(e.lang) ? `<span class="lang" lang="en">${esc(evidenceTag(e.lang))}</span> ` : ''}“${txt(e.evidence)}”` +
    `${httpUrl(e.source) ? ` <a href="${esc(httpUrl(e.source)!)}" rel="noopener noreferrer">source</a>` : ''}</blockquote></li>`).join('');
  const deals = dealRows(d);
  const beside = besideBalance(d);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title(d))}</title><style>${CSS}</style></head>
<body>
<div class="p1">
<header><h1>${esc(title(d))}</h1><p class="sub">${txt(subtitle(d))}</p></header>
<section class="cols">
  <div><h2>Headline</h2>${table(headlineHead(d), headlineRows(d), 'headline')}</div>
  <div><h2>What changed</h2><ul class="changes">${d.changes.map((c) => `<li>${txt(c)}</li>`).join('')}</ul></div>
</section>
<section class="brk"><h2>Balance</h2><figure class="chart balance">${charts.balance}</figure>${balanceNote(d) ? `<p class="sub">${txt(balanceNote(d)!)}</p>` : ''}
${coverageLine(d) ? `<p class="sub coverage">${txt(coverageLine(d)!)}</p>` : ''}</section>
<section class="cols brk">
  <div>${beside ? table(beside.head, beside.rows, d.partnerGiven && d.dyad ? 'periods' : '') : '<p>No partners in the window.</p>'}</div>
  <div>${warm ? `<h2 class="inline">Warmth</h2><p>${txt(warm)}</p>` : ''}</div>
</section>
${charts.warmth ? `<figure class="chart warmth brk">${charts.warmth}</figure>` : ''}
</div>
<section class="events-section brk"><h2>Latest notable happenings</h2>
${events ? `<ol class="events">${events}</ol>` : '<p>No happenings with an evidence sentence in the window.</p>'}
${evidenceLanguages(d.notable) ? `<p class="sub evidence-langs">${txt(evidenceLanguages(d.notable)!)}</p>` : ''}</section>
<section><h2>Deals</h2><p>${txt(dealsSummary(d))}</p>${deals.length ? table(['Partner', 'USD', COUNT_HEAD], deals) : ''}</section>
<footer>multivector · PLOVER events coded from news · ${esc(d.focal)} · ${esc(label(d.window))}</footer>
</body></html>
`;
}
