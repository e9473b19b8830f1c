/**
 * Events: a filterable, searchable table, and the review queue. Keyboard: j/k move, c confirm, r reject,
 * e edit, / search, n/p next/previous page. Every change goes to the server's review log, so it shows in the
 * measures (rejected events leave them) and survives a reload.
 */
import { evidenceLang } from '../evidence-lang.ts';
import { api, ApiError, type EventChanges, type EventQuery, type ReviewAction, type StoredEvent } from '../api.ts';
import { nameOf } from '../countries.ts';
import { count, h, message, num, toast } from '../dom.ts';
import { highlighted } from '../highlight.ts';
import { focal, go, href, replace, window as win, type ViewState } from '../state.ts';
import type { Page } from '../main.ts';
import { eventSource, typeBadge } from './_event.ts';

export const EVENT_TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT',
  'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'] as const;
const STATUSES = ['auto', 'confirmed', 'edited', 'rejected'] as const;
const ORIGINS = ['coded', 'manual', 'gdelt', 'icews', 'plover'] as const;
const PAGE_SIZE = 50;
const SORTS = ['date', '-date', 'type', 'confidence'] as const;
const sortOf = (s: string | null): EventQuery['sort'] => SORTS.find((x) => x === s);

function selectField(name: string, label: string, values: readonly string[], value: string, any = 'any'): HTMLElement {
  return h('label', {}, label, ' ', h('select', { name, id: `f-${name}` }, h('option', { value: '' }, any),
    ...values.map((v) => h('option', { value: v, selected: v === value }, v))));
}

