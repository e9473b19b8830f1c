/**
 * Country names and codes for the browser: built from world-countries at build time (virtual:countries),
 * completed at run time by the server's /api/entities (organisations, generic actors).
 */
import rows from 'virtual:countries';

export interface CountryInfo {
  code: string;
  numeric: string;
  name: string;
  demonym: string;
  capital: string;
}

export const COUNTRIES: CountryInfo[] = rows.map(([code, numeric, name, demonym, capital]) => ({ code, numeric, name, demonym, capital }));

const byCode = new Map(COUNTRIES.map((c) => [c.code, c]));
const byNumeric = new Map(COUNTRIES.filter((c) => c.numeric).map((c) => [c.numeric, c.code]));
const extraNames = new Map<string, string>();

/** Names of organisations and other codes the server knows (from /api/entities). */
export function addNames(entries: Array<{ code: string; name: string }>): void {
  for (const e of entries) if (!byCode.has(e.code)) extraNames.set(e.code, e.name);
}

export function nameOf(code: string | null | undefined): string {
  if (!code) return '—';
  return byCode.get(code)?.name ?? extraNames.get(code) ?? code;
}

export function country(code: string): CountryInfo | undefined {
  return byCode.get(code);
}

/** ISO 3166-1 numeric (as world-atlas ids it) → alpha-3. */
export function alpha3(numeric: string | number | undefined, fallbackName?: string): string | undefined {
  if (numeric !== undefined) {
    const code = byNumeric.get(String(numeric).padStart(3, '0'));
    if (code) return code;
  }
  if (fallbackName === 'Kosovo') return 'XKX';
  return undefined;
}
