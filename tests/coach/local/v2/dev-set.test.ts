/**
 * The offline review measured against the hand-annotated dev set (tests/fixtures/dev-drafts-v2.ts):
 * annotated phrases and levels, not the analyzer's verdict on itself.
 */
import { describe, expect, it } from 'vitest';
import { LocalEngine } from '../../../../src/coach/local/engine.ts';
import { DEV_DRAFTS_V2 } from '../../../fixtures/dev-drafts-v2.ts';
import { measure } from './dev-metrics.ts';

const engine = new LocalEngine();
const metrics = measure(DEV_DRAFTS_V2, (d) => engine.review(d.text, { context: d.context ?? null }));

describe('the v2 dev set', () => {
  it('has at least 40 drafts in English and Polish, calm ones included', () => {
    expect(DEV_DRAFTS_V2.length).toBeGreaterThanOrEqual(40);
    for (const lang of ['en', 'pl']) {
      const drafts = DEV_DRAFTS_V2.filter((d) => d.language === lang);
      expect(drafts.filter((d) => d.level === 'calm').length).toBeGreaterThanOrEqual(5);
      expect(drafts.filter((d) => d.level !== 'calm').length).toBeGreaterThanOrEqual(12);
    }
    for (const d of DEV_DRAFTS_V2) for (const h of d.hurtful) expect(d.text, d.id).toContain(h);
  });

  it('points a flag at 80% or more of the annotated hurtful phrases', () => {
    expect(metrics.recall, metrics.missedPhrases.join('\n')).toBeGreaterThanOrEqual(0.8);
  });

  it('rates at most 5% of tense and heated drafts calm', () => {
    expect(metrics.hostileCalm, metrics.hostileCalmIds.join(', ')).toBeLessThanOrEqual(0.05);
  });

  it('flags no calm draft', () => {
    expect(metrics.calmFlaggedIds).toEqual([]);
  });

  it('writes rewrites that keep every fact, hold no annotated phrase and share no five-word run with a hurtful sentence (90%)', () => {
    expect(metrics.rewriteOk, metrics.rewriteProblems.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps the Polish form of address in every rewrite', () => {
    expect(metrics.addressKept, metrics.addressProblems.join('\n')).toBe(1);
  });

  it('rewrites every tense and heated draft', () => {
    for (const d of DEV_DRAFTS_V2.filter((x) => x.level !== 'calm')) {
      expect(
        engine.review(d.text, { context: d.context ?? null }).rewrites.length,
        d.id,
      ).toBeGreaterThanOrEqual(2);
    }
  });
});
