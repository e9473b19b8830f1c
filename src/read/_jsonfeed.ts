/** JSON Feed 1.0/1.1 (https://jsonfeed.org/version/1.1): each item is a document, read like an RSS item. */
import type { Doc } from '../model/event.ts';
import type { ReadItem } from './_types.ts';
import { looseDate } from './_date.ts';
import { htmlFragmentText } from './_htmltext.ts';
import { problem } from './_problem.ts';

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

/** True when the parsed JSON is a JSON Feed (its `version` names jsonfeed.org). */
export function isJsonFeed(v: unknown): boolean {
  return !!v && typeof v === 'object' && /^https?:\/\/jsonfeed\.org\/version\//.test(str((v as Record<string, unknown>).version));
}

/** Items of a JSON Feed; `base` names items without id or url (`base#N`). Problems name the item by its index. */
export function* readJsonFeed(json: string, file: string, base: string): Generator<ReadItem> {
  let feed: unknown;
  try {
    feed = JSON.parse(json);
  } catch (e) {
    yield problem(`not valid JSON (${(e as Error).message})`, { file });
    return;
  }
  if (!isJsonFeed(feed)) {
    yield problem('not a JSON Feed (no "version" naming https://jsonfeed.org/version/…)', { file, field: 'version' });
    return;
  }
  const f = feed as Record<string, unknown>;
  if (!Array.isArray(f.items)) {
    yield problem('a JSON Feed needs an "items" array', { file, field: 'items' });
    return;
  }
  const lang = str(f.language) || null;
  const seen = new Set<string>();
  for (const [i, raw] of f.items.entries()) {
    const at = `items[${i}]`;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      yield problem(`${at} is not an object`, { file, field: at });
      continue;
    }
    const item = raw as Record<string, unknown>;
    const url = str(item.url) || str(item.external_url) || null;
    const id = str(item.id) || url || `${base}#${i + 1}`;
    const title = htmlFragmentText(str(item.title)) || null;
    const body = str(item.content_text) || htmlFragmentText(str(item.content_html)) || htmlFragmentText(str(item.summary));
    const text = [title, body !== title ? body : ''].filter(Boolean).join('\n');
    if (!text) {
      yield problem(`${at} has no title or text`, { file, field: `${at}.content_text` });
      continue;
    }
    if (seen.has(id)) {
      yield problem(`duplicate item id ${JSON.stringify(id)}`, { file, field: `${at}.id` });
      continue;
    }
    seen.add(id);
    const doc: Doc = {
      id, text, title, url, lang: str(item.language) || lang,
      date: looseDate(str(item.date_published) || str(item.date_modified)), source: { file }, meta: {},
    };
    yield { kind: 'doc', doc };
  }
}
