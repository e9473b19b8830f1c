/**
 * A multinomial logistic regression over sparse binary features, trained by stochastic gradient descent with L2
 * decay. Small and dependency-free: the model is a table of per-feature weight rows, saved as JSON.
 */

export interface SoftmaxModel {
  classes: string[];
  bias: number[];
  weights: Record<string, number[]>;
}

export interface Example {
  features: readonly string[];
  label: number;
}

export interface TrainOptions {
  epochs?: number;
  rate?: number;
  l2?: number;
  /** features seen in fewer examples than this are dropped */
  minCount?: number;
  seed?: number;
}

/** The class probabilities of one feature set. */
export function probabilities(model: SoftmaxModel, features: readonly string[]): number[] {
  const z = [...model.bias];
  for (const f of features) {
    const w = model.weights[f];
    if (!w) continue;
    for (let k = 0; k < z.length; k++) z[k]! += w[k] ?? 0;
  }
  const max = Math.max(...z);
  let sum = 0;
  for (let k = 0; k < z.length; k++) { z[k] = Math.exp(z[k]! - max); sum += z[k]!; }
  return z.map((v) => v / sum);
}

// (a seeded generator: the same corpus trains the same model, so the committed model can be rebuilt exactly)
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function train(classes: string[], examples: readonly Example[], options: TrainOptions = {}): SoftmaxModel {
  const { epochs = 30, rate = 0.2, l2 = 1e-3, minCount = 2, seed = 1 } = options;
  const count = new Map<string, number>();
  for (const e of examples) for (const f of e.features) count.set(f, (count.get(f) ?? 0) + 1);
  const K = classes.length;
  const weights: Record<string, number[]> = {};
  for (const [f, n] of count) if (n >= minCount) weights[f] = new Array<number>(K).fill(0);
  const model: SoftmaxModel = { classes, bias: new Array<number>(K).fill(0), weights };
  const order = examples.map((_, i) => i);
  const rand = mulberry32(seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
    const lr = rate / (1 + epoch * 0.2);
    for (const idx of order) {
      const e = examples[idx]!;
      const p = probabilities(model, e.features);
      for (let k = 0; k < K; k++) {
        const g = p[k]! - (k === e.label ? 1 : 0);
        model.bias[k]! -= lr * g;
        for (const f of e.features) {
          const w = weights[f];
          if (w) w[k]! -= lr * (g + l2 * w[k]!);
        }
      }
    }
  }
  // (weights rounded and near-zero rows dropped: the saved model stays small and diffs stay readable)
  for (const [f, w] of Object.entries(weights)) {
    const r = w.map((v) => Math.round(v * 1000) / 1000);
    if (r.every((v) => Math.abs(v) < 0.01)) delete weights[f];
    else weights[f] = r;
  }
  model.bias = model.bias.map((v) => Math.round(v * 1000) / 1000);
  return model;
}
