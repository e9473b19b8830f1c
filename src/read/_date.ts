/** Dates to the spec's `YYYY-MM-DD`, keeping the calendar day as written (no time-zone shift). */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

function valid(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1) return null;
  // Day 0 of the next month is the last day of this one (UTC avoids DST surprises).
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > last) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Strict: `YYYY-MM-DD`, or an ISO timestamp whose date part is taken. Null when not a real date. */
export function isoDate(s: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d{2}:\d{2})/.exec(s.trim());
  if (!m) return null;
  return valid(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * Lenient, for dates found in web pages and feeds: ISO, RFC 822 (`Fri, 12 Apr 2024 10:00:00 +0300`),
 * `April 12, 2024`, and as a last resort whatever `Date.parse` accepts (then read in UTC).
 */
export function looseDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.trim();
  const iso = isoDate(t);
  if (iso) return iso;
  const rfc = /\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\b/.exec(t);
  if (rfc) {
    const mon = MONTHS[rfc[2]!.toLowerCase()];
    if (mon) return valid(Number(rfc[3]), mon, Number(rfc[1]));
  }
  const us = /\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(t);
  if (us) {
    const mon = MONTHS[us[1]!.toLowerCase()];
    if (mon) return valid(Number(us[3]), mon, Number(us[2]));
  }
  const ms = Date.parse(t);
  if (Number.isNaN(ms)) return null;
  return new Date(ms).toISOString().slice(0, 10);
}
