/**
 * A PDF brief fills one or two pages, nothing half-empty: briefs of the coded examples (country and dyad, open
 * and bounded windows, a busy focal country and a quiet one) and of a five-event store, printed by real Chromium
 * and read back with pdf.js — the pages, and how far down each page the text goes.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { chromiumPath, gatherBrief, PdfRenderer, renderBrief, type BriefOptions } from '../../src/brief/index.ts';
import { MARGIN } from '../../src/brief/_pdf.ts';
import { createCoder } from '../../src/coder/index.ts';
import { ingest } from '../../src/ingest/index.ts';
import { openStore, type Store } from '../../src/store/store.ts';
import { fixtureStore } from './server-helpers.ts';

const PT_PER_MM = 72 / 25.4;

/** Pages of a PDF, and for each the share of its printable height the text reaches down to; `lines` gets every text run. */
async function pageFills(pdf: Buffer, lines: string[] = []): Promise<number[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  try {
    const fills: number[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const [, , , height] = page.view as [number, number, number, number];
      const items = (await page.getTextContent()).items.filter((t) => 'str' in t && t.str.trim() !== '');
      for (const t of items) if ('str' in t) lines.push(t.str);
      const ys = items.map((t) => ('transform' in t ? (t.transform as number[])[5]! : 0));
      const top = height - MARGIN.top * PT_PER_MM;
      const bottom = MARGIN.bottom * PT_PER_MM;
      fills.push(ys.length ? (top - Math.min(...ys)) / (top - bottom) : 0);
    }
    return fills;
  } finally {
    await doc.destroy();
  }
}

const chromium = existsSync(chromiumPath());

describe('a PDF brief is one or two full pages (real Chromium, read back with pdf.js)', { skip: !chromium && !process.env.CI ? `no Chromium at ${chromiumPath()}` : false }, () => {
  let dir: string;
  let examples: Store;
  let small: Store;
  const renderer = new PdfRenderer();
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mv-brief-pages-'));
    examples = await openStore({ path: join(dir, 'examples.duckdb') });
    await ingest([new URL('../../examples/docs.jsonl', import.meta.url).pathname], { store: examples, coder: createCoder() });
    small = await fixtureStore(dir);
  });
  after(async () => {
    await renderer.close();
    await examples?.close();
    await small?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const cases: Array<{ name: string; store: () => Store; o: BriefOptions; pages: 1 | 2 | null }> = [
    { name: 'Kazakhstan, open window', store: () => examples, o: { focal: 'KAZ' }, pages: 2 },
    { name: 'Kazakhstan, 2024 by month', store: () => examples, o: { focal: 'KAZ', from: '2024-01', to: '2024-12', by: 'month' }, pages: 2 },
    { name: 'Kazakhstan and China, 2024–2025', store: () => examples, o: { focal: 'KAZ', partner: 'CHN', from: '2024', to: '2025' }, pages: 2 },
    { name: 'Kazakhstan and Italy, default window (a narrow table of periods)', store: () => examples, o: { focal: 'KAZ', partner: 'ITA' }, pages: null },
    { name: 'Russia, 2024 against 2023 (two periods in the headline)', store: () => examples, o: { focal: 'RUS', from: '2024', to: '2024' }, pages: null },
    { name: 'Uzbekistan, 2025', store: () => examples, o: { focal: 'UZB', from: '2025', to: '2025' }, pages: 2 },
    { name: 'Mongolia (a quiet focal country), 2025', store: () => examples, o: { focal: 'MNG', from: '2025', to: '2025' }, pages: 2 },
    // (one page, shrunk a little, or two: either way, neither half-empty)
    { name: 'a five-event store', store: () => small, o: { focal: 'KAZ', from: '2024-01', to: '2024-12' }, pages: null },
    { name: 'a five-event store, a dyad', store: () => small, o: { focal: 'KAZ', partner: 'RUS', from: '2024-01', to: '2024-12' }, pages: null },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const d = await gatherBrief(c.store(), c.o);
      const lines: string[] = [];
      const fills = await pageFills(await renderBrief(d, 'pdf', undefined, (html) => renderer.render(html)), lines);
      // A period is never broken across lines in a table ("2025-" above "Q2", "2024-01 to 2024-" above "12").
      assert.deepEqual(lines.filter((l) => /\b\d{4}-$/.test(l.trim())), [], 'a period broken across lines');
      const said = `fills ${fills.map((f) => f.toFixed(2)).join(', ')}`;
      if (c.pages) assert.equal(fills.length, c.pages, said);
      else assert.ok(fills.length === 1 || fills.length === 2, said);
      // A one-page brief of a few events is as long as it is; a page of a two-page brief is never half-empty.
      if (fills.length === 2) for (const [i, f] of fills.entries()) assert.ok(f >= 0.5, `page ${i + 1} filled to ${f.toFixed(2)}`);
      for (const f of fills) assert.ok(f <= 1.001, `text beyond the page: ${f.toFixed(2)}`);
    });
  }
});
