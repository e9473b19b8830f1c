/**
 * One poll of a feed (RSS, RDF, Atom, JSON Feed): fetched conditionally, its items read by src/read, each item
 * identified by its link (or the source's name and the item's id), items already stored under another id by the
 * same URL or the same text left out, optionally the article page fetched for summary-only items, and the rest
 * coded and stored by the ingest pipeline (a changed text is coded again; an unchanged one is skipped).
 */
import { type InputError, SourceError } from '../errors.ts';
import { ingestItems } from '../ingest/index.ts';
import type { Doc } from '../model/event.ts';
import type { ReadItem } from '../read/index.ts';
import { contentHash } from '../store/ids.ts';
import type { PollContext, PollResult } from './_context.ts';
import { fetchLimited, type Validators } from './_http.ts';
import type { Source } from './sources.ts';

/** An item whose text (title and body) is shorter than this carries a summary, not the article. */
export const SUMMARY_CHARS = 600;

/** Query parameters that only say where a click came from: the same article with or without them is one URL. */
const TRACKING = /^(utm_\w+|fbclid|gclid|yclid|mc_cid|mc_eid|ref|rss)$/i;

/** A URL as the store keeps it: no fragment, no tracking parameters, host lower-case; unparsable: as it is. */
export function normalizeUrl(raw: string): string {
  try {
    const u = new URL(raw.trim());
    u.hash = '';
    for (const k of [...u.searchParams.keys()]) if (TRACKING.test(k)) u.searchParams.delete(k);
    return u.toString();
  } catch {
    return raw.trim();
  }
}

/** A link as the feed gives it (maybe relative) against the feed's own URL. */
function resolve(link: string, base: string): string {
  try {
    return new URL(link, base).toString();
  } catch {
    return link;
  }
}

export async function pollFeed(src: Source, ctx: PollContext, validators: Validators): Promise<PollResult> {
  const got = await fetchLimited(src.url, ctx.limits, validators, ctx.signal);
  if (got.status === 'not-modified') return { notModified: true, validators, items: 0, updated: 0, events: 0, problems: [] };
  const problems: string[] = [];
  const docs: Doc[] = [];
  let first: InputError | null = null;
  for (const item of await ctx.read({ kind: 'feed', body: got.body, label: src.url, base: src.name }, ctx.signal)) {
    if (item.kind === 'problem') {
      first ??= item.error;
      problems.push(item.error.describe());
    } else docs.push(item.doc);
  }
  // Nothing readable at all: the feed is broken (malformed XML, not a feed), not one of its items.
  if (!docs.length && first) throw new SourceError(first.message, { where: { ...first.where, file: src.url }, cause: first });
  for (const d of docs) {
    if (d.url) d.url = normalizeUrl(resolve(d.url, got.url));
    d.id = d.url ?? `${src.name}:${d.id}`;
    d.lang = d.lang ?? src.lang;
    d.source = { file: src.name };
  }
  const { fresh, summaries } = await leaveOutKnown(docs, ctx, src);
  const items: ReadItem[] = [];
  const read: string[] = [];
  for (const d of fresh) {
    const summary = summaries.get(d);
    if (summary) {
      const page = await articleOf(d, ctx).catch((e: unknown) => {
        problems.push(`${d.url}: article not read (${e instanceof Error ? e.message : String(e)})${summary.stored ? '; the stored article stays' : '; the feed\'s summary is stored'}`);
        return null;
      });
      if (page) {
        items.push({ kind: 'doc', doc: page });
        read.push(summary.key);
        continue;
      }
      // An edited summary whose article cannot be read now: the stored article is kept (tried again next poll).
      if (summary.stored) continue;
    }
    items.push({ kind: 'doc', doc: d });
  }
  // One transaction for the poll's items: they are in memory already (the feed is), and happenings are
  // re-clustered once per poll rather than once per small batch (which grows with the square of a large feed).
  const p = await ingestItems(items, {
    store: ctx.store, coder: ctx.coder, batchSize: Math.max(1, items.length), onProblem: (e) => problems.push(e.describe()),
    signal: ctx.signal,
  });
  // After the store: a crash in between reads the article once more, which changes nothing stored.
  await ctx.store.rememberKeys(read);
  return {
    notModified: false, validators: { etag: got.etag, lastModified: got.lastModified },
    items: p.added, updated: p.replaced, events: p.events, problems,
  };
}

/** A summary-only item whose article is to be read: the key remembering its summary, and whether it is stored. */
interface Summary {
  key: string;
  stored: boolean;
}

/**
 * Items to store: those not stored under another id by the same URL or the same text, once each (the first of a
 * feed's items with the same text). An item stored under its own id goes on (the pipeline skips it when unchanged,
 * and codes it again when edited). With fetchArticle, a summary-only item's stored text is its article, not the
 * summary: the summaries whose article was read are remembered in the store, and an item goes on (its article read
 * again) only when its summary is one not seen yet — new, or edited since.
 */
async function leaveOutKnown(docs: Doc[], ctx: PollContext, src: Source): Promise<{ fresh: Doc[]; summaries: Map<Doc, Summary> }> {
  const hashes = new Map(docs.map((d) => [d, contentHash(d.text)]));
  const known = await ctx.store.knownDocuments({ urls: docs.flatMap((d) => (d.url ? [d.url] : [])), hashes: [...new Set(hashes.values())] });
  const byHash = new Map(known.map((k) => [k.content_hash, k.id]));
  const byUrl = new Map(known.flatMap((k) => (k.url ? [[k.url, k.id] as const] : [])));
  const summaryOnly = docs.filter((d) => src.fetchArticle && d.url && d.text.length < SUMMARY_CHARS);
  const keyOf = (d: Doc) => `summary:${d.id}#${hashes.get(d)}`;
  const stored = summaryOnly.length ? await ctx.store.documentHashes(summaryOnly.map((d) => d.id)) : new Map<string, string>();
  const seen = summaryOnly.length ? await ctx.store.importedFiles(summaryOnly.map(keyOf)) : new Set<string>();
  const summaries = new Map(summaryOnly.map((d) => [d, { key: keyOf(d), stored: stored.has(d.id) }]));
  const taken = new Set<string>();
  const fresh = docs.filter((d) => {
    const h = hashes.get(d)!;
    const other = (id: string | undefined) => id !== undefined && id !== d.id;
    if (other(byHash.get(h)) || (d.url && other(byUrl.get(d.url))) || taken.has(h)) return false;
    // Stored from an article already, and its summary is the one seen then: nothing to read again.
    if (summaries.get(d)?.stored && seen.has(keyOf(d))) return false;
    taken.add(h);
    return true;
  });
  return { fresh, summaries };
}

/**
 * The article page of a summary-only item, read as `ingest` reads HTML (in the coding threads when there are
 * some: Readability on a hostile page must not hold the event loop); the feed's title, date and id stay.
 */
async function articleOf(d: Doc, ctx: PollContext): Promise<Doc | null> {
  const got = await fetchLimited(d.url!, ctx.limits, undefined, ctx.signal);
  if (got.status !== 'ok') return null;
  const [item] = await ctx.read({ kind: 'page', body: got.body, label: d.url!, id: d.id }, ctx.signal);
  if (!item) return null;
  if (item.kind === 'problem') throw item.error;
  const page = item.doc;
  return { ...d, text: page.text.length > d.text.length ? page.text : d.text, date: d.date ?? page.date ?? null, lang: d.lang ?? page.lang ?? null };
}
