/**
 * Visible text of HTML: whitespace collapsed as a browser would, one line per block. From a DOM tree
 * (what Readability returns), or straight from the markup in one streaming pass (htmlparser2's tokenizer,
 * no tree: linear in the input whatever its nesting, and no recursion to overflow the stack).
 */
import { Parser } from 'htmlparser2';

export const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
]);
export const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'head']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

function collect(node: DomNode, out: string[], pre: boolean): void {
  const kids = node.childNodes;
  for (let i = 0; i < kids.length; i++) {
    const child = kids[i]!;
    if (child.nodeType === 3) {
      const t = child.textContent ?? '';
      out.push(pre ? t : t.replace(/\s+/g, ' '));
    } else if (child.nodeType === 1) {
      const tag = child.nodeName.toLowerCase();
      if (INVISIBLE.has(tag)) continue;
      if (tag === 'br') {
        out.push('\n');
        continue;
      }
      const block = BLOCK.has(tag);
      if (block) out.push('\n');
      else if (tag === 'td' || tag === 'th') out.push(' ');
      collect(child, out, pre || tag === 'pre');
      if (block) out.push('\n');
    }
  }
}

/** Collected pieces (text, "\n" at block edges) to lines, each trimmed and collapsed. */
function toLines(out: string[]): string {
  return out
    .join('')
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Text of a DOM node (linkedom or any DOM-like tree), paragraphs joined by "\n". */
export function blockText(node: unknown): string {
  const out: string[] = [];
  collect(node as DomNode, out, false);
  return toLines(out);
}

/**
 * Text of HTML markup in one pass, by the same rules as `blockText`; elements in `skip` are left out
 * with everything inside them. `title` is the page's <title>.
 */
export function streamText(html: string, skip: ReadonlySet<string> = INVISIBLE): { text: string; title: string | null } {
  const out: string[] = [];
  let hidden = 0;
  let pre = 0;
  let inTitle = false;
  let title = '';
  const parser = new Parser({
    onopentag(name) {
      if (name === 'title') inTitle = true;
      if (hidden || skip.has(name)) {
        hidden++;
        return;
      }
      if (name === 'br') out.push('\n');
      else if (BLOCK.has(name)) out.push('\n');
      else if (name === 'td' || name === 'th') out.push(' ');
      if (name === 'pre') pre++;
    },
    onclosetag(name) {
      if (name === 'title') inTitle = false;
      if (hidden) {
        hidden--;
        return;
      }
      if (BLOCK.has(name)) out.push('\n');
      if (name === 'pre') pre = Math.max(0, pre - 1);
    },
    ontext(t) {
      if (inTitle) title += t;
      else if (!hidden) out.push(pre ? t : t.replace(/\s+/g, ' '));
    },
  }, { decodeEntities: true, lowerCaseTags: true });
  parser.end(html);
  return { text: toLines(out), title: title.replace(/\s+/g, ' ').trim() || null };
}

/** Deepest element nesting in the markup (one streaming pass; void and implied-closed elements handled). */
export function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  const parser = new Parser({
    onopentag() {
      depth++;
      if (depth > max) max = depth;
    },
    onclosetag() {
      depth--;
    },
  });
  parser.end(html);
  return max;
}

/** An HTML fragment (a feed's description) to text, entities decoded. */
export function htmlFragmentText(html: string): string {
  return streamText(html).text;
}
