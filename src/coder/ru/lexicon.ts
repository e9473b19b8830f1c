/**
 * The Russian gazetteer: every case form of the names of states (from the world-countries and
 * i18n-iso-countries packages), their adjectives, cities, seats of power, organisations and office-holders.
 * Office-holders' codes and terms come from data/lexicon/people.json (the English lexicon), which
 * data/lexicon/ru/names.json only names in Cyrillic: the facts have one source.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { InputError } from '../../errors.ts';
import { LEXICON_DIR } from '../lexicon/load.ts';
import type { Member } from '../lexicon/types.ts';
import { declineWord } from './_decline.ts';

const require = createRequire(import.meta.url);

export type RuKind = 'country' | 'adjective' | 'city' | 'seat' | 'person' | 'igo' | 'bloc';
/** `members`: for a bloc ("Центральная Азия"), the states it stands for, with their accession dates */
export interface RuEntry { code: string; kind: RuKind; from?: string; to?: string | null; members?: Member[] }

interface Node { next: Map<string, Node>; entries?: { entry: RuEntry; cases: string[] }[] }

export interface RuMatch { start: number; end: number; entries: RuEntry[]; cases: Set<string> }

interface NamesFile {
  people: Record<string, string>;
  organisations: Record<string, string[]>;
  names: Record<string, string[]>;
  adjectives: Record<string, string[]>;
  cities: Record<string, string>;
  seats: Record<string, string>;
  titles: string[];
  blocs: Record<string, string>;
  /** nouns whose vowel drops in the oblique cases, by nominative: their oblique stem ("Египет": "Египт") */
  stems?: Record<string, string>;
}
interface Person { name: string; code: string; from?: string; to?: string | null }
interface WorldCountry { cca2: string; cca3: string; independent?: boolean | null; unMember?: boolean; translations: Record<string, { common: string; official: string }> }

