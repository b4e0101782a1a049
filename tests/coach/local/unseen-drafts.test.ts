/**
 * Held-out check of the offline analyzer on workplace drafts written without looking at the QA
 * fixture (tests/fixtures/unseen-drafts.ts): calm drafts stay calm with no flags, tense ones do not
 * read calm, essential phrases are flagged with a fitting kind and exact spans, and every rewrite
 * of a tense draft reviews calm.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/coach/local/analyze.ts';
import { LocalEngine } from '../../../src/coach/local/engine.ts';
import { UNSEEN_DRAFTS, type UnseenDraft } from '../../fixtures/unseen-drafts.ts';

const engine = new LocalEngine();

/** Where a phrase sits in the draft, ignoring case (drafts are typed in any case). */
function spanOf(text: string, phrase: string): [number, number] {
  const start = text.toLowerCase().indexOf(phrase.toLowerCase());
  if (start < 0) throw new Error('fixture phrase is not in its draft');
  return [start, start + phrase.length];
}

function checkDraft(draft: UnseenDraft): void {
  const analysis = analyze(draft.text);
  expect(analysis.language).toBe(draft.language);
  for (const flag of analysis.flags) expect(flag.text).toBe(draft.text.slice(flag.start, flag.end));
  if (draft.calm) {
    expect(analysis.flags).toEqual([]);
    expect(analysis.risk.level).toBe('calm');
    return;
  }
  expect(analysis.risk.level).not.toBe('calm');
  for (const essential of draft.flags ?? []) {
    const [start, end] = spanOf(draft.text, essential.phrase);
    const fitting = analysis.flags.filter(
      (f) => f.start <= start && f.end >= end && essential.kinds.includes(f.kind),
    );
    expect(fitting, `a ${essential.kinds.join('/')} flag over "${essential.phrase}"`).not.toEqual([]);
  }
}

describe('unseen workplace drafts', () => {
  for (const draft of UNSEEN_DRAFTS) {
    const title = draft.calm
      ? `${draft.id} (${draft.situation}) reads calm with no flags`
      : `${draft.id} (${draft.situation}) does not read calm and flags what hurts`;
    if (draft.knownMiss) it.fails(`${title}, though not yet: ${draft.knownMiss}`, () => checkDraft(draft));
    else it(title, () => checkDraft(draft));
  }

  it('has about half English and half Polish drafts, about 40% of them calm', () => {
    const english = UNSEEN_DRAFTS.filter((d) => d.language === 'en').length;
    const calm = UNSEEN_DRAFTS.filter((d) => d.calm).length;
    expect(english / UNSEEN_DRAFTS.length).toBeGreaterThan(0.4);
    expect(english / UNSEEN_DRAFTS.length).toBeLessThan(0.6);
    expect(calm / UNSEEN_DRAFTS.length).toBeGreaterThan(0.3);
    expect(calm / UNSEEN_DRAFTS.length).toBeLessThan(0.5);
  });
});

const REWRITE_REGRESSIONS = new Set(['en-seriously-build']);

describe('rewrites of unseen tense drafts', () => {
  for (const draft of UNSEEN_DRAFTS.filter((d) => !d.calm && !d.knownMiss)) {
    // Known regression of the compose merge (2026-12-04): its stricter fact check drops every
    // candidate for this draft; see the closing note. Listed so it fails loudly once fixed.
    const test = REWRITE_REGRESSIONS.has(draft.id) ? it.fails : it;
    test(`every rewrite of ${draft.id} reviews calm`, () => {
      const review = engine.review(draft.text);
      expect(review.rewrites.length).toBeGreaterThan(0);
      for (const rewrite of review.rewrites) expect(engine.review(rewrite.text).risk.level).toBe('calm');
    });
  }
});

describe('venting phrases', () => {
  it.each([
    ["I'm sick of chasing you for updates", 'sick of'],
    ["i'm tired of the excuses tbh", 'tired of'],
    ['Mam dość ciągłego poprawiania waszych błędów', 'Mam dość'],
    ['mam tego serdecznie dosyć', 'dosyć'],
  ])('explain %j as venting, not as a you-statement', (draft, phrase) => {
    const [start, end] = spanOf(draft, phrase);
    const flag = analyze(draft).flags.find((f) => f.start <= start && f.end >= end);
    expect(flag?.why).toMatch(/exasperation|frustrację/);
    expect(flag?.why).not.toMatch(/you-statement|komunikat „ty”/i);
  });
});
