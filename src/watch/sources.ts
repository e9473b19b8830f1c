/**
 * The sources file: what `watch` and `serve --watch` follow. JSON, checked as a whole before anything is polled;
 * a mistake is an InputError naming the file and the field (e.g. `sources[2].every`).
 *
 * { "focal": "KAZ", "webhook": "https://…", "timeout": "30s", "maxBytes": 20000000,
 *   "sources": [{ "name", "url", "type": "feed" | "gdelt2" | "gdelt1", "lang"?, "every"?, "fetchArticle"?, "comment"? }] }
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { InputError, NotFoundError } from '../errors.ts';

export const DEFAULT_SOURCES_FILE = fileURLToPath(new URL('../../data/sources.json', import.meta.url));
export const SOURCE_TYPES = ['feed', 'gdelt2', 'gdelt1'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/** How often each type is polled when the file does not say: GDELT 2.0 publishes every 15 minutes, 1.0 daily. */
const DEFAULT_EVERY: Record<SourceType, number> = { feed: 15 * 60, gdelt2: 15 * 60, gdelt1: 60 * 60 };
const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** "90s", "15m", "1h", "1d" or a number of seconds, to seconds (at least 1). */
export function parseDuration(v: string | number): number | null {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 1 ? v : null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$/.exec(v);
  if (!m) return null;
  const s = Number(m[1]) * (UNITS[m[2] || 's'] ?? 1);
  return s >= 1 ? s : null;
}

const duration = z.union([z.string(), z.number()]).refine((v) => parseDuration(v) !== null, 'a duration such as "90s", "15m", "1h" or seconds (at least 1)');
const httpUrl = z.string().refine((u) => {
  try {
    return ['http:', 'https:'].includes(new URL(u).protocol);
  } catch {
    return false;
  }
}, 'an http(s) URL');

const SourceSchema = z.object({
  name: z.string().trim().min(1).max(100),
  url: httpUrl,
  type: z.enum(SOURCE_TYPES),
  lang: z.string().min(2).max(35).optional(),
  every: duration.optional(),
  fetchArticle: z.boolean().optional(),
  /** Where the address is documented, or any note: not used by the poller. */
  comment: z.string().optional(),
}).strict();

const FileSchema = z.object({
  focal: z.string().regex(/^[A-Za-z]{3}$/, 'an entity code such as KAZ').optional(),
  webhook: httpUrl.optional(),
  timeout: duration.optional(),
  maxBytes: z.number().int().min(1024).optional(),
  comment: z.string().optional(),
  sources: z.array(SourceSchema),
}).strict();

export interface Source {
  name: string;
  url: string;
  type: SourceType;
  lang: string | null;
  /** Polling interval, seconds. */
  every: number;
  fetchArticle: boolean;
}

export interface SourcesFile {
  /** The country whose balance alerts are watched (default KAZ). */
  focal: string;
  webhook: string | null;
  /** Per-response time limit, seconds, and size limit, bytes (null: the poller's defaults). */
  timeout: number | null;
  maxBytes: number | null;
  sources: Source[];
}

/** Checks a parsed sources file; `file` names it in errors. */
export function parseSources(value: unknown, file: string): SourcesFile {
  const r = FileSchema.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const field = issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
    throw new InputError(issue.message, { where: { file, ...(field ? { field } : {}) } });
  }
  const seen = new Set<string>();
  const sources = r.data.sources.map((s, i): Source => {
    if (seen.has(s.name)) throw new InputError(`a second source is named ${JSON.stringify(s.name)}: names must be unique`, { where: { file, field: `sources[${i}].name` } });
    seen.add(s.name);
    return {
      name: s.name, url: s.url, type: s.type, lang: s.lang ?? null, fetchArticle: s.fetchArticle ?? false,
      every: s.every === undefined ? DEFAULT_EVERY[s.type] : parseDuration(s.every)!,
    };
  });
  return {
    focal: (r.data.focal ?? 'KAZ').toUpperCase(), webhook: r.data.webhook ?? null, sources,
    timeout: r.data.timeout === undefined ? null : parseDuration(r.data.timeout), maxBytes: r.data.maxBytes ?? null,
  };
}

/** Reads and checks a sources file (default: the one shipped in data/). */
export function loadSources(file = DEFAULT_SOURCES_FILE): SourcesFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new NotFoundError('no such sources file', { where: { file } });
    throw new InputError(`cannot read the sources file (${code ?? 'error'})`, { where: { file }, cause: e });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    // JSON.parse says "at position N"; the line is what an editor shows.
    const pos = /position (\d+)/.exec((e as Error).message)?.[1];
    const line = pos === undefined ? undefined : text.slice(0, Number(pos)).split('\n').length;
    throw new InputError(`not valid JSON (${(e as Error).message})`, { where: { file, ...(line ? { line } : {}) } });
  }
  return parseSources(value, file);
}
