/**
 * A token trie of names → entries, matched longest-first. Built once per coder; lookups are
 * hash-map walks over lower-cased tokens, so matching a sentence costs O(tokens × longest name).
 */
import { tokenize, type Token } from '../_text.ts';
import type { Entry, Member } from './types.ts';

interface Node {
  next: Map<string, Node>;
  entries?: Entry[];
  /** the name as written, when case must match exactly (short all-caps acronyms like "US") */
  exact?: string[];
}

export interface Match {
  start: number; // token index
  end: number; // exclusive
  entries: Entry[];
}

export class Gazetteer {
  private readonly root: Node = { next: new Map() };
  size = 0;
  /** member states of organisations, for "the leaders of the SCO" */
  readonly members = new Map<string, Member[]>();

  /** The members of an organisation or bloc on a date (all of them when the date is unknown). */
  membersOn(list: Member[], day: string | null): string[] {
    return list.filter((m) => !day || ((m.from ?? '') <= day && (!m.to || m.to >= day))).map((m) => m.code);
  }

  add(name: string, entry: Entry): void {
    const toks = tokenize(name.trim()).filter((t) => t.s !== '.');
    if (toks.length === 0) return;
    let node = this.root;
    for (const t of toks) {
      let n = node.next.get(t.l);
      if (!n) node.next.set(t.l, (n = { next: new Map() }));
      node = n;
    }
    const list = (node.entries ??= []);
    if (list.some((e) => e.code === entry.code && e.kind === entry.kind && e.from === entry.from)) return;
    list.push(entry);
    this.size++;
    // "US", "UN", "EU": only as written, so the pronoun "us" is not the United States
    const surface = toks.map((t) => t.s).join(' ');
    if (toks.length === 1 && /^[A-Z]{2,4}$/.test(surface)) (node.exact ??= []).push(surface);
  }

  /** Longest match starting at token i, or undefined. Names must start with a capital letter. */
  matchAt(tokens: Token[], i: number): Match | undefined {
    const first = tokens[i];
    // names start with a capital, or a lower-case particle before one ("al-Qaeda")
    // (the hyphen test first: most lower-case words have none, and this runs for every token)
    if (!first || (!first.cap && (first.s.indexOf('-') < 1 || !/^[a-z]+-[A-Z]/.test(first.s)))) return undefined;
    let node: Node | undefined = this.root;
    let best: Match | undefined;
    for (let j = i; j < tokens.length && node; j++) {
      node = node.next.get(tokens[j]!.l);
      if (!node) break;
      if (node.entries && (!node.exact || j > i || node.exact.includes(tokens[i]!.s))) {
        best = { start: i, end: j + 1, entries: node.entries };
      }
    }
    return best;
  }
}