export const eventsPage: Page = {
  title: 'Events',
  async render(root, s: ViewState, signal) {
    const f = focal(s);
    const p = s.params;
    const queue = p.get('queue') === '1';
    const offset = Math.max(0, Number(p.get('offset')) || 0);
    const filters = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter events' },
      h('label', {}, 'Search ', h('input', { type: 'search', name: 'q', id: 'f-q', value: p.get('q') ?? '', placeholder: 'words in the evidence…' })),
      h('label', {}, 'Country ', h('input', { name: 'country', id: 'f-country', value: p.get('country') ?? f, size: 5 })),
      h('label', {}, 'Partner ', h('input', { name: 'partner', id: 'f-partner', value: p.get('partner') ?? '', size: 5 })),
      selectField('type', 'Type', EVENT_TYPES, p.get('type') ?? ''),
      selectField('status', 'Status', STATUSES, queue ? 'auto' : p.get('status') ?? '', 'any'),
      selectField('origin', 'Origin', ORIGINS, p.get('origin') ?? ''),
      h('button', { type: 'submit' }, 'Filter'));
    filters.addEventListener('submit', (e) => {
      e.preventDefault();
      const d = new FormData(filters);
      const v = (k: string) => String(d.get(k) ?? '').trim();
      go('events', { q: v('q'), country: v('country').toUpperCase(), partner: v('partner').toUpperCase(), type: v('type'), status: v('status'), origin: v('origin'), offset: null, queue: v('status') === 'auto' && queue ? '1' : null });
    });
    const queueBtn = h('button', { type: 'button', class: queue ? 'secondary' : '', id: 'queue-toggle', 'aria-pressed': queue ? 'true' : 'false' },
      queue ? 'Leave review queue' : 'Review queue');
    queueBtn.addEventListener('click', () => go('events', { queue: queue ? null : '1', status: queue ? null : 'auto', offset: null }));
    root.append(h('div', { class: 'title-row' }, h('h1', {}, queue ? 'Review queue' : 'Events'), queueBtn),
      filters,
      h('p', { class: 'hint keys' }, 'Keys: ', ...[['j', 'next'], ['k', 'previous'], ['c', 'confirm'], ['r', 'reject'], ['e', 'edit'], ['/', 'search'], ['n', 'next page'], ['p', 'previous page']]
        .flatMap(([k, t]) => [h('kbd', {}, k!), ` ${t}  `])));

    const q: EventQuery = {
      country: (p.get('country') ?? f) || undefined, partner: p.get('partner') || undefined, type: p.get('type') || undefined,
      status: (queue ? 'auto' : p.get('status')) || undefined, origin: p.get('origin') || undefined, q: p.get('q') || undefined,
      ...win(s), limit: PAGE_SIZE, offset, sort: sortOf(p.get('sort')) ?? (queue ? 'confidence' : '-date'),
    };
    const res = await api.events(q, signal);
    if (signal.aborted) return;
    const list = h('div', { class: 'event-list', id: 'event-list', role: 'listbox', 'aria-label': 'Events', tabindex: '0', 'aria-activedescendant': '' });
    // The count follows the reviews made here: an event reviewed out of the status filtered on (the queue) leaves it.
    let total = res.total;
    const statusFilter = queue ? 'auto' : p.get('status');
    const countText = () => (total ? `${num(offset + 1)}–${num(offset + res.events.length)} of ${count(total, 'event')}` : 'No events');
    const counter = h('span', { id: 'event-count', 'aria-live': 'polite' }, countText());
    const pager = h('nav', { class: 'pager', 'aria-label': 'Pages of events' },
      counter,
      h('button', { type: 'button', disabled: offset === 0, onclick: () => go('events', { offset: String(Math.max(0, offset - PAGE_SIZE)) }) }, '← Previous'),
      h('button', { type: 'button', disabled: offset + PAGE_SIZE >= res.total, onclick: () => go('events', { offset: String(offset + PAGE_SIZE) }) }, 'Next →'));
    root.append(pager, list);
    if (!res.events.length) { list.append(message(queue ? 'Nothing left to review here.' : 'No events match.')); return; }

    const events = res.events.slice();
    let sel = Math.min(Math.max(0, Number(p.get('sel')) || 0), events.length - 1);
    const rows: HTMLElement[] = [];
    const renderRow = (i: number): HTMLElement => {
      const e = events[i]!;
      const row = h('div', { class: `event-row status-${e.review_status}${i === sel ? ' selected' : ''}`, role: 'option', id: `ev-${i}`, 'data-id': e.id, 'aria-selected': i === sel ? 'true' : 'false' },
        h('div', { class: 'ev-meta' },
          h('time', { datetime: e.date ?? '' }, e.date ?? 'undated'), ' ', typeBadge(e), ' ',
          h('span', { class: 'parties' }, `${e.actor.map(nameOf).join(', ') || '?'} → ${e.recipient.map(nameOf).join(', ') || '—'}`),
          e.location ? h('span', { class: 'muted' }, ` · in ${nameOf(e.location)}`) : null,
          e.value ? h('span', { class: 'money' }, ` · ${num(e.value.amount)} ${e.value.currency}`) : null,
          h('span', { class: `status status-${e.review_status}`, 'data-status': e.review_status }, e.review_status),
          // how much of the frame the sentence filled itself; the review queue lists the doubtful first
          e.confidence === null || e.confidence === undefined ? null
            : h('span', { class: `confidence${e.confidence < 0.7 ? ' low' : ''}`, 'data-confidence': String(e.confidence),
              title: 'coder confidence: the share of the event read directly from its sentence' }, ` confidence ${e.confidence.toFixed(2)}`),
          e.doc_changed ? h('span', { class: 'status status-changed', title: 'its document changed after review' }, 'doc changed') : null),
        h('div', { class: 'ev-text', ...(e.lang ? { lang: e.lang } : {}) }, evidenceLang(e.lang), highlighted(e.text, e)),
        h('div', { class: 'ev-foot' }, eventSource(e), h('span', { class: 'muted', title: e.id }, ` · ${e.origin} · `),
          h('a', { href: href('event', { id: e.id }), class: 'permalink', title: 'This event\'s own page, with its review log' }, e.id.slice(0, 12)),
          h('span', { class: 'row-actions' },
            h('button', { type: 'button', class: 'small', 'data-action': 'confirm', onclick: () => { select(i); void act('confirm'); } }, 'Confirm'),
            h('button', { type: 'button', class: 'small danger', 'data-action': 'reject', onclick: () => { select(i); void act('reject'); } }, 'Reject'),
            h('button', { type: 'button', class: 'small secondary', 'data-action': 'edit', onclick: () => { select(i); void act('edit'); } }, 'Edit'))));
      row.addEventListener('click', (ev) => { if (!(ev.target as HTMLElement).closest('button,a')) select(i); });
      return row;
    };
    events.forEach((_, i) => { const r = renderRow(i); rows.push(r); list.append(r); });
    list.setAttribute('aria-activedescendant', `ev-${sel}`);

    function select(i: number): void {
      if (i < 0 || i >= events.length) return;
      rows[sel]?.classList.remove('selected');
      rows[sel]?.setAttribute('aria-selected', 'false');
      sel = i;
      rows[sel]!.classList.add('selected');
      rows[sel]!.setAttribute('aria-selected', 'true');
      rows[sel]!.scrollIntoView({ block: 'nearest' });
      list.setAttribute('aria-activedescendant', `ev-${sel}`);
      replace({ sel: sel ? String(sel) : null });
    }

    let busy = false;
    async function act(action: ReviewAction): Promise<void> {
      if (busy) return;
      const e = events[sel];
      if (!e) return;
      let changes: EventChanges | undefined;
      let note: string | undefined;
      if (action === 'edit') {
        const r = await editDialog(e);
        if (!r) return;
        ({ changes, note } = r);
      }
      busy = true;
      try {
        const updated = await api.review(e.id, action, changes, note);
        if (statusFilter && e.review_status === statusFilter && updated.review_status !== statusFilter) {
          total = Math.max(0, total - 1);
          counter.textContent = countText();
        }
        events[sel] = { ...e, ...updated };
        const fresh = renderRow(sel);
        rows[sel]!.replaceWith(fresh);
        rows[sel] = fresh;
        toast(`${action === 'confirm' ? 'Confirmed' : action === 'reject' ? 'Rejected' : 'Edited'}: ${e.event_type} ${e.date ?? ''}`);
        if (sel < events.length - 1) select(sel + 1);
      } catch (err) {
        toast(err instanceof ApiError ? `Review failed: ${err.message}` : `Review failed: ${(err as Error).message}`, 'error');
      } finally {
        busy = false;
      }
    }

    const onKey = (ev: KeyboardEvent) => {
      const t = ev.target as HTMLElement;
      if (ev.ctrlKey || ev.metaKey || ev.altKey || t.closest('input,textarea,select,dialog,[contenteditable]')) return;
      const keys: Record<string, () => void> = {
        j: () => select(sel + 1), k: () => select(sel - 1), ArrowDown: () => select(sel + 1), ArrowUp: () => select(sel - 1),
        c: () => void act('confirm'), r: () => void act('reject'), e: () => void act('edit'),
        '/': () => (document.getElementById('f-q') as HTMLInputElement | null)?.focus(),
        n: () => { if (offset + PAGE_SIZE < res.total) go('events', { offset: String(offset + PAGE_SIZE), sel: null }); },
        p: () => { if (offset > 0) go('events', { offset: String(Math.max(0, offset - PAGE_SIZE)), sel: null }); },
      };
      const fn = keys[ev.key];
      if (fn) { ev.preventDefault(); fn(); }
    };
    document.addEventListener('keydown', onKey);
    signal.addEventListener('abort', () => document.removeEventListener('keydown', onKey));
  },
};

