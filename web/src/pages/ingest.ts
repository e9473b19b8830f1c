/** Ingest: paste a text or upload files; they are coded on arrival and their events shown at once. */
import { evidenceLang } from '../evidence-lang.ts';
import { api, ApiError, type IngestResult } from '../api.ts';
import { nameOf } from '../countries.ts';
import { takeDateLine } from '../../../src/read/_text.ts';
import { count, h, message, num, panel, toast } from '../dom.ts';
import { highlighted } from '../highlight.ts';
import { href, type ViewState } from '../state.ts';
import type { Page } from '../main.ts';
import { eventSource, typeBadge } from './_event.ts';

const today = () => new Date().toISOString().slice(0, 10);

export const ingestPage: Page = {
  title: 'Ingest',
  render(root, _s: ViewState, signal) {
    root.append(h('h1', {}, 'Ingest news'), h('p', { class: 'lead' }, 'Paste an article or upload files (text, Markdown, JSON Lines). They are coded into events on arrival and stored; the measures include them at once.'));
    const results = h('div', { id: 'ingest-results', 'aria-live': 'polite' });
    const title = h('input', { id: 'in-title', name: 'title', placeholder: 'optional' });
    const date = h('input', { id: 'in-date', name: 'date', type: 'date', value: today(), required: true });
    const text = h('textarea', { id: 'in-text', name: 'text', rows: 10, required: true, placeholder: 'President Kassym-Jomart Tokayev met Chinese President Xi Jinping in Astana on Tuesday…' });
    const submit = h('button', { type: 'submit', id: 'in-submit' }, 'Code and store');
    const form = h('form', { class: 'ingest-form', 'aria-label': 'Paste a text' },
      h('div', { class: 'row' },
        h('label', { for: 'in-title' }, 'Title', title),
        h('label', { for: 'in-date' }, 'Publication date (anchors "on Tuesday")', date)),
      h('label', { for: 'in-text' }, 'Text'), text,
      h('div', { class: 'actions' }, submit));
    const files = h('input', { type: 'file', id: 'in-files', multiple: true, accept: '.txt,.md,.markdown,.jsonl,.ndjson,text/plain,text/markdown' });
    const upload = h('form', { class: 'ingest-form', 'aria-label': 'Upload files' },
      h('label', { for: 'in-files' }, 'Files (.txt or .md: one document each, dated by a first line "Date: YYYY-MM-DD" or the date above; .jsonl: one document per line)'),
      files, h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'in-upload' }, 'Upload and code')));
    root.append(h('div', { class: 'grid two' }, panel('Paste a text', form), panel('Upload files', upload)), results);

    const run = async (label: string, fn: () => Promise<IngestResult[]>) => {
      submit.disabled = true;
      results.prepend(h('p', { class: 'msg', role: 'status', id: 'ingest-busy' }, `Coding ${label}…`));
      try {
        const out = await fn();
        if (signal.aborted) return;
        for (const r of out) results.prepend(show(r));
        // Several files: their languages together, on top.
        if (out.length > 1) results.prepend(languageSummary(out));
      } catch (e) {
        const msg = e instanceof ApiError ? e.message : (e as Error).message;
        results.prepend(message(`Could not ingest ${label}: ${msg}`, 'error'));
        toast(`Ingest failed: ${msg}`, 'error');
      } finally {
        document.getElementById('ingest-busy')?.remove();
        submit.disabled = false;
      }
    };
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const body = { text: text.value, date: date.value || undefined, title: title.value.trim() || undefined };
      void run('the text', async () => [await api.ingestJson(body)]);
    });
    upload.addEventListener('submit', (e) => {
      e.preventDefault();
      const list = [...(files.files ?? [])];
      if (!list.length) { toast('Choose one or more files first.'); return; }
      void run(`${list.length} file(s)`, () => Promise.all(list.map(async (f) => {
        const content = await f.text();
        if (/\.(jsonl|ndjson)$/i.test(f.name)) return api.ingestJsonl(content, date.value || undefined);
        const id = f.name.replace(/\.[^.]+$/, '').replace(/[^\w.-]+/g, '-');
        // The first line "Date: YYYY-MM-DD" is read as `multivector ingest` reads it (same function): it dates the
        // document and leaves its text; the date above is only for files without one.
        const d = takeDateLine(content);
        if (!d.ok) throw new Error(`${f.name}, line ${d.line}: Date line ${JSON.stringify(d.value)} is not a valid YYYY-MM-DD date`);
        return api.ingestText(d.text, { id, title: f.name, date: d.date ?? (date.value || undefined) });
      })));
    });
  },
};

/** The languages of one answer or of several (an upload of many files), and the documents the coder cannot read yet. */
function languageSummary(rs: IngestResult[]): HTMLElement {
  const box = h('div', { class: 'ingest-languages' });
  const counts = new Map<string, number>();
  for (const r of rs) for (const [l, n] of Object.entries(r.languages)) counts.set(l, (counts.get(l) ?? 0) + n);
  const unreadable = rs.reduce((n, r) => n + r.unreadable, 0);
  const listed = rs.flatMap((r) => r.unreadable_documents);
  if (counts.size) {
    box.append(h('p', {}, `Languages: ${[...counts].sort((a, b) => b[1] - a[1]).map(([l, n]) => `${languageName(l)} ${n}`).join(', ')}.`));
  }
  if (unreadable) {
    // Never silently empty: say which documents the coder cannot read yet.
    const more = unreadable - listed.length;
    box.append(message(`${count(unreadable, 'document')} in a language the coder cannot read yet: ` +
      `${listed.map((d) => `${d.id} (${languageName(d.lang)})`).join(', ')}${more > 0 ? `, and ${more} more` : ''}. ` +
      'They are stored; their events will come when the coder reads that language.'));
  }
  return box;
}

function show(r: IngestResult): HTMLElement {
  const box = h('div', { class: 'ingest-result' });
  box.append(languageSummary([r]));
  for (const d of r.documents) {
    box.append(panel(`${d.id} — ${d.status}, ${d.readable ? count(d.events.length, 'event') : `${languageName(d.lang ?? 'und')}, not read by the coder yet`}`,
      d.events.length
        ? h('ul', { class: 'coded' }, ...d.events.map((e) => h('li', { class: 'coded-event', 'data-id': e.id },
          h('div', { class: 'ev-meta' }, h('time', {}, e.date ?? 'undated'), ' ', typeBadge(e), ' ',
            h('span', { class: 'parties' }, `${e.actor.map(nameOf).join(', ') || '?'} → ${e.recipient.map(nameOf).join(', ') || '—'}`),
            e.value ? h('span', { class: 'money' }, ` · ${num(e.value.amount)} ${e.value.currency}`) : null,
            ' ', h('a', { href: href('events', { q: null, country: e.actor[0] ?? null }) }, 'in the table')),
          h('div', { class: 'ev-text', ...(e.lang ? { lang: e.lang } : {}) }, evidenceLang(e.lang), highlighted(e.text, e)), eventSource(e))))
        : message(d.status === 'unchanged' ? 'Already stored with this text; nothing new.'
          : d.readable ? 'No diplomatic events found in this text.' : `The coder cannot read ${languageName(d.lang ?? 'und')} yet.`)));
  }
  for (const p of r.problems) box.append(message(`${p.line ? `line ${p.line}: ` : ''}${p.field ? `field "${p.field}": ` : ''}${p.message}`, 'error'));
  return box;
}

/** "ru" → "Russian" (the browser's own names); the code itself when it has none. */
function languageName(code: string): string {
  if (code === 'und') return 'undetermined';
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
