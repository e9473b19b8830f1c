/** Output helpers shared by the measure commands: formats, numbers, CSV, sparklines. */
import { InputError } from '../errors.ts';

export const OUTPUT_FORMATS = ['table', 'json', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** A command's --format value, one of `allowed` (case-insensitive); every command says a wrong one the same way. */
export function formatOf<T extends string>(s: string | undefined, allowed: readonly T[], fallback: T): T {
  const f = (s ?? fallback).toLowerCase();
  if (!(allowed as readonly string[]).includes(f)) {
    throw new InputError(`--format ${JSON.stringify(s)} is not a format of this command (${allowed.join(', ')})`, { where: { field: 'format' } });
  }
  return f as T;
}

export function parseFormat(s: string | undefined): OutputFormat {
  return formatOf(s, OUTPUT_FORMATS, 'table');
}

/** "1 event", "2 events". */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const BARS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/**
 * A unicode sparkline of a series: one bar per value, scaled from `min` (default: the smallest value, or 0
 * when all are non-negative) to the largest; null (no data) is a space, so gaps stay visible.
 */
export function sparkline(values: ReadonlyArray<number | null>, opts: { min?: number; max?: number; width?: number } = {}): string {
  let vs = [...values];
  // Too long for a terminal cell: average consecutive values into `width` buckets.
  if (opts.width && vs.length > opts.width) {
    const w = opts.width;
    const out: Array<number | null> = [];
    for (let i = 0; i < w; i++) {
      const part = vs.slice(Math.floor((i * vs.length) / w), Math.floor(((i + 1) * vs.length) / w)).filter((x): x is number => x !== null);
      out.push(part.length ? part.reduce((a, b) => a + b, 0) / part.length : null);
    }
    vs = out;
  }
  const nums = vs.filter((x): x is number => x !== null && Number.isFinite(x));
  if (!nums.length) return ' '.repeat(vs.length);
  const lo = opts.min ?? Math.min(0, ...nums);
  const hi = opts.max ?? Math.max(...nums);
  return vs.map((v) => {
    if (v === null || !Number.isFinite(v)) return ' ';
    if (hi <= lo) return BARS[0];
    const i = Math.round(((Math.min(hi, Math.max(lo, v)) - lo) / (hi - lo)) * (BARS.length - 1));
    return BARS[i];
  }).join('');
}

/** A number for a table cell: fixed decimals, '-' for null. */
export function num(x: number | null | undefined, digits = 3): string {
  return x === null || x === undefined ? '-' : x.toFixed(digits);
}

/** A share as a percentage ("12.5%"), '-' for null. */
export function pct(x: number | null | undefined, digits = 1): string {
  return x === null || x === undefined ? '-' : `${(x * 100).toFixed(digits)}%`;
}

/** Money in compact form: 1.2bn, 35.0m, 12.3k. */
export function money(x: number | null | undefined): string {
  if (x === null || x === undefined) return '-';
  const a = Math.abs(x);
  if (a >= 1e9) return `${(x / 1e9).toFixed(1)}bn`;
  if (a >= 1e6) return `${(x / 1e6).toFixed(1)}m`;
  if (a >= 1e3) return `${(x / 1e3).toFixed(1)}k`;
  return x.toFixed(0);
}

/** One CSV cell: lists joined with ';', quoted when needed. */
export const csvCell = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join(';') : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** CSV with a header row; the columns are the first row's keys. */
export function toCsv(rows: Array<Record<string, unknown>>): string {
  if (!rows.length) return '';
  const cols = Object.keys(rows[0]!);
  return [cols.join(','), ...rows.map((r) => cols.map((c) => csvCell(r[c])).join(','))].join('\n') + '\n';
}

export function printJson(x: unknown): void {
  process.stdout.write(JSON.stringify(x, null, 2) + '\n');
}
