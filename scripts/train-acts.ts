/**
 * `npm run train:acts`: trains the act scorer of every language (src/coach/local/acts/scorer.ts)
 * and writes packs/<lang>/acts-model.json. Input: data/train/acts-<lang>.jsonl (original sentences
 * written for Parley, MIT) plus the `match` examples of the pack's own rules. Never the eval sets:
 * eval/ is only for choosing the threshold in packs/<lang>/acts-model.yml. Deterministic: a fixed
 * seed, a fixed order, and rounded weights, so the same data gives the same file. Prints 5-fold
 * cross-validated accuracy first.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { BITS, CHAR_FLAG, featurize, MAX_FEATURES } from '../src/coach/local/acts/features.ts';
import { packFor } from '../src/coach/local/acts/load.ts';
import { Act, HOSTILE_ACTS } from '../src/coach/local/acts/schema.ts';
import { ActScorer, type ModelFile, modelFiles } from '../src/coach/local/acts/scorer.ts';
import { LANGS, type Lang } from '../src/coach/local/packs.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEED = 20261204;
const EPOCHS = Number(process.env.EPOCHS ?? 30);
const RATE = Number(process.env.RATE ?? 0.4);
const L2 = Number(process.env.L2 ?? 2e-5);
const BALANCE = Number(process.env.BALANCE ?? 0.5);
const SCALE = 100;
/** A feature seen in fewer training sentences than this is dropped (noise, and file size). */
const MIN_COUNT = Number(process.env.MIN_COUNT ?? 2);
const MAX_KEPT = 60_000;
/**
 * What a character n-gram weighs against a word feature: a word gives a dozen n-grams, which at
 * full weight drown the words out. Chosen by cross-validation on the training data.
 */
const CHAR_WEIGHT: Record<Lang, number> = { en: 0.1, pl: 0.2 };

const Row = z.object({ text: z.string().min(1), act: Act, lang: z.string() });
interface Example {
  act: Act;
  x: Map<number, number>;
}

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

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const buffer = new Uint32Array(MAX_FEATURES);
/** The sentence's features as the scorer sees them: counts, char n-grams weighed, unit length. */
function vector(text: string, charWeight: number): Map<number, number> {
  const n = featurize(text, buffer);
  const x = new Map<number, number>();
  let norm2 = 0;
  for (let i = 0; i < n; i++) {
    const id = buffer[i]!;
    const v = id & CHAR_FLAG ? charWeight : 1;
    norm2 += v * v;
    if (v > 0) x.set(id, (x.get(id) ?? 0) + v);
  }
  const norm = norm2 > 0 ? 1 / Math.sqrt(norm2) : 0;
  for (const [id, v] of x) x.set(id, v * norm);
  return x;
}

function readRows(lang: Lang): { texts: { text: string; act: Act }[]; files: string[] } {
  const files: string[] = [];
  const texts: { text: string; act: Act }[] = [];
  const file = join('data', 'train', `acts-${lang}.jsonl`);
  if (existsSync(join(ROOT, file))) {
    files.push(file);
    const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      const row = Row.safeParse(JSON.parse(line));
      if (!row.success) throw new Error(`${file}:${i + 1}: ${z.prettifyError(row.error)}`);
      if (row.data.lang === lang) texts.push({ text: row.data.text, act: row.data.act });
    });
  }
  files.push(`packs/${lang}/acts.yml (examples.match)`);
  for (const rule of packFor(lang).rules)
    for (const text of rule.examples.match) texts.push({ text, act: rule.act });
  return { texts, files };
}

interface Trained {
  classes: Act[];
  bias: Float64Array;
  weights: Map<number, Float64Array>;
}

/** Keeps the features seen in at least MIN_COUNT sentences. */
function frequent(examples: Example[]): Example[] {
  const seen = new Map<number, number>();
  for (const e of examples) for (const f of e.x.keys()) seen.set(f, (seen.get(f) ?? 0) + 1);
  return examples.map((e) => ({
    act: e.act,
    x: new Map([...e.x].filter(([f]) => (seen.get(f) ?? 0) >= MIN_COUNT)),
  }));
}

/** Multinomial logistic regression by AdaGrad SGD, classes weighted towards balance. */
function train(all: Example[], classes: Act[]): Trained {
  const examples = frequent(all);
  const k = classes.length;
  const index = new Map(classes.map((c, i) => [c, i]));
  const counts = new Float64Array(k);
  for (const e of examples) counts[index.get(e.act)!]!++;
  const classWeight = Float64Array.from(counts, (c) => (c > 0 ? (examples.length / (k * c)) ** BALANCE : 0));
  const bias = new Float64Array(k);
  const biasG = new Float64Array(k).fill(1e-8);
  const weights = new Map<number, Float64Array>();
  const grads = new Map<number, Float64Array>();
  const random = mulberry32(SEED);
  const z = new Float64Array(k);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const e of shuffle(examples, random)) {
      for (let c = 0; c < k; c++) z[c] = bias[c]!;
      for (const [f, v] of e.x) {
        const w = weights.get(f);
        if (w) for (let c = 0; c < k; c++) z[c]! += w[c]! * v;
      }
      let max = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < k; c++) max = Math.max(max, z[c]!);
      let sum = 0;
      for (let c = 0; c < k; c++) {
        z[c] = Math.exp(z[c]! - max);
        sum += z[c]!;
      }
      const y = index.get(e.act)!;
      const cw = classWeight[y]!;
      for (let c = 0; c < k; c++) {
        const g = cw * (z[c]! / sum - (c === y ? 1 : 0));
        biasG[c]! += g * g;
        bias[c]! -= (RATE * g) / Math.sqrt(biasG[c]!);
      }
      for (const [f, v] of e.x) {
        let w = weights.get(f);
        let gs = grads.get(f);
        if (!w || !gs) {
          w = new Float64Array(k);
          gs = new Float64Array(k).fill(1e-8);
          weights.set(f, w);
          grads.set(f, gs);
        }
        for (let c = 0; c < k; c++) {
          const g = cw * (z[c]! / sum - (c === y ? 1 : 0)) * v + L2 * w[c]!;
          gs[c]! += g * g;
          w[c]! -= (RATE * g) / Math.sqrt(gs[c]!);
        }
      }
    }
  }
  return { classes, bias, weights };
}

