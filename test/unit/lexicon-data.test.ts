/**
 * Checks the hand-kept lexicon data (data/lexicon/*.json): shapes, codes, dates, conflicting aliases,
 * and a few facts the coder's evaluation relies on. The checkers are pure functions so the same
 * rules are also run against deliberately broken samples, proving they can fail.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { IGO_CODES } from '../../src/model/event.ts';

const require = createRequire(import.meta.url);
const DIR = join(dirname(fileURLToPath(import.meta.url)), '../../data/lexicon');
const load = (f: string): unknown => JSON.parse(readFileSync(join(DIR, f), 'utf8'));

interface WorldCountry {
  cca3: string;
  capital: string[];
}
const countries = require('world-countries') as WorldCountry[];
// world-countries spells Kosovo UNK; the spec says XKX
const STATES = new Set(countries.map((c) => (c.cca3 === 'UNK' ? 'XKX' : c.cca3)));
// (IGO: the spec's wildcard for an intergovernmental organisation outside its list, "the OAS", "ECOWAS")
const CODES = new Set<string>([...STATES, ...IGO_CODES, 'NGO', 'IMG', 'MNC', 'IGO']);
const CAPITALS = new Set(countries.flatMap((c) => c.capital));

// ---------- schemas

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .refine((s) => new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'not a calendar date');
const code = z.string().refine((c) => CODES.has(c), 'not an ISO3 state in world-countries, XKX, an IGO code or NGO/IMG/MNC/IGO');
const stateCode = z.string().refine((c) => STATES.has(c), 'not an ISO3 state in world-countries (or XKX)');
const source = z.string().min(20);
const names = z.array(z.string().min(1)).min(1);

const Person = z
  .strictObject({
    name: z.string().min(2),
    aliases: names,
    code,
    role: z.enum(['head_of_state', 'head_of_government', 'foreign_minister', 'igo_head', 'minister', 'other']),
    level: z.enum(['head', 'minister', 'other']).optional(),
    title: z.string().min(2),
    from: isoDay,
    to: isoDay.nullable(),
    note: z.string().min(5).optional(),
  })
  .refine((p) => p.to === null || p.from <= p.to, { message: 'from is after to', path: ['to'] })
  .refine((p) => p.aliases.includes(p.name), { message: 'aliases must include the name', path: ['aliases'] })
  .refine((p) => (p.role === 'igo_head') === (IGO_CODES as readonly string[]).includes(p.code), {
    message: 'igo_head goes with an IGO code and vice versa',
    path: ['role'],
  });
const PeopleFile = z.strictObject({ _source: source, people: z.array(Person).min(1) });

const IgosFile = z.strictObject({
  _source: source,
  organisations: z.array(
    z.strictObject({
      code: z.enum(IGO_CODES),
      names,
      parts: z.array(z.string().min(1)),
      adjectives: z.array(z.string().min(1)).optional(),
    }),
  ),
});

const table = z.record(z.string().min(2), code);
const PlacesFile = z.strictObject({
  _source: source, cities: table, seats: table, capital_aliases: table,
  waters: z.array(z.string().min(1)), _waters_note: z.string(), regions: z.array(z.string().min(1)),
});

const byState = z.record(stateCode, names);
const CountriesFile = z.strictObject({
  _source: source,
  names: byState,
  adjectives: byState,
  plural_demonyms: byState,
  ambiguous: z.array(z.string().min(1)),
});

const GroupsFile = z.strictObject({ _source: source, groups: z.array(z.strictObject({ names, code })).min(1) });

const igoCode = z.string().refine((c) => (IGO_CODES as readonly string[]).includes(c), 'not an IGO code of the spec');
const BlocsFile = z.strictObject({
  _source: source,
  blocs: z.array(z.strictObject({
    names: z.array(z.string().min(2)),
    igo: igoCode.optional(),
    members: z.array(z.strictObject({
      code: z.string().regex(/^[A-Z]{3}$/).refine((c) => CODES.has(c), 'not a state code'),
      from: z.iso.date().optional(),
      to: z.iso.date().nullable().optional(),
    })).min(2),
  }).refine((b) => b.igo !== undefined || b.names.length > 0, 'a bloc needs names or an organisation')).min(1),
});

type PeopleData = z.infer<typeof PeopleFile>;

// ---------- cross-entry rules

const key = (n: string): string => n.toLowerCase().replace(/\s+/g, ' ').trim();

/** Names that map to more than one code within one file. */
function conflicts(pairs: [string, string][]): string[] {
  const seen = new Map<string, Set<string>>();
  for (const [n, c] of pairs) {
    const s = seen.get(key(n)) ?? new Set<string>();
    s.add(c);
    seen.set(key(n), s);
  }
  return [...seen].filter(([, s]) => s.size > 1).map(([n, s]) => `${n} → ${[...s].join('/')}`);
}

