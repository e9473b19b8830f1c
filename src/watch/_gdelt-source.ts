/**
 * One poll of a GDELT event dataset: its list of export files (2.0: the 15-minute `lastupdate.txt`; 1.0: the
 * daily files' index page), then every export file after the newest one already imported, oldest first, each
 * downloaded within the limits to a private temporary file and imported by src/import with its URL as the
 * `once` key (remembered in the same transaction as its rows: a file is imported once, whatever the crashes).
 * A missed interval is caught up, however long: the files after the newest one imported (remembered in the store)
 * up to the listed one, oldest first, fetched by name (2.0) or from the index (1.0), at most a day's (2.0) or a
 * month's (1.0) per poll, the next poll coming at once while some are left. GDELT leaves some intervals empty:
 * those are remembered as passed over. A first poll imports only the newest file, not the dataset's history.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SourceError } from '../errors.ts';
import { importFile } from '../import/index.ts';
import type { PollContext, PollResult } from './_context.ts';
import { fetchLimited, type Validators } from './_http.ts';
import type { Source } from './sources.ts';
import { scratchDir } from '../scratch.ts';

/**
 * Files imported per poll at most (2.0: a day of 15-minute files; 1.0: a month of daily files). A longer gap is
 * caught up over the polls that follow, which come at once while the source is behind (see `PollResult.behind`).
 */
export const CATCH_UP = 96;
const DAILY_CATCH_UP = 30;
const INTERVAL_MS = 15 * 60_000;

const STAMP = /(\d{14})\.export\.CSV\.zip$/i;

/** GDELT 2.0 lastupdate.txt: lines "size md5 url"; the events export is the `.export.CSV.zip` one. */
export function lastUpdateExport(text: string, listUrl: string): string {
  for (const line of text.split(/\r?\n/)) {
    const url = line.trim().split(/\s+/)[2];
    if (url && STAMP.test(url)) return new URL(url, listUrl).toString();
  }
  throw new SourceError('no events export (*.export.CSV.zip) listed', { where: { file: listUrl } });
}

const stampTime = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(4, 6) - 1, +s.slice(6, 8), +s.slice(8, 10), +s.slice(10, 12), +s.slice(12, 14));
const timeStamp = (t: number) => new Date(t).toISOString().replace(/\D/g, '').slice(0, 14);

/**
 * The 2.0 export files after `newest` (imported) up to `latest` (listed), oldest first, at most `limit` of them
 * (same address pattern, one every 15 minutes), and how many more are left after those.
 */
export function gdelt2After(newest: string, latest: string, limit = CATCH_UP): { files: string[]; behind: number } {
  const m = STAMP.exec(latest)!;
  const to = stampTime(m[1]!);
  const from = stampTime(STAMP.exec(newest)![1]!);
  const files: string[] = [];
  let t = from + INTERVAL_MS;
  for (; t <= to && files.length < limit; t += INTERVAL_MS) files.push(latest.slice(0, m.index) + latest.slice(m.index).replace(m[1]!, timeStamp(t)));
  return { files, behind: t <= to ? Math.floor((to - t) / INTERVAL_MS) + 1 : 0 };
}

/** GDELT 1.0 index page: links to YYYYMMDD.export.CSV.zip, oldest first. */
export function dailyFiles(html: string, listUrl: string): string[] {
  const names = new Set<string>();
  for (const m of html.matchAll(/href\s*=\s*["']?([^"'\s>]*?\d{8}\.export\.CSV\.zip)/gi)) names.add(new URL(m[1]!, listUrl).toString());
  const sorted = [...names].sort((a, b) => stampOf(a).localeCompare(stampOf(b)));
  if (!sorted.length) throw new SourceError('no daily export files (YYYYMMDD.export.CSV.zip) listed', { where: { file: listUrl } });
  return sorted;
}

const stampOf = (url: string) => /(\d{8,14})\.export\.CSV\.zip$/i.exec(url)?.[1] ?? '';
/** The address up to the file name: the newest file imported from this place is where a catch-up starts. */
const dirOf = (url: string) => url.slice(0, url.lastIndexOf('/') + 1);

export async function pollGdelt(src: Source, ctx: PollContext, validators: Validators): Promise<PollResult> {
  const got = await fetchLimited(src.url, ctx.limits, validators, ctx.signal);
  if (got.status === 'not-modified') return { notModified: true, validators, items: 0, updated: 0, events: 0, problems: [] };
  const text = got.body.toString('utf8');
  let listed: string;
  let todo: string[];
  let behind = 0;
  if (src.type === 'gdelt2') {
    listed = lastUpdateExport(text, got.url);
    // The store remembers every file imported (and every one passed over as missing): the newest is the cursor.
    const newest = await ctx.store.newestImported(dirOf(listed));
    if (newest === null || !STAMP.test(newest)) todo = [listed];
    else ({ files: todo, behind } = gdelt2After(newest, listed));
  } else {
    const all = dailyFiles(text, got.url);
    listed = all[all.length - 1]!;
    const newest = await ctx.store.newestImported(dirOf(listed));
    const after = newest === null ? [] : all.filter((u) => stampOf(u) > stampOf(newest));
    todo = newest === null ? [listed] : after.slice(0, DAILY_CATCH_UP);
    behind = after.length - todo.length;
  }
  // First poll: the newest file only, not the dataset's history.
  const result: PollResult = {
    notModified: false, validators: { etag: got.etag, lastModified: got.lastModified }, items: 0, updated: 0, events: 0, problems: [],
    ...(behind ? { behind } : {}),
  };
  const missing: string[] = [];
  try {
    for (const url of todo) {
      try {
        const r = await importOne(url, ctx);
        if (!r.already) result.items++;
        result.events += r.added;
        result.problems.push(...r.problems);
      } catch (e) {
        // A listed file must come (the poll fails and is retried); one fetched by name may not exist (GDELT leaves
        // some intervals empty): it is remembered as passed over, so the catch-up moves on.
        if (url === listed || !(e instanceof SourceError && /HTTP 404/.test(e.message))) throw e;
        missing.push(url);
      }
    }
  } finally {
    // Only files before one imported or before the point of failure: none after a file that failed otherwise.
    await ctx.store.rememberKeys(missing);
  }
  return result;
}

async function importOne(url: string, ctx: PollContext): Promise<{ already: boolean; added: number; problems: string[] }> {
  const got = await fetchLimited(url, ctx.limits, undefined, ctx.signal);
  if (got.status !== 'ok') throw new SourceError('unexpected 304 for an unconditional request', { where: { file: url } });
  const dir = scratchDir('gdelt');
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