/** The compact file: weights rounded to 1/SCALE, features whose row rounds to zero dropped. */
function compact(model: Trained, lang: Lang, rows: number, files: string[], charWeight: number): ModelFile {
  const scored = [...model.weights]
    .map(([id, w]) => ({ id, w, l1: w.reduce((a, b) => a + Math.abs(b), 0) }))
    .sort((a, b) => b.l1 - a.l1 || a.id - b.id)
    .slice(0, MAX_KEPT)
    .map(({ id, w }) => ({ id, w: Array.from(w, (x) => Math.round(x * SCALE)) }))
    .filter(({ w }) => w.some((x) => x !== 0))
    .sort((a, b) => a.id - b.id);
  return {
    format: 1,
    lang,
    bits: BITS,
    classes: model.classes,
    scale: SCALE,
    charWeight,
    bias: Array.from(model.bias, (b) => Math.round(b * SCALE)),
    ids: scored.map((s) => s.id),
    weights: scored.flatMap((s) => s.w),
    trainedOn: { rows, files, licence: 'MIT (written for Parley)' },
  };
}

/** 5-fold cross-validation: act accuracy, and hostile-or-not at a few thresholds. */
function crossValidate(
  texts: { text: string; act: Act }[],
  classes: Act[],
  lang: Lang,
  charWeight: number,
): void {
  const random = mulberry32(SEED + 1);
  const order = shuffle(
    texts.map((_, i) => i),
    random,
  );
  const folds = 5;
  let correct = 0;
  const thresholds = [0.5, 0.6, 0.7, 0.8, 0.9];
  const tp = new Array(thresholds.length).fill(0);
  const fp = new Array(thresholds.length).fill(0);
  let positives = 0;
  const scores: { s: number; y: boolean }[] = [];
  for (let f = 0; f < folds; f++) {
    const test = new Set(order.filter((_, i) => i % folds === f));
    const trainSet = texts
      .filter((_, i) => !test.has(i))
      .map((t) => ({ act: t.act, x: vector(t.text, charWeight) }));
    const model = compact(train(trainSet, classes), lang, trainSet.length, [], charWeight);
    const scorer = new ActScorer(model);
    for (const i of test) {
      const t = texts[i]!;
      const p = scorer.probabilities(t.text);
      let best = 0;
      for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
      if (classes[best] === t.act) correct++;
      const truth = HOSTILE_ACTS.has(t.act);
      if (truth) positives++;
      const hostile = scorer.score(t.text).hostile;
      scores.push({ s: hostile, y: truth });
      thresholds.forEach((th, j) => {
        if (hostile >= th) truth ? tp[j]++ : fp[j]++;
      });
    }
  }
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  console.log(`${lang}: ${texts.length} rows, 5-fold act accuracy ${pct(correct / texts.length)}`);
  const neg = scores
    .filter((x) => !x.y)
    .map((x) => x.s)
    .sort((a, b) => b - a);
  const pos = scores.filter((x) => x.y).map((x) => x.s);
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  const cut = neg[Math.floor(neg.length * 0.01)] ?? 1;
  console.log(
    `  hostile or not: AUC ${(wins / (pos.length * neg.length || 1)).toFixed(3)}, recall ${pct(pos.filter((p) => p > cut).length / (pos.length || 1))} at 1% of neutral sentences flagged (threshold ${cut.toFixed(2)})`,
  );
  thresholds.forEach((th, j) => {
    const precision = tp[j] + fp[j] > 0 ? tp[j] / (tp[j] + fp[j]) : 1;
    console.log(
      `  hostile >= ${th}: precision ${pct(precision)}, recall ${pct(positives ? tp[j] / positives : 0)}`,
    );
  });
}

const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const skipCv = process.argv.includes('--no-cv');
for (const lang of LANGS) {
  if (only.length > 0 && !only.includes(lang)) continue;
  const { texts: raw, files } = readRows(lang);
  const texts = process.env.COLLAPSE
    ? raw.map((t) => ({ text: t.text, act: HOSTILE_ACTS.has(t.act) ? t.act : ('fact' as Act) }))
    : raw;
  const classes = Act.options.filter((a) => texts.some((t) => t.act === a));
  const charWeight = Number(process.env.CHARW ?? CHAR_WEIGHT[lang]);
  if (!skipCv) crossValidate(texts, classes, lang, charWeight);
  const model = train(
    texts.map((t) => ({ act: t.act, x: vector(t.text, charWeight) })),
    classes,
  );
  const file = compact(model, lang, texts.length, files, charWeight);
  const out = modelFiles(lang).model;
  writeFileSync(out, `${JSON.stringify(file)}\n`);
  console.log(`${lang}: wrote ${out} (${file.ids.length} features, ${classes.length} acts)`);
}
