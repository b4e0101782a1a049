/**
 * A reference point for the politeness eval, NOT part of Parley: a bag-of-words logistic
 * regression fitted on the domain itself and scored by 10-fold cross-validation. It shows what a
 * model trained on each domain's own labels reaches with word features, i.e. how hard a target
 * is for an unfitted scorer. Deterministic: folds by row index, fixed epochs and learning rate.
 */

/** Unigrams, bigrams and the first word, lowercased; "?" and "!" are words too. */
export function features(text: string): string[] {
  const words = text.toLowerCase().match(/[a-z']+|[?!]/g) ?? [];
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    out.add(words[i]!);
    if (i > 0) out.add(`${words[i - 1]} ${words[i]}`);
  }
  if (words[0]) out.add(`^${words[0]}`);
  return [...out];
}

const EPOCHS = 10;
const LEARNING_RATE = 0.02;
const L2 = 1e-3;

/** Logistic regression by plain SGD; returns a scorer (the logit). */
export function fitWordModel(
  xs: readonly string[][],
  ys: readonly boolean[],
): (x: readonly string[]) => number {
  const w = new Map<string, number>();
  let bias = 0;
  const score = (x: readonly string[]) => {
    let z = bias;
    for (const f of x) z += w.get(f) ?? 0;
    return z;
  };
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i]!;
      const gradient = 1 / (1 + Math.exp(-score(x))) - (ys[i] ? 1 : 0);
      bias -= LEARNING_RATE * gradient;
      for (const f of x) {
        const v = w.get(f) ?? 0;
        w.set(f, v - LEARNING_RATE * (gradient + L2 * v));
      }
    }
  }
  return score;
}

/** Out-of-fold scores: each row is scored by a model fitted on the other nine folds. */
export function crossValidatedScores(
  texts: readonly string[],
  positive: readonly boolean[],
  folds = 10,
): number[] {
  const xs = texts.map(features);
  const scores = new Array<number>(texts.length).fill(0);
  for (let fold = 0; fold < folds; fold++) {
    const train = xs.flatMap((_, i) => (i % folds === fold ? [] : [i]));
    const model = fitWordModel(
      train.map((i) => xs[i]!),
      train.map((i) => positive[i]!),
    );
    for (let i = fold; i < xs.length; i += folds) scores[i] = model(xs[i]!);
  }
  return scores;
}
