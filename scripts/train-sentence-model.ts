/**
 * Trains the learnt fallback's sentence model (src/coder/learnt) on the gold events of the English development
 * corpora and writes data/model/sentence-types.json. Each sentence the rules read is labelled with the types of the
 * gold events whose evidence it is, or NONE; sentences naming no party are left out, as the fallback never reads them.
 *
 *   node --import tsx scripts/train-sentence-model.ts              train on every English development set, write the model
 *   node --import tsx scripts/train-sentence-model.ts --hold a,b   train without sets a and b and score them with and
 *                                                                  without the fallback at several thresholds (no write)
 * The sealed quarters are never read.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Doc } from '../src/model/event.ts';
import { loadLexicon } from '../src/coder/lexicon/load.ts';
import { RuleCoder, type SentenceReading } from '../src/coder/rules.ts';
import { LanguageCoder } from '../src/coder/dispatch.ts';
import { FRAMES, frameFeatures, TYPE_CLASSES, LearntFallback, MODEL_FILE, partiesOf, type SentenceModel } from '../src/coder/learnt/fallback.ts';
import { sentenceFeatures } from '../src/coder/learnt/_features.ts';
import { train, type Example } from '../src/coder/learnt/_softmax.ts';
import { corpora, evaluate } from './eval.ts';

// the English sets with sentence-level gold (each gold event carries its sentence), and the PLOVER records, one
// sentence each
export const ENGLISH = ['plover-gsr-dev', 'seeds', 'examples', 'wire', 'probe', 'probe-kz', 'probe-kz2', 'probe-kz3', 'probe-kz4',
  'probe-kz5', 'probe-kz6', 'probe-kz7', 'probe-kz8', 'probe-plover', 'probe-plover2', 'probe-plover3', 'probe-plover4',
  'probe-kz9', 'probe-plover5', 'probe-kz10', 'probe-kz11', 'probe-plover6'];
const CLASSES = [...TYPE_CLASSES];

interface GoldLine { doc: string; text?: string; event_type: string; actor: string[]; recipient: string[] }

const norm = (t: string): string => t.replace(/\s+/g, ' ').trim().toLowerCase();

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

const FRAME_NAMES = Object.keys(FRAMES);
const codes = (xs: string[]): string[] => [...new Set(xs)].sort();
const same = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** The frame that gives a gold event's parties from the sentence's, exactly if one does, else as the scorer counts. */
function goldFrame(g: GoldLine, parties: string[]): number {
  const ga = codes(g.actor), gr = codes(g.recipient);
  const sym = g.event_type === 'CONSULT';
  let loose = -1;
  for (const [k, name] of FRAME_NAMES.entries()) {
    const f = FRAMES[name]!;
    if (f.need > parties.length) continue;
    const pa = codes(f.actor.map((i) => parties[i]!)), pr = codes(f.recipient.map((i) => parties[i]!));
    if (same(pa, ga) && same(pr, gr)) return k;
    if (loose < 0 && ((same(pa, ga) && gr.length === 0) || (sym && same(codes([...pa, ...pr]), codes([...ga, ...gr]))))) loose = k;
  }
  return loose;
}

/** Labelled sentences of one corpus: for the type model, and for the frame model (each gold event its parties fit). */
function examplesOf(dir: string, rules: RuleCoder): { examples: Example[]; frames: Example[] } {
  const docs = readJsonl<Doc>(join(dir, 'docs.jsonl'));
  const gold = new Map<string, GoldLine[]>();
  for (const g of readJsonl<GoldLine>(join(dir, 'gold.jsonl'))) (gold.get(g.doc) ?? gold.set(g.doc, []).get(g.doc)!).push(g);
  const examples: Example[] = [];
  const frames: Example[] = [];
  for (const d of docs) {
    if (d.lang && d.lang !== 'en') continue;
    const sentences = rules.read(d).sentences();
    const golds = gold.get(d.id) ?? [];
    const labelled = (s: SentenceReading): GoldLine[] => {
      // (a record of one sentence with gold but no evidence text: its events are that sentence's)
      if (golds.some((g) => !g.text)) return sentences.length === 1 ? golds : [];
      const t = norm(s.text);
      return golds.filter((g) => { const x = norm(g.text!); return x.includes(t) || t.includes(x); });
    };
    // (a document whose gold has no evidence and several sentences cannot be labelled by sentence)
    if (golds.some((g) => !g.text) && sentences.length > 1) continue;
    for (const s of sentences) {
      const parties = partiesOf(s);
      if (parties.length === 0) continue;
      const features = sentenceFeatures(s.words, s.parties, sentences.length, s.cues);
      const gs = labelled(s);
      const types = [...new Set(gs.map((g) => g.event_type))];
      if (types.length === 0) examples.push({ features, label: 0 });
      for (const t of types) examples.push({ features, label: CLASSES.indexOf(t) });
      for (const g of gs) {
        const k = goldFrame(g, parties);
        if (k >= 0) frames.push({ features: frameFeatures(features, g.event_type, parties.length), label: k });
      }
    }
  }
  return { examples, frames };
}

