/**
 * What counts as "nothing written". Whitespace alone is not a draft, and neither are characters
 * that render as nothing: zero-width spaces and joiners, word joiners, byte-order marks, NULs and
 * other control or format characters (a paste from some editors is only these). Such a draft
 * would otherwise be reviewed as calm. Pure: shared by the Slack layer and the command line.
 */

// \s: whitespace (including U+FEFF); Cc: controls (U+0000…); Cf: format characters (U+200B,
// U+200C, U+200D, U+2060, U+00AD…); Default_Ignorable_Code_Point adds the invisible fillers and
// variation selectors (U+115F, U+3164, U+FE0F…) that are neither.
const INVISIBLE = /^[\s\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]*$/u;

/** True when the text has nothing a reader could see. */
export function isBlankDraft(text: string): boolean {
  return INVISIBLE.test(text);
}
