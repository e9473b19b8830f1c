/** The brief's content as plain rows and sentences, shared by the Markdown and HTML renderers. */
import { entityName } from '../analytics/_names.ts';
import type { StoredEvent } from '../store/store.ts';
import type { BriefData } from './_data.ts';
import { tieWords, type HeadlineResult } from './headline.ts';
import { label } from './_window.ts';
import { countNoun, countOf, unitNote } from '../model/unit.ts';

export const fmtPct = (x: number | null | undefined) => (x === null || x === undefined ? '–' : `${Math.round(x * 100)}%`);
export const fmtNum = (x: number | null | undefined, d = 2) => (x === null || x === undefined ? '–' : x.toFixed(d));
export const fmtUsd = (x: number) => (x >= 1e9 ? `$${(x / 1e9).toFixed(2)} bn` : x >= 1e6 ? `$${(x / 1e6).toFixed(1)} m` : x > 0 ? `$${Math.round(x).toLocaleString('en-US')}` : '–');
const name = (code: string) => entityName(code) ?? code;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** The head of a count column: what the brief counts (happenings). */
export const COUNT_HEAD = countNoun(undefined);

export function title(d: BriefData): string {
  return `${d.focalName}${d.partnerGiven && d.partnerName ? ` and ${d.partnerName}` : ''}: brief, ${label(d.window)}`;
}

export function subtitle(d: BriefData): string {
  return `${d.windowNote ? `${d.windowNote} ` : ''}${d.previous ? `Compared with the previous period of equal length (${label(d.previous)})` : 'Nothing to compare with (see What changed)'}. Generated ${d.generatedAt} by multivector from coded news events; ` +
    `${unitNote(undefined)}.`;
}

/** The headline table's header: the window and, when there is one, the previous period. */
export function headlineHead(d: BriefData): string[] {
  return ['', label(d.window), ...(d.previous ? [label(d.previous)] : [])];
}

/** A dyad brief's headline: the dyad's events, tone, warmth, deals and visits (the focal country's are elsewhere). */
function dyadRows(d: BriefData): string[][] {
  const now = { dy: d.dyad!, deals: d.deals };
  const before = d.previousDyad ? { dy: d.previousDyad, deals: d.previousDeals } : null;
  type Side = typeof now | { dy: NonNullable<BriefData['previousDyad']>; deals: BriefData['previousDeals'] };
  const row = (lbl: string, f: (s: Side) => string): string[] => [lbl, f(now), ...(before ? [f(before)] : [])];
  const partner = d.partnerName ?? d.partner ?? '';
  return [
    row(`${cap(countNoun(undefined))} with ${partner}`, (s) => String(s.dy.total.events)),
    // Who acts: "out / in" means nothing to a reader who has not read the counting model.
    row(`By ${d.focalName} / by ${partner}`, (s) => `${s.dy.total.events_out} / ${s.dy.total.events_in}`),
    row('Cooperation / conflict', (s) => {
      const q = s.dy.total.quad;
      return `${q.verbal_cooperation + q.material_cooperation} / ${q.verbal_conflict + q.material_conflict}`;
    }),
    row('Warmth (smoothed, 90% interval)', (s) => {
      const w = s.dy.total.warmth;
      return `${w.smoothed.toFixed(2)} (${w.low.toFixed(2)} to ${w.high.toFixed(2)})`;
    }),
    row('Deals (USD)', (s) => fmtUsd(s.deals?.total_usd ?? 0)),
    row('Visits in / out', (s) => `${s.dy.visits.inbound.total} / ${s.dy.visits.outbound.total}`),
  ];
}

