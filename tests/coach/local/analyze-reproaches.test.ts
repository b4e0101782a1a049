import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/coach/local/analyze.ts';
import { LocalEngine } from '../../../src/coach/local/engine.ts';

const cases: { draft: string; phrase: string; kind: string }[] = [
  {
    draft: "We're sorry if anyone was inconvenienced by Tuesday's outage, but our team responded fast.",
    phrase: "We're sorry if anyone was inconvenienced",
    kind: 'non-apology',
  },
  {
    draft: 'Sorry for any inconvenience, but the delay was not on our side.',
    phrase: 'Sorry for any inconvenience, but',
    kind: 'non-apology',
  },
  {
    draft: 'The release notes are a mess. Send me the corrected version by 10:00.',
    phrase: 'The release notes are a mess',
    kind: 'insult',
  },
  {
    draft: 'Is it really that hard to pay on time?',
    phrase: 'Is it really that hard to',
    kind: 'passive-aggressive',
  },
  {
    draft: 'Faktura FV/12/2024 wciąż nie jest opłacona. To jest skandal.',
    phrase: 'To jest skandal',
    kind: 'insult',
  },
];

describe('reproaches that hide in ordinary words', () => {
  it.each(cases)('flags "$phrase" as $kind with its exact span', ({ draft, phrase, kind }) => {
    const flag = analyze(draft).flags.find((f) => f.kind === kind);
    expect(flag?.text).toBe(phrase);
    expect(draft.slice(flag!.start, flag!.end)).toBe(phrase);
  });

  it('drops a flagged verdict on a piece of work and keeps what the draft asked for', () => {
    const review = new LocalEngine().review(
      'Seriously? The release notes are a mess. Send me the corrected version by 10:00.',
    );
    expect(review.risk.level).not.toBe('calm');
    for (const rewrite of review.rewrites) {
      expect(rewrite.text).not.toMatch(/a mess|seriously/i);
      expect(rewrite.text).toContain('10:00');
    }
    expect(review.rewrites.some((r) => /corrected version/.test(r.text))).toBe(true);
  });
});
