/**
 * Markdown documents: keeps the prose and drops the markup — headings' #s, emphasis, link targets,
 * images, code, HTML comments and tags, list bullets, front matter. Lines of one paragraph are joined
 * (sentences stay whole), blocks are separated by "\n". The first `# Heading` becomes the title and
 * leaves the text, as a web page's headline does.
 */
import type { ReadItem } from './_types.ts';
import { looseDate } from './_date.ts';
import { decodeEntities } from './_entities.ts';
import { problem } from './_problem.ts';
import { takeDateLine } from './_text.ts';

interface FrontMatter {
  fields: Record<string, string>;
  body: string;
  /** Lines the front matter took, so later line numbers stay file line numbers. */
  lines: number;
  dateLine: number;
}

/** A leading `---` block of `key: value` lines (YAML-ish: scalars only, which is all we need). */
function frontMatter(text: string): FrontMatter {
  const m = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (!m) return { fields: {}, body: text, lines: 0, dateLine: 0 };
  const fields: Record<string, string> = {};
  let dateLine = 0;
  m[1]!.split('\n').forEach((l, i) => {
    const kv = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/.exec(l);
    if (!kv) return;
    const key = kv[1]!.toLowerCase();
    fields[key] = kv[2]!.replace(/^(["'])(.*)\1$/, '$2');
    if (key === 'date') dateLine = i + 2;
  });
  return { fields, body: text.slice(m[0].length), lines: m[0].split('\n').length - 1, dateLine };
}

/** Inline markup to plain text. */
export function inlineText(s: string): string {
  return decodeEntities(
    s
      .replace(/!\[[^\]]*\](?:\((?:[^()]|\([^)]*\))*\)|\[[^\]]*\])/g, '') // images
      .replace(/\[\^[^\]]+\]/g, '') // footnote references
      .replace(/\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)/g, '$1') // [text](url "title")
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1') // [text][ref]
      .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1') // autolinks
      .replace(/<\/?[A-Za-z][^>]*>/g, '') // inline HTML
      .replace(/(`+)([^`]+?)\1/g, '$2') // code spans
      .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
      .replace(/(^|[^\w*\\])\*(?=\S)([^*]*?\S)\*(?!\w)/g, '$1$2')
      .replace(/(^|[^\w\\])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1$2')
      .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
      .replace(/\\([\\`*_{}[\]()#+\-.!>|~])/g, '$1'),
  )
    .replace(/[ \t\u00a0]+/g, ' ')
    .trim();
}

/** Block structure: returns the title (first H1, unless front matter named one) and the prose blocks. */
export function markdownBlocks(md: string, knownTitle: string | null): { title: string | null; blocks: string[] } {
  const blocks: string[] = [];
  let para: string[] = [];
  let title = knownTitle;
  let fence: string | null = null;
  const flush = () => {
    if (para.length) blocks.push(inlineText(para.join(' ')));
    para = [];
  };
  const heading = (level: number, raw: string) => {
    const text = inlineText(raw);
    if (level === 1 && title === null) title = text;
    else if (!(level === 1 && text === knownTitle)) blocks.push(text);
  };

  for (const raw of md.replace(/<!--[\s\S]*?-->/g, '').split('\n')) {
    if (fence !== null) {
      if (raw.trim().startsWith(fence)) fence = null;
      continue;
    }
    const f = /^\s*(`{3,}|~{3,})/.exec(raw);
    if (f) {
      flush();
      fence = f[1]!;
      continue;
    }
    const line = raw.replace(/^\s*(?:>\s?)+/, ''); // blockquotes
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (para.length && /^\s*(?:=+|-+)\s*$/.test(line)) {
      // Setext heading: the paragraph above is the heading text.
      const text = para.join(' ');
      para = [];
      heading(line.includes('=') ? 1 : 2, text);
      continue;
    }
    if (/^\s*([-*_])(?:\s*\1){2,}\s*$/.test(line)) {
      flush(); // horizontal rule
      continue;
    }
    const h = /^\s{0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$/.exec(line);
    if (h) {
      flush();
      if (h[2]) heading(h[1]!.length, h[2]);
      continue;
    }
    if (/^\s*\[[^\]]+\]:\s*\S/.test(line)) continue; // reference and footnote definitions
    if (/^\s*\|/.test(line)) {
      flush();
      if (!/^\s*\|?[\s:|-]+\|?\s*$/.test(line)) {
        blocks.push(inlineText(line.split('|').map((c) => c.trim()).filter(Boolean).join(' ')));
      }
      continue;
    }
    const li = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(.*)$/.exec(line);
    if (li) {
      flush(); // each list item is its own line
      para.push(li[1]!);
      continue;
    }
    para.push(line.trim());
  }
  flush();
  return { title, blocks: blocks.filter((b) => b !== '') };
}

export function readMarkdown(text: string, file: string, id: string, fallbackDate: string | null): ReadItem {
  const fm = frontMatter(text);
  let date: string | null = null;
  if (fm.fields.date) {
    date = looseDate(fm.fields.date);
    if (!date) return problem(`front matter date ${JSON.stringify(fm.fields.date)} is not a date`, { file, line: fm.dateLine, field: 'date' });
  }
  const d = takeDateLine(fm.body, fm.lines + 1);
  if (!d.ok) return problem(`Date line ${JSON.stringify(d.value)} is not a valid YYYY-MM-DD date`, { file, line: d.line, field: 'date' });
  const { title, blocks } = markdownBlocks(d.text, fm.fields.title || null);
  if (blocks.length === 0) return problem('the document has no text', { file, field: 'text' });
  // What the front matter says beyond date and title is kept as metadata, like extra JSONL fields.
  const { date: _date, title: _title, url, lang, ...meta } = fm.fields;
  return {
    kind: 'doc',
    doc: {
      id, text: blocks.join('\n'), date: date ?? d.date ?? fallbackDate, title, url: url || null, lang: lang || null, source: { file }, meta,
    },
  };
}
