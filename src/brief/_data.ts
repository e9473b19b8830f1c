/**
 * What a brief says, gathered from the same measures the CLI and the API serve: headline numbers for the
 * window and the previous period of equal length, the balance series, the warmth of the dyad with the given
 * (or else the top) partner, deals, and the latest notable events with their evidence sentence.
 */
import { balance } from '../analytics/balance.ts';
import { deals } from '../analytics/deals.ts';
import { dyad } from '../analytics/dyad.ts';
import { partners } from '../analytics/partners.ts';
import { entityName } from '../analytics/_names.ts';
import type { BalanceResult, DealsResult, DyadResult, PartnerEngagement } from '../analytics/types.ts';
import { loadVectorSet, type VectorSet } from '../analytics/vectors.ts';
import type { MeasureFilter } from '../store/measures.ts';
import type { Store, StoredEvent } from '../store/store.ts';
import { headline, tieWords, type HeadlineResult } from './headline.ts';
import { briefWindow, granularityOf, label, previousWindow, type Window } from './_window.ts';
import { GAP_MONTHS, span, type Span } from '../analytics/span.ts';
import { periodStart } from '../store/period.ts';
import { countNoun, countOf } from '../model/unit.ts';
import { fmtUsd } from './_sections.ts';
import type { Granularity } from '../store/measures.ts';

export interface BriefOptions {
  focal: string;
  partner?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** Granularity of the series; the dashboard's default, quarter. */
  by?: Granularity | undefined;
  vectors?: VectorSet | undefined;
  /** How many notable events to list (default 12: enough to fill the second page). */
  events?: number;
}

export interface BriefData {
  focal: string;
  focalName: string;
  /** The dyad partner: the one asked for, else the top partner of the window (null when there is none). */
  partner: string | null;
  partnerName: string | null;
  partnerGiven: boolean;
  /** The vector the partner belongs to (its colour in a dyad brief's balance), null without a partner. */
  partnerVector: string | null;
  window: Window;
  /** The previous period of equal length; null when there is no bound to measure it from, or the data do not reach it. */
  previous: Window | null;
  /** Where the bulk of the focal country's happenings lie (the default bounds of the window). */
  span: Span;
  /** How the window was chosen and what it leaves out, in words (empty when both bounds were given and nothing is said). */
  windowNote: string;
  /** Why nothing is compared (null when the previous period is). */
  noPrevious: string | null;
  granularity: Granularity;
  generatedAt: string;
  headline: HeadlineResult;
  previousHeadline: HeadlineResult | null;
  balance: BalanceResult;
  dyad: DyadResult | null;
  previousDyad: DyadResult | null;
  topPartners: PartnerEngagement[];
  deals: DealsResult;
  /** A dyad brief's deals in the previous period (null otherwise). */
  previousDeals: DealsResult | null;
  notable: StoredEvent[];
  /** Further happenings coded from a listed event's sentence, by the listed event's id (listed with it, not apart). */
  alsoCoded: Record<string, StoredEvent[]>;
  /** The next notable events (at most 24 more), listed in a PDF when its second page has room for them. */
  more: StoredEvent[];
  /** Sentences on what changed against the previous period. */
  changes: string[];
}