export function trainModel(sets: string[], threshold: number, thresholdTriggered: number): SentenceModel {
  const rules = new RuleCoder(loadLexicon([]).gazetteer);
  const dirs = new Map(corpora(false).map((c) => [c.name, c.dir]));
  const examples: Example[] = [];
  const frames: Example[] = [];
  for (const name of sets) {
    const dir = dirs.get(name);
    if (!dir) throw new Error(`no corpus named ${name}`);
    const got = examplesOf(dir, rules);
    examples.push(...got.examples);
    frames.push(...got.frames);
  }
  return { ...train(CLASSES, examples), threshold, thresholdTriggered, frames: train(FRAME_NAMES, frames), trainedOn: sets };
}

if (process.argv[1]?.endsWith('train-sentence-model.ts')) {
  const args = process.argv.slice(2);
  const hold = args.includes('--hold') ? (args[args.indexOf('--hold') + 1] ?? '').split(',').filter(Boolean) : [];
  const threshold = Number(args.includes('--threshold') ? args[args.indexOf('--threshold') + 1] : 0.4);
  const triggered = Number(args.includes('--triggered') ? args[args.indexOf('--triggered') + 1] : 0.4);
  // (the thresholds tried: in a sentence with no trigger, and in one where the rules found a trigger and let it go)
  const tried: [number, number][] = [[0.4, 2], [0.4, 0.8], [0.4, 0.6], [0.4, 0.4], [0.3, 0.3], [0.5, 0.5]];
  if (args.includes('--cv')) {
    // leave one set out: each set scored by a model trained without it, the counts summed over the sets
    const dirs = new Map(corpora(false).map((c) => [c.name, c.dir]));
    const rules = new RuleCoder(loadLexicon([]).gazetteer);
    const sum = new Map<string, [number, number, number]>();
    const add = (k: string, m: number, p: number, g: number): void => { const c = sum.get(k) ?? [0, 0, 0]; c[0] += m; c[1] += p; c[2] += g; sum.set(k, c); };
    for (const name of ENGLISH) {
      const model = trainModel(ENGLISH.filter((s) => s !== name), threshold, triggered);
      const base = evaluate(dirs.get(name)!, name, null, new LanguageCoder(rules)).score;
      add('rules', base.matched, base.predicted, base.gold);
      const row = [`${name.padEnd(14)} rules ${base.event_f1.toFixed(3)}`];
      for (const [t, b] of tried) {
        const s = evaluate(dirs.get(name)!, name, null, new LanguageCoder(new LearntFallback(rules, { ...model, threshold: t, thresholdTriggered: b }))).score;
        add(`${t}/${b}`, s.matched, s.predicted, s.gold);
        row.push(`${t}/${b}: ${s.event_f1.toFixed(3)}`);
      }
      console.log(row.join('  '));
    }
    for (const [k, [m, p, g]] of sum) console.log(`${k.padEnd(6)} matched ${m} predicted ${p} gold ${g}  P ${(m / p).toFixed(3)} R ${(m / g).toFixed(3)} F1 ${(2 * m / (p + g)).toFixed(3)}`);
  } else if (hold.length) {
    const model = trainModel(ENGLISH.filter((s) => !hold.includes(s)), threshold, triggered);
    // (a set not yet wired into eval, being scored once, is read from its folder)
    const dirs = new Map(corpora(false).map((c) => [c.name, c.dir]));
    for (const name of hold) if (!dirs.has(name)) dirs.set(name, join(import.meta.dirname, '../examples', name));
    const rules = new RuleCoder(loadLexicon([]).gazetteer);
    for (const name of hold) {
      const base = evaluate(dirs.get(name)!, name, null, new LanguageCoder(rules)).score;
      const row = [`${name.padEnd(14)} rules ${base.event_f1.toFixed(3)} (${base.matched}/${base.predicted}/${base.gold})`];
      for (const [t, b] of tried) {
        const s = evaluate(dirs.get(name)!, name, null, new LanguageCoder(new LearntFallback(rules, { ...model, threshold: t, thresholdTriggered: b }))).score;
        row.push(`${t}/${b}: ${s.event_f1.toFixed(3)} (${s.matched}/${s.predicted})`);
      }
      console.log(row.join('  '));
    }
  } else {
    const model = trainModel(ENGLISH, threshold, triggered);
    mkdirSync(dirname(MODEL_FILE), { recursive: true });
    writeFileSync(MODEL_FILE, JSON.stringify(model) + '\n');
    console.log(`wrote ${MODEL_FILE}: ${Object.keys(model.weights).length} type features, ${Object.keys(model.frames.weights).length} frame features, thresholds ${threshold}, ${triggered} where a trigger was found`);
  }
}
