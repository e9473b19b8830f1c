/** Pieces shared by the pages that list events: the type badge and the link to the source. */
import type { StoredEvent } from '../api.ts';
import { httpUrl } from '../../../src/model/safe.ts';
import { h } from '../dom.ts';

export function typeBadge(e: Pick<StoredEvent, 'event_type' | 'mode' | 'quad_class'>): HTMLElement {
  return h('span', { class: `type q${e.quad_class}`, title: `quad class ${e.quad_class}` }, e.event_type, e.mode ? h('small', {}, ` ${e.mode}`) : null);
}

type SourceOf = Pick<StoredEvent, 'doc' | 'source_url'> & { doc_url?: string | null; doc_title?: string | null };

/**
 * The document's own URL when it is an http(s) URL, else the stored document through the API: a
 * `javascript:` or `data:` URL from an imported dataset never becomes a link.
 */
export function sourceHref(e: SourceOf): string {
  return httpUrl(e.source_url) ?? httpUrl(e.doc_url) ?? `/api/documents/${encodeURIComponent(e.doc)}`;
}

export function eventSource(e: SourceOf): HTMLElement {
  return h('div', { class: 'source' }, 'Source: ', h('a', { href: sourceHref(e), target: '_blank', rel: 'noopener noreferrer' }, e.doc_title ?? e.doc));
}
