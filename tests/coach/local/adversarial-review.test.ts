/**
 * A whole offline review of a draft built to stall it (long runs of "?" or spaces, repeats)
 * completes, returns a valid Review whose flags point into the draft as written, and costs at most
 * a few times the review of an ordinary draft of the same length. The timing is a guard against
 * super-linear backtracking, not a speed target: min of three runs, a large ratio and a floor.
 */
import { describe, expect, it } from 'vitest';
import { LocalEngine } from '../../../src/coach/local/engine.ts';
import { Review } from '../../../src/coach/schemas.ts';
import {
  adversarialDrafts,
  FLOOR_MS,
  fastest,
  LENGTH,
  MAX_RATIO,
  ordinaryDraft,
} from '../../helpers/adversarial.ts';

const engine = new LocalEngine();

describe('reviewing adversarial drafts', () => {
  it('returns a valid Review with flags true to the draft as written', () => {
    for (const [name, draft] of [...adversarialDrafts(), ...adversarialDrafts(2000)]) {
      const review = engine.review(draft, {});
      expect(() => Review.parse(review), name).not.toThrow();
      for (const flag of review.flags) expect(draft.slice(flag.start, flag.end), name).toBe(flag.text);
    }
  });

  it('still flags what the draft says around the long runs', () => {
    const draft = `You are an idiot${' '.repeat(4000)}!!!${'?'.repeat(3000)} Fix it NOW.`;
    const review = engine.review(draft, {});
    const kinds = review.flags.map((f) => f.kind);
    expect(kinds).toContain('insult');
    expect(review.risk.level).toBe('heated');
    for (const flag of review.flags) expect(draft.slice(flag.start, flag.end)).toBe(flag.text);
  });

  it(`costs at most ${MAX_RATIO}x the review of an ordinary ${LENGTH}-character draft`, () => {
    const ordinary = ordinaryDraft();
    engine.review(ordinary, {});
    const baseline = fastest(3, () => engine.review(ordinary, {}));
    const slow: string[] = [];
    for (const [name, draft] of adversarialDrafts()) {
      let ms = fastest(1, () => engine.review(draft, {}));
      if (ms > FLOOR_MS && ms > baseline * MAX_RATIO) ms = fastest(3, () => engine.review(draft, {}));
      if (ms > FLOOR_MS && ms > baseline * MAX_RATIO) slow.push(`${name}: ${ms.toFixed(0)} ms`);
    }
    expect(slow, `ordinary draft: ${baseline.toFixed(0)} ms`).toEqual([]);
  }, 120_000);
});
