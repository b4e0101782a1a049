/**
 * Throughput of the offline review and of `analyze` alone on the Wikipedia politeness requests,
 * side by side with peers in the same single process: AFINN (`sentiment`), VADER and `alex`.
 * Targets: ≥ 20,000 reviews/s and ≥ 5× VADER.
 */
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { analyze } from '../src/coach/local/analyze.ts';
import { LocalEngine } from '../src/coach/local/engine.ts';
import { loadPoliteness, politenessPath } from './eval-politeness.ts';
import { type Section, table } from './section.ts';

const require = createRequire(import.meta.url);
type AfinnCtor = new () => { analyze(text: string): { score: number } };
type Vader = { SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } } };

/** Texts per second of `fn` over `texts`, repeating whole passes until at least `ms` elapsed. */
function rate(texts: string[], fn: (t: string) => unknown, ms: number): number {
  let n = 0;
  let sink = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (const t of texts) if (fn(t)) sink++;
    n += texts.length;
    elapsed = performance.now() - start;
  } while (elapsed < ms);
  if (sink < 0) throw new Error('unreachable');
  return (n / elapsed) * 1000;
}

interface Warmup {
  /** The first pass over all texts: regexes compiled, nothing optimised yet. */
  cold: number;
  /** The 2 s right after it: V8 is still optimising. */
  early: number;
}

/**
 * Bring `fn` to steady state, as in a long-running app: one timed first pass, a timed 2 s, then
 * untimed passes until `totalMs` (V8 takes several seconds to optimise a code path this large).
 */
function warmUp(texts: string[], fn: (t: string) => unknown, totalMs: number): Warmup {
  const start = performance.now();
  const cold = rate(texts, fn, 0);
  const early = rate(texts, fn, 2000);
  rate(texts, fn, Math.max(0, totalMs - (performance.now() - start)));
  return { cold, early };
}

/** A full garbage collection, untimed, between slices (V8's gc, exposed for this process only). */
const collectGarbage = (() => {
  v8.setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  return () => gc?.();
})();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Steady-state rates of several contenders measured in interleaved rounds (each round gives every
 * contender one short slice), so a burst of load from elsewhere hits them all alike. Returns the
 * median rate per contender and, per contender, the median over rounds of its ratio to `baseline`.
 */
function rounds(
  texts: string[],
  contenders: Record<string, (t: string) => unknown>,
  baseline: string,
  count = ROUNDS,
  sliceMs = SLICE_MS,
): Record<string, { rate: number; ratio: number }> {
  const names = Object.keys(contenders);
  const rates: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  const ratios: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let r = 0; r < count; r++) {
    const round: Record<string, number> = {};
    for (const [name, fn] of Object.entries(contenders)) {
      // Each slice starts with a clean heap: no contender pays for another's garbage.
      collectGarbage();
      round[name] = rate(texts, fn, sliceMs);
    }
    for (const name of names) {
      rates[name]!.push(round[name]!);
      ratios[name]!.push(round[name]! / round[baseline]!);
    }
  }
  return Object.fromEntries(
    Object.keys(contenders).map((name) => [
      name,
      { rate: median(rates[name]!), ratio: median(ratios[name]!) },
    ]),
  );
}

/** Untimed warm-up per contender before the measured rounds. */
const WARMUP_MS = 6000;
/** Measured rounds, and each contender's slice of a round. */
const ROUNDS = 9;
const SLICE_MS = 500;

const fmt = (x: number) => Math.round(x).toLocaleString('en-US');

