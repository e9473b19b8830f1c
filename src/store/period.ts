/** Periods in filters: YYYY, YYYY-MM or YYYY-MM-DD, both ends inclusive. */
import { InputError } from '../errors.ts';

export const MIN_YEAR = 1000;
export const MAX_YEAR = 9998;

const re = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function parse(p: string, field: string): [number, number | undefined, number | undefined] {
  const m = re.exec(p);
  const y = Number(m?.[1]);
  const mo = m?.[2] === undefined ? undefined : Number(m[2]);
  const d = m?.[3] === undefined ? undefined : Number(m[3]);
  const valid = m && (mo === undefined || (mo >= 1 && mo <= 12)) &&
    (d === undefined || (d >= 1 && d <= new Date(Date.UTC(y, mo!, 0)).getUTCDate()));
  if (!valid) throw new InputError(`"${p}" is not a period (YYYY, YYYY-MM or YYYY-MM-DD)`, { where: { field } });
  // Both ends must stay four-digit years once a period is widened to its exclusive end (Date.UTC also
  // reads years 0-99 as 1900-1999).
  if (y < MIN_YEAR || y > MAX_YEAR) throw new InputError(`"${p}" is out of range: years run from ${MIN_YEAR} to ${MAX_YEAR}`, { where: { field } });
  return [y, mo, d];
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** First day of the period. */
export function periodStart(p: string, field = 'from'): string {
  const [y, m, d] = parse(p, field);
  return iso(new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1)));
}

/** First day after the period (exclusive upper bound). */
export function periodEndExclusive(p: string, field = 'to'): string {
  const [y, m, d] = parse(p, field);
  if (m === undefined) return iso(new Date(Date.UTC(y + 1, 0, 1)));
  if (d === undefined) return iso(new Date(Date.UTC(y, m, 1)));
  return iso(new Date(Date.UTC(y, m - 1, d + 1)));
}

/** First day of a spec date at its own precision ("2024" -> 2024-01-01), or null. */
export function dateStart(date: string | null | undefined): string | null {
  if (!date || !re.test(date)) return null;
  try {
    return periodStart(date);
  } catch {
    return null;
  }
}
