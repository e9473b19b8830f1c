/**
 * Web pages: the article's text, not its menus. Readability picks the article; when it finds none,
 * the body minus navigation, header, footer and asides is used (those are removed before Readability too). Metadata is read first, because
 * Readability rewrites the document it is given. Readability's time grows about with the cube of the
 * nesting depth, and DOM walks recurse, so deeper pages are read by a one-pass text extractor instead.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { ReadItem } from './_types.ts';
import { looseDate } from './_date.ts';
import { blockText, INVISIBLE, nestingDepth, streamText } from './_htmltext.ts';
import { problem } from './_problem.ts';

type Doc0 = ReturnType<typeof parseHTML>['document'];

function attr(document: Doc0, selector: string, name: string): string | null {
  const v = document.querySelector(selector)?.getAttribute(name);
  return v && v.trim() ? v.trim() : null;
}

/** First `datePublished` anywhere in the page's JSON-LD blocks (objects, arrays, @graph). */
function jsonLdDate(document: Doc0): string | null {
  const find = (v: unknown): string | null => {
    if (Array.isArray(v)) {
      for (const x of v) {
        const r = find(x);
        if (r) return r;
      }
    } else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.datePublished === 'string') return o.datePublished;
      for (const x of Object.values(o)) {
        if (x && typeof x === 'object') {
          const r = find(x);
          if (r) return r;
        }
      }
    }
    return null;
  };
  for (const s of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const r = find(JSON.parse(s.textContent ?? ''));
      if (r) return r;
    } catch {
      // Broken JSON-LD is common on the web and says nothing about the article: ignore it.
    }
  }
  return null;
}

interface PageMeta {
  title: string | null;
  date: string | null;
  url: string | null;
  lang: string | null;
}

function pageMeta(document: Doc0): PageMeta {
  const dateCandidates = [
    attr(document, 'meta[property="article:published_time"]', 'content'),
    attr(document, 'meta[property="og:published_time"]', 'content'),
    jsonLdDate(document),
    attr(document, 'meta[itemprop="datePublished"]', 'content'),
    attr(document, 'time[datetime]', 'datetime'),
    attr(document, 'meta[name="date"]', 'content'),
    attr(document, 'meta[name="pubdate"]', 'content'),
    attr(document, 'meta[name="DC.date.issued"]', 'content'),
    attr(document, 'meta[name="dc.date"]', 'content'),
  ];
  let date: string | null = null;
  for (const c of dateCandidates) if (!date) date = looseDate(c);
  const title = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  return {
    title,
    date,
    url: attr(document, 'link[rel="canonical"]', 'href') ?? attr(document, 'meta[property="og:url"]', 'content'),
    lang:
      document.documentElement?.getAttribute('lang')?.trim() ||
      attr(document, 'meta[http-equiv="content-language"]', 'content'),
  };
}

const CHROME = 'nav, footer, aside, script, style, noscript, form, [role="navigation"], [role="contentinfo"], header';

/**
 * Removes page chrome. Readability would keep a menu or footer on short pages, so it gets the page
 * without them. A <header> inside an <article> or <main> may hold the lead, so only outer ones go.
 */
function stripChrome(document: Doc0): void {
  for (const el of Array.from(document.querySelectorAll(CHROME))) {
    if (el.tagName.toLowerCase() === 'header' && el.parentElement?.closest('article, main')) continue;
    el.remove();
  }
}

/** `document` is consumed (Readability rewrites it); `html` is parsed again for the fallback. */
function articleText(document: Doc0, html: string): { text: string; title: string | null; date: string | null } {
  stripChrome(document);
  try {
    const article = new Readability<unknown>(document as unknown as Document, { serializer: (n) => n }).parse();
    const text = article?.content ? blockText(article.content) : '';
    if (text) return { text, title: article?.title?.trim() || null, date: looseDate(article?.publishedTime) };
  } catch {
    // Readability gives up on some malformed trees; the plain fallback below still works on them.
  }
  const plain = parsePage(html);
  stripChrome(plain);
  return { text: plain.body ? blockText(plain.body) : '', title: null, date: null };
}

/** Deeper than this, a page is read without a DOM (real pages nest a few dozen levels). */
export const MAX_DOM_DEPTH = 256;

const CHROME_TAGS = new Set([...INVISIBLE, 'nav', 'footer', 'aside', 'form', 'header']);

/** A page parsed into a DOM with an <html> root (bare text or a fragment gets one around it). */
function parsePage(html: string): Doc0 {
  const { document } = parseHTML(html);
  if (document.documentElement?.nodeName.toLowerCase() === 'html') return document;
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document;
}

function fromDom(html: string, fallbackDate: string | null): { text: string; title: string | null; date: string | null; url: string | null; lang: string | null } {
  const document = parsePage(html);
  const meta = pageMeta(document);
  const article = articleText(document, html);
  return { text: article.text, title: article.title ?? meta.title, date: meta.date ?? article.date ?? fallbackDate, url: meta.url, lang: meta.lang };
}

let pages = 0;

/** Pages read by this thread so far (`serve --watch` checks that its event loop leaves them to its workers). */
export const pagesRead = () => pages;

export function readHtml(html: string, file: string, id: string, fallbackDate: string | null): ReadItem {
  pages++;
  let page: ReturnType<typeof fromDom>;
  if (nestingDepth(html) > MAX_DOM_DEPTH) {
    const plain = streamText(html, CHROME_TAGS);
    page = { text: plain.text, title: plain.title, date: fallbackDate, url: null, lang: null };
  } else {
    try {
      page = fromDom(html, fallbackDate);
    } catch (err) {
      // The DOM and Readability are third-party code fed with anything found on the web: one page they
      // cannot handle is that page's problem, not the end of the run.
      return problem(`cannot read the page (${err instanceof Error ? err.message : String(err)})`, { file }, err);
    }
  }
  if (!page.text) return problem('no article text found in the page', { file, field: 'text' });
  return {
    kind: 'doc',
    doc: {
      id, text: page.text, date: page.date, title: page.title, url: page.url, lang: page.lang, source: { file }, meta: {},
    },
  };
}
