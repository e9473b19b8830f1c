/**
 * The learnt fallback (src/coder/learnt): the softmax it is built on, the features it reads, the frames that give its
 * parties, the guards that keep it off what the spec says is no event, and the model shipped in data/model.
 * Toy models are trained here on sentences written for these tests, with a made-up verb no rule knows.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { createCoder } from '../../src/coder/index.ts';
import { loadLexicon } from '../../src/coder/lexicon/load.ts';
import { RuleCoder } from '../../src/coder/rules.ts';
import { FRAMES, frameFeatures, TYPE_CLASSES, LearntFallback, loadSentenceModel, partiesOf, type SentenceModel } from '../../src/coder/learnt/fallback.ts';
import { sentenceFeatures } from '../../src/coder/learnt/_features.ts';
import { probabilities, train, type Example } from '../../src/coder/learnt/_softmax.ts';
import { isMultivectorError } from '../../src/errors.ts';

const rules = new RuleCoder(loadLexicon([]).gazetteer);
const CLASSES = [...TYPE_CLASSES];
const FRAME_NAMES = Object.keys(FRAMES);

/** The features of a one-sentence document as the fallback sees them. */
function featuresOf(text: string): { features: string[]; parties: number } {
  const sentences = rules.read({ id: 'f', text, date: '2024-03-04' }).sentences();
  const s = sentences[0]!;
  return { features: sentenceFeatures(s.words, s.parties, sentences.length, s.cues), parties: partiesOf(s).length };
}

/** A toy model: "zorbled" is an accusation of the first state named against the second, "glorped" a grant to it,
 * "chatted" is nothing. */
function toyModel(threshold = 0.5): SentenceModel {
  const pairs = [['Chile', 'Peru'], ['Peru', 'Chile'], ['Mongolia', 'Nepal'], ['Nepal', 'Mongolia'], ['Chile', 'Nepal'], ['Ghana', 'Togo']];
  const types: Example[] = [];
  const frames: Example[] = [];
  for (const [a, b] of pairs) {
    const yes = featuresOf(`${a} zorbled ${b} on Monday.`);
    types.push({ features: yes.features, label: CLASSES.indexOf('ACCUSE') });
    frames.push({ features: frameFeatures(yes.features, 'ACCUSE', yes.parties), label: FRAME_NAMES.indexOf('a>b') });
    types.push({ features: featuresOf(`${a} chatted about ${b} on Monday.`).features, label: 0 });
    const aid = featuresOf(`${a} glorped ${b} $5 million on Monday.`);
    types.push({ features: aid.features, label: CLASSES.indexOf('AID') });
    frames.push({ features: frameFeatures(aid.features, 'AID', aid.parties), label: FRAME_NAMES.indexOf('a>b') });
  }
  return { ...train(CLASSES, types, { minCount: 1 }), threshold, thresholdTriggered: 0.9, frames: train(FRAME_NAMES, frames, { minCount: 1 }) };
}

describe('softmax', () => {
  it('learns a separable problem and is the same model for the same seed', () => {
    const ex: Example[] = [];
    for (let i = 0; i < 20; i++) ex.push({ features: ['x', `n${i % 3}`], label: 0 }, { features: ['y', `n${i % 3}`], label: 1 });
    const m = train(['a', 'b'], ex, { minCount: 1 });
    assert.ok(probabilities(m, ['x'])[0]! > 0.9);
    assert.ok(probabilities(m, ['y'])[1]! > 0.9);
    assert.deepEqual(train(['a', 'b'], ex, { minCount: 1 }), m);
    // (features seen fewer times than minCount carry no weight)
    assert.equal(train(['a', 'b'], [{ features: ['once'], label: 0 }, { features: ['x'], label: 1 }], { minCount: 2 }).weights.once, undefined);
  });

  it('gives probabilities that sum to one whatever the features', () => {
    const m = train(['a', 'b', 'c'], [{ features: ['p', 'q'], label: 0 }, { features: ['q', 'r'], label: 1 }, { features: ['r'], label: 2 }], { minCount: 1 });
    fc.assert(fc.property(fc.array(fc.constantFrom('p', 'q', 'r', 'unknown', '')), (fs) => {
      const p = probabilities(m, fs);
      return p.length === 3 && p.every((v) => v >= 0 && v <= 1) && Math.abs(p.reduce((s, v) => s + v, 0) - 1) < 1e-9;
    }));
  });
});

