/** Which reader a file gets: by extension, with a look at the first bytes where the extension is not enough. */
import { extname } from 'node:path';

/** 'json-array': one JSON value for the whole file (an array of documents, or one document). */
export type Format = 'jsonl' | 'json-array' | 'text' | 'markdown' | 'html' | 'feed';

const BY_EXTENSION: Record<string, Format | 'json'> = {
  '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.json': 'json',
  '.txt': 'text', '.text': 'text', '.md': 'markdown', '.markdown': 'markdown',
  '.html': 'html', '.htm': 'html',
  '.rss': 'feed', '.atom': 'feed', '.xml': 'feed',
};

export function byExtension(path: string): Format | 'json' | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/** Skips a BOM, XML declaration, comments and doctype to the first element's name (lower case). */
function rootElement(head: string): string | null {
  // A scan, not one regular expression: a repeated group of lazy matches (processing instructions, comments)
  // backtracks exponentially on a head of many unclosed ones, and a mutated feed froze the reader that way.
  const s = head.replace(/^\uFEFF/, '');
  let i = 0;
  for (;;) {
    while (i < s.length && /\s/.test(s[i]!)) i++;
    const skip = s.startsWith('<?', i) ? ['?>', 2] as const : s.startsWith('<!--', i) ? ['-->', 4] as const
      : s.slice(i, i + 9).toLowerCase() === '<!doctype' ? ['>', 9] as const : null;
    if (!skip) break;
    const end = s.indexOf(skip[0], i + skip[1]);
    if (end < 0) return null;
    i = end + skip[0].length;
  }
  const m = /^<([\w:-]+)/.exec(s.slice(i, i + 200));
  return m ? m[1]!.toLowerCase() : null;
}

export function isFeed(head: string): boolean {
  const root = rootElement(head);
  return root === 'rss' || root === 'feed' || root === 'rdf:rdf' || root === 'rdf' || /:feed$/.test(root ?? '');
}

/**
 * JSON Lines, or one JSON value for the whole file: an array, or a pretty-printed object (first line
 * a lone "{"). A JSON Lines file whose first record is broken stays JSON Lines, so the rest is read.
 */
function jsonShape(head: string): Format {
  const s = head.replace(/^\uFEFF/, '').trimStart();
  if (s.startsWith('[')) return 'json-array';
  return /^\{[ \t]*\r?\n/.test(s) ? 'json-array' : 'jsonl';
}

/** Content sniffing for stdin and explicitly named files of unknown type. */
export function sniff(head: string): Format {
  const s = head.replace(/^\uFEFF/, '').trimStart();
  if (s.startsWith('{') || s.startsWith('[')) return jsonShape(s);
  if (s.startsWith('<')) {
    if (isFeed(s)) return 'feed';
    if (/^<\?xml/i.test(s) && !/<html[\s>]/i.test(s)) return 'feed'; // XML of another kind: the feed reader says why not
    return 'html';
  }
  return 'text';
}

/**
 * `explicit`: the user named the file. Files found in a folder with an unknown extension are read only
 * when their content is a feed; named ones are sniffed. Null means skip.
 */
export function chooseFormat(path: string, head: string, explicit: boolean): Format | null {
  const ext = byExtension(path);
  switch (ext) {
    case 'jsonl':
    case 'html':
      return ext;
    case 'json':
      return jsonShape(head);
    case 'feed':
      return sniff(head) === 'html' ? 'html' : 'feed'; // XHTML saved as .xml
    case 'text':
    case 'markdown':
      return isFeed(head) ? 'feed' : ext;
    default:
      if (isFeed(head)) return 'feed';
      return explicit ? sniff(head) : null;
  }
}