/** [label, this window, previous window (when there is one)]. */
export function headlineRows(d: BriefData): string[][] {
  if (d.partnerGiven && d.dyad) return dyadRows(d);
  const p = d.previousHeadline;
  const row = (lbl: string, f: (h: HeadlineResult) => string): string[] => [lbl, f(d.headline), ...(p ? [f(p)] : [])];
  return [
    row(cap(countNoun(undefined)), (h) => String(h.events)),
    row('Partners', (h) => String(h.partners)),
    row('Top partner', (h) => (h.top_partner ? `${h.top_partner.name ?? h.top_partner.partner} (${fmtPct(h.top_partner.share)})`
      : h.top_partner_tie.length ? tieWords(h.top_partner_tie.map((x) => ({ name: x.name ?? x.partner, events: x.events }))) : '–')),
    row('Balance (entropy, 0–1)', (h) => fmtNum(h.entropy)),
    row('Dominant vector', (h) => (h.dominant ? `${h.dominant.label} (${fmtPct(h.dominant.share)})`
      : h.dominant_tie.length ? tieWords(h.dominant_tie.map((x) => ({ name: x.label, events: x.events }))) : '–')),
    row('Deals (USD)', (h) => fmtUsd(h.deals_usd)),
    row('Summits hosted', (h) => String(h.summits_hosted)),
    row('Visits in / out', (h) => `${h.visits.inbound} / ${h.visits.outbound}`),
  ];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
const are = (n: number) => (n === 1 ? 'is' : 'are');

/** The first or last period of the chart when the window covers only part of it (a quarter ending in November). */
function cutShort(d: BriefData, g: string): string[] {
  // (a partial BriefData, as a caller holding only the balance passes, has no window to say anything about)
  if (!d.window || d.window.open || g === 'month') return [];
  const size = g === 'quarter' ? 3 : 12;
  const month = (ym: string) => Number(ym.slice(5, 7));
  const [from, to] = [d.window.from, d.window.to];
  const out: string[] = [];
  if (from.length === 7 && (month(from) - 1) % size !== 0) out.push(`the first ${g} only from ${from}`);
  if (to.length === 7 && month(to) % size !== 0) out.push(`the last ${g} only up to ${to}`);
  return out.length ? [`The window covers ${out.join(' and ')}`] : [];
}

/** A dyad brief's balance is the dyad's (see dyadBalanceOption). */
const dyadBrief = (d: BriefData) => d.partnerGiven && d.dyad !== null;

/**
 * What the balance chart leaves out, which periods rest on few events, and the documents and sources behind the
 * window's counts (null when nothing to say).
 */
export function balanceNote(d: BriefData): string | null {
  if (dyadBrief(d)) {
    const dy = d.dyad!;
    const g = dy.granularity;
    const few = dy.series.filter((p) => p.lowCount && p.events > 0).length;
    return [
      ...cutShort(d, g),
      `${countOf(dy.total.events)} with ${d.partnerName} in the window, from ${plural(dy.total.documents, 'document')} and ${plural(dy.total.sources, 'source')}`,
      dy.imprecise ? `${dy.imprecise} dated too roughly for a ${g} (imprecise) ${are(dy.imprecise)} in the totals but in no ${g}` : '',
      dy.undated ? `${dy.undated} undated` : '',
      few ? `${plural(few, g)} ${few === 1 ? 'rests' : 'rest'} on fewer than ${countOf(dy.low_count)} (pale in the chart)` : '',
    ].filter(Boolean).join('; ') + '.';
  }
  const b = d.balance;
  const g = b.granularity;
  const few = b.series.filter((p) => p.lowCount && p.events > 0).length;
  const parts = [
    ...cutShort(d, g),
    `${countOf(b.total.focal_events)} in the window, from ${plural(b.total.documents, 'document')} and ${plural(b.total.sources, 'source')}`,
    b.imprecise.events ? `${plural(b.imprecise.events, `${countNoun(undefined, 1)}–vector pair`)} dated too roughly for a ${g} (imprecise) ${are(b.imprecise.events)} in the totals but in no ${g}` : '',
    b.undated.events ? `${b.undated.events} undated` : '',
    few ? `${plural(few, g)} ${few === 1 ? 'rests' : 'rest'} on fewer than ${countOf(b.low_count)} (pale in the chart)` : '',
  ].filter(Boolean);
  return `${parts.join('; ')}.`;
}

/** Documents and sources per period of the brief's series (periods with none left out), as "2024-Q1 12 / 4". */
export function coverageRows(d: BriefData): Array<{ period: string; events: number; documents: number; sources: number }> {
  const rows = dyadBrief(d) ? d.dyad!.series : d.balance.series;
  return rows.filter((p) => p.documents > 0).map((p) => ({ period: p.period, events: p.events, documents: p.documents, sources: p.sources }));
}

export function coverageLine(d: BriefData): string | null {
  const rows = coverageRows(d);
  if (!rows.length) return null;
  return `Documents / sources per ${dyadBrief(d) ? d.dyad!.granularity : d.balance.granularity}: ` +
    rows.map((r) => `${r.period} ${r.documents} / ${r.sources}`).join(', ') + '.';
}

/** The table beside the balance chart: the top partners, or in a dyad brief the dyad's latest periods. */
export function besideBalance(d: BriefData): { head: string[]; rows: string[][] } | null {
  if (dyadBrief(d)) {
    const rows = d.dyad!.series.filter((p) => p.events > 0).slice(-6).reverse();
    if (!rows.length) return null;
    return {
      head: [`${d.partnerName}, latest`, COUNT_HEAD, `share of ${d.focal}'s`, 'documents', 'sources'],
      rows: rows.map((p) => [p.period, String(p.events), fmtPct(p.volume_share), String(p.documents), String(p.sources)]),
    };
  }
  if (!d.topPartners.length) return null;
  return { head: ['Top partners', COUNT_HEAD, 'share of pairs', 'mean score'], rows: partnerRows(d) };
}

export function partnerRows(d: BriefData): Array<[string, string, string, string]> {
  return d.topPartners.slice(0, 5).map((p) => [p.name ?? p.partner, String(p.events), fmtPct(p.share), fmtNum(p.mean_score, 1)]);
}

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', ru: 'Russian', kk: 'Kazakh' };
const languageName = (l: string) => LANGUAGE_NAMES[l] ?? l;

/**
 * The languages of the listed happenings' evidence, as documents per language ("Evidence from 5 documents: 3 in
 * English, 2 in Russian."): sentences are quoted as written, so a reader knows what to expect. Null when none.
 */
export function evidenceLanguages(events: StoredEvent[]): string | null {
  const docs = new Map<string, string>();
  for (const e of events) if (!docs.has(e.doc)) docs.set(e.doc, e.lang ?? 'und');
  if (!docs.size) return null;
  const by = new Map<string, number>();
  for (const l of docs.values()) by.set(l, (by.get(l) ?? 0) + 1);
  const parts = [...by].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([l, n]) => (l === 'und' ? `${n} in a language not recorded` : `${n} in ${languageName(l)}`));
  return `Evidence from ${plural(docs.size, 'document')}: ${parts.join(', ')}; quoted as written.`;
}