describe('sentence features', () => {
  it('see the kind of party named, never which one', () => {
    const states = ['Chile', 'Peru', 'Nepal', 'Mongolia', 'Ghana', 'Japan', 'Kazakhstan'];
    fc.assert(fc.property(fc.constantFrom(...states), fc.constantFrom(...states), (a, b) => {
      fc.pre(a !== b);
      return JSON.stringify(featuresOf(`${a} zorbled ${b} on Monday.`).features) ===
        JSON.stringify(featuresOf('Chile zorbled Peru on Monday.').features);
    }));
  });

  it('fold the forms of a word and tell a record from a long story', () => {
    const f = (words: string[], n: number): string[] => sentenceFeatures(words, [], n);
    assert.ok(f(['accused'], 1).includes('u:accus') && f(['accuses'], 1).includes('u:accus'));
    assert.ok(f(['x'], 1).includes('d:one') && f(['x'], 3).includes('d:few') && f(['x'], 9).includes('d:many'));
    assert.ok(sentenceFeatures(['x'], [], 1, ['ACCUSE']).includes('c:ACCUSE'));
  });
});

describe('the learnt fallback', () => {
  const model = toyModel();
  const coder = new LearntFallback(rules, model);
  const code = (text: string) => coder.code({ id: 'd', text, date: '2024-03-04' });

  it('codes a wording no rule knows, with the parties its frame gives and a low confidence', () => {
    const [e, ...rest] = code('Japan zorbled Chile on Monday.');
    assert.equal(rest.length, 0);
    assert.equal(e?.event_type, 'ACCUSE');
    assert.deepEqual([e?.actor, e?.recipient], [['JPN'], ['CHL']]);
    assert.equal(e?.date, '2024-03-04');
    // (a weekday is read against the story's date, as the rules read it: the Tuesday before Monday 4 March)
    assert.equal(code('Japan zorbled Chile on Tuesday.')[0]?.date, '2024-02-27');
    assert.ok(e!.confidence! <= 0.3);
    assert.equal(rules.code({ id: 'd', text: 'Japan zorbled Chile on Tuesday.', date: '2024-03-04' }).length, 0);
  });

  it('gives a grant the sum its sentence names, and an accusation none', () => {
    const [e] = code('Japan glorped Chile $20 million on Monday.');
    assert.equal(e?.event_type, 'AID');
    assert.deepEqual(e?.value, { amount: 20_000_000, currency: 'USD' });
    assert.equal(code('Japan zorbled Chile over $20 million on Monday.')[0]?.value ?? null, null);
  });

  it('gives the act the sum nearest its recipient when the sentence names several', () => {
    // (the toy frame makes the first state named the giver and the second the recipient)
    const [e] = code('After $90 million last year, Japan glorped Chile $20 million on Monday.');
    assert.equal(e?.event_type, 'AID');
    assert.deepEqual(e?.value, { amount: 20_000_000, currency: 'USD' });
  });

  it('takes the day the sentence names', () => {
    assert.equal(code('Japan zorbled Chile on 12 February 2024.')[0]?.date, '2024-02-12');
  });

  it('codes nothing the spec says is no event: a negated act, a hypothesis, a condition, a habit', () => {
    for (const t of ['Japan did not zorble Chile on Tuesday.', 'Japan never zorbled Chile.', 'Japan could zorble Chile.',
      'If Chile refuses, Japan zorbled it.', 'Japan often zorbled Chile.']) assert.deepEqual(code(t), [], t);
  });

  it('leaves a sentence alone when the model is unsure or names no party', () => {
    assert.deepEqual(code('Japan chatted about Chile on Tuesday.'), []);
    assert.deepEqual(code('The weather zorbled the valley on Tuesday.'), []);
    assert.deepEqual(new LearntFallback(rules, toyModel(1.01)).code({ id: 'd', text: 'Japan zorbled Chile on Tuesday.' }), []);
  });

  it('leaves a document the rules found events in as the rules read it', () => {
    const text = 'Kazakhstan and Uzbekistan signed a trade agreement in Tashkent on Monday. Japan zorbled Chile on Tuesday.';
    const byRules = rules.code({ id: 'd', text, date: '2024-03-04' });
    assert.ok(byRules.length > 0);
    assert.deepEqual(code(text), byRules);
  });

  it('with no model, is the rules', () => {
    const text = 'Japan zorbled Chile on Tuesday. Kazakhstan protested.';
    assert.deepEqual(new LearntFallback(rules, null).code({ id: 'd', text }), rules.code({ id: 'd', text }));
    assert.equal(new LearntFallback(rules, null).name, 'rules');
  });

  it('never drops an event of the rules and takes its parties only from its sentence', () => {
    const words = ['Japan', 'Chile', 'Peru', 'zorbled', 'chatted', 'met', 'accused', 'signed', 'not', 'on', 'Monday', 'the', 'and', 'with', '.'];
    fc.assert(fc.property(fc.array(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: 4 }), (ss) => {
      const text = ss.map((s) => `${s.join(' ')}.`).join(' ');
      const doc = { id: 'p', text, date: '2024-03-04' };
      const read = rules.read(doc);
      const events = read.events;
      const sentences = read.sentences();
      const out = coder.code(doc);
      if (events.length) return JSON.stringify(out) === JSON.stringify(events);
      return out.every((e) => {
        const s = sentences.find((x) => x.index === e.sentence);
        return !!s && [...e.actor, ...e.recipient].every((c) => partiesOf(s).includes(c)) && e.confidence! <= 0.3;
      });
    }), { numRuns: 200 });
  });
});

