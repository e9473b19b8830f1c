/**
 * The dashboard's shell: header (pages, focal country, window, Brief) and a hash router that renders one
 * page module at a time. Each render gets an AbortSignal that fires when the user moves on, so late
 * answers are dropped and page listeners are removed.
 */
import './style.css';
import { api } from './api.ts';
import { disposeCharts } from './charts.ts';
import { COUNTRIES, addNames } from './countries.ts';
import { clear, h, message } from './dom.ts';
import { current, focal, go, granularity, href, NAV_PAGES, window as win, type PageId, type ViewState } from './state.ts';
import { overview } from './pages/overview.ts';
import { mapPage } from './pages/map.ts';
import { dyadPage } from './pages/dyad.ts';
import { networkPage } from './pages/network.ts';
import { eventsPage } from './pages/events.ts';
import { ingestPage } from './pages/ingest.ts';
import { comparePage } from './pages/compare.ts';
import { methodologyPage } from './pages/methodology.ts';
import { eventPage } from './pages/event.ts';
import { sourcesPage } from './pages/sources.ts';

export interface Page {
  title: string;
  render(root: HTMLElement, s: ViewState, signal: AbortSignal): Promise<void> | void;
}

const pages: Record<PageId, Page> = {
  overview, map: mapPage, dyad: dyadPage, network: networkPage, events: eventsPage, ingest: ingestPage, compare: comparePage,
  methodology: methodologyPage, event: eventPage, sources: sourcesPage,
};

const root = document.getElementById('page')!;
const nav = document.getElementById('nav')!;
const controls = document.getElementById('controls') as HTMLFormElement;
let controller: AbortController | null = null;

function renderNav(s: ViewState): void {
  clear(nav);
  for (const id of NAV_PAGES) {
    nav.append(h('a', { href: href(id, id === 'dyad' ? {} : {}, s), 'aria-current': id === s.page ? 'page' : null, 'data-page': id }, pages[id].title));
  }
}

const focalSelect = h('select', { id: 'focal', name: 'focal' },
  ...COUNTRIES.slice().sort((a, b) => a.name.localeCompare(b.name)).map((c) => h('option', { value: c.code }, `${c.name} (${c.code})`)));
const fromInput = h('input', { id: 'from', name: 'from', placeholder: 'YYYY[-MM]', size: 8, pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', inputmode: 'numeric' });
const toInput = h('input', { id: 'to', name: 'to', placeholder: 'YYYY[-MM]', size: 8, pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', inputmode: 'numeric' });
const bySelect = h('select', { id: 'by', name: 'by' }, h('option', { value: 'month' }, 'month'), h('option', { value: 'quarter' }, 'quarter'), h('option', { value: 'year' }, 'year'));
const briefFormat = h('select', { id: 'brief-format', name: 'brief-format', 'aria-label': 'Brief format' },
  h('option', { value: 'html' }, 'HTML'), h('option', { value: 'md' }, 'Markdown'), h('option', { value: 'pdf' }, 'PDF'));
const briefLink = h('a', { id: 'brief', class: 'button', download: '', title: 'Download a two-page brief for this view' }, 'Brief');

controls.append(
  h('label', { for: 'focal' }, 'Focal'), focalSelect,
  h('label', { for: 'from' }, 'From'), fromInput,
  h('label', { for: 'to' }, 'To'), toInput,
  h('label', { for: 'by' }, 'By'), bySelect,
  h('span', { class: 'brief-group' }, briefFormat, briefLink),
);

function syncControls(s: ViewState): void {
  focalSelect.value = focal(s);
  fromInput.value = s.params.get('from') ?? '';
  toInput.value = s.params.get('to') ?? '';
  bySelect.value = s.params.get('by') ?? 'quarter';
  updateBrief(s);
}

function updateBrief(s: ViewState): void {
  const format = briefFormat.value as 'html' | 'md' | 'pdf';
  const partner = s.page === 'dyad' ? s.params.get('partner') ?? undefined : undefined;
  briefLink.href = api.briefUrl({ focal: focal(s), partner, ...win(s), by: granularity(s), format });
  briefLink.setAttribute('download', `brief-${focal(s)}${partner ? `-${partner}` : ''}.${format}`);
}

focalSelect.addEventListener('change', () => go(current().page, { focal: focalSelect.value }));
bySelect.addEventListener('change', () => go(current().page, { by: bySelect.value }));
briefFormat.addEventListener('change', () => updateBrief(current()));
const windowChanged = () => {
  if (!fromInput.checkValidity() || !toInput.checkValidity()) { controls.reportValidity(); return; }
  go(current().page, { from: fromInput.value.trim(), to: toInput.value.trim() });
};
fromInput.addEventListener('change', windowChanged);
toInput.addEventListener('change', windowChanged);
controls.addEventListener('submit', (e) => { e.preventDefault(); windowChanged(); });

async function route(): Promise<void> {
  const s = current();
  controller?.abort();
  controller = new AbortController();
  const { signal } = controller;
  disposeCharts();
  clear(root);
  renderNav(s);
  syncControls(s);
  const page = pages[s.page];
  document.title = `${page.title} · ${focal(s)} · multivector`;
  root.dataset.page = s.page;
  root.setAttribute('aria-busy', 'true');
  try {
    await page.render(root, s, signal);
  } catch (e) {
    if (signal.aborted) return;
    console.warn(e);
    root.append(message(`Could not load this page: ${(e as Error).message}`, 'error'));
  } finally {
    if (!signal.aborted) {
      root.setAttribute('aria-busy', 'false');
      root.dataset.ready = s.page;
    }
  }
}

window.addEventListener('hashchange', () => { delete root.dataset.ready; void route(); });
api.entities().then((list) => { addNames(list); }).catch(() => { /* names fall back to codes */ });
void route();