export async function run(): Promise<Section> {
  const title = 'Analyzer throughput (offline review vs. peers)';
  const rows = loadPoliteness('wikipedia');
  if (!rows) {
    return { title, markdown: `Data not found at \`${politenessPath('wikipedia')}\`; not measured.` };
  }
  const texts = rows.map((r) => r.text);
  // Cold start: each language's lexicon is compiled on its first draft (nothing at import).
  const cold = (text: string) => {
    const start = performance.now();
    analyze(text);
    return performance.now() - start;
  };
  const firstEn = cold(texts[0]!);
  const firstPl = cold('Dzień dobry, czy możesz sprawdzić raport do piątku? Dzięki!');
  const engine = new LocalEngine();
  const Sentiment = require('sentiment') as AfinnCtor;
  const afinn = new Sentiment();
  const vader = require('vader-sentiment') as Vader;
  const alex = await import('alex');

  const contenders: Record<string, (t: string) => unknown> = {
    review: (t) => engine.review(t),
    analyze: (t) => analyze(t),
    afinn: (t) => afinn.analyze(t),
    vader: (t) => vader.SentimentIntensityAnalyzer.polarity_scores(t),
  };
  const warm: Record<string, Warmup> = {};
  for (const [name, fn] of Object.entries(contenders)) warm[name] = warmUp(texts, fn, WARMUP_MS);
  const steady = rounds(texts, contenders, 'vader');
  // alex runs a full unified/retext pipeline per text: a subset and a short run keep this quick.
  const subset = texts.slice(0, 300);
  const alexFn = (t: string) => alex.text(t);
  warmUp(subset, alexFn, 2500);
  const alexRate = rate(subset, alexFn, 1000);
  const review = steady.review!.rate;
  const reviewRatio = steady.review!.ratio;
  const analyzeRate = steady.analyze!.rate;
  const vaderRate = steady.vader!.rate;
  const results: [string, number, string, number][] = [
    ['Parley `LocalEngine.review` (full offline review)', review, 'all texts', reviewRatio],
    ['Parley `analyze` only', analyzeRate, 'all texts', steady.analyze!.ratio],
    ['sentiment (AFINN)', steady.afinn!.rate, 'all texts', steady.afinn!.ratio],
    ['vader-sentiment', vaderRate, 'all texts', 1],
    ['alex', alexRate, `first ${subset.length} texts (not interleaved)`, alexRate / vaderRate],
  ];
  const analyzeTarget = analyzeRate >= 50_000;

  const table1 = table(
    ['Analyzer', 'Texts/s (steady state)', '× vader-sentiment', 'Measured on'],
    results.map(([name, r, on, ratio]) => [name, fmt(r), ratio.toFixed(1), on]),
  );
  const ok = (b: boolean) => (b ? '✅' : '❌');
  return {
    title,
    markdown: [
      `${texts.length} Wikipedia politeness requests, one process. Each contender is first brought to steady state as in a long-running app (a timed first pass, a timed 2 s, then untimed passes up to ${WARMUP_MS / 1000} s); then ${ROUNDS} interleaved rounds give every contender a ${SLICE_MS / 1000} s slice each, each slice starting after a full garbage collection, so load from elsewhere on the machine hits them alike and no contender pays for another's garbage. Rates are medians over the rounds; "× vader-sentiment" is the median over rounds of the ratio within a round.`,
      '',
      table1,
      '',
      `- Cold start: first English draft ${firstEn.toFixed(0)} ms, first Polish draft ${firstPl.toFixed(0)} ms (each compiles its lexicon; regexes are built per pattern on first use).`,
      `- Before steady state, the review ran at ${fmt(warm.review!.cold)} reviews/s on its first pass over all texts (regexes compiled on first use) and ${fmt(warm.review!.early)}/s in the 2 s after it (V8 still optimising); vader-sentiment at ${fmt(warm.vader!.cold)}/s and ${fmt(warm.vader!.early)}/s.`,
      `- Target ≥ 20,000 reviews/s: ${fmt(review)} ${ok(review >= 20_000)}`,
      `- Target ≥ 5× vader-sentiment: ${reviewRatio.toFixed(1)}× ${ok(reviewRatio >= 5)}`,
      `- Target ≥ 50,000 analyses/s (\`analyze\` alone): ${fmt(analyzeRate)} ${ok(analyzeTarget)} (wall clock on a shared machine: compare with vader in the same run)`,
    ].join('\n'),
  };
}
