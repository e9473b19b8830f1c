/** Pieces shared by the pages that list events: the type badge and the link to the source. */
import type { StoredEvent } from '../api.ts';
import { h } from '../dom.ts';

export function typeBadge(e: Pick<StoredEvent, 'event_type' | 'mode' | 'quad_class'>): HTMLElement {
  return h('span', { class: `type q${e.quad_class}`, title: `quad class ${e.quad_class}` }, e.event_type, e.mode ? h('small', {}, ` ${e.mode}`) : null);
}

/** The document's own URL when known, else the stored document through the API. */
export function eventSource(e: Pick<StoredEvent, 'doc' | 'source_url'> & { doc_url?: string | null; doc_title?: string | null }): HTMLElement {
  const url = e.source_url ?? e.doc_url ?? `/api/documents/${encodeURIComponent(e.doc)}`;
  return h('div', { class: 'source' }, 'Source: ', h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, e.doc_title ?? e.doc));
}
