/**
 * Builds the coder's gazetteer: states from the world-countries and i18n-iso-countries packages, then
 * the hand-kept facts in data/lexicon/*.json (people, organisations, places, groups), then user files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../../errors.ts';
import { Gazetteer } from './gazetteer.ts';
import { officeLevel, type LexiconFile } from './types.ts';

const require = createRequire(import.meta.url);
export const LEXICON_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../data/lexicon');

interface WorldCountry {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { f: string; m: string } };
  independent?: boolean | null;
  unMember?: boolean;
}

/** ISO3 code for a world-countries record (Kosovo is XKX in the spec). */
const iso3 = (c: WorldCountry): string => (c.cca3 === 'UNK' ? 'XKX' : c.cca3);

export interface Lexicon {
  gazetteer: Gazetteer;
  /** ISO3 → common English name, for tables and briefs */
  names: Map<string, string>;
}

export function loadLexicon(extraFiles: string[] = []): Lexicon {
  const g = new Gazetteer();
  const names = new Map<string, string>();
  const countries = require('world-countries') as WorldCountry[];
  const i18n = require('i18n-iso-countries') as {
    registerLocale(l: unknown): void;
    getName(code: string, lang: string, o: { select: 'all' }): string[] | undefined;
  };
  i18n.registerLocale(require('i18n-iso-countries/langs/en.json'));
  for (const c of countries) {
    const code = iso3(c);
    names.set(code, c.name.common);
    const ns = new Set([c.name.common, c.name.official, ...(i18n.getName(c.cca2, 'en', { select: 'all' }) ?? [])]);
    for (const alt of c.altSpellings) if (/^[A-Za-z][A-Za-z .'-]{3,}$/.test(alt)) ns.add(alt);
    for (const n of ns) if (!n.includes(',')) g.add(n, { code, kind: 'country' });
    // territories keep their names, but "French" or "Paris" mean the sovereign state
    if (c.independent === false && !c.unMember) continue;
    for (const cap of c.capital) g.add(cap.replace(/ D\.C\.$/, ''), { code, kind: 'capital' });
    const d = c.demonyms?.eng;
    if (d) {
      for (const a of new Set([d.m, d.f])) {
        if (!a) continue;
        g.add(a, { code, kind: 'adjective' });
        // "Palestinians", "Americans", "Pakistanis"
        if (/(an|i)$/.test(a)) g.add(a + 's', { code, kind: 'people' });
      }
    }
  }
  const files = existsSync(LEXICON_DIR)
    ? readdirSync(LEXICON_DIR).filter((f) => f.endsWith('.json')).sort().map((f) => join(LEXICON_DIR, f))
    : [];
  for (const file of [...files, ...extraFiles]) addFile(g, file);
  return { gazetteer: g, names };
}

function addFile(g: Gazetteer, file: string): void {
  let data: LexiconFile;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as LexiconFile;
  } catch (e) {
    throw new InputError('cannot read lexicon file', { cause: e, where: { file } });
  }
  for (const p of data.people ?? []) {
    for (const n of new Set([p.name, ...(p.aliases ?? [])])) {
      g.add(n, { code: p.code, kind: 'person', role: p.role ?? 'other', level: officeLevel(p.role, p.level), from: p.from ?? '0000', to: p.to ?? null });
    }
  }
  for (const o of data.organisations ?? []) {
    for (const n of [...o.names, ...(o.parts ?? []), ...(o.adjectives ?? [])]) g.add(n, { code: o.code, kind: 'igo' });
  }
  const table = (t: Record<string, string> | undefined, kind: 'city' | 'seat' | 'capital'): void => {
    for (const [n, code] of Object.entries(t ?? {})) g.add(n, { code, kind });
  };
  table(data.cities, 'city');
  table(data.seats, 'seat');
  table(data.capital_aliases, 'capital');
  const lists = (t: Record<string, string[]> | undefined, kind: 'country' | 'adjective' | 'people'): void => {
    for (const [code, ns] of Object.entries(t ?? {})) for (const n of ns) g.add(n, { code, kind });
  };
  lists(data.names, 'country');
  lists(data.adjectives, 'adjective');
  lists(data.plural_demonyms, 'people');
  for (const gr of data.groups ?? []) for (const n of gr.names) g.add(n, { code: gr.code, kind: 'group' });
  for (const n of [...(data.waters ?? []), ...(data.regions ?? [])]) g.add(n, { code: '', kind: 'water' });
  for (const b of data.blocs ?? []) {
    if (b.igo) g.members.set(b.igo, [...(g.members.get(b.igo) ?? []), ...b.members]);
    for (const n of b.names) g.add(n, { code: b.igo ?? '', kind: 'bloc', members: b.members });
  }
}
