/**
 * The learnt fallback: a sentence model trained on the gold events of the development corpora reads the sentences
 * the rules found no event in, and codes one event where it is confident. The rules stay first: they know the
 * frames they were written for; the model covers wordings no rule names ("voiced a protest", "was added to the
 * sanctions list"), which is where rules written from a few sets failed on new text.
 *
 * Its parties come from the sentence's named parties in order, arranged by a second model trained on the same gold:
 * which frame of the named parties the event takes (the first acts on the second, the two act together, the second
 * acts on the first, the one named acts on its own side…), given the type and the sentence's wording.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { InputError } from '../../errors.ts';
import { EVENT_TYPES, type CodedEvent, type Doc, type EventType } from '../../model/event.ts';
import type { Coder } from '../coder.ts';
import { contextFor } from '../context.ts';
import { findDates, parseRef } from '../dates.ts';
import { findMoney, type MoneyMention } from '../money.ts';
import { tokenize } from '../_text.ts';
import type { SentenceReading } from '../rules.ts';
import { sentenceFeatures } from './_features.ts';
import { FUTURE, HYPO, INTENT, NEGATION } from '../_words.ts';
import { probabilities, type SoftmaxModel } from './_softmax.ts';

export const MODEL_FILE = join(dirname(fileURLToPath(import.meta.url)), '../../../data/model/sentence-types.json');

/** A sentence model with what it was trained on and the threshold chosen for it (scripts/train-sentence-model.ts). */
export interface SentenceModel extends SoftmaxModel {
  /** the least probability at which the model's best type becomes an event, in a sentence with no trigger of the lexicon */
  threshold: number;
  /** the same in a sentence where the rules found a trigger and let it go ("is expected to sign"): their judgement is
   * overruled only by a surer model (above 1: never) */
  thresholdTriggered: number;
  /** which of FRAMES an event takes, from the sentence's features and its type */
  frames: SoftmaxModel;
  trainedOn?: string[];
}

/**
 * How an event's parties come from the sentence's named parties (a, b, c in the order named): actor, then recipient.
 * Listed from the plainest; a frame needing more parties than the sentence names is never chosen.
 */
export const FRAMES: Record<string, { need: number; actor: number[]; recipient: number[] }> = {
  'a>b': { need: 2, actor: [0], recipient: [1] },
  'a': { need: 1, actor: [0], recipient: [] },
  'ab': { need: 2, actor: [0, 1], recipient: [] },
  'b>a': { need: 2, actor: [1], recipient: [0] },
  'a>a': { need: 1, actor: [0], recipient: [0] },
  'a>bc': { need: 3, actor: [0], recipient: [1, 2] },
  'ab>c': { need: 3, actor: [0, 1], recipient: [2] },
  'abc': { need: 3, actor: [0, 1, 2], recipient: [] },
  'b>c': { need: 3, actor: [1], recipient: [2] },
  'a>c': { need: 3, actor: [0], recipient: [2] },
  'b': { need: 2, actor: [1], recipient: [] },
};

/** The features the frame model reads: the sentence's, its type and how many parties it names. */
export function frameFeatures(features: readonly string[], type: string, parties: number): string[] {
  return [...features, `t:${type}`, `t:${type}|p:${Math.min(parties, 3)}`];
}

/** The frame the model gives the event, among those the sentence's parties allow. */
export function frameOf(model: SoftmaxModel, features: readonly string[], type: string, parties: number): string {
  const probs = probabilities(model, frameFeatures(features, type, parties));
  let best = -1;
  for (let k = 0; k < probs.length; k++) {
    const f = FRAMES[model.classes[k]!];
    if (!f || f.need > parties) continue;
    if (best < 0 || probs[k]! > probs[best]!) best = k;
  }
  return best < 0 ? 'a' : model.classes[best]!;
}

export interface Reader {
  readonly name: string;
  read(doc: Doc): { events: CodedEvent[]; sentences: () => SentenceReading[] };
}

const NONE = 'NONE';
/** The type model's classes, in order: no event, then the PLOVER types. */
export const TYPE_CLASSES: readonly string[] = [NONE, ...EVENT_TYPES];
// (the types whose events carry money, as the rules give it: a pledge, a signed deal, an investment, a grant)
const VALUED = new Set<string>(['AGREE', 'SUPPORT', 'COOPERATE', 'AID']);
const TYPES = new Set<string>(EVENT_TYPES);
// (a place named after "in" or "at" is where the act happened, not who took part in it)
const VENUE_PREP = new Set(['in', 'at', 'near', 'inside']);
const VENUE_KINDS = new Set(['city', 'capital']);

const Softmax = z.object({ classes: z.array(z.string()).min(2), bias: z.array(z.number()), weights: z.record(z.string(), z.array(z.number())) })
  .refine((m) => m.bias.length === m.classes.length && Object.values(m.weights).every((w) => w.length === m.classes.length),
    'every weight row has one weight per class');
const ModelSchema = z.object({
  classes: z.array(z.string()), bias: z.array(z.number()), weights: z.record(z.string(), z.array(z.number())),
  threshold: z.number().positive(), thresholdTriggered: z.number().positive(), frames: Softmax, trainedOn: z.array(z.string()).optional(),
}).refine((m) => Softmax.safeParse(m).success && m.classes[0] === NONE && m.classes.slice(1).every((c) => TYPES.has(c)),
  'the type model has NONE then PLOVER types, one weight per class')
  .refine((m) => m.frames.classes.every((c) => c in FRAMES), 'every frame is one of FRAMES');

