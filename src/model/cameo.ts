/**
 * CAMEO -> spec lookups: event codes to PLOVER type/mode/context, GDELT's FIPS 10-4 geography to ISO3,
 * CAMEO actor codes and dataset entity names to the spec's entity codes. Tables live in data/cameo/
 * (see its README for sources and licences) and are read once, on first use.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as worldCountries from 'world-countries';
import type { Country } from 'world-countries';
import isoCountries from 'i18n-iso-countries';
import { EVENT_TYPES, GENERIC_CODES, IGO_CODES, type EventType } from './event.ts';

// The package's typings declare a default export that NodeNext resolution doesn't see; its ESM entry has it.
const countries: Country[] = (worldCountries as unknown as { default: Country[] }).default;

export const CAMEO_DATA_DIR = fileURLToPath(new URL('../../data/cameo/', import.meta.url));

export interface PloverMapping {
  type: EventType;
  mode: string | null;
  context: string[];
}

export type EntityKind = 'state' | 'igo' | 'generic';
export interface Entity {
  code: string;
  name: string;
  kind: EntityKind;
}

/** Rows of a data/cameo TSV file as objects keyed by its header; `#` lines are comments. */
function readTsv(file: string): Array<Record<string, string>> {
  const lines = readFileSync(CAMEO_DATA_DIR + file, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  const header = (lines.shift() ?? '').split('\t');
  return lines.map((l) => {
    const cells = l.split('\t');
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
}

function once<T>(f: () => T): () => T {
  let v: T | undefined;
  return () => (v ??= f());
}

const ploverTable = once(() => {
  const m = new Map<string, PloverMapping>();
  for (const r of readTsv('cameo-plover.tsv')) {
    if (!EVENT_TYPES.includes(r.type as EventType)) throw new Error(`cameo-plover.tsv: bad type ${r.type}`);
    m.set(r.cameo!, { type: r.type as EventType, mode: r.mode || null, context: r.context ? r.context.split(';') : [] });
  }
  return m;
});

/** PLOVER type/mode/context of a CAMEO event code; null for CAMEO 01/02 (no PLOVER type) and unknown codes. */
export function cameoToPlover(code: string): PloverMapping | null {
  const t = ploverTable();
  return t.get(code) ?? t.get(code.slice(0, 3)) ?? null;
}

/** All (cameo, type, mode, context[]) rows, for loading into a database lookup table. */
export function cameoPloverRows(): Array<{ cameo: string } & PloverMapping> {
  return [...ploverTable()].map(([cameo, m]) => ({ cameo, ...m }));
}

const fipsTable = once(() => new Map(readTsv('fips-iso3.tsv').map((r) => [r.fips!, r.iso3!])));

/** ISO3 code of a FIPS 10-4 country code (GDELT's geography), or null. */
export function fipsToIso3(fips: string | null | undefined): string | null {
  return fips ? (fipsTable().get(fips.toUpperCase()) ?? null) : null;
}
export function fipsRows(): Array<{ fips: string; iso3: string }> {
  return [...fipsTable()].map(([fips, iso3]) => ({ fips, iso3 }));
}

const ISO3 = once(() => new Set<string>([...countries.map((c) => c.cca3), 'XKX']));

/** CAMEO actor code -> spec code ('' = known to have no spec code, e.g. a region). */
const actorTable = once(() => {
  const m = new Map<string, string>();
  for (const c of ISO3()) m.set(c, c);
  for (const r of readTsv('cameo-actors.tsv')) m.set(r.cameo!, r.code!);
  return m;
});

/**
 * The spec's code for a CAMEO actor: the known-group code wins (it names the organisation), then the
 * country code. Null when neither maps (regions like AFR, unknown groups).
 */
export function cameoActorCode(country?: string | null, knownGroup?: string | null): string | null {
  const t = actorTable();
  const g = knownGroup ? t.get(knownGroup.toUpperCase()) : undefined;
  if (g) return g;
  const c = country ? t.get(country.toUpperCase()) : undefined;
  return c || null;
}
export function cameoActorRows(): Array<{ cameo: string; code: string }> {
  return [...actorTable()].filter(([, code]) => code).map(([cameo, code]) => ({ cameo, code }));
}

/** Spellings datasets use that the country libraries don't know. */
const NAME_OVERRIDES: Record<string, string> = {
  'occupied palestinian territory': 'PSE', 'palestinian territory': 'PSE', palestine: 'PSE',
  'the former yugoslav republic of macedonia': 'MKD', macedonia: 'MKD', 'moldova, republic of': 'MDA',
  'democratic republic of congo': 'COD', 'democratic republic of the congo': 'COD', congo: 'COG',
  'holy see': 'VAT', kosovo: 'XKX', 'czech republic': 'CZE', 'russian federation': 'RUS',
  'north korea': 'PRK', 'south korea': 'KOR', 'korea, republic of': 'KOR',
  "korea, democratic people's republic of": 'PRK', 'iran, islamic republic of': 'IRN', syria: 'SYR',
  'united states': 'USA', 'united kingdom': 'GBR', 'vietnam': 'VNM', 'viet nam': 'VNM', taiwan: 'TWN',
  'cote d\'ivoire': 'CIV', 'ivory coast': 'CIV', 'swaziland': 'SWZ', 'burma': 'MMR', 'laos': 'LAO',
  'tanzania': 'TZA', 'bolivia': 'BOL', 'venezuela': 'VEN', 'hong kong': 'HKG', 'macau': 'MAC',
};

const nameTable = once(() => {
  const m = new Map<string, string>();
  const add = (name: string | undefined, code: string) => {
    const k = name?.trim().toLowerCase();
    if (k && k.length > 2 && !m.has(k)) m.set(k, code);
  };
  for (const [k, v] of Object.entries(NAME_OVERRIDES)) m.set(k, v);
  for (const r of readTsv('igo-names.tsv')) m.set(r.name!.toLowerCase(), r.code!);
  for (const c of countries) {
    add(c.name.common, c.cca3);
    add(c.name.official, c.cca3);
    for (const a of c.altSpellings) add(a, c.cca3);
  }
  for (const [alpha2, names] of Object.entries(isoCountries.getNames('en', { select: 'all' }))) {
    const a3 = isoCountries.alpha2ToAlpha3(alpha2);
    if (a3) for (const n of names) add(n, a3);
  }
  return m;
});

/** Spec code for a country or organisation name as datasets spell it ("Russian Federation", "Ministry (European Union)"). */
export function entityNameToCode(name: string | null | undefined): string | null {
  if (!name) return null;
  const t = nameTable();
  const direct = t.get(name.trim().toLowerCase());
  if (direct) return direct;
  const inner = /\(([^)]+)\)\s*$/.exec(name)?.[1];
  return inner ? (t.get(inner.trim().toLowerCase()) ?? null) : null;
}
export function entityNameRows(): Array<{ name: string; code: string }> {
  return [...nameTable()].map(([name, code]) => ({ name, code }));
}

/** Every entity code of the spec with a display name: states, IGOs, generic actors. */
export const entities = once((): Entity[] => {
  const igoNames = new Map<string, string>();
  for (const r of readTsv('igo-names.tsv')) if (!igoNames.has(r.code!) && r.name!.length > 4) igoNames.set(r.code!, r.name!);
  const out: Entity[] = countries.map((c) => ({ code: c.cca3, name: c.name.common, kind: 'state' as const }));
  out.push({ code: 'XKX', name: 'Kosovo', kind: 'state' });
  for (const code of IGO_CODES) out.push({ code, name: igoNames.get(code) ?? code, kind: 'igo' });
  const generic: Record<string, string> = {
    NGO: 'Non-governmental organisation', IMG: 'Armed group', MNC: 'Multinational company', IGO: 'Intergovernmental organisation',
  };
  for (const code of GENERIC_CODES) out.push({ code, name: generic[code] ?? code, kind: 'generic' });
  return out;
});
