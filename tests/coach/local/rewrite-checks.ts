/** The guarantees every offline rewrite must meet, shared by the review, rewrite and tone tests. */
import { expect } from 'vitest';
import { analyze } from '../../../src/coach/local/analyze.ts';
import { extractFacts, missingFacts } from '../../../src/coach/local/facts.ts';
import type { Flag } from '../../../src/coach/schemas.ts';

/** A flagged phrase survives when it is still there as written (shouting: still in capitals). */
export function survivingFlags(flags: Flag[], rewrite: string): string[] {
  const lower = rewrite.toLowerCase();
  return flags
    .filter((f) => {
      const text = f.text.trim();
      if (extractFacts(text).includes(text)) return false;
      if (!/[\p{L}\d]/u.test(text)) return /([!?])\1/.test(rewrite) && rewrite.includes(text);
      if (f.kind === 'shouting') return rewrite.includes(text) && text !== text.toLowerCase();
      return lower.includes(text.toLowerCase());
    })
    .map((f) => f.text);
}

export function expectSafeRewrite(draft: string, flags: Flag[], language: string, rewrite: string): void {
  expect(missingFacts(draft, rewrite), `facts lost in: ${rewrite}`).toEqual([]);
  expect(survivingFlags(flags, rewrite), `flagged phrase kept in: ${rewrite}`).toEqual([]);
  const check = analyze(rewrite);
  expect(check.language, `language of: ${rewrite}`).toBe(language);
  expect(
    check.flags.map((f) => `${f.kind}: ${f.text}`),
    `flags in: ${rewrite}`,
  ).toEqual([]);
  expect(check.risk.level, `risk of: ${rewrite}`).toBe('calm');
}

/** English words that must never appear in a Polish rewrite. */
export const ENGLISH_WORDS = /\b(?:the|and|you|your|could|would|please|thanks|our|this|that|with|for)\b/i;
