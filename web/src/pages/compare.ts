/**
 * Compare: focal countries side by side (shares, balance, brokerage, visits), and a vector editor — change
 * the members and weights of the vectors here and see every focal country's balance recomputed
 * (POST /api/measures/balance with the edited set).
 */
import { api, ApiError, type CompareResult, type VectorSetBody } from '../api.ts';
import { chart, vectorColour } from '../charts.ts';
import { nameOf } from '../countries.ts';
import { chartBox, clear, count, escapeHtml, h, MEASURED, message, num, panel, pct, toast } from '../dom.ts';
import { focal, go, replace, window as win, type ViewState } from '../state.ts';
import type { Page } from '../main.ts';
import defaults from '../../../data/vectors/default.json';

interface EditableVector { id: string; label: string; members: string[]; rest: boolean; weight: number }
interface EditableSet { name: string; description?: string; vectors: EditableVector[]; alerts?: VectorSetBody['alerts'] }

const STORE_KEY = 'multivector.vectors';

function defaultSet(): EditableSet {
  return {
    name: defaults.name, alerts: defaults.alerts,
    vectors: defaults.vectors.map((v) => ({ id: v.id, label: v.label, members: v.members ?? [], rest: 'rest' in v ? Boolean(v.rest) : false, weight: 1 })),
  };
}

const isVector = (v: unknown): v is EditableVector => {
  const x = v as Partial<EditableVector> | null;
  return typeof x === 'object' && x !== null && typeof x.id === 'string' && typeof x.label === 'string' && Array.isArray(x.members)
    && x.members.every((m) => typeof m === 'string') && typeof x.rest === 'boolean' && typeof x.weight === 'number';
};

/** The saved set when it has the editor's shape; anything else is dropped (and not sent again). */
function loadSet(): EditableSet {
  try {
    const saved = localStorage.getItem(STORE_KEY);
    if (saved) {
      const set = JSON.parse(saved) as Partial<EditableSet> | null;
      if (set && typeof set.name === 'string' && Array.isArray(set.vectors) && set.vectors.length && set.vectors.every(isVector)) return set as EditableSet;
      localStorage.removeItem(STORE_KEY);
    }
  } catch {
    localStorage.removeItem(STORE_KEY);
  }
  return defaultSet();
}

/** Weights in the URL (`w=china:0.5,rest:0`) so a weighted comparison can be shared. */
function applyWeights(set: EditableSet, w: string | null): void {
  if (!w) return;
  for (const part of w.split(',')) {
    const [id, val] = part.split(':');
    const v = set.vectors.find((x) => x.id === id);
    if (v && val !== undefined && Number.isFinite(Number(val))) v.weight = Number(val);
  }
}

function weightsParam(set: EditableSet): string | null {
  const w = set.vectors.filter((v) => v.weight !== 1).map((v) => `${v.id}:${v.weight}`);
  return w.length ? w.join(',') : null;
}

export const comparePage: Page = {
  title: 'Compare',
  async render(root, s: ViewState, signal) {
    const f = focal(s);
    const focals = (s.params.get('with') || `${f},UZB,KGZ,AZE`).split(',').map((c) => c.trim().toUpperCase()).filter(Boolean);
    if (!focals.includes(f)) focals.unshift(f);
    const set = loadSet();
    applyWeights(set, s.params.get('w'));
    const input = h('input', { id: 'cmp-focals', name: 'with', value: focals.join(','), size: 30, 'aria-describedby': 'cmp-help' });
    const form = h('form', { class: 'filters' }, h('label', { for: 'cmp-focals' }, 'Focal countries '), input,
      h('button', { type: 'submit' }, 'Compare'), h('span', { id: 'cmp-help', class: 'hint' }, ' ISO alpha-3 codes, comma-separated'));
    form.addEventListener('submit', (e) => { e.preventDefault(); go('compare', { with: input.value.replace(/\s+/g, '').toUpperCase() }); });
    const tableBox = h('div', { id: 'compare-table' });
    const sharesBox = chartBox('Vector shares of each focal country, side by side', 110 + 46 * focals.length);
    const editor = h('div', { id: 'vector-editor' });
    const customBox = h('div', { id: 'custom-result' });
    root.append(h('h1', {}, 'Compare focal countries'), form,
      panel('Side by side (default vectors)', sharesBox, tableBox),
      h('div', { class: 'grid one-two' }, panel('Vector definitions and weights', editor), panel('Side by side with these vectors', customBox)));

    const cmp = await api.compare({ focal: focals, ...win(s) });
    if (signal.aborted) return;
    drawCompare(sharesBox, tableBox, cmp);
    renderEditor(editor, set, () => void recompute());

    async function recompute(): Promise<void> {
      clear(customBox);
      customBox.append(h('p', { class: 'msg', role: 'status' }, 'Computing…'));
      replace({ w: weightsParam(set) });
      try {
        const body = { ...set, vectors: set.vectors.map((v) => ({ id: v.id, label: v.label, members: v.members, rest: v.rest, weight: v.weight })) };
        const results = await api.compareWith({ focal: focals, ...win(s) }, body);
        // Kept only once the server accepted it: a refused set is not sent again on every visit.
        localStorage.setItem(STORE_KEY, JSON.stringify(set));
        if (signal.aborted) return;
        clear(customBox);
        drawCustom(customBox, results);
      } catch (e) {
        const refused = e instanceof ApiError && e.status >= 400 && e.status < 500;
        if (refused) localStorage.removeItem(STORE_KEY);
        clear(customBox);
        customBox.append(message(`The vector set was refused: ${(e as Error).message}${refused ? ' (it is not kept; fix it here or reset to the defaults)' : ''}`, 'error'));
      }
    }
    await recompute();
  },
};