/** The shipped model (or another file of the same shape); null when the file is absent: the rules then code alone. */
export function loadSentenceModel(file = MODEL_FILE): SentenceModel | null {
  if (!existsSync(file)) return null;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new InputError('the sentence model is not JSON', { cause, where: { file } });
  }
  const got = ModelSchema.safeParse(data);
  if (!got.success) {
    const issue = got.error.issues[0]!;
    throw new InputError(issue.message, { where: { file, field: issue.path.join('.') || undefined } });
  }
  return got.data;
}

// what the spec says is no event, whatever the words around it: a negated act, a hypothesis, a condition, a habit
// (a bag of words cannot tell "did not meet" from "met": these are read here, not left to the model)
const CONDITION = new Set(['if', 'unless', 'whether', 'usually', 'often', 'regularly', 'repeatedly', 'routinely', 'traditionally']);
const UNREAL = (w: string): boolean => NEGATION.has(w) || HYPO.has(w) || CONDITION.has(w);
// (and where the rules found the act's verb and let it go, a future or a plan is why: "will sign", "plans to visit")
const UNDONE = (w: string): boolean => UNREAL(w) || FUTURE.has(w) || INTENT.has(w);

/** The parties of a sentence in the order it names them, a venue left out. */
export function partiesOf(s: SentenceReading): string[] {
  const out = new Set<string>();
  for (const p of s.parties) if (!(p.prep && VENUE_PREP.has(p.prep) && VENUE_KINDS.has(p.kind))) out.add(p.code);
  return [...out];
}

/** The model's best type for a sentence and its probability (NONE when no event is likelier). */
export function classify(model: SoftmaxModel, features: readonly string[]): { type: string; p: number } {
  const probs = probabilities(model, features);
  let best = 0;
  for (let k = 1; k < probs.length; k++) if (probs[k]! > probs[best]!) best = k;
  return { type: model.classes[best]!, p: probs[best]! };
}

export class LearntFallback implements Coder {
  readonly name: string;

  constructor(private readonly rules: Reader, private readonly model: SentenceModel | null) {
    this.name = model ? `${rules.name}+learnt` : rules.name;
  }

  code(doc: Doc): CodedEvent[] {
    const { events, sentences: read } = this.rules.read(doc);
    const model = this.model;
    // (a document the rules found events in is left as they read it: there, a sentence left uncoded is most often
    // commentary or a restatement of what was coded, and the model, trained on too few such cases, codes it anyway)
    if (!model || events.length > 0) return events;
    const sentences = read();
    const ref = parseRef(doc.date ?? null);
    const out: CodedEvent[] = [];
    const told = new Set<string>();
    for (const s of sentences) {
      const parties = partiesOf(s);
      if (parties.length === 0) continue;
      // (a sentence the rules weighed and let go, "is expected to sign", is theirs to judge: the model overrules them
      // only when surer than where no trigger of the lexicon was found, the wordings the rules have no word for)
      if (s.words.some(s.cues.length ? UNDONE : UNREAL)) continue;
      const features = sentenceFeatures(s.words, s.parties, sentences.length, s.cues);
      const { type, p } = classify(model, features);
      if (type === NONE || !TYPES.has(type) || p < (s.cues.length ? model.thresholdTriggered : model.threshold)) continue;
      const frame = FRAMES[frameOf(model.frames, features, type, parties.length)]!;
      const actor = frame.actor.map((k) => parties[k]!);
      const recipient = frame.recipient.map((k) => parties[k]!);
      // (the same act of the same sides as one told already is that act told again)
      const key = `${type}|${[...actor].sort()}|${[...recipient].sort()}`;
      if (told.has(key)) continue;
      told.add(key);
      // (the day the sentence names, else the story's own; a day after the story's is a plan's, not the act's)
      const named = findDates(s.text, ref).find((d) => d.date.length >= 7 && !(doc.date && d.date > doc.date));
      const sum = VALUED.has(type) ? sumOf(s, recipient[0]) : undefined;
      out.push({
        doc: doc.id, sentence: s.index, text: s.text, event_type: type as EventType, mode: null,
        context: contextFor(type as EventType, s.text), actor, recipient,
        date: named?.date ?? doc.date ?? null, location: null,
        value: sum ? { amount: sum.amount, currency: sum.currency } : null, cameo: null,
        span: { start: s.start, end: s.end },
        // (no higher than the least a rule event gets, 0.3: the review queue shows the model's events first)
        confidence: Math.round(p * 30) / 100,
      });
    }
    return out;
  }
}

/**
 * The sum a sentence gives its act: the only one it names, else the one nearest the recipient ("$1 billion for
 * Kazakhstan and a similar $500 million loan for Uzbekistan": Uzbekistan's is the second).
 */
function sumOf(s: SentenceReading, recipient: string | undefined): MoneyMention | undefined {
  const sums = findMoney(s.text);
  if (sums.length < 2 || recipient === undefined) return sums[0];
  const party = s.parties.find((p) => p.code === recipient);
  const at = party ? tokenize(s.text)[party.start]?.start : undefined;
  if (at === undefined) return sums[0];
  return sums.reduce((best, m) => (Math.abs(m.index - at) < Math.abs(best.index - at) ? m : best));
}
