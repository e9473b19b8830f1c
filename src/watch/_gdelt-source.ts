/**
 * One poll of a GDELT event dataset: its list of export files (2.0: the 15-minute `lastupdate.txt`; 1.0: the
 * daily files' index page), then every export file after the newest one already imported, oldest first, each
 * downloaded within the limits to a private temporary file and imported by src/import with its URL as the
 * `once` key (remembered in the same transaction as its rows: a file is imported once, whatever the crashes).
 * A missed interval is caught up: 2.0 files between the newest imported and the listed one are fetched by
 * name (up to a day of them; GDELT leaves some intervals empty, and those are passed over). A first poll
 * imports only the newest file, not the dataset's history.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SourceError } from '../errors.ts';
import { importFile } from '../import/index.ts';
import type { PollContext, PollResult } from './_context.ts';
import { fetchLimited, type Validators } from './_http.ts';
import type { Source } from './sources.ts';

/** 2.0 files fetched by name to fill a gap: one day of 15-minute files. */
export const CATCH_UP = 96;
/** 1.0: the newest files of the index considered. */
const DAILY_WINDOW = 30;

const STAMP = /(\d{14})\.export\.CSV\.zip$/i;

/** GDELT 2.0 lastupdate.txt: lines "size md5 url"; the events export is the `.export.CSV.zip` one. */
export function lastUpdateExport(text: string, listUrl: string): string {
  for (const line of text.split(/\r?\n/)) {
    const url = line.trim().split(/\s+/)[2];
    if (url && STAMP.test(url)) return new URL(url, listUrl).toString();
  }
  throw new SourceError('no events export (*.export.CSV.zip) listed', { where: { file: listUrl } });
}

/** The 2.0 export files from `CATCH_UP` intervals before `latest` up to it, oldest first (same address pattern). */
export function gdelt2Window(latest: string): string[] {
  const m = STAMP.exec(latest)!;
  const s = m[1]!;
  const t = Date.UTC(+s.slice(0, 4), +s.slice(4, 6) - 1, +s.slice(6, 8), +s.slice(8, 10), +s.slice(10, 12), +s.slice(12, 14));
  const out: string[] = [];
  for (let k = CATCH_UP; k >= 0; k--) {
    const stamp = new Date(t - k * 15 * 60_000).toISOString().replace(/\D/g, '').slice(0, 14);
    out.push(latest.slice(0, m.index) + latest.slice(m.index).replace(s, stamp));
  }
  return out;
}

/** GDELT 1.0 index page: links to YYYYMMDD.export.CSV.zip, oldest first, the newest `DAILY_WINDOW`. */
export function dailyFiles(html: string, listUrl: string): string[] {
  const names = new Set<string>();
  for (const m of html.matchAll(/href\s*=\s*["']?([^"'\s>]*?\d{8}\.export\.CSV\.zip)/gi)) names.add(new URL(m[1]!, listUrl).toString());
  const sorted = [...names].sort((a, b) => stampOf(a).localeCompare(stampOf(b)));
  if (!sorted.length) throw new SourceError('no daily export files (YYYYMMDD.export.CSV.zip) listed', { where: { file: listUrl } });
  return sorted.slice(-DAILY_WINDOW);
}

const stampOf = (url: string) => /(\d{8,14})\.export\.CSV\.zip$/i.exec(url)?.[1] ?? '';

export async function pollGdelt(src: Source, ctx: PollContext, validators: Validators): Promise<PollResult> {
  const got = await fetchLimited(src.url, ctx.limits, validators, ctx.signal);
  if (got.status === 'not-modified') return { notModified: true, validators, items: 0, updated: 0, events: 0, problems: [] };
  const text = got.body.toString('utf8');
  let listed: string;
  let window: string[];
  if (src.type === 'gdelt2') {
    listed = lastUpdateExport(text, got.url);
    window = gdelt2Window(listed);
  } else {
    window = dailyFiles(text, got.url);
    listed = window[window.length - 1]!;
  }
  const done = await ctx.store.importedFiles(window);
  const newest = window.findLastIndex((u) => done.has(u));
  // First poll (or a gap longer than the window): the newest file only, not the history before it.
  const todo = newest < 0 ? [listed] : window.slice(newest + 1);
  const result: PollResult = { notModified: false, validators: { etag: got.etag, lastModified: got.lastModified }, items: 0, updated: 0, events: 0, problems: [] };
  for (const url of todo) {
    try {
      const r = await importOne(url, ctx);
      if (!r.already) result.items++;
      result.events += r.added;
      result.problems.push(...r.problems);
    } catch (e) {
      // A listed file must come (the poll fails and is retried); one fetched by name may not exist.
      if (url === listed || !(e instanceof SourceError && /HTTP 404/.test(e.message))) throw e;
    }
  }
  return result;
}

async function importOne(url: string, ctx: PollContext): Promise<{ already: boolean; added: number; problems: string[] }> {
  const got = await fetchLimited(url, ctx.limits, undefined, ctx.signal);
  if (got.status !== 'ok') throw new SourceError('unexpected 304 for an unconditional request', { where: { file: url } });
  const dir = await mkdtemp(join(tmpdir(), 'multivector-gdelt-'));
  const file = join(dir, url.split('/').pop()!.replace(/[^\w.-]/g, '_'));
  try {
    await writeFile(file, got.body, { mode: 0o600 });
    const r = await importFile(ctx.store, 'gdelt', file, { once: url }).catch((e: unknown) => {
      // Messages name the file by its URL, not the temporary copy.
      if (e instanceof SourceError || !(e instanceof Error)) throw e;
      throw new SourceError(e.message.split(file).join(url), { where: { file: url }, cause: e });
    });
    const named = (s: string) => s.split(file).join(url);
    return {
      already: r.already === true, added: r.added,
      problems: [
        ...r.problems.slice(0, 3).map((p) => `${named(p.file ?? url)}${p.line === null ? '' : `:${p.line}`}: ${p.field ? `field "${p.field}": ` : ''}${p.reason}`),
        ...r.skipped.map((s) => `${named(s.file)}: skipped: ${s.reason}`),
      ],
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
