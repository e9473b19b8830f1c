/** Sources: what `serve --watch` follows — each source's last poll and success, what it added, its last error — and the latest alerts. */
import { api, type SourcesAnswer } from '../api.ts';
import { h, message, num, panel } from '../dom.ts';
import type { Page } from '../main.ts';

const when = (t: string | null | undefined) => (t ? t.slice(0, 19).replace('T', ' ') + ' UTC' : 'never');

export const sourcesPage: Page = {
  title: 'Sources',
  async render(root, _s, signal) {
    root.append(h('h1', {}, 'Sources'), h('p', { class: 'lead' },
      'The news feeds and GDELT updates the observatory follows by itself (multivector serve --watch), and the alerts that appeared as new events came in.'));
    const r: SourcesAnswer = await api.sources(signal);
    if (signal.aborted) return;
    if (!r.watching) root.append(message('Not following sources now: start the observatory with multivector serve --watch. The status below is from earlier runs.'));
    root.append(panel('Followed sources', r.sources.length ? h('table', { class: 'data', id: 'sources-table' },
      h('thead', {}, h('tr', {}, ...['Source', 'Type', 'Last poll', 'Last success', 'Items', 'Events', 'Status'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, ...r.sources.map((s) => h('tr', { 'data-source': s.name, class: s.failures ? 'failing' : null },
        h('th', { scope: 'row' }, h('span', { title: s.url }, s.name)), h('td', {}, s.type), h('td', {}, when(s.last_poll)), h('td', {}, when(s.last_success)),
        h('td', { class: 'num' }, num(s.items_added)), h('td', { class: 'num' }, num(s.events_added)),
        h('td', {}, s.failures ? `failing (${s.failures} in a row): ${s.last_error ?? ''}` : s.last_error ? `ok; ${s.last_error}` : s.last_poll ? 'ok' : 'not polled yet')))))
      : message('No source has been polled yet.')));
    root.append(panel('Alerts', r.alerts.length
      ? h('ul', { class: 'alerts', id: 'alerts-list' }, ...r.alerts.map((a) => h('li', {}, h('time', {}, when(a.first_seen)), ' ', a.message,
        a.delivery ? h('span', { class: 'muted' }, ` (webhook: ${a.delivery})`) : null)))
      : message('No alert yet.')));
  },
};
