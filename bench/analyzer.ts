/**
 * Throughput of the offline review and of `analyze` alone on the Wikipedia politeness requests,
 * side by side with peers in the same single process: AFINN (`sentiment`), VADER and `alex`.
 * Targets: ≥ 20,000 reviews/s and ≥ 5× VADER.
 */
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { analyze } from '../src/coach/local/analyze.ts';
import { LocalEngine } from '../src/coach/local/engine.ts';
import { loadPoliteness, politenessPath } from './eval-politeness.ts';
import { type Section, table } from './section.ts';

const require = createRequire(import.meta.url);
type AfinnCtor = new () => { analyze(text: string): { score: number } };
type Vader = { SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } } };

/**
 * Texts per second of `fn` over `texts` in steady state: one full warm-up pass first (a running
 * app has compiled its regexes and optimised its code), then repeats until ~`budgetMs` elapsed.
 * The warm-up pass is timed too: `cold` is the rate of that first pass.
 */
function throughput(texts: string[], fn: (t: string) => unknown, budgetMs = 2000): number {
  return measure(texts, fn, budgetMs).warm;
}

function measure(
  texts: string[],
  fn: (t: string) => unknown,
  budgetMs = 2000,
): { cold: number; warm: number } {
  let sink = 0;
  const first = performance.now();
  for (const t of texts) if (fn(t)) sink++;
  const cold = (texts.length / (performance.now() - first)) * 1000;
  let n = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (const t of texts) if (fn(t)) sink++;
    n += texts.length;
    elapsed = performance.now() - start;
  } while (elapsed < budgetMs);
  if (sink < 0) throw new Error('unreachable');
  return { cold, warm: (n / elapsed) * 1000 };
}

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

  const results: [string, number, string][] = [];
  const { cold: reviewCold, warm: review } = measure(texts, (t) => engine.review(t));
  results.push(['Parley `LocalEngine.review` (full offline review)', review, 'all texts']);
  const analyzeRate = throughput(texts, (t) => analyze(t));
  results.push(['Parley `analyze` only', analyzeRate, 'all texts']);
  const analyzeTarget = analyzeRate >= 50_000;
  results.push(['sentiment (AFINN)', throughput(texts, (t) => afinn.analyze(t)), 'all texts']);
  const vaderRate = throughput(texts, (t) => vader.SentimentIntensityAnalyzer.polarity_scores(t));
  results.push(['vader-sentiment', vaderRate, 'all texts']);
  // alex runs a full unified/retext pipeline per text: a subset keeps the run short.
  const subset = texts.slice(0, 300);
  results.push(['alex', throughput(subset, (t) => alex.text(t), 1000), `first ${subset.length} texts`]);

  const table1 = table(
    ['Analyzer', 'Texts/s', '× vader-sentiment', 'Measured on'],
    results.map(([name, rate, on]) => [name, fmt(rate), (rate / vaderRate).toFixed(1), on]),
  );
  const ok = (b: boolean) => (b ? '✅' : '❌');
  return {
    title,
    markdown: [
      `${texts.length} Wikipedia politeness requests, one process. Each contender first makes one full warm-up pass over all texts (a running app is warm), then each figure is texts per second over ≥ 2 s.`,
      '',
      table1,
      '',
      `- Cold start: first English draft ${firstEn.toFixed(0)} ms, first Polish draft ${firstPl.toFixed(0)} ms (each compiles its lexicon; regexes are built per pattern on first use).`,
      `- First (cold) pass of the review over all texts, before anything is compiled or optimised: ${fmt(reviewCold)} reviews/s.`,
      `- Target ≥ 20,000 reviews/s: ${fmt(review)} ${ok(review >= 20_000)}`,
      `- Target ≥ 5× vader-sentiment: ${(review / vaderRate).toFixed(1)}× ${ok(review / vaderRate >= 5)}`,
      `- Target ≥ 50,000 analyses/s (\`analyze\` alone): ${fmt(analyzeRate)} ${ok(analyzeTarget)} (wall clock on a shared machine: compare with vader in the same run)`,
    ].join('\n'),
  };
}
