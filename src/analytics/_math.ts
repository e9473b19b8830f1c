/**
 * Pure maths of the measures: shares, concentration and diversity indices, change. No I/O, no store.
 * Undefined quantities are `null` (JSON has no Infinity or NaN), never 0, so "no data" is never read as "even".
 */

/** Each value over the total; all null when the total is not positive. Negative inputs are refused. */
export function shares(values: readonly number[]): Array<number | null> {
  for (const v of values) if (!(v >= 0)) throw new RangeError(`shares need non-negative finite values, got ${v}`);
  const total = values.reduce((a, b) => a + b, 0);
  return values.map((v) => (total > 0 ? v / total : null));
}

/**
 * Shannon entropy of the shares divided by ln(k), k = number of categories (including empty ones):
 * 0 = everything in one category, 1 = perfectly even. Null with fewer than two categories or no mass.
 */
export function normalisedEntropy(values: readonly number[]): number | null {
  const s = shares(values);
  if (values.length < 2 || s[0] === null) return null;
  let h = 0;
  for (const p of s) if (p !== null && p > 0) h -= p * Math.log(p);
  return clamp01(h / Math.log(values.length));
}

/** Herfindahl–Hirschman index: sum of squared shares, 1/k (even) .. 1 (one category). Null with no mass. */
export function hhi(values: readonly number[]): number | null {
  const s = shares(values);
  if (!values.length || s[0] === null) return null;
  return s.reduce<number>((a, p) => a + (p ?? 0) ** 2, 0);
}

/** HHI rescaled to 0 (even over k) .. 1 (one category): (H - 1/k) / (1 - 1/k). Null when k < 2 or no mass. */
export function normalisedHhi(values: readonly number[]): number | null {
  const h = hhi(values);
  const k = values.length;
  if (h === null || k < 2) return null;
  return clamp01((h - 1 / k) / (1 - 1 / k));
}

/** Largest value over the second largest; null when the second is 0 (no rival) or there is no mass. */
export function dominanceRatio(values: readonly number[]): number | null {
  const sorted = [...values].sort((a, b) => b - a);
  const [first = 0, second = 0] = sorted;
  if (first <= 0 || second <= 0) return null;
  return first / second;
}

/**
 * Indices of the largest value: one index when it leads alone, several when it is tied (a tie is never
 * resolved by order), none when there is no positive value.
 */
export function topIndices(values: readonly number[], eps = 1e-9): number[] {
  const max = Math.max(0, ...values);
  if (!(max > 0)) return [];
  return values.flatMap((v, i) => (Math.abs(v - max) <= eps * Math.max(1, max) ? [i] : []));
}

/** Reciprocity of two counts: min/max, 1 = balanced exchange, 0 = one-way; null when both are 0. */
export function reciprocity(a: number, b: number): number | null {
  const hi = Math.max(a, b);
  return hi > 0 ? Math.min(a, b) / hi : null;
}

/** b - a, null if either is null. */
export function change(a: number | null | undefined, b: number | null | undefined): number | null {
  return a === null || a === undefined || b === null || b === undefined ? null : b - a;
}

/** Mean, null for n = 0. */
export const mean = (sum: number, n: number): number | null => (n > 0 ? sum / n : null);

/** Round for output (stable JSON, no 0.30000000000000004); null stays null. */
export function round(x: number | null, digits = 4): number | null {
  if (x === null) return null;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
