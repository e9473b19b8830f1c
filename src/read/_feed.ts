/** RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item or entry is a document. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Doc } from '../model/event.ts';
import type { ReadItem } from './_types.ts';
import { looseDate } from './_date.ts';
import { htmlFragmentText } from './_htmltext.ts';
import { problem } from './_problem.ts';

type Node = Record<string, unknown>;

/** Elements holding an item's body. */
const BODIES = ['content:encoded', 'content', 'description', 'summary'];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Keep every value a string: a numeric guid must not become a number.
  parseTagValue: false,
  parseAttributeValue: false,
  // Item bodies stay raw text: Atom XHTML content may nest deeper than the parser allows (which would
  // refuse the whole feed), and the HTML text extractor reads them in one pass whatever their depth.
  stopNodes: BODIES.map((b) => `*.${b}`),
});

/**
 * A raw body (as the stop nodes keep it) to the HTML it holds: CDATA sections as they are, XHTML markup
 * as it is (the HTML reader decodes its entities), escaped HTML (no tags) with its XML entities decoded.
 */
function bodyHtml(raw: string): string {
  return raw.split(/<!\[CDATA\[([\s\S]*?)\]\]>/).map((part, i) => (i % 2 === 1 || part.includes('<') ? part : xmlUnescape(part))).join('');
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function xmlUnescape(s: string): string {
  return s.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(lt|gt|amp|quot|apos));/gi, (m, hex?: string, dec?: string, name?: string) => {
    if (name) return XML_ENTITIES[name.toLowerCase()] ?? m;
    const cp = hex ? parseInt(hex, 16) : Number(dec);
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
  });
}

const asArray = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

/** Text of an element however the parser shaped it (string, {#text, @_attr}, or repeated). */
function text(v: unknown): string {
  for (const x of asArray(v)) {
    const t = typeof x === 'string' ? x : x && typeof x === 'object' ? (x as Node)['#text'] : undefined;
    if (typeof t === 'string' && t.trim()) return t.trim();
    if (typeof t === 'number') return String(t);
  }
  return '';
}

/** Atom links are `<link href rel>`; the article is the `alternate` (or rel-less) one. */
function link(v: unknown): string {
  const links = asArray(v);
  const href = (x: unknown) => (x && typeof x === 'object' ? String((x as Node)['@_href'] ?? '') : '');
  const alt = links.find((x) => href(x) && ['alternate', ''].includes(String((x as Node)['@_rel'] ?? '')));
  if (alt) return href(alt).trim();
  return text(links) || href(links[0]).trim();
}

/** File line of each `<item>`/`<entry>` start tag, in document order (the parser does not keep lines). */
function itemLines(xml: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let at = 0;
  for (const m of xml.matchAll(/<(?:[\w-]+:)?(?:item|entry)(?=[\s>/])/g)) {
    for (let i = at; i < m.index; i++) if (xml.charCodeAt(i) === 10) line++;
    at = m.index;
    lines.push(line);
  }
  return lines;
}

function findRoot(tree: Node): { items: unknown[]; lang: string | null } | null {
  const rss = tree.rss as Node | undefined;
  if (rss && typeof rss === 'object') {
    const channel = asArray(rss.channel)[0] as Node | undefined;
    return { items: asArray(channel?.item), lang: text(channel?.language) || null };
  }
  const feed = tree.feed as Node | undefined;
  if (feed && typeof feed === 'object') {
    return { items: asArray(feed.entry), lang: String(feed['@_xml:lang'] ?? '') || null };
  }
  const rdfKey = Object.keys(tree).find((k) => k === 'RDF' || k.endsWith(':RDF'));
  const rdf = rdfKey ? (tree[rdfKey] as Node) : undefined;
  if (rdf && typeof rdf === 'object') {
    const channel = asArray(rdf.channel)[0] as Node | undefined;
    return { items: asArray(rdf.item), lang: text(channel?.['dc:language']) || null };
  }
  return null;
}

/** `base` is the file name without extension: ids of items without guid/id/link are `base#N`. */
export function* readFeed(xml: string, file: string, base: string): Generator<ReadItem> {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    yield problem(`not well-formed XML (${valid.err.msg})`, { file, line: valid.err.line });
    return;
  }
  let tree: Node;
  try {
    tree = parser.parse(xml) as Node;
  } catch (err) {
    // Well-formed but refused by the parser (e.g. its entity-expansion limits): a bad file, not a bug.
    yield problem(`cannot parse the feed (${(err as Error).message})`, { file }, err);
    return;
  }
  const root = findRoot(tree);
  if (!root) {
    yield problem('not an RSS, Atom or RDF feed', { file });
    return;
  }
  const lines = itemLines(xml);
  const seen = new Set<string>();
  for (const [i, raw] of root.items.entries()) {
    const item = (raw && typeof raw === 'object' ? raw : {}) as Node;
    const line = lines[i];
    const source = line === undefined ? { file } : { file, line };
    const url = link(item.link) || String(item['@_rdf:about'] ?? '') || null;
    const id = text(item.guid) || text(item.id) || url || `${base}#${i + 1}`;
    const title = htmlFragmentText(text(item.title)) || null;
    const body = htmlFragmentText(bodyHtml(
      text(item['content:encoded']) || text(item.content) || text(item.description) || text(item.summary),
    ));
    const fullText = [title, body !== title ? body : ''].filter(Boolean).join('\n');
    if (!fullText) {
      yield problem(`feed item ${i + 1} has no title or text`, { ...source, field: 'text' });
      continue;
    }
    if (seen.has(id)) {
      yield problem(`duplicate item id ${JSON.stringify(id)}`, { ...source, field: 'id' });
      continue;
    }
    seen.add(id);
    const when = text(item.pubDate) || text(item.published) || text(item.updated) || text(item['dc:date']);
    const doc: Doc = {
      id, text: fullText, date: looseDate(when), title, url, lang: root.lang, source, meta: {},
    };
    yield { kind: 'doc', doc };
  }
}