/** The tag put beside evidence not in English ("ru"), or ''. */
export function evidenceTag(lang: string | null): string {
  return lang && lang !== 'en' ? lang : '';
}

const coding = (e: StoredEvent) => {
  const who = e.actor.map(name).join(', ') || '–';
  const whom = e.recipient.map(name).join(', ');
  return `${e.event_type}${e.mode ? ` (${e.mode})` : ''}: ${who}${whom ? ` → ${whom}` : ''}${e.value ? `, ${e.value.amount.toLocaleString('en-US')} ${e.value.currency}` : ''}`;
};

/** A listed happening, with the other happenings coded from the same sentence (`also`) beside it. */
export function eventLine(e: StoredEvent, also: StoredEvent[] = []): { date: string; what: string; evidence: string; source: string | null; id: string; lang: string | null } {
  const what = [coding(e), ...also.map((x) => `${x.date && x.date !== e.date ? `${x.date} · ` : ''}${coding(x)}`)].join('; also ');
  return { date: e.date ?? 'undated', what, evidence: e.text.trim(), source: e.source_url, id: e.id, lang: e.lang };
}

/** The deals table: the six largest partners, and the rest in one row so the table adds up to the total. */
export function dealRows(d: BriefData): Array<[string, string, string]> {
  const shown = d.deals.by_partner.slice(0, DEAL_ROWS);
  const rest = d.deals.by_partner.slice(DEAL_ROWS);
  const rows: Array<[string, string, string]> = shown.map((p) => [name(p.partner), fmtUsd(p.usd), String(p.events)]);
  if (rest.length) {
    rows.push([`${plural(rest.length, 'other partner')} (${rest.map((p) => name(p.partner)).join(', ')})`,
      fmtUsd(rest.reduce((n, p) => n + p.usd, 0)), String(rest.reduce((n, p) => n + p.events, 0))]);
  }
  return rows;
}
const DEAL_ROWS = 6;

export function dealsSummary(d: BriefData): string {
  const un = d.deals.unconverted.reduce((n, u) => n + u.events, 0);
  if (!d.deals.events && !un) return 'No deals with a stated value and a partner in the window.';
  return `${fmtUsd(d.deals.total_usd)} over ${plural(d.deals.events, `${countNoun(undefined, 1)}–partner pair`)} with money (a sum shared by several partners is split equally)` +
    (un ? `; ${un} could not be converted to USD` : '') + '.';
}

export function warmthSummary(d: BriefData): string | null {
  if (!d.dyad || !d.partnerName) return null;
  const t = d.dyad.total;
  const v = d.dyad.visits;
  const why = d.partnerGiven ? '' : d.headline.top_partner ? ' (top partner)' : ' (first of the partners tied at the top)';
  const w = t.warmth;
  return `${d.partnerName}${why}: ${countOf(t.events)}, warmth ${fmtNum(w.smoothed)} (90% interval ${fmtNum(w.low)} to ${fmtNum(w.high)}; ` +
    `raw cooperation–conflict index ${fmtNum(t.index)}), mean score ${fmtNum(t.mean_score, 1)}; ` +
    `visits ${v.inbound.total} received (${v.inbound.head} at head level), ${v.outbound.total} made (${v.outbound.head} at head level).`;
}
