import { describe, expect, it } from 'vitest';
import { LocalEngine } from '../../../../src/coach/local/engine.ts';

const engine = new LocalEngine();

describe('flags from acts', () => {
  it('reports a phrase repeated many times as one flag with a count', () => {
    const draft = Array.from({ length: 20 }, () => 'Whatever.').join(' ');
    const whatever = engine.review(draft).flags.filter((f) => f.text.toLowerCase() === 'whatever');
    expect(whatever).toHaveLength(1);
    expect(whatever[0]!.count).toBe(20);
  });

  it('names the rule of every flag: a pack rule, or the lexicon', () => {
    const review = engine.review("You clearly don't care about this project. Fix it NOW or we walk.");
    expect(review.flags.length).toBeGreaterThan(1);
    for (const f of review.flags) expect(f.ruleId).toMatch(/^en\.[a-z-]+\.[a-z0-9-]+(?:\.[a-z0-9]+)?$/);
    expect(review.flags.map((f) => f.ruleId)).toContain('en.motive.dont-care');
  });

  it('flags the cue of a hostile act, not the whole sentence', () => {
    const draft = 'Is it really that hard to send the report by Friday?';
    const [flag] = engine.review(draft).flags;
    expect(flag?.text).toMatch(/^Is it really that hard/);
    expect(flag!.text.length).toBeLessThan(draft.length - 10);
  });

  it('does not take urgency in capitals or banter for hostility', () => {
    for (const draft of [
      'URGENT: checkout is down in EU since 14:10. Please roll back ASAP.',
      'PILNE: produkcja leży od 9:40. Proszę wstrzymać wdrożenia.',
      "lol you broke the build again, legend 😂 I'll revert it",
    ]) {
      const review = engine.review(draft);
      expect(review.flags, draft).toEqual([]);
      expect(review.risk.level, draft).toBe('calm');
    }
  });
});