/** Evidence-bearing events weigh by how much they say: material acts, money, visits and summits first. */
function notability(e: StoredEvent): number {
  let n = Math.abs(e.score);
  if (e.value) n += 4;
  if (e.mode === 'visit' || e.mode === 'multilateral') n += 3;
  if (e.quad_class === 2 || e.quad_class === 4) n += 2;
  if (e.review_status === 'confirmed' || e.review_status === 'edited') n += 1;
  return n;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const pct = (x: number | null | undefined) => (x === null || x === undefined ? 'n/a' : `${Math.round(x * 100)}%`);
// The same money figures as the headline table and the deals section.
const usd = (x: number) => (x > 0 ? fmtUsd(x) : 'none');
const change = (now: number, before: number) => {
  if (before === 0) return now === 0 ? 'unchanged' : 'up from none';
  const r = (now - before) / before;
  return Math.abs(r) < 0.005 ? 'unchanged' : `${r > 0 ? 'up' : 'down'} ${Math.abs(Math.round(r * 100))}%`;
};

/** A dyad brief compares the dyad: its events, warmth, deals and visits. */
function describeDyadChanges(d: Pick<BriefData, 'dyad' | 'previousDyad' | 'deals' | 'previousDeals' | 'partnerName' | 'noPrevious'>): string[] {
  const a = d.dyad!;
  const b = d.previousDyad;
  if (!b) return [d.noPrevious ?? 'There is no previous period to compare with.'];
  const out = [`${cap(countNoun(undefined))} with ${d.partnerName}: ${a.total.events} against ${b.total.events} (${change(a.total.events, b.total.events)}).`];
  const w = a.total.warmth.smoothed;
  const pw = b.total.warmth.smoothed;
  const [wa, wb] = [a.total.warmth, b.total.warmth];
  out.push(`Warmth (smoothed): ${w.toFixed(2)} against ${pw.toFixed(2)}` +
    (!b.total.events ? '.' : wa.low > wb.high ? ' (warmer).' : wa.high < wb.low ? ' (cooler).' : ', within the uncertainty of each.'));
  const usdNow = d.deals.total_usd;
  const usdBefore = d.previousDeals?.total_usd ?? 0;
  if (usdNow !== usdBefore) out.push(`Deals: ${usd(usdNow)} against ${usd(usdBefore)}.`);
  const [vi, vo, pi, po] = [a.visits.inbound.total, a.visits.outbound.total, b.visits.inbound.total, b.visits.outbound.total];
  if (vi !== pi || vo !== po) out.push(`Visits received ${vi} (before ${pi}), made ${vo} (before ${po}).`);
  return out;
}

export function describeChanges(d: Pick<BriefData, 'headline' | 'previousHeadline' | 'dyad' | 'previousDyad' | 'partner' | 'balance' | 'focal'> &
  Partial<Pick<BriefData, 'partnerGiven' | 'partnerName' | 'deals' | 'previousDeals' | 'noPrevious'>>): string[] {
  if (d.partnerGiven && d.dyad && d.deals) {
    return describeDyadChanges({ dyad: d.dyad, previousDyad: d.previousDyad, deals: d.deals, previousDeals: d.previousDeals ?? null,
      partnerName: d.partnerName ?? d.partner, noPrevious: d.noPrevious ?? null });
  }
  const h = d.headline;
  const p = d.previousHeadline;
  const out: string[] = [];
  if (!p) {
    out.push(d.noPrevious ?? 'There is no previous period to compare with.');
    for (const a of d.balance.alerts.slice(-3)) out.push(`Alert: ${a.message}`);
    return out;
  }
  out.push(`${cap(countNoun(undefined))}: ${h.events} against ${p.events} (${change(h.events, p.events)}).`);
  if (h.entropy !== null && p.entropy !== null) {
    const delta = h.entropy - p.entropy;
    out.push(`Balance: entropy ${h.entropy.toFixed(2)} against ${p.entropy.toFixed(2)}` +
      (Math.abs(delta) < 0.02 ? ', about as diverse as before.' : delta > 0 ? ', more evenly spread across vectors.' : ', more concentrated.'));
  }
  if (h.dominant_tie.length) {
    out.push(`No single dominant vector: ${tieWords(h.dominant_tie.map((x) => ({ name: x.label, events: x.events })))}.`);
  } else if (h.dominant && p.dominant && h.dominant.vector !== p.dominant.vector) {
    out.push(`The dominant vector changed: ${h.dominant.label} (${pct(h.dominant.share)}) instead of ${p.dominant.label} (${pct(p.dominant.share)}).`);
  } else if (h.dominant && p.dominant) {
    out.push(`${h.dominant.label} stays the dominant vector (${pct(h.dominant.share)}, before ${pct(p.dominant.share)}).`);
  }
  if (h.top_partner_tie.length) {
    out.push(`No single top partner: ${tieWords(h.top_partner_tie.map((x) => ({ name: x.name ?? x.partner, events: x.events })))}.`);
  } else if (h.top_partner && p.top_partner && h.top_partner.partner !== p.top_partner.partner) {
    out.push(`Top partner: ${h.top_partner.name ?? h.top_partner.partner} replaces ${p.top_partner.name ?? p.top_partner.partner}.`);
  }
  if (h.deals_usd !== p.deals_usd) out.push(`Deals: ${usd(h.deals_usd)} against ${usd(p.deals_usd)}.`);
  const vi = h.visits;
  const pv = p.visits;
  if (vi.inbound !== pv.inbound || vi.outbound !== pv.outbound) {
    out.push(`Visits received ${vi.inbound} (before ${pv.inbound}), made ${vi.outbound} (before ${pv.outbound}).`);
  }
  if (h.summits_hosted !== p.summits_hosted) out.push(`Summits and forums hosted: ${h.summits_hosted} (before ${p.summits_hosted}).`);
  if (d.dyad && d.previousDyad && d.partner) {
    // The smoothed warmth (as in the headline and the warmth paragraph), with the counts behind it: a raw index on a
    // handful of happenings swings from 0.6 to 1.0 on one event. Warmer or cooler only when the intervals part.
    const a = d.dyad.total;
    const b = d.previousDyad.total;
    const who = entityName(d.partner) ?? d.partner;
    if (a.events && b.events) {
      const [w, pw] = [a.warmth, b.warmth];
      out.push(`Warmth with ${who} (smoothed): ${w.smoothed.toFixed(2)} on ${countOf(a.events)} against ${pw.smoothed.toFixed(2)} on ${countOf(b.events)}` +
        (w.low > pw.high ? ' (warmer).' : w.high < pw.low ? ' (cooler).' : ', within the uncertainty of each.'));
    } else if (a.events) out.push(`Warmth with ${who} (smoothed): ${a.warmth.smoothed.toFixed(2)} on ${countOf(a.events)}; none with ${who} in the previous period.`);
  }
  for (const a of d.balance.alerts.slice(-3)) out.push(`Alert: ${a.message}`);
  return out;
}

/** How the window was set: from the bulk of the data (and what that leaves out), or as given. */
async function describeWindow(queries: ReturnType<Store['queries']>, focal: string, focalName: string, o: BriefOptions, w: Window, sp: Span,
  kept: { reviewStatuses: Array<'auto' | 'confirmed' | 'edited'> }): Promise<string> {
  if (o.from && o.to) return '';
  if (w.open) return 'No dated happenings: the window is the last twelve months.';
  const run = `${focalName}'s happenings run without a gap of more than ${GAP_MONTHS} months`;
  const out = [!o.from && !o.to ? `The window is the stretch in which ${run}` : `The window ${o.from ? 'ends' : 'starts'} where ${run}`];
  if (!o.from && sp.before) {
    const first = (await queries.searchEvents({ country: focal, ...kept }, { limit: 1, offset: 0, sort: 'date' })).events[0]?.date ?? null;
    out.push(`${countOf(sp.before)} dated earlier${first ? ` (the first ${first.slice(0, 4)})` : ''}, often history a later report recalls, ${sp.before === 1 ? 'is' : 'are'} left out`);
  }
  if (!o.to && sp.after) out.push(`${countOf(sp.after)} dated after it ${sp.after === 1 ? 'is' : 'are'} left out`);
  return `${out.join('; ')}; give from and to for another window.`;
}

export async function gatherBrief(store: Store, o: BriefOptions): Promise<BriefData> {
  const focal = o.focal.toUpperCase();
  const given = o.partner?.toUpperCase();
  const queries = store.queries();
  const q = store.measures();
  // The window: the bounds given; a bound not given comes from where the bulk of the focal country's happenings lie
  // (analytics/span.ts: the first happening is often history a later report recalls), and the brief says so.
  const kept = { reviewStatuses: ['auto' as const, 'confirmed' as const, 'edited' as const] };
  const sp = await span(q, focal, kept);
  let window: Window;
  if (o.from && o.to) window = briefWindow(o, null);
  else {
    const edge = async (sort: 'date' | '-date') => (await queries.searchEvents({ country: focal, ...kept }, { limit: 1, offset: 0, sort })).events[0]?.date?.slice(0, 7) ?? null;
    const from = o.from ?? sp.from ?? await edge('date');
    let to = o.to ?? sp.to ?? await edge('-date');
    if (from && to && periodStart(to) < periodStart(from)) to = o.to ?? from;
    window = from && to ? briefWindow({ from, to }, null) : { ...briefWindow(o, null), open: true };
  }
  // The period before is compared only where the data reach into it; one lying wholly before the bulk of the data
  // would compare the window with a few recalled happenings ("up 9,000%").
  const before = previousWindow(window);
  const spanStart = sp.from ? `${sp.from}-01` : null;
  const previous = window.open || (spanStart !== null && before.end <= spanStart) ? null : before;
  const focalName = entityName(focal) ?? focal;
  const noPrevious = window.open ? 'There are no dated happenings to set a window by, so nothing to compare with.'
    : previous ? null
      : `The period of equal length before (${label(before)}) lies before the bulk of the data (from ${sp.from}): nothing to compare with.`;
  const g = o.by ?? (granularityOf(window) === 'month' && (window.months ?? window.days / 30.4) < 9 ? 'month' : 'quarter');
  const filter: MeasureFilter = window.open ? {} : { from: window.from, to: window.to };
  const prevFilter: MeasureFilter | null = previous ? { from: previous.from, to: previous.to } : null;
  const vectors = o.vectors ? { vectors: o.vectors } : {};

  const [h, ph, b, top, dl] = await Promise.all([
    headline(q, focal, { filter, ...vectors }),
    prevFilter ? headline(q, focal, { filter: prevFilter, ...vectors }) : null,
    balance(q, focal, { filter, granularity: g, ...vectors }),
    partners(q, focal, { filter, limit: 6, ...vectors }),
    deals(q, focal, { filter, ...(given ? { partner: given } : {}) }),
  ]);
  // On a tie at the top the dyad is with the first of the tied partners (by code), and the brief says so.
  const partner = given ?? h.top_partner?.partner ?? h.top_partner_tie[0]?.partner ?? null;
  const [dy, pdy] = partner
    ? await Promise.all([dyad(q, focal, partner, { filter, granularity: g }),
      prevFilter ? dyad(q, focal, partner, { filter: prevFilter, granularity: 'year' }) : null])
    : [null, null];

  const pdl = given && prevFilter ? await deals(q, focal, { filter: prevFilter, partner: given }) : null;

  const recent = await queries.searchEvents({
    country: focal, ...(given ? { partner: given } : {}), ...filter,
    reviewStatuses: ['auto', 'confirmed', 'edited'],
  }, { limit: 200, offset: 0, sort: '-date' });
  // One report per happening, the one the measures count (it carries the happening's money), so the events listed
  // agree with the deals and counts beside them: a deal reported twice is listed once.
  const withEvidence = recent.events.filter((e) => e.text.trim() !== '' && (e.happening === null || e.happening === e.id));
  const n = o.events ?? 12;
  const rankedAll = withEvidence.map((e, i) => ({ e, rank: notability(e) - i * 0.05 })).sort((a, b) => b.rank - a.rank).map((x) => x.e);
  // One sentence coded as several happenings ("Tokayev took part in the SCO summit hosted by Xi…" is a visit and a
  // summit) is listed once, under its most notable coding, with the others beside it: never the same quote twice.
  const bySentence = new Map<string, StoredEvent>();
  const alsoCoded: Record<string, StoredEvent[]> = {};
  const ranked: StoredEvent[] = [];
  for (const e of rankedAll) {
    const key = `${e.doc}\u0000${e.sentence}\u0000${e.text.trim()}`;
    const first = bySentence.get(key);
    if (first) (alsoCoded[first.id] ??= []).push(e);
    else {
      bySentence.set(key, e);
      ranked.push(e);
    }
  }
  const byDate = (xs: StoredEvent[]) => xs.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
  const notable = byDate(ranked.slice(0, n));
  const more = byDate(ranked.slice(n, n + 24));

  const windowNote = await describeWindow(queries, focal, focalName, o, window, sp, kept);
  const set = o.vectors ?? loadVectorSet();
  const partnerVector = partner ? (set.vectors.find((v) => v.members.includes(partner)) ?? set.vectors.find((v) => v.rest))?.id ?? null : null;
  const data: BriefData = {
    focal, focalName, partner, partnerName: partner ? entityName(partner) ?? partner : null,
    partnerGiven: Boolean(given), partnerVector, window, previous, span: sp, windowNote, noPrevious, granularity: g, generatedAt: new Date().toISOString().slice(0, 10),
    headline: h, previousHeadline: ph, balance: b, dyad: dy, previousDyad: pdy,
    topPartners: top.partners.slice(0, 6), deals: dl, previousDeals: pdl, notable, alsoCoded, more, changes: [],
  };
  data.changes = describeChanges(data);
  if (previous && spanStart && previous.start < spanStart) {
    data.changes.push(`The bulk of the data starts in ${sp.from}, within the previous period: it is only partly covered.`);
  }
  return data;
}
