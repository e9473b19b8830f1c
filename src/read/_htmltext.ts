/**
 * Visible text of HTML: whitespace collapsed as a browser would, one line per block. From a DOM tree
 * (what Readability returns), or straight from the markup in one streaming pass (htmlparser2's tokenizer,
 * no tree: linear in the input whatever its nesting, and no recursion to overflow the stack).
 */
import { Tokenizer } from 'htmlparser2';

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

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose end tag may be left out: they close each other rather than nest, so they do not count as depth. */
const OPTIONAL_END = new Set(['html', 'head', 'body', 'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'rp', 'rt']);

interface TagEvents {
  open(name: string): void;
  close(name: string): void;
  text(t: string): void;
}

/**
 * Tags and text of HTML in one pass. htmlparser2's tokenizer, not its parser: the parser keeps its
 * open-element stack with Array#unshift, which makes it quadratic in the nesting depth.
 */
function tokenize(html: string, on: TagEvents): void {
  let tag = '';
  const noop = () => undefined;
  const tokenizer = new Tokenizer({ decodeEntities: true }, {
    onopentagname(start, end) {
      tag = html.slice(start, end).toLowerCase();
    },
    onopentagend() {
      on.open(tag);
      if (VOID.has(tag)) on.close(tag);
    },
    onselfclosingtag() {
      on.open(tag);
      on.close(tag);
    },
    onclosetag(start, end) {
      const name = html.slice(start, end).toLowerCase();
      if (!VOID.has(name)) on.close(name);
    },
    ontext(start, end) {
      on.text(html.slice(start, end));
    },
    ontextentity(codepoint) {
      on.text(String.fromCodePoint(codepoint));
    },
    onattribdata: noop, onattribentity: noop, onattribend: noop, onattribname: noop, oncdata: noop,
    oncomment: noop, ondeclaration: noop, onend: noop, onprocessinginstruction: noop,
  });
  tokenizer.write(html);
  tokenizer.end();
}

/**
 * Text of HTML markup in one pass, by the same rules as `blockText` (without a tree: an element in `skip`
 * hides everything up to its own end tag). `title` is the page's <title>.
 */
export function streamText(html: string, skip: ReadonlySet<string> = INVISIBLE): { text: string; title: string | null } {
  const out: string[] = [];
  const hidden: string[] = [];
  let pre = 0;
  let inTitle = false;
  let title = '';
  tokenize(html, {
    open(name) {
      if (name === 'title') inTitle = true;
      if (hidden.length || skip.has(name)) {
        if (skip.has(name)) hidden.push(name);
        return;
      }
      if (name === 'br' || BLOCK.has(name)) out.push('\n');
      else if (name === 'td' || name === 'th') out.push(' ');
      if (name === 'pre') pre++;
    },
    close(name) {
      if (name === 'title') inTitle = false;
      if (hidden.length) {
        if (hidden[hidden.length - 1] === name) hidden.pop();
        return;
      }
      if (BLOCK.has(name)) out.push('\n');
      if (name === 'pre') pre = Math.max(0, pre - 1);
    },
    text(t) {
      if (inTitle) title += t;
      else if (!hidden.length) out.push(pre ? t : t.replace(/\s+/g, ' '));
    },
  });
  return { text: toLines(out), title: title.replace(/\s+/g, ' ').trim() || null };
}

/** Deepest element nesting in the markup, one pass (elements with optional end tags are not counted). */
export function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  tokenize(html, {
    open(name) {
      if (OPTIONAL_END.has(name) || VOID.has(name)) return;
      if (++depth > max) max = depth;
    },
    close(name) {
      if (!OPTIONAL_END.has(name) && !VOID.has(name) && depth > 0) depth--;
    },
    text: () => undefined,
  });
  return max;
}

/** An HTML fragment (a feed's description) to text, entities decoded. */
export function htmlFragmentText(html: string): string {
  return streamText(html).text;
}
