/**
 * A set of patterns scanned in one left-to-right pass: at each position, only the patterns that
 * can start with that character are tried (one sticky alternation per character). Semantics match
 * a single global alternation: leftmost match wins, earlier patterns win ties, and scanning
 * resumes after the match.
 */
import { firstChars } from './first-chars.ts';

interface Entry {
  regex: RegExp;
  /** Pattern index for each capture group of `regex`. */
  groups: number[];
}

export class Matcher {
  /** Entry per lowercased UTF-16 code (sparse array: most codes have none). */
  private readonly table: (Entry | undefined)[] = [];
  private readonly any: Entry | null;

  /**
   * `sources` are full regex sources without capturing groups, each starting with a guard that
   * it does not begin right after a word character; `flags` must not include g/y.
   */
  constructor(sources: string[], flags: string) {
    const firsts = sources.map(firstChars);
    const anyIdx = firsts.flatMap((f, i) => (f === null ? [i] : []));
    const build = (idx: number[]): Entry => ({
      regex: new RegExp(idx.map((i) => `(${sources[i]})`).join('|'), `${flags}y`),
      groups: idx,
    });
    const chars = new Set<string>();
    for (const f of firsts) if (f) for (const c of f) chars.add(c);
    for (const c of chars) {
      const idx = firsts.flatMap((f, i) => (f === null || f.has(c) ? [i] : []));
      this.table[c.charCodeAt(0)] = build(idx);
    }
    this.any = anyIdx.length > 0 ? build(anyIdx) : null;
  }

  /** Calls `found(patternIndex, start, end)` for each match, left to right, non-overlapping. */
  scan(text: string, found: (pattern: number, start: number, end: number) => void): void {
    const table = this.table;
    const any = this.any;
    const n = text.length;
    // Every pattern begins with a "not after a word character" guard, so only word starts (and
    // punctuation after a non-word character) can begin a match; `i` visits only those.
    let i = 0;
    while (i < n) {
      let code = text.charCodeAt(i);
      if (code >= 65 && code <= 90) code |= 32;
      else if (code >= 128 && (code < 0xd800 || code > 0xdfff)) code = text[i]!.toLowerCase().charCodeAt(0);
      const entry = table[code] ?? any;
      if (entry !== null) {
        entry.regex.lastIndex = i;
        const m = entry.regex.exec(text);
        if (m !== null && m[0].length > 0) {
          for (let g = 1; g < m.length; g++) {
            if (m[g] !== undefined) {
              found(entry.groups[g - 1]!, i, i + m[0].length);
              break;
            }
          }
          i += m[0].length;
          if (isWordChar(text, i - 1)) i = afterWord(text, i);
          continue;
        }
      }
      i = isWordChar(text, i) ? afterWord(text, i + 1) : i + 1;
    }
  }
}

/** From inside a word, the next position that does not follow a word character. */
function afterWord(text: string, from: number): number {
  let i = from;
  while (i < text.length && isWordChar(text, i)) i++;
  return i + 1;
}

const NON_ASCII_WORD = /[\p{L}\p{M}\p{N}]/u;

/** ASCII word characters: letters, digits, underscore. */
const ASCII_WORD = new Uint8Array(128).map((_, c) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 ? 1 : 0,
);

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c] === 1;
  // Surrogates: a letter outside the BMP is rare in chat; treat emoji halves as non-word.
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return NON_ASCII_WORD.test(text[i]!);
}
