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

/** Whole-channel pings, in any letter case (a rewrite must carry none). */
export const BROADCAST_TOKEN = /<!(?:channel|here|everyone)[^>]*>/i;

/** What reads broken in a rewrite: leftovers of cut phrases. Empty when it reads whole. */
export function brokenBits(text: string): string[] {
  const problems: string[] = [];
  if (/ [.,;:!?](?=\s|$)/u.test(text)) problems.push('space before punctuation');
  if (/,\s*[.!?]/.test(text)) problems.push('comma then full stop');
  const sentences = text
    .split(/(?<=[.!?…])\s+|\n+/u)
    .map((s) => s.trim())
    .filter(Boolean);
  for (const s of sentences) {
    if (/^(?:and|or|but|so|because|if|i|a|ale|albo|lub|bo|że|jeśli)\s/u.test(s))
      problems.push(`starts mid-sentence: ${s}`);
    if (/(?:^|\s)(?:if|unless|or|and|but|jeśli|jeżeli|albo|lub|ale|i|że)\s*[.!?…]?$/iu.test(s))
      problems.push(`dangles: ${s}`);
    if (/^[\d\s.,%$€£]+\p{Lu}\p{Ll}*[.!?]?$/u.test(s)) problems.push(`verbless leftover: ${s}`);
    if (/:\s*(?:if|unless|jeśli|jeżeli|to|for|dla)\s/iu.test(s))
      problems.push(`fact note with a dangling word: ${s}`);
  }
  return problems;
}
