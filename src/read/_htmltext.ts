/** Visible text of an HTML tree: whitespace collapsed as a browser would, one line per block. */
import { parseHTML } from 'linkedom';

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
]);
const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'head']);

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

/** Text of a DOM node (linkedom or any DOM-like tree), paragraphs joined by "\n". */
export function blockText(node: unknown): string {
  const out: string[] = [];
  collect(node as DomNode, out, false);
  return out
    .join('')
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** An HTML fragment (a feed's description) to text, entities decoded. */
export function htmlFragmentText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return blockText(document.body);
}
