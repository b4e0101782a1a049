/**
 * Character classes by code, for loops that replace Unicode regexes on the hot path (`\p{L}` with
 * the `u` flag is slow in V8). Non-ASCII answers come from the regex once per code, then a table.
 */
const LETTER = /^\p{L}$/u;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/** 0 unknown, 1 letter, 2 letter-or-number only, 3 neither; filled on demand. */
let table: Uint8Array | null = null;

function classify(code: number): number {
  table ??= new Uint8Array(0x10000);
  let k = table[code]!;
  if (k === 0) {
    const ch = String.fromCharCode(code);
    k = LETTER.test(ch) ? 1 : LETTER_OR_NUMBER.test(ch) ? 2 : 3;
    table[code] = k;
  }
  return k;
}

/** Length (1 or 2 UTF-16 units) of the code point at `i` when it is a letter, else 0. */
export function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) return LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  if (c >= 0xdc00 && c <= 0xdfff) return 0;
  return classify(c) === 1 ? 1 : 0;
}

/** Length of the code point at `i` when it is a letter or a number (`[\p{L}\p{N}]`), else 0. */
export function letterOrNumberAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_NUMBER.test(text.slice(i, i + 2)) ? 2 : 0;
  if (c >= 0xdc00 && c <= 0xdfff) return 0;
  return classify(c) <= 2 ? 1 : 0;
}

/** Number of `[\p{L}\p{N}]+` runs. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; ) {
    const len = letterOrNumberAt(text, i);
    if (len > 0) {
      if (!inWord) words++;
      inWord = true;
      i += len;
    } else {
      inWord = false;
      i += pairAt(text, i) ? 2 : 1;
    }
  }
  return words;
}

/** True when a surrogate pair starts at `i` (one astral code point). */
export function pairAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

export interface LetterCase {
  /** Letters (`\p{L}`). */
  letters: number;
  /** Capital letters among them. */
  upper: number;
  /** Two capitals in a row somewhere (`\p{Lu}\p{Lu}`). */
  upperPair: boolean;
}

/** Letter and capital counts in one loop: two Unicode regex replaces cost far more per sentence. */
export function letterCase(text: string): LetterCase {
  let letters = 0;
  let upper = 0;
  let upperPair = false;
  let previousUpper = false;
  for (let i = 0; i < text.length; ) {
    const len = letterAt(text, i);
    if (len === 0) {
      previousUpper = false;
      i += pairAt(text, i) ? 2 : 1;
      continue;
    }
    letters++;
    const c = text.charCodeAt(i);
    const isUpper = c < 128 ? c >= 65 && c <= 90 : len === 1 && text[i] !== text[i]!.toLowerCase();
    if (isUpper) {
      upper++;
      if (previousUpper) upperPair = true;
    }
    previousUpper = isUpper;
    i += len;
  }
  return { letters, upper, upperPair };
}