export const WORD_RE = /[A-Za-zА-Яа-яЁё0-9]+(?:[-'’][A-Za-zА-Яа-яЁё0-9]+)*/g;
const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];
const _words = (s: string): string[] => s.match(WORD_RE) ?? [];

export class RuGazetteer {
  private readonly root: Node = { next: new Map() };
  /** adjective lemmas → code, for the parts of "российско-казахстанский" */
  readonly adjectiveStems = new Map<string, string>();
  readonly titles: Set<string>;
  private readonly stems: Map<string, string>;

  constructor(file: NamesFile) {
    this.titles = new Set(file.titles.map((t) => t.toLowerCase()));
    this.stems = new Map(Object.entries(file.stems ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  }

  /** The members of a bloc on a date (all of them when the date is unknown). */
  members(list: Member[], day: string | null): string[] {
    return list.filter((m) => !day || ((m.from ?? '') <= day && (!m.to || m.to >= day))).map((m) => m.code);
  }

  add(name: string, entry: RuEntry, surname = false): void {
    const words = _words(name);
    if (words.length === 0) return;
    // every word declines on its own; the name's case is the one its words share
    // adjectives agree with the first noun, which declines; the words after it keep their form ("Республика
    // Казахстан", "Организация Договора о…"). A person's capitalised names all decline; particles (бин, фон) do not.
    const head = surname ? words.length : words.findIndex((w) => !/(?:ий|ый|ой|ая|яя|ое|ее|ие|ые)$/.test(w.toLowerCase())) + 1 || words.length;
    const forms = words.map((w, i) => {
      if (surname ? /^[a-zа-яё]/.test(w) : i >= head) return new Map([[w.toLowerCase().replace(/ё/g, 'е'), ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct']]]);
      const f = declineWord(w, surname && i === words.length - 1, this.stems.get(w.toLowerCase()));
      // a person's names before the last may stay as they are: East Asian names decline only their last word
      // ("с Мун Чжэ Ином", "Юн Сок Ёлем")
      if (surname && i < words.length - 1) f.set(w.toLowerCase().replace(/ё/g, 'е'), CASES);
      return f;
    });
    // a name in one case is its words in that case (adjectives agree with their noun): walking case by case keeps
    // the trie to a few forms per word instead of every combination of every form
    for (const c of CASES) {
      const lists = forms.map((f) => [...f].filter(([, cs]) => cs.includes(c)).map(([form]) => form));
      if (lists.some((l) => l.length === 0)) continue;
      const walk = (node: Node, i: number): void => {
        if (i === lists.length) {
          const had = (node.entries ??= []).find((e) => e.entry === entry);
          if (had) { if (!had.cases.includes(c)) had.cases.push(c); } else node.entries.push({ entry, cases: [c] });
          return;
        }
        for (const form of lists[i]!) {
          let n = node.next.get(form);
          if (!n) node.next.set(form, (n = { next: new Map() }));
          walk(n, i + 1);
        }
      };
      walk(this.root, 0);
    }
  }

  /** The longest name starting at token `i` of lower-cased forms, or null. */
  matchAt(forms: readonly string[], i: number): RuMatch | null {
    let node: Node | undefined = this.root;
    let best: RuMatch | null = null;
    for (let j = i; j < forms.length && node; j++) {
      node = node.next.get(forms[j]!);
      if (node?.entries?.length) {
        const cases = new Set<string>();
        for (const e of node.entries) for (const c of e.cases) cases.add(c);
        best = { start: i, end: j + 1, entries: node.entries.map((e) => e.entry), cases };
      }
    }
    return best;
  }
}

let _cached: RuGazetteer | null = null;

/** The Russian gazetteer, built once per process (it is read-only). */
export function ruGazetteer(): RuGazetteer {
  if (_cached) return _cached;
  const file = JSON.parse(readFileSync(join(LEXICON_DIR, 'ru/names.json'), 'utf8')) as NamesFile;
  const g = new RuGazetteer(file);
  const countries = require('world-countries') as WorldCountry[];
  const i18n = require('i18n-iso-countries') as { registerLocale(l: unknown): void; getName(code: string, lang: string, o: { select: 'all' }): string[] | undefined };
  i18n.registerLocale(require('i18n-iso-countries/langs/ru.json'));
  for (const c of countries) {
    const code = c.cca3 === 'UNK' ? 'XKX' : c.cca3;
    const ru = c.translations['rus'];
    const names = new Set([ru?.common, ru?.official, ...(i18n.getName(c.cca2, 'ru', { select: 'all' }) ?? [])]);
    for (const n of names) if (n && !n.includes(',')) g.add(n, { code, kind: 'country' });
  }
  for (const [code, ns] of Object.entries(file.names)) for (const n of ns) g.add(n, { code, kind: 'country' });
  for (const [code, ns] of Object.entries(file.adjectives)) {
    for (const n of ns) {
      g.add(n, { code, kind: 'adjective' });
      g.adjectiveStems.set(n.replace(/(ий|ый|ой)$/, ''), code);
    }
  }
  for (const [n, code] of Object.entries(file.cities)) g.add(n, { code, kind: 'city' });
  for (const [n, code] of Object.entries(file.seats)) g.add(n, { code, kind: 'seat' });
  for (const [code, ns] of Object.entries(file.organisations)) for (const n of ns) g.add(n, { code, kind: 'igo' });
  const blocs = (JSON.parse(readFileSync(join(LEXICON_DIR, 'blocs.json'), 'utf8')) as { blocs: { names: string[]; members: Member[] }[] }).blocs;
  for (const [ru, en] of Object.entries(file.blocs)) {
    const b = blocs.find((x) => x.names.includes(en));
    if (!b) throw new InputError(`data/lexicon/ru/names.json: blocs."${ru}" names "${en}", which is not in data/lexicon/blocs.json`, { where: { field: `blocs.${ru}` } });
    g.add(ru, { code: b.members[0]!.code, kind: 'bloc', members: b.members });
  }
  const people = (JSON.parse(readFileSync(join(LEXICON_DIR, 'people.json'), 'utf8')) as { people: Person[] }).people;
  for (const [ru, en] of Object.entries(file.people)) {
    const terms = people.filter((p) => p.name === en);
    if (terms.length === 0) throw new InputError(`data/lexicon/ru/names.json: people."${ru}" names "${en}", who is not in data/lexicon/people.json`, { where: { field: `people.${ru}` } });
    for (const t of terms) g.add(ru, { code: t.code, kind: 'person', from: t.from, to: t.to ?? null }, true);
  }
  _cached = g;
  return g;
}