function drawCompare(box: HTMLElement, tableBox: HTMLElement, cmp: CompareResult): void {
  const rows = cmp.rows.slice().reverse();
  chart(box, {
    // every share with the events behind it
    tooltip: {
      trigger: 'axis', axisPointer: { type: 'shadow' },
      formatter: (ps: Array<{ seriesIndex: number; dataIndex: number; seriesName: string; marker: string; value: number }>) => {
        const r = rows[ps[0]?.dataIndex ?? 0];
        if (!r) return '';
        return `<b>${escapeHtml(nameOf(r.focal))}</b><br>` + ps.filter((p) => p.value > 0).map((p) =>
          `${p.marker}${escapeHtml(p.seriesName)}: ${pct(p.value)} (${count(r.counts[cmp.vectors[p.seriesIndex]!.id] ?? 0, MEASURED)})`).join('<br>');
      },
    },
    legend: { top: 0, itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 11 } },
    grid: { left: 120, right: 24, top: 64, bottom: 16 },
    xAxis: { type: 'value', max: 1, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` } },
    yAxis: { type: 'category', data: rows.map((r) => nameOf(r.focal)) },
    series: cmp.vectors.map((v, i) => ({ name: v.label, type: 'bar', stack: 's', color: vectorColour(v.id, i), data: rows.map((r) => r.shares[v.id] ?? 0) })),
  });
  tableBox.append(h('table', { class: 'data' },
    h('thead', {}, h('tr', {}, ...['Focal', 'Happenings', 'Balance', 'HHI (norm.)', 'Leading', 'Its share (happenings)', 'Dominance', 'Broker rank', 'Visits in/out'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, ...cmp.rows.map((r) => h('tr', {},
      h('th', { scope: 'row' }, nameOf(r.focal)), h('td', { class: 'n' }, num(r.focal_events)),
      h('td', { class: 'n' }, r.entropy?.toFixed(2) ?? '—'), h('td', { class: 'n' }, r.hhi_normalised?.toFixed(2) ?? '—'),
      h('td', {}, cmp.vectors.find((v) => v.id === r.dominant)?.label ?? (r.tied.length ? `Tie: ${r.tied.map((id) => cmp.vectors.find((v) => v.id === id)?.label ?? id).join(' = ')}` : '—')),
      h('td', { class: 'n' }, r.dominant ? `${pct(r.shares[r.dominant] ?? null)} (${num(r.counts[r.dominant] ?? 0)})` : '—'),
      h('td', { class: 'n' }, r.dominance?.toFixed(2) ?? '—'),
      h('td', { class: 'n' }, r.brokerage ? num(r.brokerage.rank) : '—'),
      h('td', { class: 'n' }, `${num(r.visits.inbound)} / ${num(r.visits.outbound)}`))))));
}

function renderEditor(el: HTMLElement, set: EditableSet, onChange: () => void): void {
  clear(el);
  const form = h('form', { class: 'vector-form', 'aria-label': 'Vector definitions' });
  set.vectors.forEach((v, i) => {
    const weight = h('input', { type: 'number', min: 0, max: 5, step: 0.1, value: v.weight, id: `w-${v.id}`, 'aria-label': `Weight of ${v.label}`, class: 'weight' });
    const members = h('input', { id: `m-${v.id}`, value: v.members.join(' '), disabled: v.rest, 'aria-label': `Members of ${v.label}`, placeholder: v.rest ? 'every other partner' : 'codes' });
    weight.addEventListener('change', () => { v.weight = Math.max(0, Number(weight.value) || 0); onChange(); });
    members.addEventListener('change', () => { v.members = members.value.split(/[\s,]+/).filter(Boolean).map((c) => c.toUpperCase()); onChange(); });
    form.append(h('div', { class: 'vector-row' },
      h('span', { class: 'swatch', style: `background:${vectorColour(v.id, i)}` }),
      h('label', { for: `w-${v.id}`, class: 'vlabel' }, v.label), weight, members));
  });
  const reset = h('button', { type: 'button', class: 'secondary', id: 'vectors-reset' }, 'Reset to defaults');
  reset.addEventListener('click', () => {
    localStorage.removeItem(STORE_KEY);
    const d = defaultSet();
    set.vectors = d.vectors;
    renderEditor(el, set, onChange);
    onChange();
    toast('Vectors reset to the defaults.');
  });
  el.append(h('p', { class: 'hint' }, 'Weight multiplies a vector\'s engagement before shares are taken (0 leaves it out). Members: ISO alpha-3 or organisation codes; each code in one vector at most.'), form, reset);
}

function drawCustom(el: HTMLElement, cmp: CompareResult): void {
  const box = chartBox('Vector shares with the edited vectors', 130 + 46 * cmp.rows.length);
  const table = h('div', { id: 'custom-table' });
  el.append(box, table);
  drawCompare(box, table, cmp);
}
