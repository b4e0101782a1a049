import { describe, expect, it } from 'vitest';
import { isBlankDraft } from '../../src/coach/draft-text.ts';

describe('isBlankDraft', () => {
  it.each([
    ['nothing', ''],
    ['whitespace', ' \n\t '],
    ['zero-width spaces and joiners', '\u200B\u200C\u200D'],
    ['a word joiner and byte-order marks', '\u2060\uFEFF\uFEFF'],
    ['NULs', '\u0000\u0000'],
    ['other controls and format characters', '\u0007\u00AD\u200E\u202E\u2066'],
    ['invisible fillers and variation selectors', '\u3164\u115F\uFE0F'],
    ['a mix with spaces between', ' \u200B \u0000\n\u2060 '],
  ])('treats %s as blank', (_name, text) => {
    expect(isBlankDraft(text)).toBe(true);
  });

  it.each([
    ['a word', 'ok'],
    ['a word hidden among zero-width characters', '\u200Bno\u200B'],
    ['an emoji', '🙂'],
    ['an emoji with a variation selector', '\u2764\uFE0F'],
    ['punctuation', '?'],
  ])('keeps %s as a draft', (_name, text) => {
    expect(isBlankDraft(text)).toBe(false);
  });
});
