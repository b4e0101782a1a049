import { describe, expect, it } from 'vitest';
import { LocalEngine } from '../../../src/coach/local/engine.ts';
import type { Tone } from '../../../src/coach/schemas.ts';
import { ENGLISH_WORDS, expectSafeRewrite } from './rewrite-checks.ts';

const engine = new LocalEngine();

const DRAFTS = [
  {
    language: 'en',
    text: "You never answer my messages. I've asked about ticket #4521 three times since Monday. Reply TODAY, no excuses.",
  },
  {
    language: 'pl',
    text: 'Faktura FV/2024/03/15 na 12 400 zł jest 45 dni po terminie!!! Jeśli nie zapłacicie do piątku, idę do Waszego prezesa.',
  },
] as const;

const TONES: Tone[] = ['shorter', 'warmer', 'direct'];

describe('retoneRewrite', () => {
  for (const draft of DRAFTS) {
    const review = engine.review(draft.text, {});

    it.each(TONES)(
      `keeps the technique, the facts, the language and the calm (%s, ${draft.language})`,
      (tone) => {
        expect(review.rewrites.length).toBeGreaterThan(0);
        for (const rewrite of review.rewrites) {
          const variant = engine.retone(draft.text, rewrite, tone);
          expect(variant.technique).toBe(rewrite.technique);
          expectSafeRewrite(draft.text, review.flags, draft.language, variant.text);
          if (draft.language === 'pl') expect(variant.text).not.toMatch(ENGLISH_WORDS);
        }
      },
    );

    it(`makes the shorter variant shorter (${draft.language})`, () => {
      for (const rewrite of review.rewrites) {
        expect(engine.retone(draft.text, rewrite, 'shorter').text.length).toBeLessThan(rewrite.text.length);
      }
    });

    it(`adds appreciation to the warmer variant (${draft.language})`, () => {
      for (const rewrite of review.rewrites) {
        expect(engine.retone(draft.text, rewrite, 'warmer').text).toMatch(/thank|appreciate|dziękuję/i);
      }
    });

    it(`leads the more direct variant with the request (${draft.language})`, () => {
      const rewrite = review.rewrites.find((r) => r.technique !== 'apology');
      const direct = engine.retone(draft.text, rewrite ?? review.rewrites[0]!, 'direct').text;
      expect(direct).toMatch(/^(?:Could you|Czy )/);
    });
  }

  it('keeps an apology to the impact in every tone when the draft denies fault', () => {
    const draft =
      "Sorry, but the outage wasn't our fault. Maybe if your team read the docs, ticket INC-8812 wouldn't exist.";
    const apology = engine
      .review(draft, { context: 'client' })
      .rewrites.find((r) => r.technique === 'apology');
    expect(apology).toBeDefined();
    for (const tone of TONES) {
      const variant = engine.retone(draft, apology!, tone, { context: 'client' });
      expect(variant.text).not.toMatch(/our responsibility|fell short|on our side|your team/i);
      expect(variant.text).toContain('INC-8812');
    }
  });

  it('returns the rewrite unchanged for an unsupported language', () => {
    const rewrite = { technique: 'contrasting', text: 'Können wir reden?', why: 'x' };
    expect(engine.retone('Das ist inakzeptabel!!!', rewrite, 'shorter')).toEqual(rewrite);
  });
});
