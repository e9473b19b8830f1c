/**
 * Russian morphology from Az.js (the `az` package: OpenCorpora's dictionary in DAWG form, a port of pymorphy2).
 * The dictionaries ship inside the package and are read once, synchronously, at first use: the coder interface
 * is synchronous and nothing is downloaded. Analyses are cached per word form, so a corpus costs one dictionary
 * walk per distinct word.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

interface AzTag { POS?: string; CAse?: string; toString(): string }
interface AzParse { tag: AzTag; score: number; parser?: string; formCnt?: number; word?: string; normalize(): { word?: string } | undefined; inflect(i: number): AzParse | false }
interface AzLib {
  load(url: string, type: string, cb: (err: Error | null, data?: unknown) => void): void;
  Morph: ((word: string) => AzParse[]) & { init(path: string, cb: (err: Error | null) => void): void };
}

/** What the coder needs of a word form. */
export interface Analysis {
  /** the form, lower-case, ё read as е */
  form: string;
  /** every dictionary lemma of the form (most likely first), ё read as е */
  lemmas: string[];
  /** part of speech of the likeliest reading (OpenCorpora: NOUN, ADJF, VERB, INFN, PRTS, PREP, ...) */
  pos: string;
  /** every grammatical case any nominal reading allows (nomn, gent, datv, accs, ablt, loct, ...) */
  cases: Set<string>;
  /** tense of the likeliest verbal reading: past, pres, futr, or '' */
  tense: string;
  /** every accusative reading is plural ("соглашения", "меморандумы"): an object that is several things */
  plural: boolean;
}

let _az: AzLib | null = null;

/** Az.js's init reads its files with callbacks; queue them and answer them from disk so it completes at once. */
function _init(): AzLib {
  if (_az) return _az;
  const az = require('az') as AzLib;
  const dir = join(dirname(require.resolve('az/package.json')), 'dicts');
  const queue: [string, string, (err: Error | null, data?: unknown) => void][] = [];
  const load = az.load;
  az.load = (url, type, cb) => { queue.push([url, type, cb]); };
  let failed: Error | null = null;
  try {
    az.Morph.init(dir, (err) => { failed = err; });
    for (const [url, type, cb] of queue.splice(0)) {
      const b = readFileSync(url);
      cb(null, type === 'json' ? JSON.parse(b.toString('utf8')) : b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
    }
  } finally {
    az.load = load;
  }
  if (failed) throw failed;
  _az = az;
  return az;
}

const _cache = new Map<string, Analysis>();

/**
 * Nouns of Kazakhstan's administration that Russian copy uses daily but OpenCorpora lacks (it guesses "аким" an
 * adjective): masculine nouns declined as "министр" is, so a governor's phrase ("Аким Алматинской области") is a
 * title with its region, and "акимат области" an office.
 */
const LOCAL_NOUNS = ['аким', 'акимат', 'маслихат'];
const NOUN_ENDINGS: [string, string[]][] = [['', ['nomn', 'accs']], ['а', ['gent']], ['у', ['datv']], ['ом', ['ablt']], ['е', ['loct']],
  ['ы', ['nomn', 'accs']], ['ов', ['gent']], ['ам', ['datv']], ['ами', ['ablt']], ['ах', ['loct']]];
const _local = new Map<string, Analysis>();
for (const lemma of LOCAL_NOUNS) {
  for (const [end, cs] of NOUN_ENDINGS) {
    const form = lemma + end;
    // (an animate noun's accusative is its genitive: "встретил акима")
    const cases = new Set([...cs, ...(lemma === 'аким' && end === 'а' ? ['accs'] : [])].filter((c) => !(lemma === 'аким' && end === '' && c === 'accs')));
    _local.set(form, { form, lemmas: [lemma], pos: 'NOUN', cases, tense: '', plural: end === 'ы' });
  }
}
/**
 * The singular and plural case forms of a common noun the dictionary knows, from its own paradigm (form → cases),
 * or null. Words of names that are common nouns ("дворец", "совет", "палата") decline as the dictionary says,
 * fleeting vowels and all ("Елисейского дворца"), which no suffix table predicts.
 */
export function nounParadigm(word: string): Map<string, string[]> | null {
  const w = word.toLowerCase().replace(/ё/g, 'е');
  if (!/^[а-я-]+$/.test(w)) return null;
  const p = _init().Morph(w).find((x) => x.parser === 'Dictionary' && x.tag.POS === 'NOUN' && /\bnomn\b/.test(String(x.tag)) && x.normalize()?.word?.replace(/ё/g, 'е') === w);
  if (!p || !p.formCnt) return null;
  const out = new Map<string, string[]>();
  for (let i = 0; i < p.formCnt; i++) {
    const f = p.inflect(i);
    const c = f ? f.tag.CAse : undefined;
    if (!f || !c || c === 'voct') continue;
    const form = String(f.word).replace(/ё/g, 'е');
    const cs = c === 'loc2' ? 'loct' : c === 'gen2' ? 'gent' : c;
    out.set(form, [...new Set([...(out.get(form) ?? []), cs])]);
  }
  return out.size ? out : null;
}

const NOMINAL = new Set(['NOUN', 'ADJF', 'PRTF', 'NPRO', 'NUMR']);

/** The analysis of one word form (any case; hyphenated compounds are analysed whole). */
export function analyse(word: string): Analysis {
  const form = word.toLowerCase().replace(/ё/g, 'е');
  const hit = _local.get(form) ?? _cache.get(form);
  if (hit) return hit;
  const az = _init();
  const parses = /[а-я]/.test(form) ? az.Morph(form) : [];
  const lemmas: string[] = [];
  const cases = new Set<string>();
  let tense = '';
  let accs = 0, accsPlur = 0;
  for (const p of parses) {
    if (p.tag.POS && NOMINAL.has(p.tag.POS) && p.tag.CAse === 'accs') { accs++; if (/\bplur\b/.test(String(p.tag))) accsPlur++; }
    const n = p.normalize();
    const l = (typeof n?.word === 'string' ? n.word : form).replace(/ё/g, 'е');
    if (!lemmas.includes(l)) lemmas.push(l);
    if (p.tag.POS && NOMINAL.has(p.tag.POS) && p.tag.CAse) cases.add(p.tag.CAse === 'loc2' ? 'loct' : p.tag.CAse === 'gen2' ? 'gent' : p.tag.CAse);
    if (!tense) tense = /\b(past|pres|futr)\b/.exec(String(p.tag))?.[1] ?? '';
  }
  const a: Analysis = { form, lemmas, pos: parses[0]?.tag.POS ?? '', cases, tense, plural: accs > 0 && accsPlur === accs };
  // the cache is bounded by the language's word forms, but a stream of junk tokens must not grow it forever
  if (_cache.size > 200_000) _cache.clear();
  _cache.set(form, a);
  return a;
}
