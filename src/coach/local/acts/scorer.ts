/**
 * The learned act scorer: a multinomial logistic regression over hashed word and character
 * n-grams (acts/features.ts), one per language, trained by `npm run train:acts` on original
 * MIT-licensed sentences (data/train/) and shipped as packs/<lang>/acts-model.json. It backs the
 * rules up where they chase a long tail: a sentence the rules find nothing hostile in, but the
 * model reads as hostile with high confidence, gets that act. When it fires and what a flag says
 * come from packs/<lang>/acts-model.yml (hand-written). Both files are validated with zod at load.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { FlagKind } from '../../schemas.ts';
import { type Lang, PACKS_DIR } from '../packs.ts';
import { BITS, CHAR_FLAG, featurize, MAX_FEATURES } from './features.ts';
import type { ActHit } from './label.ts';
import { PackError, readYaml } from './load.ts';
import { Act, HOSTILE_ACTS } from './schema.ts';

export const ModelFile = z
  .object({
    format: z.literal(1),
    lang: z.string(),
    bits: z.literal(BITS),
    classes: z.array(Act).min(2),
    /** Weights are integers: the real weight times `scale`. */
    scale: z.number().positive(),
    /** The value of a character n-gram feature (a word feature's is 1), before normalising. */
    charWeight: z.number().min(0).max(1),
    bias: z.array(z.number().int()),
    /** Feature buckets, ascending; row i of `weights` (one entry per class) belongs to ids[i]. */
    ids: z.array(z.number().int().min(0)),
    weights: z.array(z.number().int()),
    trainedOn: z.object({ rows: z.number().int(), files: z.array(z.string()), licence: z.string() }),
  })
  .strict()
  .refine((m) => m.bias.length === m.classes.length, { message: 'one bias per class' })
  .refine((m) => m.weights.length === m.ids.length * m.classes.length, {
    message: 'one weight per class for every feature',
  })
  .refine((m) => m.ids.every((id, i) => i === 0 || id > m.ids[i - 1]!), { message: 'ids ascend' });
export type ModelFile = z.infer<typeof ModelFile>;

const Explanation = z
  .object({
    kind: FlagKind,
    why: z.string().min(5),
    suggestion: z.string().nullable(),
    /** A stricter threshold for an act the model confuses with calm sentences more often. */
    threshold: z.number().gt(0.5).max(1).optional(),
  })
  .strict();

export const ModelConfig = z
  .object({
    /** The share of probability the hostile acts together must reach before the model speaks. */
    threshold: z.number().gt(0.5).max(1),
    /** What a flag from each hostile act says; an act without one is never flagged by the model. */
    acts: z.record(z.string(), Explanation),
  })
  .strict()
  .refine((c) => Object.keys(c.acts).every((a) => HOSTILE_ACTS.has(a as Act)), {
    message: 'acts lists hostile acts only',
  });
export type ModelConfig = z.infer<typeof ModelConfig>;

export interface ActScore {
  /** The most probable hostile act. */
  act: Act;
  /** The hostile acts' probability together (the model's confidence that the sentence hurts). */
  hostile: number;
  /** Every class's probability, in the model's class order. */
  probabilities: Float64Array;
}

export class ActScorer {
  readonly classes: readonly Act[];
  private readonly bias: Float64Array;
  private readonly weights: Float32Array;
  /** Open addressing: bucket → row (keys -1 where empty). */
  private readonly keys: Int32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;
  private readonly charWeight: number;
  private readonly hostileClass: Uint8Array;
  private readonly features = new Uint32Array(MAX_FEATURES);

  constructor(model: ModelFile) {
    const k = model.classes.length;
    this.classes = model.classes;
    this.charWeight = model.charWeight;
    this.bias = Float64Array.from(model.bias, (b) => b / model.scale);
    this.weights = Float32Array.from(model.weights, (w) => w / model.scale);
    let size = 16;
    while (size < model.ids.length * 2) size *= 2;
    this.mask = size - 1;
    this.keys = new Int32Array(size).fill(-1);
    this.rows = new Int32Array(size);
    model.ids.forEach((id, row) => {
      let slot = hashSlot(id) & this.mask;
      while (this.keys[slot] !== -1) slot = (slot + 1) & this.mask;
      this.keys[slot] = id;
      this.rows[slot] = row * k;
    });
    this.hostileClass = Uint8Array.from(model.classes, (c) => (HOSTILE_ACTS.has(c) ? 1 : 0));
  }