describe('the shipped sentence model', () => {
  it('loads, reads every PLOVER type, and was trained on no sealed set', () => {
    const m = loadSentenceModel();
    assert.ok(m, 'data/model/sentence-types.json is shipped');
    assert.deepEqual(m.classes, CLASSES);
    assert.ok(m.frames.classes.every((c) => c in FRAMES));
    assert.ok(m.threshold > 0 && m.threshold <= 1 && m.thresholdTriggered >= m.threshold);
    assert.ok(m.trainedOn && m.trainedOn.length > 5);
    for (const s of m.trainedOn) assert.ok(!/sealed/.test(s), s);
  });

  it('is what createCoder uses, and learnt: false turns it off', () => {
    assert.equal(createCoder().name, 'rules+learnt');
    assert.equal(createCoder({ learnt: false }).name, 'rules');
  });

  it('refuses a broken model file with its path and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mv-model-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"classes": [');
    assert.throws(() => loadSentenceModel(bad), (e) => isMultivectorError(e) && e.describe().includes(bad));
    const m = loadSentenceModel()!;
    writeFileSync(bad, JSON.stringify({ ...m, frames: { ...m.frames, classes: ['sideways'] } }));
    assert.throws(() => loadSentenceModel(bad), (e) => isMultivectorError(e) && /frame/.test(e.describe()));
    writeFileSync(bad, JSON.stringify({ ...m, threshold: 'high' }));
    assert.throws(() => loadSentenceModel(bad), (e) => isMultivectorError(e) && e.describe().includes('threshold'));
    assert.equal(loadSentenceModel(join(dir, 'absent.json')), null);
  });
});
