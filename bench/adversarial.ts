/**
 * Catastrophic backtracking: for every pattern of the offline engine, the worst adversarial input
 * found (long runs, repeats, the pattern's own words) against an ordinary text of the same length,
 * and whole reviews of 8,000-character adversarial drafts against an ordinary 8,000-character draft.
 * A linear pattern stays within a small constant of the ordinary text; super-linear ones grow with
 * the length (tests/coach/local/adversarial-*.test.ts fail above 10x and 50 ms).
 */
import { LocalEngine } from '../src/coach/local/engine.ts';
import {
  adversarialDrafts,
  allPatterns,
  blowsUp,
  FLOOR_MS,
  fastest,
  LENGTH,
  MAX_RATIO,
  ordinaryDraft,
  type Worst,
  worse,
  worstInput,
} from '../tests/helpers/adversarial.ts';
import { type Section, table } from './section.ts';

/** Ratios of times under this are noise: shown, but not ranked against real work. */
const RANKED_MS = 1;

const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(0));
const ratio = (n: number) => `${n.toFixed(1)}x`;

export async function run(): Promise<Section> {
  const patterns = await allPatterns();
  const worst: Worst[] = patterns.map((p) => worstInput(p));
  const ranked = worst
    .filter((w) => w.ms >= RANKED_MS || blowsUp(w))
    .sort((a, b) => (worse(a, b) ? -1 : worse(b, a) ? 1 : 0));
  const failing = worst.filter(blowsUp).length;

  const engine = new LocalEngine();
  const ordinary = ordinaryDraft();
  engine.review(ordinary, {});
  const baseline = fastest(5, () => engine.review(ordinary, {}));
  const reviews = [...adversarialDrafts()].map(([name, draft]) => {
    const t = fastest(3, () => engine.review(draft, {}));
    return { name, length: draft.length, ms: t, ratio: t / baseline };
  });
  reviews.sort((a, b) => b.ratio - a.ratio);
  const top = ranked[0];

  return {
    title: 'Adversarial inputs (catastrophic backtracking)',
    markdown: [
      `${patterns.length} patterns (every regex literal of src/coach/local and src/coach/heat.ts, every \`new RegExp\` built while the engine loads and reviews, every lexicon phrase and cue run through the Matcher), each on adversarial inputs of ${LENGTH} characters (the slowest grown to 4x that, where growth tells linear from quadratic) against an ordinary text of the same length, min of 3 runs. Patterns over ${MAX_RATIO}x and ${FLOOR_MS} ms: **${failing}**.`,
      '',
      top
        ? `Worst pattern (of those taking at least ${RANKED_MS} ms): \`${top.origin}\` on ${top.input}, ${ms(top.ms)} ms vs ${ms(top.ordinaryMs)} ms ordinary: **${ratio(top.ratio)}**.`
        : `No pattern takes ${RANKED_MS} ms on any input.`,
      '',
      table(
        ['Pattern', 'Worst input', 'Chars', 'ms', 'Ordinary ms', 'Ratio'],
        ranked
          .slice(0, 8)
          .map((w) => [`\`${w.origin}\``, w.input, w.length, ms(w.ms), ms(w.ordinaryMs), ratio(w.ratio)]),
      ),
      '',
      `Whole reviews: ordinary ${LENGTH}-character draft ${ms(baseline)} ms; worst adversarial draft **${ratio(reviews[0]?.ratio ?? 0)}**.`,
      '',
      table(
        ['Adversarial draft', 'Chars', 'ms', 'vs ordinary'],
        reviews.map((r) => [r.name, r.length, ms(r.ms), ratio(r.ratio)]),
      ),
    ].join('\n'),
  };
}
