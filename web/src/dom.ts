/**
 * A small DOM builder and the formatting helpers every page shares. Text goes in as text nodes, never as
 * HTML; the few strings that ECharts shows as HTML (tooltip formatters) go through `escapeHtml`.
 */
export { escapeHtml } from '../../src/model/safe.ts';
import { countNoun } from '../../src/model/unit.ts';

/** What the measures count, in the words every surface uses (src/model/unit.ts): "happening". */
export const MEASURED = countNoun(undefined, 1);
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Array<Child | Child[]>): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, '').toLowerCase(), v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

export function append(el: Element, children: Array<Child | Child[]>): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.firstChild.remove();
}

const int = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const usdFmt = new Intl.NumberFormat('en', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 });

export function num(n: number | null | undefined, digits = 0): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '—';
  return digits === 0 ? int.format(n) : n.toFixed(digits);
}

/** "1 event", "2 events", "1,234 events": a count with its noun in the right number. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${num(n)} ${n === 1 ? one : many}`;
}

export function pct(n: number | null | undefined): string {
  return n === null || n === undefined ? '—' : `${(n * 100).toFixed(1)}%`;
}

export function usd(n: number | null | undefined): string {
  return n === null || n === undefined ? '—' : usdFmt.format(n);
}

/** A titled panel: the building block of every page. */
export function panel(title: string, ...body: Array<Child | Child[]>): HTMLElement {
  const id = `p-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return h('section', { class: 'panel', 'aria-labelledby': id }, h('h2', { id }, title), ...body);
}

/** A box an ECharts chart draws into; `label` describes it to screen readers. */
export function chartBox(label: string, height = 320): HTMLDivElement {
  return h('div', { class: 'chart', role: 'img', 'aria-label': label, style: `height:${height}px` });
}

export function message(text: string, kind: 'info' | 'error' = 'info'): HTMLElement {
  return h('p', { class: `msg msg-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

/** A short-lived notice at the bottom of the screen. */
export function toast(text: string, kind: 'info' | 'error' = 'info'): void {
  const box = document.getElementById('toasts');
  if (!box) return;
  const el = h('div', { class: `toast toast-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
  box.append(el);
  setTimeout(() => el.remove(), kind === 'error' ? 8000 : 4000);
}