/**
 * People are dated: one alias may name people of different codes only in disjoint periods
 * (Rutte was NLD prime minister, then NATO secretary general).
 */
function personConflicts(data: PeopleData): string[] {
  const out: string[] = [];
  const byAlias = new Map<string, PeopleData['people']>();
  for (const p of data.people) {
    for (const a of new Set(p.aliases.map(key))) byAlias.set(a, [...(byAlias.get(a) ?? []), p]);
  }
  for (const [alias, ps] of byAlias) {
    for (const [i, a] of ps.entries()) {
      for (const b of ps.slice(i + 1)) {
        const overlap = a.from <= (b.to ?? '9999') && b.from <= (a.to ?? '9999');
        if (a.code !== b.code && overlap) out.push(`${alias}: ${a.name} (${a.code}) overlaps ${b.name} (${b.code})`);
      }
    }
  }
  return out;
}

/** Entries of `extra` that repeat an office term of `base` (same person, state, title and start). */
function repeatedTerms(extra: PeopleData, base: PeopleData): string[] {
  const same = (a: PeopleData['people'][number], b: PeopleData['people'][number]): boolean =>
    key(a.name) === key(b.name) && a.code === b.code && key(a.title) === key(b.title) && a.from === b.from;
  return extra.people.filter((o) => base.people.some((p) => same(o, p))).map((o) => `${o.name}: ${o.title}`);
}

