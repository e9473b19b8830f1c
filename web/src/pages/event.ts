/**
 * One event's own page (`#/event?id=…`, its permalink): what was coded, the evidence sentence, the source,
 * and its review log (who confirmed, rejected or edited it, when, and what changed).
 */
import { evidenceLang } from '../evidence-lang.ts';
import { api, ApiError, type ReviewEntry } from '../api.ts';
import { nameOf } from '../countries.ts';
import { h, message, num, panel } from '../dom.ts';
import { highlighted } from '../highlight.ts';
import { href, type ViewState } from '../state.ts';
import type { Page } from '../main.ts';
import { eventSource, typeBadge } from './_event.ts';

/** What an edit changed, field by field ("date: 2024-05 → 2024-05-10"). */
export function changedFields(before: unknown, after: unknown): string[] {
  if (!before || !after || typeof before !== 'object' || typeof after !== 'object') return [];
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const show = (v: unknown) => (v === null || v === undefined ? '—' : Array.isArray(v) ? v.join(', ') || '—' : typeof v === 'object' ? JSON.stringify(v) : String(v));
  return Object.keys(a).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k])).map((k) => `${k}: ${show(b[k])} → ${show(a[k])}`);
}

export const eventPage: Page = {
  title: 'Event',
  async render(root, s: ViewState) {
    const id = s.params.get('id') ?? '';
    if (!id) { root.append(message('No event id in the address.', 'error')); return; }
    let res: Awaited<ReturnType<typeof api.event>>;
    try {
      res = await api.event(id);
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) { root.append(message(`No event with id ${id}.`, 'error')); return; }
      throw e;
    }
    const e = res.event;
    const log: ReviewEntry[] = res.review_log;
    root.append(h('h1', {}, `${e.event_type}${e.mode ? ` (${e.mode})` : ''}`, h('span', { class: 'sub' }, ` — ${e.date ?? 'undated'}`)),
      h('div', { class: 'grid two-one' },
        panel('Event',
          h('dl', { class: 'facts', id: 'event-facts' },
            h('dt', {}, 'Type'), h('dd', {}, typeBadge(e)),
            h('dt', {}, 'Actors'), h('dd', {}, e.actor.map(nameOf).join(', ') || '—'),
            h('dt', {}, 'Recipients'), h('dd', {}, e.recipient.map(nameOf).join(', ') || '—'),
            h('dt', {}, 'Date'), h('dd', {}, e.date ?? 'undated'),
            h('dt', {}, 'Location'), h('dd', {}, e.location ? nameOf(e.location) : '—'),
            h('dt', {}, 'Money'), h('dd', {}, e.value ? `${num(e.value.amount)} ${e.value.currency}` : '—'),
            h('dt', {}, 'Status'), h('dd', {}, h('span', { class: `status status-${e.review_status}` }, e.review_status)),
            h('dt', {}, 'Origin'), h('dd', {}, e.origin),
            h('dt', {}, 'Id'), h('dd', { class: 'code' }, e.id)),
          e.text ? h('blockquote', { class: 'evidence', ...(e.lang ? { lang: e.lang } : {}) }, evidenceLang(e.lang), highlighted(e.text, e)) : message('No evidence sentence (an imported dataset event).'),
          eventSource(e),
          h('p', { class: 'hint' }, h('a', { href: href('events', { q: null, country: e.actor[0] ?? null }) }, 'More events of ', nameOf(e.actor[0] ?? ''))),
        ),
        panel('Review log', log.length
          ? h('ol', { class: 'review-log', id: 'review-log' }, ...log.map((r) => h('li', { 'data-action': r.action },
            h('time', { datetime: r.at }, r.at.replace('T', ' ').slice(0, 19)), ' ', h('strong', {}, r.action), ` by ${r.who}`,
            ...changedFields(r.before, r.after).map((c) => h('div', { class: 'muted' }, c)))))
          : h('p', { id: 'review-log', class: 'none' }, 'Not reviewed: as the coder wrote it.'))));
  },
};
