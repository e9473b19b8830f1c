/**
 * The page state lives in the URL hash (`#/dyad?focal=KAZ&partner=CHN&by=quarter`), so any view can be
 * shared or bookmarked, and the server needs no routes for it.
 */
export const PAGES = ['overview', 'map', 'dyad', 'network', 'events', 'ingest', 'compare', 'sources', 'methodology', 'event'] as const;
export type PageId = (typeof PAGES)[number];
/** The pages in the navigation bar (an event's own page is reached by its permalink). */
export const NAV_PAGES: readonly PageId[] = PAGES.filter((p) => p !== 'event');
export type Granularity = 'month' | 'quarter' | 'year';

export const DEFAULT_FOCAL = 'KAZ';

export interface ViewState {
  page: PageId;
  params: URLSearchParams;
}

/** The state of the current URL. */
export function current(): ViewState {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = raw.split('?');
  const page = (PAGES as readonly string[]).includes(path) ? (path as PageId) : 'overview';
  return { page, params: new URLSearchParams(query) };
}

export function focal(s: ViewState): string {
  return (s.params.get('focal') || DEFAULT_FOCAL).toUpperCase();
}

export function granularity(s: ViewState): Granularity {
  const by = s.params.get('by');
  return by === 'month' || by === 'year' ? by : 'quarter';
}

/** The window filters every measure takes: from, to (empty = all data). */
export function window(s: ViewState): { from?: string; to?: string } {
  const w: { from?: string; to?: string } = {};
  const from = s.params.get('from');
  const to = s.params.get('to');
  if (from) w.from = from;
  if (to) w.to = to;
  return w;
}

/** The URL of a page with these params (keeping the shared ones: focal, from, to, by). */
export function href(page: PageId, patch: Record<string, string | null | undefined> = {}, from: ViewState = current()): string {
  const p = new URLSearchParams();
  for (const k of ['focal', 'from', 'to', 'by']) {
    const v = from.params.get(k);
    if (v) p.set(k, v);
  }
  if (page === from.page) for (const [k, v] of from.params) if (!p.has(k)) p.set(k, v);
  for (const [k, v] of Object.entries(patch)) {
    if (v === null || v === undefined || v === '') p.delete(k);
    else p.set(k, v);
  }
  const q = p.toString();
  return `#/${page}${q ? `?${q}` : ''}`;
}

/** Moves to a new state; the router re-renders on `hashchange`. */
export function go(page: PageId, patch: Record<string, string | null | undefined> = {}): void {
  const next = href(page, patch);
  if (next !== location.hash) location.hash = next;
}

/** Changes params of the current page without adding a history entry for each keystroke. */
export function replace(patch: Record<string, string | null | undefined>): void {
  const s = current();
  const next = href(s.page, patch, s);
  history.replaceState(null, '', next);
}