/** The edit form: type, mode, participants, date, location and a note for the review log. */
function editDialog(e: StoredEvent): Promise<{ changes: EventChanges; note?: string } | null> {
  return new Promise((resolve) => {
    const field = (name: string, label: string, value: string, extra: Record<string, string> = {}) =>
      h('label', {}, label, h('input', { name, id: `edit-${name}`, value, ...extra }));
    const form = h('form', { method: 'dialog', class: 'edit-form' },
      h('h2', { id: 'edit-title' }, 'Edit event'),
      h('p', { class: 'muted' }, e.text),
      h('label', {}, 'Type', h('select', { name: 'event_type', id: 'edit-event_type' }, ...EVENT_TYPES.map((t) => h('option', { value: t, selected: t === e.event_type }, t)))),
      field('mode', 'Mode', e.mode ?? ''),
      field('actor', 'Actor codes (comma-separated)', e.actor.join(', ')),
      field('recipient', 'Recipient codes', e.recipient.join(', ')),
      field('date', 'Date (YYYY[-MM[-DD]])', e.date ?? '', { pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' }),
      field('location', 'Location code', e.location ?? ''),
      field('note', 'Note for the review log', ''),
      h('div', { class: 'actions' },
        h('button', { type: 'submit', value: 'cancel', class: 'secondary', formnovalidate: true }, 'Cancel'),
        h('button', { type: 'submit', value: 'save', id: 'edit-save' }, 'Save edit')));
    const dialog = h('dialog', { 'aria-labelledby': 'edit-title' }, form);
    document.body.append(dialog);
    dialog.addEventListener('close', () => {
      const d = new FormData(form);
      dialog.remove();
      if (dialog.returnValue !== 'save') { resolve(null); return; }
      const v = (k: string) => String(d.get(k) ?? '').trim();
      const codes = (k: string) => v(k).split(/[\s,]+/).filter(Boolean).map((c) => c.toUpperCase());
      const changes: EventChanges = {};
      if (v('event_type') !== e.event_type) changes.event_type = v('event_type');
      if ((v('mode') || null) !== e.mode) changes.mode = v('mode') || null;
      if (codes('actor').join() !== e.actor.join()) changes.actor = codes('actor');
      if (codes('recipient').join() !== e.recipient.join()) changes.recipient = codes('recipient');
      if ((v('date') || null) !== e.date) changes.date = v('date') || null;
      if ((v('location').toUpperCase() || null) !== e.location) changes.location = v('location').toUpperCase() || null;
      resolve({ changes, ...(v('note') ? { note: v('note') } : {}) });
    });
    dialog.showModal();
    (form.querySelector('select') as HTMLSelectElement).focus();
  });
}


