import { describe, expect, it } from 'vitest';
import { LocalEngine } from '../../../src/coach/local/engine.ts';
import { HEATED_DRAFTS } from './drafts.ts';
import { ENGLISH_WORDS, expectSafeRewrite } from './rewrite-checks.ts';

const engine = new LocalEngine();
const known = new Set(engine.techniques.ids);

describe('rewrites of tense and heated drafts', () => {
  it('covers at least twenty drafts in English and Polish', () => {
    expect(HEATED_DRAFTS.length).toBeGreaterThanOrEqual(20);
    expect(HEATED_DRAFTS.filter((d) => d.language === 'pl').length).toBeGreaterThanOrEqual(8);
  });

  it.each(HEATED_DRAFTS.map((d) => [d.name, d] as const))(
    '%s: gets two or three rewrites, each with a different known technique',
    (_name, d) => {
      const review = engine.review(d.text, { context: d.context });
      expect(review.risk.level).not.toBe('calm');
      expect(review.rewrites.length).toBeGreaterThanOrEqual(2);
      expect(review.rewrites.length).toBeLessThanOrEqual(3);
      const ids = review.rewrites.map((r) => r.technique);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(known.has(id)).toBe(true);
    },
  );

  it.each(HEATED_DRAFTS.map((d) => [d.name, d] as const))(
    '%s: every rewrite keeps the facts, drops the flagged phrases, keeps the language and reads calm',
    (_name, d) => {
      const review = engine.review(d.text, { context: d.context });
      expect(review.language).toBe(d.language);
      for (const rewrite of review.rewrites) {
        expectSafeRewrite(d.text, review.flags, d.language, rewrite.text);
        if (d.language === 'pl') {
          expect(rewrite.text).not.toMatch(ENGLISH_WORDS);
          expect(rewrite.why).not.toMatch(ENGLISH_WORDS);
        }
        expect(rewrite.why.length).toBeGreaterThan(20);
      }
    },
  );

  it('ends every rewrite with a question that invites the other side in', () => {
    for (const d of HEATED_DRAFTS) {
      const review = engine.review(d.text, { context: d.context });
      if (review.risk.level === 'calm') continue; // a calm draft gets at most a light polish
      for (const rewrite of review.rewrites) {
        expect(rewrite.text.trim().endsWith('?'), rewrite.text).toBe(true);
      }
    }
  });

  it('turns an order into a request', () => {
    const review = engine.review(
      'What kind of idiot writes code like this? Fix the tests in PR 212 immediately.',
      {},
    );
    const asking = review.rewrites.filter((r) => r.technique !== 'take-a-break');
    expect(asking.length).toBeGreaterThan(0);
    for (const rewrite of asking) expect(rewrite.text).toContain('Could you fix the tests in PR 212?');
  });

  it('turns a Polish threat with a condition into a question', () => {
    const review = engine.review(
      'Faktura FV/2024/03/15 na 12 400 zł jest 45 dni po terminie!!! Jeśli nie zapłacicie do piątku, idę do Waszego prezesa.',
      { context: 'client' },
    );
    expect(review.rewrites.length).toBeGreaterThan(0);
    for (const rewrite of review.rewrites) {
      expect(rewrite.text).toContain('Czy zapłacicie do piątku?');
      // The draft speaks to several people ("zapłacicie"), so the added sentences do too.
      expect(rewrite.text).toContain('bezpośrednio z Wami');
    }
  });

  it('answers a non-apology with a sincere apology first, without a "but"', () => {
    const draft =
      'Sorry if you felt the outage on Tuesday at 14:30 was a big deal, but these things happen and we fixed it in 2 hours.';
    const review = engine.review(draft, { context: 'client' });
    expect(review.rewrites[0]?.technique).toBe('apology');
    const apology = review.rewrites[0]?.text ?? '';
    expect(apology).toMatch(/sorry|apologi[sz]e/i);
    expect(apology).not.toMatch(/\bbut\b/i);
    expect(apology).not.toMatch(/if you felt/i);
    expect(apology).not.toMatch(/these things happen/i);
  });

  it('offers a break when a thread is very heated', () => {
    const review = engine.review(
      "You never answer my messages. I've asked about ticket #4521 three times since Monday. Reply TODAY, no excuses.",
      { context: 'peer' },
    );
    expect(review.rewrites.map((r) => r.technique)).toContain('take-a-break');
  });

  it('calms an all-caps draft to normal case but keeps ids and times', () => {
    const review = engine.review('KTO ZNOWU WYPUŚCIŁ WERSJĘ BEZ TESTÓW??? PRODUKCJA LEŻY OD 9:15!!!', {});
    for (const rewrite of review.rewrites) {
      if (rewrite.technique !== 'take-a-break') {
        expect(rewrite.text).toContain('Kto znowu wypuścił wersję bez testów?');
      }
      expect(rewrite.text).toContain('9:15');
      expect(rewrite.text).not.toMatch(/[!?]{2,}/);
    }
  });

  it('is deterministic', () => {
    for (const d of HEATED_DRAFTS.slice(0, 6)) {
      expect(engine.review(d.text, { context: d.context })).toEqual(
        engine.review(d.text, { context: d.context }),
      );
    }
  });
});
