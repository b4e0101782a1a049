import { describe, expect, it } from 'vitest';
import { analyzeActs } from '../../../src/coach/local/acts/analyze-acts.ts';
import { LocalEngine } from '../../../src/coach/local/engine.ts';
import { Review } from '../../../src/coach/schemas.ts';
import { ENGLISH_WORDS, expectSafeRewrite } from './rewrite-checks.ts';

const engine = new LocalEngine();

const HEATED_EN = 'What kind of idiot writes code like this? Fix the tests in PR 212 immediately.';
const HEATED_PL =
  'Faktura FV/2024/03/15 na 12 400 zł jest 45 dni po terminie!!! Jeśli nie zapłacicie do piątku, idę do Waszego prezesa.';

const CALM = [
  'Hi Marek, could you send the Q3 report by Thursday? Thanks!',
  'Thanks for the quick fix on ticket #4521, the client noticed.',
  'Cześć Kasiu, czy możesz przesłać raport za marzec do czwartku? Dzięki!',
  'Dziękuję za szybką odpowiedź, spotkanie w środę o 10:00 mi pasuje.',
];

describe('reviewDraft', () => {
  it('costs one analysis for a calm draft and invents nothing for it', () => {
    for (const draft of CALM) {
      const review = engine.review(draft, {});
      expect(review.risk.level).toBe('calm');
      expect(review.rewrites).toEqual([]);
    }
  });

  it('rewrites a calm draft that only shouts with more than a change of letter case', () => {
    const draft = 'Could you send the Q3 numbers TODAY?';
    const review = engine.review(draft, {});
    const words = (t: string) => (t.toLowerCase().match(/[\p{L}\d]+/gu) ?? []).join(' ');
    for (const rewrite of review.rewrites) {
      expect(words(rewrite.text)).not.toBe(words(draft));
      expectSafeRewrite(draft, review.flags, 'en', rewrite.text);
    }
  });

  it('never turns Slack markup into capitals or a whole-channel ping', () => {
    const review = engine.review(
      '<!here> who broke the build AGAIN?? This is ridiculous. <@U123> please check by 15:00.',
      {},
    );
    expect(review.rewrites.length).toBeGreaterThan(0);
    for (const rewrite of review.rewrites) {
      expect(rewrite.text).not.toMatch(/<!here>|<!Here>|<!channel>/i);
      expect(rewrite.text).toContain('<@U123>');
    }
  });

  it('returns a review that matches the Review schema and names the local engine', () => {
    const review = engine.review(HEATED_EN, {});
    expect(Review.safeParse(review).success).toBe(true);
    expect(review.engine).toBe('local');
    expect(review.language).toBe('en');
  });

  it('passes the analyzer findings (lexicon and acts) through unchanged', () => {
    const { analysis } = analyzeActs(HEATED_PL);
    const review = engine.review(HEATED_PL, {});
    expect(review.flags).toEqual(analysis.flags);
    expect(review.risk).toEqual(analysis.risk);
  });

  it.each(CALM)('invents nothing for a calm draft: %s', (draft) => {
    const review = engine.review(draft, {});
    expect(review.risk.level).toBe('calm');
    expect(review.flags).toEqual([]);
    expect(review.rewrites).toEqual([]);
    expect(review.cues[0]).toMatch(/reads calm|Brzmi spokojnie/);
  });

  it.each([
    'contrasting',
    'apology',
    'shared-purpose',
    'interests-not-positions',
    'make-it-safe',
    'take-a-break',
  ])('honours the "%s" technique option with exactly one safe rewrite', (technique) => {
    for (const [draft, language] of [
      [HEATED_EN, 'en'],
      [HEATED_PL, 'pl'],
    ] as const) {
      const review = engine.review(draft, { technique });
      expect(review.rewrites.map((r) => r.technique)).toEqual([technique]);
      expectSafeRewrite(draft, review.flags, language, review.rewrites[0]?.text ?? '');
    }
  });

  it('ignores an unknown technique option and rewrites as usual', () => {
    const review = engine.review(HEATED_EN, { technique: 'shouting-back' });
    expect(review.rewrites.length).toBeGreaterThanOrEqual(2);
  });

  it('explains each rewrite in the language of the draft', () => {
    for (const rewrite of engine.review(HEATED_PL, {}).rewrites) {
      expect(rewrite.why).toMatch(/[ąćęłńóśźż]/);
      expect(rewrite.why).not.toMatch(ENGLISH_WORDS);
      expect(rewrite.text).not.toMatch(ENGLISH_WORDS);
    }
    for (const rewrite of engine.review(HEATED_EN, {}).rewrites)
      expect(rewrite.why).toMatch(/\bthe\b|\byou\b/i);
  });

  it('uses the goal to phrase the shared purpose', () => {
    const review = engine.review(HEATED_EN, {
      technique: 'shared-purpose',
      goal: 'a green build before the demo',
    });
    expect(review.rewrites[0]?.text).toContain('a green build before the demo');
    expectSafeRewrite(HEATED_EN, review.flags, 'en', review.rewrites[0]?.text ?? '');
  });

  it('leaves out a heated goal rather than break the calm check', () => {
    const review = engine.review(HEATED_EN, {
      technique: 'shared-purpose',
      goal: 'make this idiot fix it NOW!!!',
    });
    expect(review.rewrites).toHaveLength(1);
    expect(review.rewrites[0]?.text).not.toContain('idiot');
    expectSafeRewrite(HEATED_EN, review.flags, 'en', review.rewrites[0]?.text ?? '');
  });

  it('gives no rewrites for an unsupported language and says plainly what the offline coach can do', () => {
    const review = engine.review('Das ist völlig inakzeptabel. Ich erwarte eine Antwort bis Freitag!!!', {});
    expect(review.language).not.toMatch(/^(?:en|pl)$/);
    expect(review.rewrites).toEqual([]);
    expect(review.cues[0]).toMatch(/shouting and punctuation/);
    expect(review.cues[0]).toMatch(/English and Polish/);
    expect(review.cues[0]).toMatch(/model engine/);
  });
});
