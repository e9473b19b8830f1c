/** Evaluation suite: codes the shared development corpora and holds the coder to the committed thresholds. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { corpora, evaluate } from '../../scripts/eval.ts';
import { ENGLISH, trainModel } from '../../scripts/train-sentence-model.ts';
import { loadSentenceModel } from '../../src/coder/learnt/fallback.ts';

const root = resolve(import.meta.dirname, '../..');
const limits = JSON.parse(readFileSync(join(root, 'scripts/thresholds.json'), 'utf8')) as Record<string, Record<string, number>>;

describe('coder accuracy on the shared corpora', { skip: !existsSync(resolve(root, '../shared/corpus')) }, () => {
  for (const c of corpora()) {
    const want = limits[c.name];
    if (!want) continue;
    it(`${c.name} meets its thresholds`, () => {
      const { score } = evaluate(c.dir, c.name);
      for (const [k, min] of Object.entries(want)) {
        const v = (score as unknown as Record<string, number | null>)[k] ?? 0;
        assert.ok(v >= min, `${c.name} ${k} = ${v.toFixed(3)} < ${min}`);
      }
    });
  }
});

describe('the shipped sentence model', { skip: !existsSync(resolve(root, '../shared/corpus')) }, () => {
  // (its features are the rules' reading of each sentence: a change to the rules' names or triggers must come with
  // the model retrained from the same corpora, `node --import tsx scripts/train-sentence-model.ts`)
  it('is the one the training script builds from the current rules and corpora', () => {
    const shipped = loadSentenceModel()!;
    const built = trainModel(ENGLISH, shipped.threshold, shipped.thresholdTriggered);
    assert.deepEqual(built.trainedOn, shipped.trainedOn);
    assert.deepEqual(JSON.parse(JSON.stringify(built)), shipped);
  });
});
