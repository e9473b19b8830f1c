/**
 * Dated conversion to US dollars: data/rates/usd.json holds yearly average units per USD. A currency or
 * year the table lacks is unconvertible and reported as such by the measures, never dropped.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { InputError, NotFoundError } from '../errors.ts';
import type { RateRow } from '../store/measures.ts';

export const DEFAULT_RATES_FILE = fileURLToPath(new URL('../../data/rates/usd.json', import.meta.url));

const RatesSchema = z.object({
  _source: z.string().min(1),
  unit: z.literal('per_usd'),
  rates: z.record(z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code'),
    z.record(z.string().regex(/^\d{4}$/, 'a year'), z.number().finite().positive())),
});

export interface RatesTable {
  source: string;
  rows: RateRow[];
}

export function parseRates(data: unknown, file = '<rates>'): RatesTable {
  const r = RatesSchema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new InputError(issue.message, { where: { file, field: issue.path.join('.') || '(root)' } });
  }
  const rows: RateRow[] = [];
  for (const [currency, years] of Object.entries(r.data.rates)) {
    for (const [year, per_usd] of Object.entries(years)) rows.push({ currency, year: Number(year), per_usd });
  }
  return { source: r.data._source, rows };
}

let cached: RatesTable | undefined;

export function loadRates(file?: string): RatesTable {
  if (!file && cached) return cached;
  const path = file ?? DEFAULT_RATES_FILE;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new NotFoundError('no rates file', { where: { file: path } });
    throw new InputError(`not valid JSON: ${(e as Error).message}`, { cause: e, where: { file: path } });
  }
  const t = parseRates(data, path);
  if (!file) cached = t;
  return t;
}

/** amount in `currency` during `year` as USD; null when the table has no rate for them. */
export function toUsd(table: RatesTable, amount: number, currency: string, year: number | null): number | null {
  if (year === null) return null;
  const r = table.rows.find((x) => x.currency === currency.toUpperCase() && x.year === year);
  return r ? amount / r.per_usd : null;
}
