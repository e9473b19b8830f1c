/**
 * Lists read from a running server a page at a time, by offset. Events stored meanwhile shift the pages, so a page
 * may repeat the end of the one before: those are dropped. A page with nothing new means the server ignored the
 * offset: the read stops with an error rather than loop (or print the same page forever).
 */
import { StoreError } from '../errors.ts';
import type { Remote } from './_remote.ts';

export class PageReader<T extends { id: string }> {
  private before: ReadonlySet<string> = new Set();
  /** Items the server has answered so far (the next page's offset, from where the read began). */
  read = 0;

  constructor(private readonly remote: Remote, private readonly what: string) {}

  /** The page's items not in the page before. */
  next(page: T[]): T[] {
    const fresh = page.filter((x) => !this.before.has(x.id));
    if (page.length && !fresh.length) {
      throw new StoreError(`the server at ${this.remote.url} answered the same page of ${this.what} again at offset ${this.read}: stopped rather than repeat it`);
    }
    this.read += page.length;
    this.before = new Set(page.map((x) => x.id));
    return fresh;
  }
}