const issues = (schema: z.ZodType, data: unknown): string[] => {
  const r = schema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

// ---------- the files

const people = PeopleFile.parse(load('people.json'));
/** Every other people file (people-officials.json, people-world-*.json): the loader merges them all. */
const PEOPLE_FILES = readdirSync(DIR).filter((f) => /^people-.+\.json$/.test(f)).sort();
const others = PEOPLE_FILES.map((f): [string, PeopleData] => [f, PeopleFile.parse(load(f))]);
const igos = IgosFile.parse(load('igos.json'));
const places = PlacesFile.parse(load('places.json'));
const extra = CountriesFile.parse(load('countries-extra.json'));
const groups = GroupsFile.parse(load('groups.json'));

describe('lexicon data: shapes and codes', () => {
  const files: [string, z.ZodType][] = [
    ['people.json', PeopleFile],
    ...PEOPLE_FILES.map((f): [string, z.ZodType] => [f, PeopleFile]),
    ['igos.json', IgosFile],
    ['places.json', PlacesFile],
    ['countries-extra.json', CountriesFile],
    ['groups.json', GroupsFile],
    ['blocs.json', BlocsFile],
  ];
  for (const [file, schema] of files) {
    it(`${file} matches its schema`, () => assert.deepEqual(issues(schema, load(file)), []));
  }

  it('igos.json lists every IGO code of the spec exactly once', () => {
    assert.deepEqual(igos.organisations.map((o) => o.code).sort(), [...IGO_CODES].sort());
  });

  it('places.json does not repeat capitals world-countries already has', () => {
    const repeated = [...Object.keys(places.cities), ...Object.keys(places.capital_aliases)].filter((n) => CAPITALS.has(n));
    assert.deepEqual(repeated, []);
  });
});

describe('lexicon data: no name maps to two codes within a file', () => {
  const cases: [string, [string, string][]][] = [
    ['igos.json', igos.organisations.flatMap((o) => [...o.names, ...o.parts, ...(o.adjectives ?? [])].map((n): [string, string] => [n, o.code]))],
    ['places.json', [places.cities, places.seats, places.capital_aliases].flatMap((t) => Object.entries(t))],
    [
      'countries-extra.json',
      [extra.names, extra.adjectives, extra.plural_demonyms].flatMap((t) =>
        Object.entries(t).flatMap(([c, ns]) => ns.map((n): [string, string] => [n, c])),
      ),
    ],
    ['groups.json', groups.groups.flatMap((g) => g.names.map((n): [string, string] => [n, g.code]))],
  ];
  for (const [file, pairs] of cases) it(file, () => assert.deepEqual(conflicts(pairs), []));
  it('people.json (aliases of different codes never overlap in time)', () => assert.deepEqual(personConflicts(people), []));
  // the loader merges every file into one gazetteer, so the rule holds across the people files too
  it(`people.json with ${PEOPLE_FILES.join(', ')}`, () =>
    assert.deepEqual(personConflicts({ _source: 'all files', people: [people, ...others.map(([, d]) => d)].flatMap((d) => d.people) }), []));
  for (const [i, [file, data]] of others.entries()) {
    const before = { _source: 'earlier files', people: [people, ...others.slice(0, i).map(([, d]) => d)].flatMap((d) => d.people) };
    it(`${file} repeats no office term of people.json or an earlier people file`, () => assert.deepEqual(repeatedTerms(data, before), []));
  }
});

describe('lexicon data: the checks reject bad entries', () => {
  const good = {
    name: 'Kassym-Jomart Tokayev',
    aliases: ['Kassym-Jomart Tokayev', 'Tokayev'],
    code: 'KAZ',
    role: 'head_of_state',
    title: 'President',
    from: '2019-03-20',
    to: null,
  };
  const wrap = (p: object): unknown => ({ _source: 'a test sample, not a real source', people: [p] });
  const bad: [string, object, string][] = [
    ['unknown code', { ...good, code: 'KZX' }, 'code'],
    ['ISO2 code', { ...good, code: 'KZ' }, 'code'],
    ['impossible date', { ...good, from: '2019-02-30' }, 'from'],
    ['month-only date', { ...good, from: '2019-03' }, 'from'],
    ['from after to', { ...good, to: '2019-01-01' }, 'to'],
    ['name missing from aliases', { ...good, aliases: ['Tokayev'] }, 'aliases'],
    ['unknown role', { ...good, role: 'king' }, 'role'],
    ['igo_head of a state', { ...good, role: 'igo_head' }, 'role'],
    ['unknown field', { ...good, party: 'Amanat' }, ''],
  ];
  for (const [what, p, field] of bad) {
    it(`people: ${what}`, () => {
      const found = issues(PeopleFile, wrap(p));
      assert.ok(found.some((i) => i.startsWith(`people.0${field ? `.${field}` : ''}`)), found.join('; ') || 'no issue');
    });
  }
  it('people: overlapping terms of one alias under two codes', () => {
    const other = { ...good, name: 'Someone Else', aliases: ['Someone Else', 'Tokayev'], code: 'RUS', from: '2024-01-01' };
    assert.equal(personConflicts({ _source: 'x', people: [good, other] } as PeopleData).length, 1);
    assert.equal(personConflicts({ _source: 'x', people: [{ ...good, to: '2020-01-01' }, other] } as PeopleData).length, 0);
  });
  it('people: a second file repeating an office term of the first', () => {
    const base = { _source: 'x', people: [good] } as PeopleData;
    assert.deepEqual(repeatedTerms({ _source: 'y', people: [{ ...good, title: 'president' }] } as PeopleData, base), ['Kassym-Jomart Tokayev: president']);
    assert.deepEqual(repeatedTerms({ _source: 'y', people: [{ ...good, title: 'Chairman of the Senate' }] } as PeopleData, base), []);
  });
  it('tables: a name under two codes, case-insensitively', () => {
    assert.deepEqual(conflicts([['Georgia', 'GEO'], ['georgia', 'USA'], ['Almaty', 'KAZ'], ['Almaty', 'KAZ']]), ['georgia → GEO/USA']);
  });
  it('places: a code that is not a state, IGO or generic actor', () => {
    assert.notDeepEqual(issues(PlacesFile, { _source: 'a test sample, not a real source', cities: { Atlantis: 'ATL' }, seats: {}, capital_aliases: {} }), []);
  });
  it('countries-extra: an IGO code where a state is needed', () => {
    const f = { _source: 'a test sample, not a real source', names: { EU: ['Europe'] }, adjectives: {}, plural_demonyms: {}, ambiguous: [] };
    assert.notDeepEqual(issues(CountriesFile, f), []);
  });
});

describe('lexicon data: spot facts', () => {
  const find = (alias: string, pred: (p: PeopleData['people'][number]) => boolean = () => true) =>
    people.people.filter((p) => p.aliases.includes(alias) && pred(p));
  const facts: [string, string, string, string, string | null][] = [
    // alias, code, role, from, to
    ['Tokayev', 'KAZ', 'head_of_state', '2019-03-20', null],
    ['Nazarbayev', 'KAZ', 'head_of_state', '1990-04-24', '2019-03-20'],
    ['Blinken', 'USA', 'foreign_minister', '2021-01-26', '2025-01-20'],
    ['Nurtleu', 'KAZ', 'foreign_minister', '2023-04-03', '2025-09-26'],
    ['Lavrov', 'RUS', 'foreign_minister', '2004-03-09', null],
    ['Putin', 'RUS', 'head_of_state', '2012-05-07', null],
    ['Xi Jinping', 'CHN', 'head_of_state', '2013-03-14', null],
    ['Mirziyoyev', 'UZB', 'head_of_state', '2016-09-08', null],
    ['Guterres', 'UN', 'igo_head', '2017-01-01', null],
    // corrected against sources (TASS, Kazinform, Interfax, RFE/RL, Yonhap): see the entries' notes
    ['Turgumbayev', 'KAZ', 'minister', '2019-02-12', '2022-02-25'],
    ['Kosherbayev', 'KAZ', 'other', '2020-01-01', '2023-06-16'],
    ['Kazakbaev', 'KGZ', 'foreign_minister', '2020-10-14', '2022-04-22'],
    ['Kamilov', 'UZB', 'foreign_minister', '2012-01-01', '2022-04-27'],
    ['Cho Hyun', 'KOR', 'foreign_minister', '2025-07-21', null],
    ['Darchiashvili', 'GEO', 'foreign_minister', '2022-04-04', '2024-11-28'],
    ['Battsetseg', 'MNG', 'foreign_minister', '2021-01-29', null],
  ];
  for (const [alias, c, role, from, to] of facts) {
    it(`${alias} → ${c} ${role} ${from}…${to ?? 'now'}`, () => {
      const hit = find(alias, (p) => p.role === role && p.from === from);
      assert.equal(hit.length, 1, `${alias}: ${hit.length} entries`);
      assert.equal(hit[0]!.code, c);
      assert.equal(hit[0]!.to, to);
    });
  }
  it('Wang Yi is always CHN, and was foreign minister on both sides of Qin Gang', () => {
    const w = find('Wang Yi');
    assert.ok(w.length >= 2);
    assert.ok(w.every((p) => p.code === 'CHN' && p.role === 'foreign_minister'));
    const qin = find('Qin Gang')[0]!;
    assert.ok(w.some((p) => p.to === qin.from) && w.some((p) => p.from === qin.to));
  });
  it('every country the brief names has a head of state or government in office now', () => {
    const need = 'ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA KAZ KGZ TJK TKM UZB ARM AZE GEO ARE BHR KWT OMN QAT IRN PAK AFG BLR UKR MNG ISR'.split(' ');
    const now = new Set(people.people.filter((p) => p.to === null && /^head_of_/.test(p.role)).map((p) => p.code));
    assert.deepEqual(need.filter((c) => !now.has(c)), []);
  });
  it('place, organisation and group samples', () => {
    assert.equal(places.cities['Almaty'], 'KAZ');
    assert.equal(places.cities['Crimea'], 'UKR');
    assert.equal(places.seats['Akorda'], 'KAZ');
    assert.equal(places.capital_aliases['Nur-Sultan'], 'KAZ');
    const org = (n: string) => igos.organisations.find((o) => o.names.includes(n) || o.parts.includes(n))?.code;
    assert.equal(org('Turkic Council'), 'OTS');
    assert.equal(org('European Commission'), 'EU');
    assert.equal(org('UNHCR'), 'UN');
    assert.equal(org('Eurasian Economic Commission'), 'EAEU');
    const grp = (n: string) => groups.groups.find((g) => g.names.includes(n))?.code;
    assert.equal(grp('Hezbollah'), 'LBN');
    assert.equal(grp('KazMunayGas'), 'KAZ');
    assert.equal(grp('Islamic State'), 'IMG');
    assert.ok(extra.adjectives['KAZ']?.includes('Kazakh'));
  });
});
