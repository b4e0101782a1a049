/**
 * No pattern of the offline engine backtracks catastrophically: each one, run on inputs built to
 * make backtracking blow up (long runs of spaces and punctuation, repeated words, its own words
 * repeated), takes at most a few times what it takes on an ordinary text of the same length.
 * Not a speed target (those live in bench/): a super-linear pattern on 8,000 characters is slower
 * by orders of magnitude, so the large ratio and the absolute floor keep noise from failing it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  allPatterns,
  blowsUp,
  FLOOR_MS,
  MAX_RATIO,
  type Pattern,
  worstInput,
} from '../../helpers/adversarial.ts';

let patterns: Pattern[] = [];

beforeAll(async () => {
  patterns = await allPatterns();
}, 60_000);

describe('adversarial inputs for every engine pattern', () => {
  it('finds the patterns of every lexicon and rewrite module', () => {
    const origins = patterns.map((p) => p.origin);
    for (const file of [
      'src/coach/local/acts/morphology.ts',
      'src/coach/local/compose/ask.ts',
      'src/coach/local/analysis/sentences.ts',
      'src/coach/local/facts.ts',
      'src/coach/local/language.ts',
      'src/coach/heat/measure.ts',
    ])
      expect(origins.some((o) => o.startsWith(`${file}:`))).toBe(true);
    expect(origins.filter((o) => o.startsWith('lexicon en rule')).length).toBeGreaterThan(100);
    expect(origins.filter((o) => o.startsWith('lexicon pl rule')).length).toBeGreaterThan(50);
    expect(origins.some((o) => o.startsWith('new RegExp'))).toBe(true);
    expect(origins.filter((o) => o.startsWith('pack en.')).length).toBeGreaterThan(20);
    expect(origins.filter((o) => o.startsWith('pack pl.')).length).toBeGreaterThan(20);
  });

  it(`runs each within ${MAX_RATIO}x an ordinary text (or under ${FLOOR_MS} ms)`, () => {
    const slow = patterns.map((p) => worstInput(p)).filter(blowsUp);
    expect(
      slow.map(
        (w) =>
          `${w.origin} on "${w.input}" (${w.length} chars): ${w.ms.toFixed(0)} ms, ${w.ratio.toFixed(0)}x`,
      ),
    ).toEqual([]);
  }, 600_000);
});