  /** The class probabilities of one sentence. */
  probabilities(text: string): Float64Array {
    const k = this.classes.length;
    const z = new Float64Array(k);
    const n = featurize(text, this.features);
    const cw = this.charWeight;
    let norm2 = 0;
    for (let i = 0; i < n; i++) {
      const id = this.features[i]!;
      const v = id & CHAR_FLAG ? cw : 1;
      norm2 += v * v;
      if (v === 0) continue;
      let slot = hashSlot(id) & this.mask;
      for (;;) {
        const key = this.keys[slot]!;
        if (key === -1) break;
        if (key === id) {
          const row = this.rows[slot]!;
          for (let c = 0; c < k; c++) z[c]! += v * this.weights[row + c]!;
          break;
        }
        slot = (slot + 1) & this.mask;
      }
    }
    // The feature vector has unit length: long and short sentences weigh alike.
    const norm = norm2 > 0 ? 1 / Math.sqrt(norm2) : 0;
    let max = Number.NEGATIVE_INFINITY;
    for (let c = 0; c < k; c++) {
      z[c] = this.bias[c]! + z[c]! * norm;
      if (z[c]! > max) max = z[c]!;
    }
    let sum = 0;
    for (let c = 0; c < k; c++) {
      z[c] = Math.exp(z[c]! - max);
      sum += z[c]!;
    }
    for (let c = 0; c < k; c++) z[c]! /= sum;
    return z;
  }

  score(text: string): ActScore {
    const p = this.probabilities(text);
    let hostile = 0;
    let best = -1;
    for (let c = 0; c < p.length; c++) {
      if (!this.hostileClass[c]) continue;
      hostile += p[c]!;
      if (best === -1 || p[c]! > p[best]!) best = c;
    }
    return { act: best === -1 ? 'fact' : this.classes[best]!, hostile, probabilities: p };
  }
}

function hashSlot(id: number): number {
  return Math.imul(id, 0x9e3779b1) >>> 0;
}

export interface LoadedModel {
  scorer: ActScorer;
  config: ModelConfig;
}

export function modelFiles(lang: Lang, dir: string = join(PACKS_DIR, lang)) {
  return { model: join(dir, 'acts-model.json'), config: join(dir, 'acts-model.yml') };
}

/** Loads and validates a language's model; null when the pack ships none. */
export function loadModel(lang: Lang, dir?: string): LoadedModel | null {
  const files = modelFiles(lang, dir);
  if (!existsSync(files.model)) return null;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(files.model, 'utf8'));
  } catch (error) {
    throw new PackError(files.model, `not valid JSON: ${(error as Error).message}`);
  }
  const parsed = ModelFile.safeParse(data);
  if (!parsed.success) throw new PackError(files.model, z.prettifyError(parsed.error));
  if (parsed.data.lang !== lang) throw new PackError(files.model, `a model for ${parsed.data.lang}`);
  return { scorer: new ActScorer(parsed.data), config: readYaml(files.config, ModelConfig) };
}

const CACHE = new Map<Lang, LoadedModel | null>();

/** The language's model, loaded on its first draft. */
export function modelFor(lang: Lang): LoadedModel | null {
  if (!CACHE.has(lang)) CACHE.set(lang, loadModel(lang));
  return CACHE.get(lang) ?? null;
}

export interface ModelHit {
  act: Act;
  kind: FlagKind;
  why: string;
  suggestion: string | null;
  ruleId: string;
  confidence: number;
}

/**
 * The hostile act the model reads in a sentence the rules found nothing hostile in, when it is
 * confident enough; else null. `banter`: the draft laughs, so a mock reproach is friendly.
 */
export function modelAct(lang: Lang, sentence: string, banter: boolean): ModelHit | null {
  const model = modelFor(lang);
  if (!model) return null;
  const s = model.scorer.score(sentence);
  if (s.hostile < model.config.threshold) return null;
  if (banter && (s.act === 'reproach' || s.act === 'dismissal')) return null;
  const explain = model.config.acts[s.act];
  if (!explain || s.hostile < (explain.threshold ?? 0)) return null;
  return {
    act: s.act,
    kind: explain.kind,
    why: explain.why,
    suggestion: explain.suggestion,
    ruleId: `${lang}.model.${s.act}`,
    confidence: s.hostile,
  };
}

/**
 * The labeller's hook: adds the model's act to a sentence (`span` of `text`) as a hit over the
 * whole sentence, when the model is confident. Offsets index the draft.
 */
export function modelHit(
  lang: Lang,
  text: string,
  span: { start: number; end: number },
  banter: boolean,
  hits: ActHit[],
): void {
  const hit = modelAct(lang, text.slice(span.start, span.end), banter);
  if (!hit) return;
  let start = span.start;
  let end = span.end;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end <= start) return;
  hits.push({
    ruleId: hit.ruleId,
    act: hit.act,
    kind: hit.kind,
    start,
    end,
    why: hit.why,
    suggestion: hit.suggestion,
  });
}

const isSpace = (code: number) => code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0;
